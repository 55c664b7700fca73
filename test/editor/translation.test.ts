import * as fs from 'fs';
import * as path from 'path';
import { addTranslation, textFields } from '../../src/editor/translation';
import { validateTeamData } from '../../src/data/validate';

const SAMPLE = fs.readFileSync( path.join( __dirname, '..', '..', 'data', 'team-page.json' ), 'utf8' );
const KNOWN = new Set( [ 'en', 'de', 'fr', 'pt-br', 'he' ] );

function ok<T extends { ok: boolean }>( result: T ): Extract<T, { ok: true }> {
	if ( !result.ok ) {
		throw new Error( 'expected success: ' + JSON.stringify( result ) );
	}
	return result as Extract<T, { ok: true }>;
}

/** The text outside the one replaced region is the old text, byte for byte. */
function expectOnlyChanged( before: string, result: { text: string; change: { start: number; end: number; text: string } } ): void {
	const { change } = result;
	expect( result.text.slice( 0, change.start ) ).toBe( before.slice( 0, change.start ) );
	expect( result.text.slice( change.start + change.text.length ) ).toBe( before.slice( change.end ) );
}

describe( 'textFields', () => {
	it( 'lists every translatable text of the sample, in text order, labelled with path and text', () => {
		const result = ok( textFields( SAMPLE ) );
		const paths = result.fields.map( ( f ) => f.path );
		expect( paths.slice( 0, 4 ) ).toEqual( [ 'team.name', 'team.organisation', 'team.department', 'team.lead.role' ] );
		expect( paths ).toContain( 'team.about[1]' );
		expect( paths ).toContain( 'team.goals.link.label' );
		expect( paths ).toContain( 'subteams[0].responsibilities[3]' );
		expect( paths ).toContain( 'subteams[0].links[0].label' );
		// Not texts: ids, dates, link targets, the lead's name, the period.
		for ( const notText of [ 'subteams[0].id', 'team.lead.name', 'team.lead.link', 'team.goals.period', 'team.goals.link.target', 'conversationHours.sessions[0].start' ] ) {
			expect( paths ).not.toContain( notText );
		}
		const humanRights = result.fields.find( ( f ) => f.path === 'subteams[1].name' );
		expect( humanRights ).toEqual( { path: 'subteams[1].name', label: 'subteams[1].name — Human Rights', languages: [ 'en', 'de' ] } );
		const about = result.fields.find( ( f ) => f.path === 'team.about[0]' );
		expect( about && about.label ).toMatch( /^team\.about\[0\] — Sustainability and Resilience .{10,}…$/ );
		expect( result.defaultLanguage ).toBe( 'en' );
	} );

	it( 'says where the text stops being JSON', () => {
		expect( textFields( '{\n  "team": { "name": "x", }\n}' ) ).toEqual( { ok: false, error: 'not-json', line: 2, column: 24 } );
	} );
} );

describe( 'addTranslation', () => {
	it( 'turns plain text into translations, the old text under the default language, changing nothing else', () => {
		const result = ok( addTranslation( SAMPLE, { path: 'subteams[0].name', language: 'DE', text: ' Komitee-Unterstützung ' }, KNOWN ) );
		expectOnlyChanged( SAMPLE, result );
		const before = JSON.parse( SAMPLE );
		const after = JSON.parse( result.text );
		expect( after.subteams[ 0 ].name ).toEqual( { en: 'Committee Support', de: 'Komitee-Unterstützung' } );
		after.subteams[ 0 ].name = before.subteams[ 0 ].name;
		expect( after ).toEqual( before );
		// The object is written over lines at the property's indentation.
		expect( result.change.text ).toBe( '{\n\t\t\t\t"en": "Committee Support",\n\t\t\t\t"de": "Komitee-Unterstützung"\n\t\t\t}' );
		expect( result.text.slice( result.range.start, result.range.end ) ).toBe( result.change.text );
		expect( validateTeamData( after ).problems.filter( ( p ) => p.severity === 'error' ) ).toEqual( [] );
	} );

	it( 'adds a language to translations, after the others, without reordering them', () => {
		const result = ok( addTranslation( SAMPLE, { path: 'subteams[1].name', language: 'fr', text: 'Droits humains' }, KNOWN ) );
		expectOnlyChanged( SAMPLE, result );
		expect( result.change.end ).toBe( result.change.start );
		const name = JSON.parse( result.text ).subteams[ 1 ].name;
		expect( Object.keys( name ) ).toEqual( [ 'en', 'de', 'fr' ] );
		expect( name.fr ).toBe( 'Droits humains' );
		expect( result.text.slice( result.range.start, result.range.end ) ).toBe( '"fr": "Droits humains"' );
	} );

	it( 'replaces a language the text already has, in place', () => {
		const result = ok( addTranslation( SAMPLE, { path: 'subteams[1].name', language: 'de', text: 'Menschen\u00adrechte "neu"' }, KNOWN ) );
		expectOnlyChanged( SAMPLE, result );
		const name = JSON.parse( result.text ).subteams[ 1 ].name;
		expect( name ).toEqual( { en: 'Human Rights', de: 'Menschen\u00adrechte "neu"' } );
		expect( Object.keys( name ) ).toEqual( [ 'en', 'de' ] );
	} );

	it( 'replaces plain text when the language is the default one', () => {
		const result = ok( addTranslation( SAMPLE, { path: 'team.goals.items[0]', language: 'en', text: 'Equity for all' }, KNOWN ) );
		expectOnlyChanged( SAMPLE, result );
		expect( JSON.parse( result.text ).team.goals.items ).toEqual( [ 'Equity for all', 'Safety and inclusion' ] );
	} );

	it( 'works on one-line pages and link labels', () => {
		const page = '{"version":1,"defaultLanguage":"de","team":{"name":"Team","links":[{"target":"Foo","label":"Notizen"}]}}';
		const result = ok( addTranslation( page, { path: 'team.links[0].label', language: 'en', text: 'Notes' }, null ) );
		expectOnlyChanged( page, result );
		expect( JSON.parse( result.text ).team.links[ 0 ].label ).toEqual( { de: 'Notizen', en: 'Notes' } );
		expect( result.text ).not.toMatch( /\n/ );
	} );

	it( 'refuses unknown or malformed language codes, empty text, texts not in the page and broken pages', () => {
		const input = { path: 'team.name', language: 'de', text: 'Team' };
		expect( addTranslation( SAMPLE, { ...input, language: 'en-uk' }, KNOWN ) ).toEqual( { ok: false, error: 'unknown-language' } );
		expect( addTranslation( SAMPLE, { ...input, language: 'German' }, KNOWN ) ).toEqual( { ok: false, error: 'language' } );
		expect( addTranslation( SAMPLE, { ...input, language: 'de_DE' }, null ) ).toEqual( { ok: false, error: 'language' } );
		expect( addTranslation( SAMPLE, { ...input, text: ' ' }, KNOWN ) ).toEqual( { ok: false, error: 'text' } );
		expect( addTranslation( SAMPLE, { ...input, path: 'subteams[0].id' }, KNOWN ) ).toEqual( { ok: false, error: 'field' } );
		expect( addTranslation( SAMPLE, { ...input, path: 'subteams[9].name' }, KNOWN ) ).toEqual( { ok: false, error: 'field' } );
		const broken = SAMPLE.replace( '"version": 1,', '"version": 1' );
		expect( addTranslation( broken, input, KNOWN ) ).toEqual( { ok: false, error: 'not-json', line: 3, column: 2 } );
	} );
} );
