import * as fs from 'fs';
import * as path from 'path';
import { validateTeamData } from '../../src/data/validate';
import { diagnose } from '../../src/editor/diagnostics';
import { missingPageProblems, pastSessionProblems, textsOf, unknownLanguageProblems, wikiLinks } from '../../src/editor/editor-checks';
import { parseWithSourceMap } from '../../src/json/source-map';
import { messageFormatter } from '../support/messages';

const msg = messageFormatter();
// The editor's sample page, made a valid page of the current format.
const SAMPLE = fs.readFileSync( path.join( __dirname, '../fixtures/sample-page.json' ), 'utf8' )
	.replace( '"$schema": "crs-team-data/1",', '"$schema": "crs-team-data/1",\n\t"version": 1,' );
const DATA = fs.readFileSync( path.join( __dirname, '../../data/team-page.json' ), 'utf8' );

describe( 'path syntax shared with the validator', () => {
	it( 'names an odd translation key the way the editor finds it again', () => {
		const text = '{ "version": 1, "team": { "name": { "en": "Team", "pt-BR": "Equipe" } } }';
		const problem = validateTeamData( JSON.parse( text ) ).problems.find( ( p ) => p.severity === 'error' );
		expect( problem?.path ).toBe( 'team.name["pt-BR"]' );
		expect( parseWithSourceMap( text ).ok && diagnose( text, validateTeamData ).diagnostics[ 0 ]?.at ).toBe( 'team.name["pt-BR"]' );
	} );

	it( 'places every validator problem of the sample at its own path', () => {
		const report = diagnose( SAMPLE, validateTeamData );
		const validation = validateTeamData( JSON.parse( SAMPLE ) );
		expect( validation.problems.length ).toBeGreaterThan( 0 );
		for ( const problem of validation.problems ) {
			const found = report.diagnostics.find( ( d ) => d.path === problem.path && d.message === problem.message );
			expect( found ).toBeDefined();
			expect( found!.at ).toBe( problem.path );
		}
	} );
} );

describe( 'diagnose with validateTeamData', () => {
	it( 'shows a schema error with its path, line and plain message', () => {
		const text = SAMPLE.replace( '"2025-02-13T15:00Z"', '"2025-13-01T15:00Z"' );
		const report = diagnose( text, validateTeamData );
		const error = report.diagnostics.find( ( d ) => d.severity === 'error' );
		expect( error ).toMatchObject( {
			path: 'conversationHours.sessions[0].start',
			line: text.split( '\n' ).findIndex( ( l ) => l.includes( '2025-13-01' ) ) + 1
		} );
		expect( error!.message ).toContain( 'there is no month 13' );
	} );

	it( 'points a warning about a key that is not an identifier at the quoted path', () => {
		const report = diagnose( SAMPLE, validateTeamData );
		const odd = report.diagnostics.find( ( d ) => d.path === 'conversationHours.sessions[1].title["odd key"]' );
		expect( odd ).toBeDefined();
		expect( odd!.line ).toBe( SAMPLE.split( '\n' ).findIndex( ( l ) => l.includes( '"odd key"' ) ) + 1 );
	} );

	it( 'keeps the validator\'s warning about a subteam with no responsibilities', () => {
		const report = diagnose( SAMPLE, validateTeamData );
		expect( report.diagnostics.some( ( d ) => d.path !== null && d.path.startsWith( 'subteams[1]' ) && d.severity === 'warning' ) ).toBe( true );
	} );

	it( 'adds the extra checks, placed like the validator\'s', () => {
		const report = diagnose( SAMPLE, validateTeamData, ( raw ) => pastSessionProblems( raw, Date.UTC( 2026, 0, 1 ), msg ) );
		const past = report.diagnostics.filter( ( d ) => d.message.includes( 'still scheduled' ) );
		expect( past.map( ( d ) => d.path ) ).toEqual( [ 'conversationHours.sessions[0]', 'conversationHours.sessions[1]' ] );
		expect( past[ 0 ]!.line ).toBe( SAMPLE.split( '\n' ).findIndex( ( l ) => l.includes( '"id": "2025-q1"' ) ) );
	} );
} );

describe( 'pastSessionProblems', () => {
	const page = ( session: Record<string, unknown> ) => ( { conversationHours: { sessions: [ session ] } } );
	const END = '2026-03-12T16:30:00Z';
	const AFTER = Date.parse( END ) + 1;

	it( 'warns about a session that ended, is scheduled (written or by default) and has no notes', () => {
		expect( pastSessionProblems( page( { end: END } ), AFTER, msg ) ).toEqual( [ {
			path: 'conversationHours.sessions[0]',
			severity: 'warning',
			message: 'This session ended (2026-03-12T16:30:00Z) but is still scheduled and has no notes link: add "notes", or set "status" to "cancelled" or "postponed".'
		} ] );
		expect( pastSessionProblems( page( { end: END, status: 'scheduled' } ), AFTER, msg ) ).toHaveLength( 1 );
	} );

	it( 'says nothing about sessions not yet over, with notes, cancelled or postponed, or unreadable', () => {
		expect( pastSessionProblems( page( { end: END } ), AFTER - 2, msg ) ).toEqual( [] );
		expect( pastSessionProblems( page( { end: END, notes: 'Notes' } ), AFTER, msg ) ).toEqual( [] );
		expect( pastSessionProblems( page( { end: END, status: 'cancelled' } ), AFTER, msg ) ).toEqual( [] );
		expect( pastSessionProblems( page( { end: END, status: 'postponed' } ), AFTER, msg ) ).toEqual( [] );
		expect( pastSessionProblems( page( { end: 'soon' } ), AFTER, msg ) ).toEqual( [] );
		expect( pastSessionProblems( [ 1 ], AFTER, msg ) ).toEqual( [] );
	} );
} );

describe( 'wikiLinks and missingPageProblems', () => {
	it( 'finds wiki links (strings and objects) at the link places only, not URLs', () => {
		const raw = {
			team: { links: [ 'Help:Contents', { target: 'Meta:Trust and Safety', label: 'T&S' }, 'https://example.org/' ], lead: { name: 'Help:Not a link' } },
			subteams: [ { page: 'Trust and Safety', contact: { target: 'User talk:X' } } ],
			conversationHours: { sessions: [ { notes: 'Notes/2026' } ], earlierNotes: [ 'Notes/2025' ] }
		};
		expect( wikiLinks( raw ) ).toEqual( [
			{ path: 'team.links[0]', title: 'Help:Contents' },
			{ path: 'team.links[1].target', title: 'Meta:Trust and Safety' },
			{ path: 'subteams[0].page', title: 'Trust and Safety' },
			{ path: 'subteams[0].contact.target', title: 'User talk:X' },
			{ path: 'conversationHours.sessions[0].notes', title: 'Notes/2026' },
			{ path: 'conversationHours.earlierNotes[0]', title: 'Notes/2025' }
		] );
	} );

	it( 'warns for each link to a missing page', () => {
		const links = wikiLinks( JSON.parse( SAMPLE ) );
		expect( missingPageProblems( links, new Set( [ 'Trust and Safety' ] ), msg ) ).toEqual( [ {
			path: 'subteams[0].page',
			severity: 'warning',
			message: 'The page "Trust and Safety" does not exist on this wiki.'
		} ] );
		expect( missingPageProblems( links, new Set(), msg ) ).toEqual( [] );
	} );
} );

describe( 'unknownLanguageProblems', () => {
	it( 'warns where an unknown code is first written, and for the default language', () => {
		const validation = validateTeamData( JSON.parse( SAMPLE ) );
		const parsed = parseWithSourceMap( SAMPLE );
		if ( !parsed.ok ) {
			throw new Error( 'sample must parse' );
		}
		const problems = unknownLanguageProblems( validation.data!, parsed.map.keys(), new Set( [ 'en', 'de' ] ), msg );
		expect( problems ).toEqual( [ {
			path: 'team.about[1].fr',
			severity: 'warning',
			message: 'MediaWiki does not know the language code "fr"; readers never get this text in their language.'
		} ] );
		expect( unknownLanguageProblems( validation.data!, parsed.map.keys(), new Set( [ 'de', 'fr' ] ), msg ).map( ( p ) => p.path ) )
			.toEqual( [ 'defaultLanguage' ] );
	} );

	it( 'collects the texts of the real data page', () => {
		const data = validateTeamData( JSON.parse( DATA ) ).data!;
		const texts = textsOf( data );
		expect( texts ).toContain( data.team.name );
		expect( texts ).toContain( data.subteams[ 0 ]!.name );
	} );
} );

describe( 'a data page nested very deeply', () => {
	it.each( [ 10000, 100000 ] )( 'is checked without overflowing the stack, its unknown field reported (depth %i)', ( depth ) => {
		const text = '{"version": 1, "team": ' + '{"a": '.repeat( depth ) + '1' + '}'.repeat( depth + 1 );
		const report = diagnose( text, validateTeamData, ( value ) => {
			wikiLinks( value );
			return [];
		} );
		expect( report.diagnostics.map( ( d ) => d.message ).join( '\n' ) ).not.toContain( 'could not be checked' );
		expect( report.diagnostics.some( ( d ) => d.path === 'team.a' ) ).toBe( true );
	} );
} );
