import * as fs from 'fs';
import * as path from 'path';
import { build } from '../../build/build';
import { parseGadgetsDefinition } from '../../build/gadgets-definition';
import { languageGadgetLines, languageGadgetNames, languagePackOf } from '../../build/language-packs';
import { languagesWithFacts, localeFacts } from '../../src/i18n/all-languages';
import { localeBucketOf, LOCALE_BUCKETS } from '../../src/i18n/language-modules';
import { ours } from '../../src/i18n/message-languages.json';
import en from '../../i18n/en.json';
import editorEn from '../../i18n/editor/en.json';

const ROOT = path.resolve( __dirname, '../..' );
const built = ( page: string ): string => fs.readFileSync( path.join( ROOT, 'gadgets', `Gadget-${ page }` ), 'utf8' );
const texts = ( file: Record<string, unknown> ): string[] => Object.keys( file ).filter( ( k ) => k !== '@metadata' )
	.map( ( k ) => String( file[ k ] ) ).filter( ( t ) => t.length >= 12 );

beforeAll( async () => {
	await build();
}, 60000 );

/** The reader's gadgets: the loader, the renderer and the parts it loads on first use. */
const READER_GADGETS = [ 'crs-team.js', 'crs-team-core.js', 'crs-team-calendar-tools.js', 'crs-team-problems.js' ];

describe( 'the renderer carries no language of its own', () => {
	describe.each( READER_GADGETS )( '%s', ( page ) => {
		it.each( ours )( 'has none of the %s messages (they are in crs-team-i18n-*)', ( lang ) => {
			const code = built( page );
			const file = JSON.parse( fs.readFileSync( path.join( ROOT, 'i18n', `${ lang }.json` ), 'utf8' ) ) as Record<string, unknown>;
			expect( texts( file ).filter( ( t ) => code.includes( t ) ) ).toEqual( [] );
		} );

		it( 'has no other language\'s date formats or digits', () => {
			const code = built( page );
			// Japanese's date, Persian's digits, German's date (from MediaWiki's table).
			for ( const text of [ 'Y年n月j日', '۰۱۲۳۴۵۶۷۸۹', 'j. F Y' ] ) {
				expect( [ text, code.includes( text ) ] ).toEqual( [ text, false ] );
			}
		} );
	} );

	it( 'leaves the exceptions to the shorter forms out of the loader (the renderer has them)', () => {
		expect( built( 'crs-team.js' ) ).not.toContain( 'lad-hebr' );
		expect( built( 'crs-team-core.js' ) ).toContain( 'lad-hebr' );
	} );

	it( 'has the "help translate" line carry three messages, not the editor\'s set', () => {
		const line = built( 'crs-team-help-translate.js' );
		// Sentences only: a single word ("organisation") may be in the code anyway.
		expect( texts( editorEn ).filter( ( t ) => t.includes( ' ' ) && line.includes( t ) ) ).toEqual( [] );
		expect( languagePackOf( 'crs-team-i18n-de' )!.helpTranslate ).toEqual( {
			'crs-team-editor-help-translate': expect.stringContaining( '$1' ),
			'crs-team-editor-help-translate-link': 'beim Übersetzen helfen',
			'crs-team-editor-help-translate-hide': expect.any( String )
		} );
	} );
} );

describe( 'the language gadgets', () => {
	it( 'are defined in Gadgets-definition.txt as build/language-packs.ts generates them', () => {
		const lines = parseGadgetsDefinition( fs.readFileSync( path.join( ROOT, 'Gadgets-definition.txt' ), 'utf8' ) )
			.filter( ( g ) => languageGadgetNames().includes( g.name ) ).map( ( g ) => g.line );
		expect( lines ).toEqual( languageGadgetLines() );
	} );

	it.each( ours )( 'give %s every message, in UTF-8 as written', ( lang ) => {
		const pack = languagePackOf( `crs-team-i18n-${ lang }` )!;
		expect( Object.keys( pack.messages! ).sort() ).toEqual( Object.keys( en ).filter( ( k ) => k !== '@metadata' ).sort() );
		const script = built( `crs-team-i18n-${ lang }.js` );
		expect( script ).toContain( pack.messages![ 'crs-team-led-by' ] );
		expect( script ).not.toMatch( /\\u[0-9a-f]{4}/i );
	} );

	it( 'put every language MediaWiki says something about into its bucket, and no language of ours', () => {
		const inBuckets = Array.from( { length: LOCALE_BUCKETS }, ( _, n ) => Object.keys( languagePackOf( `crs-team-locale-${ n }` )!.locales! ) );
		expect( inBuckets.flat().sort() ).toEqual( languagesWithFacts().filter( ( lang ) => !ours.includes( lang ) ) );
		inBuckets.forEach( ( langs, n ) => langs.forEach( ( lang ) => expect( localeBucketOf( lang ) ).toBe( n ) ) );
		expect( languagePackOf( `crs-team-locale-${ localeBucketOf( 'ja' ) }` )!.locales!.ja ).toEqual( localeFacts( 'ja' ) );
	} );
} );
