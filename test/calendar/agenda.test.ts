/** @jest-environment jsdom */
/**
 * The static agenda (what the editor's live preview shows): which sessions
 * a reader sees under which heading, what the highlighted one says, planned
 * slots, and the zone named.
 */
import { renderCalendar } from '../../src/calendar/agenda';
import { at, englishContext, teamData } from './support/context';

const HOURS = {
	cadence: 'quarterly',
	stream: 'https://www.youtube.com/@wikimedia',
	planned: [ { label: 'Q1 2027', note: 'Date to be announced' }, { label: 'Q2 2027' } ],
	notesCategory: 'Category:CR&S meetings',
	sessions: [
		{ id: 'sep', title: 'September', start: '2026-09-17T15:00:00Z', end: '2026-09-17T16:30:00Z', notes: 'CR&S/Notes/September', recording: 'https://example.org/sep' },
		{ id: 'dec', title: 'December', start: '2026-12-10T16:00:00Z', end: '2026-12-10T17:30:00Z', room: 'https://zoom.example/j/1' },
		{ id: 'jan', title: 'January', start: '2027-01-14T16:00:00Z', end: '2027-01-14T17:00:00Z' },
		{ id: 'feb', title: 'February', start: '2027-02-11T16:00:00Z', end: '2027-02-11T17:00:00Z', status: 'cancelled' },
		{ id: 'jun', title: 'June', start: '2026-06-11T15:00:00Z', end: '2026-06-11T16:30:00Z' }
	]
};

function render( nowIso: string, hours: Record<string, unknown> = HOURS ): HTMLElement {
	const ctx = englishContext( { now: at( nowIso ), zone: { kind: 'iana', zone: 'Europe/Berlin' } } );
	document.body.innerHTML = '';
	const root = renderCalendar( ctx, teamData( hours ) );
	document.body.appendChild( root );
	return root;
}

function text( node: Element | null ): string {
	return ( node && node.textContent || '' ).replace( /\s+/g, ' ' ).trim();
}

/** The session ids under each group heading, in order. */
function groups( root: HTMLElement ): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	root.querySelectorAll( '.crs-team-calendar__next, .crs-team-calendar__group' ).forEach( ( group ) => {
		const heading = group.querySelector( 'h3' );
		out[ text( heading ) ] = Array.prototype.map.call( group.querySelectorAll( '[data-session-id]' ), ( s: Element ) => s.getAttribute( 'data-session-id' ) ) as string[];
	} );
	return out;
}

describe( 'which sessions a reader sees where', () => {
	test( 'the next one first, then planned slots, the rest to come, and past ones most recent first', () => {
		expect( groups( render( '2026-11-23T12:00:00Z' ) ) ).toEqual( {
			'Next conversation hour': [ 'dec' ],
			Planned: [],
			Upcoming: [ 'jan', 'feb' ],
			Past: [ 'sep', 'jun' ]
		} );
	} );

	test( 'while a session runs it is the highlighted one, "Live now", with the call first', () => {
		const root = render( '2026-12-10T16:30:00Z' );
		expect( groups( root )[ 'Next conversation hour' ] ).toEqual( [ 'dec' ] );
		const live = root.querySelector( '.crs-team-session--next' ) as HTMLElement;
		expect( text( live.querySelector( '.crs-team-badge' ) ) ).toBe( 'Live now' );
		expect( Array.prototype.map.call( live.querySelectorAll( '.crs-team-session__links a' ), text ) ).toEqual( [ 'Join the call', 'Live stream' ] );
	} );

	test( 'the highlighted session says how far away it is', () => {
		const next = render( '2026-12-07T16:00:00Z' ).querySelector( '.crs-team-session--next' );
		expect( text( next && next.querySelector( '.crs-team-session__relative' ) ) ).toBe( '(in 3 days)' );
	} );

	test( 'a cancelled session is listed as cancelled, without ways to join, until its slot has passed', () => {
		const root = render( '2027-01-20T12:00:00Z' );
		const feb = root.querySelector( '[data-session-id="feb"]' ) as HTMLElement;
		expect( groups( root ).Upcoming ).toEqual( [ 'feb' ] );
		expect( text( feb.querySelector( '.crs-team-badge' ) ) ).toBe( 'Cancelled' );
		expect( feb.querySelector( '.crs-team-session__links' ) ).toBeNull();
		// A cancelled session is never the one highlighted.
		expect( text( root.querySelector( '.crs-team-calendar__next .crs-team-calendar__empty' ) ) ).toBe( 'No conversation hour is scheduled at the moment.' );
	} );

	test( 'past sessions offer their notes and recording instead', () => {
		const sep = render( '2026-11-23T12:00:00Z' ).querySelector( '[data-session-id="sep"]' ) as HTMLElement;
		expect( Array.prototype.map.call( sep.querySelectorAll( '.crs-team-session__links a' ), text ) ).toEqual( [ 'Notes', 'Recording' ] );
	} );

	test( 'with no sessions at all, the reader is told none is scheduled', () => {
		const root = render( '2026-11-23T12:00:00Z', { sessions: [] } );
		expect( groups( root ) ).toEqual( { 'Next conversation hour': [] } );
		expect( text( root.querySelector( '.crs-team-calendar__empty' ) ) ).toBe( 'No conversation hour is scheduled at the moment.' );
	} );
} );

describe( 'around the sessions', () => {
	test( 'times are named in the zone at the highlighted session, with its offset then', () => {
		expect( text( render( '2026-11-23T12:00:00Z' ).querySelector( '.crs-team-calendar__zone' ) ) ).toBe( 'Times are shown in Europe/Berlin (UTC+1).' );
		expect( text( render( '2026-11-23T12:00:00Z' ).querySelector( '[data-session-id="dec"] time' ) ) ).toMatch( /^Thursday, December 10, 2026, 5:00\W+6:30\WPM Europe\/Berlin \(UTC\+1\)$/ );
	} );

	test( 'planned slots are shown as such, with their note or "date to be announced"', () => {
		expect( Array.prototype.map.call( render( '2026-11-23T12:00:00Z' ).querySelectorAll( '.crs-team-planned li' ), text ) )
			.toEqual( [ 'Q1 2027 – Date to be announced', 'Q2 2027 – date to be announced' ] );
	} );

	test( 'the cadence comes from the data, and the notes category is linked', () => {
		const root = render( '2026-11-23T12:00:00Z' );
		expect( text( root.querySelector( '.crs-team-calendar__cadence' ) ) ).toBe( 'Held every quarter.' );
		const sentence = root.querySelector( '.crs-team-calendar__notes' ) as HTMLElement;
		expect( text( sentence ) ).toBe( 'For a list of these conversations and notes, see Category:CR&S meetings.' );
		const links = sentence.querySelectorAll( 'a' );
		expect( links ).toHaveLength( 1 );
		expect( links[ 0 ]!.getAttribute( 'href' ) ).toBe( '/wiki/Category%3ACR%26S_meetings' );
	} );

	test( 'the notes sentence says which earlier years the category holds, and other earlier notes follow it', () => {
		const root = render( '2026-11-23T12:00:00Z', { ...HOURS, notesCategory: { target: 'Category:CR&S meetings', label: 'our notes' }, earlierNotesUntil: 2022, earlierNotes: [ 'Office hours/Archive' ] } );
		const more = root.querySelector( '.crs-team-calendar__more' ) as HTMLElement;
		expect( text( more.querySelector( '.crs-team-calendar__notes' ) ) ).toBe( 'For a list of these conversations and notes, including from 2022 and earlier, see our notes.' );
		expect( Array.prototype.map.call( more.querySelectorAll( 'a' ), text ) ).toEqual( [ 'our notes', 'Office hours/Archive' ] );
		expect( more.querySelectorAll( 'li' ) ).toHaveLength( 1 );
	} );

	test( 'the static agenda has no controls and no downloads', () => {
		const root = render( '2026-11-23T12:00:00Z' );
		expect( root.querySelector( 'button, input, a[download]' ) ).toBeNull();
	} );
} );
