import * as fs from 'fs';
import * as path from 'path';
import { hashSource, SOURCE_KEY } from '../../src/data/source-marker';
import { validateTeamData } from '../../src/data/validate';
import { writeTranslation } from '../../src/editor/translate-edit';
import { coverageOf, translatableTexts } from '../../src/editor/translation-coverage';

const SAMPLE = fs.readFileSync( path.join( __dirname, '..', '..', 'data', 'team-page.json' ), 'utf8' );

function written( text: string, p: string, lang: string, translation: string ): string {
	const result = writeTranslation( text, p, lang, translation );
	if ( !result.ok ) {
		throw new Error( 'expected success: ' + result.error );
	}
	return result.text;
}

function coverage( text: string, lang: string ) {
	const result = translatableTexts( text );
	if ( !result.ok ) {
		throw new Error( 'expected JSON' );
	}
	return coverageOf( result.texts, lang );
}

describe( 'writeTranslation', () => {
	it( 'turns a plain string into translations with the source hash, changing nothing else', () => {
		const after = written( SAMPLE, 'subteams[2].name', 'de', 'Vertrauen und Sicherheit' );
		const start = SAMPLE.indexOf( '"Trust and Safety"' );
		expect( after.slice( 0, start ) ).toBe( SAMPLE.slice( 0, start ) );
		expect( after.slice( after.length - ( SAMPLE.length - start - '"Trust and Safety"'.length ) ) ).toBe( SAMPLE.slice( start + '"Trust and Safety"'.length ) );
		const name = JSON.parse( after ).subteams[ 2 ].name;
		expect( name ).toEqual( { en: 'Trust and Safety', de: 'Vertrauen und Sicherheit', _source: { de: hashSource( 'Trust and Safety' ) } } );
	} );

	it( 'adds the language to an existing object, keeping the other languages and their order', () => {
		const after = written( SAMPLE, 'subteams[1].name', 'fr', 'Droits humains' );
		expect( Object.keys( JSON.parse( after ).subteams[ 1 ].name ) ).toEqual( [ 'en', 'de', 'fr', '_source' ] );
		const again = written( after, 'subteams[1].name', 'he', 'זכויות אדם' );
		expect( JSON.parse( again ).subteams[ 1 ].name[ SOURCE_KEY ] ).toEqual( { fr: hashSource( 'Human Rights' ), he: hashSource( 'Human Rights' ) } );
		expect( again.replace( /,\s*"he": "זכויות אדם"/, '' ).replace( /,\s*"he": "[0-9a-f]{8}"/, '' ) ).toBe( after );
	} );

	it( 'replaces an outdated translation in place and makes it current', () => {
		const old = JSON.stringify( { team: { name: { en: 'Team', de: 'Alt', _source: { de: hashSource( 'Old team' ) } } } }, null, 2 );
		expect( coverage( old, 'de' ) ).toMatchObject( { outdated: 1 } );
		const after = written( old, 'team.name', 'de', 'Mannschaft' );
		expect( JSON.parse( after ).team.name ).toEqual( { en: 'Team', de: 'Mannschaft', _source: { de: hashSource( 'Team' ) } } );
		expect( coverage( after, 'de' ) ).toMatchObject( { translated: 1, outdated: 0 } );
	} );

	it( 'writes right-to-left text as typed', () => {
		const after = written( SAMPLE, 'team.name', 'he', 'חוסן וקיימות קהילתיים' );
		expect( JSON.parse( after ).team.name.he ).toBe( 'חוסן וקיימות קהילתיים' );
	} );

	it( 'keeps the page valid for the validator and counts each new translation', () => {
		let text = SAMPLE;
		const before = coverage( text, 'de' ).translated;
		for ( const [ p, t ] of [ [ 'subteams[0].name', 'Komitee-Unterstützung' ], [ 'subteams[2].name', 'Vertrauen und Sicherheit' ], [ 'conversationHours.sessions[0].title', 'Sprechstunde' ] ] as const ) {
			text = written( text, p, 'de', t );
		}
		expect( coverage( text, 'de' ).translated ).toBe( before + 3 );
		const { problems, data } = validateTeamData( JSON.parse( text ) );
		expect( problems.filter( ( p ) => p.severity === 'error' ) ).toEqual( [] );
		expect( data?.subteams[ 2 ]?.name ).toEqual( { en: 'Trust and Safety', de: 'Vertrauen und Sicherheit' } );
	} );

	it( 'refuses what it cannot write, saying why', () => {
		expect( writeTranslation( SAMPLE, 'team.name', 'en', 'X' ) ).toEqual( { ok: false, error: 'default-language' } );
		expect( writeTranslation( SAMPLE, 'team.name', 'German', 'X' ) ).toEqual( { ok: false, error: 'language' } );
		expect( writeTranslation( SAMPLE, 'team.name', 'de', '  ' ) ).toEqual( { ok: false, error: 'text' } );
		expect( writeTranslation( SAMPLE, 'team.lead.name', 'de', 'X' ) ).toEqual( { ok: false, error: 'field' } );
		expect( writeTranslation( '{', 'team.name', 'de', 'X' ) ).toEqual( { ok: false, error: 'not-json' } );
	} );
} );
