import { addSession, instantOf, utcString } from '../../src/editor/new-session';
import { validateTeamData } from '../../src/data/validate';

const PAGE = '{\n\t"version": 1,\n\t"team": { "name": "T", "about": [ "a" ], "links": [] },\n\t"subteams": [],\n\t"conversationHours": {\n\t\t"description": [ "d" ],\n\t\t"sessions": [\n\t\t\t{ "id": "2026-12-10", "start": "2026-12-10T15:00:00Z", "end": "2026-12-10T16:00:00Z" }\n\t\t]\n\t}\n}\n';

describe( 'instantOf', () => {
	const at = ( date: string, time: string, zone: string ) => {
		const r = instantOf( { date, time, zone, minutes: 60 } );
		return 'ms' in r ? utcString( r.ms ) : r.error;
	};

	it( 'reads a wall-clock time in a zone as UTC', () => {
		expect( at( '2026-12-10', '17:00', 'Europe/Berlin' ) ).toBe( '2026-12-10T16:00:00Z' );
		expect( at( '2026-07-10', '17:00', 'Europe/Berlin' ) ).toBe( '2026-07-10T15:00:00Z' );
		expect( at( '2026-07-10', '09:30', 'America/New_York' ) ).toBe( '2026-07-10T13:30:00Z' );
		expect( at( '2026-12-10', '00:15', 'Asia/Kathmandu' ) ).toBe( '2026-12-09T18:30:00Z' );
		expect( at( '2026-12-10', '16:00', 'UTC' ) ).toBe( '2026-12-10T16:00:00Z' );
	} );

	it( 'takes the first of a time that occurs twice, and refuses one that does not occur', () => {
		expect( at( '2026-10-25', '02:30', 'Europe/Berlin' ) ).toBe( '2026-10-25T00:30:00Z' );
		expect( at( '2026-03-29', '02:30', 'Europe/Berlin' ) ).toBe( 'no-such-time' );
	} );

	it( 'refuses what is not a date, a time or a zone', () => {
		expect( at( '2026-02-30', '10:00', 'UTC' ) ).toBe( 'date' );
		expect( at( '10.12.2026', '10:00', 'UTC' ) ).toBe( 'date' );
		expect( at( '2026-12-10', '24:00', 'UTC' ) ).toBe( 'time' );
		expect( at( '2026-12-10', '10:00', 'Mars/Olympus' ) ).toBe( 'zone' );
	} );

	it( 'refuses a year before 1000 by name, instead of moving it 1900 years (Date.UTC reads 0–99 as 1900–1999)', () => {
		expect( at( '0050-06-01', '10:00', 'UTC' ) ).toBe( 'year' );
		expect( at( '0999-12-31', '23:59', 'UTC' ) ).toBe( 'year' );
		expect( at( '1000-01-01', '00:00', 'UTC' ) ).toBe( '1000-01-01T00:00:00Z' );
	} );
} );

describe( 'addSession', () => {
	it( 'appends a scheduled session in UTC with an id from the date, changing nothing else', () => {
		const result = addSession( PAGE, { date: '2026-12-10', time: '17:00', zone: 'Europe/Berlin', minutes: 90 } );
		if ( !result.ok ) {
			throw new Error( 'expected success' );
		}
		const sessions = JSON.parse( result.text ).conversationHours.sessions;
		expect( sessions[ 1 ] ).toEqual( { id: '2026-12-10-2', start: '2026-12-10T16:00:00Z', end: '2026-12-10T17:30:00Z', status: 'scheduled' } );
		// Minimal diff: the old text is kept around one inserted region.
		expect( result.text.slice( 0, result.change.start ) ).toBe( PAGE.slice( 0, result.change.start ) );
		expect( result.text.slice( result.change.start + result.change.text.length ) ).toBe( PAGE.slice( result.change.end ) );
		expect( validateTeamData( JSON.parse( result.text ) ).problems ).toEqual( [] );
	} );

	it( 'reports bad input instead of editing', () => {
		expect( addSession( PAGE, { date: '2026-12-10', time: '17:00', zone: 'Europe/Berlin', minutes: 0 } ) ).toEqual( { ok: false, error: 'length' } );
		expect( addSession( PAGE, { date: '2026-13-10', time: '17:00', zone: 'UTC', minutes: 60 } ) ).toEqual( { ok: false, error: 'date' } );
		expect( addSession( '{}', { date: '2026-12-10', time: '17:00', zone: 'UTC', minutes: 60 } ).ok ).toBe( false );
	} );
} );
