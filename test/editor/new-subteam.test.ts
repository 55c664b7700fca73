import * as fs from 'fs';
import * as path from 'path';
import { addSubteam } from '../../src/editor/new-subteam';
import { validateTeamData } from '../../src/data/validate';

const SAMPLE = fs.readFileSync( path.join( __dirname, '..', '..', 'data', 'team-page.json' ), 'utf8' );

/** The text outside the one changed region is the old text, byte for byte. */
function expectOnlyInserted( before: string, result: { text: string; change: { start: number; end: number; text: string } } ): void {
	const { change } = result;
	expect( change.end ).toBe( change.start );
	expect( result.text.slice( 0, change.start ) ).toBe( before.slice( 0, change.start ) );
	expect( result.text.slice( change.start + change.text.length ) ).toBe( before.slice( change.end ) );
}

describe( 'addSubteam', () => {
	it( 'appends a subteam to the sample page, keeping every other byte, and selects it', () => {
		const result = addSubteam( SAMPLE, { id: 'outreach', name: ' Outreach ', responsibilities: 'Talks to communities.\n\n  Runs workshops.\r\n' } );
		if ( !result.ok ) {
			throw new Error( 'expected success' );
		}
		expectOnlyInserted( SAMPLE, result );
		const data = JSON.parse( result.text );
		const before = JSON.parse( SAMPLE );
		expect( data.subteams ).toHaveLength( before.subteams.length + 1 );
		expect( data.subteams[ data.subteams.length - 1 ] ).toEqual( {
			id: 'outreach', name: 'Outreach', responsibilities: [ 'Talks to communities.', 'Runs workshops.' ]
		} );
		// Written in the page's own layout: tab-indented like its sibling subteams.
		expect( result.change.text ).toMatch( /^,\n\t\t\{\n\t\t\t"id": "outreach",\n/ );
		const selected = result.text.slice( result.range.start, result.range.end );
		expect( JSON.parse( selected ) ).toEqual( data.subteams[ data.subteams.length - 1 ] );
		const errors = validateTeamData( data ).problems.filter( ( p ) => p.severity === 'error' );
		expect( errors ).toEqual( [] );
	} );

	it( 'writes an empty list of responsibilities when none are given (the checks then warn)', () => {
		const result = addSubteam( SAMPLE, { id: 'outreach', name: 'Outreach', responsibilities: ' \n ' } );
		if ( !result.ok ) {
			throw new Error( 'expected success' );
		}
		const data = JSON.parse( result.text );
		expect( data.subteams[ data.subteams.length - 1 ].responsibilities ).toEqual( [] );
		const last = `subteams[${ data.subteams.length - 1 }].responsibilities`;
		expect( validateTeamData( data ).problems ).toContainEqual( expect.objectContaining( { path: last, severity: 'warning' } ) );
	} );

	it( 'creates the list of subteams when the page has none', () => {
		const page = '{\n  "version": 1,\n  "team": { "name": "T" }\n}\n';
		const result = addSubteam( page, { id: 'a', name: 'A', responsibilities: 'x' } );
		if ( !result.ok ) {
			throw new Error( 'expected success' );
		}
		expectOnlyInserted( page, result );
		expect( JSON.parse( result.text ).subteams ).toEqual( [ { id: 'a', name: 'A', responsibilities: [ 'x' ] } ] );
		expect( JSON.parse( result.text.slice( result.range.start, result.range.end ) ) ).toEqual( { id: 'a', name: 'A', responsibilities: [ 'x' ] } );
	} );

	it( 'refuses ids the format does not accept, ids already taken, empty names and broken pages', () => {
		const input = { name: 'X', responsibilities: '' };
		for ( const id of [ '', 'Human Rights', 'human_rights!', '-x', 'x-', 'a'.repeat( 65 ) ] ) {
			expect( addSubteam( SAMPLE, { ...input, id } ) ).toEqual( { ok: false, error: 'id' } );
		}
		expect( addSubteam( SAMPLE, { ...input, id: 'human-rights' } ) ).toEqual( { ok: false, error: 'id-taken' } );
		expect( addSubteam( SAMPLE, { ...input, id: 'new', name: '  ' } ) ).toEqual( { ok: false, error: 'name' } );
		expect( addSubteam( '{\n\t"subteams": [\n}', { ...input, id: 'new' } ) ).toEqual( { ok: false, error: 'not-json', line: 3, column: 1 } );
		expect( addSubteam( '{ "subteams": {} }', { ...input, id: 'new' } ) ).toEqual( { ok: false, message: expect.stringContaining( 'not a list' ) } );
	} );
} );
