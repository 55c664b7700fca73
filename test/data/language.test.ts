import * as fs from 'fs';
import * as path from 'path';
import { directionOf, fallbackChain, isLanguageCode, RTL_LANGUAGES } from '../../src/data/language';
import MEDIAWIKI_RTL from './mediawiki-rtl-languages.json';

/** Where Debian's mediawiki package (MediaWiki 1.43) keeps its language files. */
const MEDIAWIKI_MESSAGES = '/usr/share/mediawiki/languages/messages';

/**
 * The languages MediaWiki writes right to left, read from its
 * `Messages*.php` files as its LocalisationCache does: a file's own `$rtl`,
 * else the first of its `$fallback` languages that has one.
 *
 * @param dir
 */
function mediaWikiRtlLanguages( dir: string ): string[] {
	const own = new Map<string, { rtl?: boolean; fallbacks: string[] }>();
	for ( const file of fs.readdirSync( dir ) ) {
		const name = /^Messages(.+)\.php$/.exec( file );
		if ( !name || !name[ 1 ] ) {
			continue;
		}
		const php = fs.readFileSync( path.join( dir, file ), 'utf8' );
		const rtl = /^\$rtl\s*=\s*(true|false)\s*;/m.exec( php );
		const fallback = /^\$fallback\s*=\s*'([^']*)'\s*;/m.exec( php );
		own.set( name[ 1 ].toLowerCase().replace( /_/g, '-' ), {
			rtl: rtl ? rtl[ 1 ] === 'true' : undefined,
			fallbacks: fallback && fallback[ 1 ] ? fallback[ 1 ].split( ',' ).map( ( code ) => code.trim() ).filter( Boolean ) : []
		} );
	}
	const isRtl = ( code: string, seen: Set<string> ): boolean | undefined => {
		const facts = own.get( code );
		if ( !facts || seen.has( code ) ) {
			return undefined;
		}
		seen.add( code );
		if ( facts.rtl !== undefined ) {
			return facts.rtl;
		}
		for ( const fallback of facts.fallbacks ) {
			const inherited = isRtl( fallback, seen );
			if ( inherited !== undefined ) {
				return inherited;
			}
		}
		return undefined;
	};
	return Array.from( own.keys() ).filter( ( code ) => isRtl( code, new Set() ) ).sort();
}

describe( 'language codes and direction', () => {
	it.each( [ 'en', 'de', 'pt-br', 'be-tarask', 'zh-hans', 'de-formal', 'nds-nl' ] )( '%s is a language code', ( code ) => {
		expect( isLanguageCode( code ) ).toBe( true );
	} );
	it.each( [ 'EN', 'e', 'english', 'de_DE', 'de-', '' ] )( '"%s" is not', ( code ) => {
		expect( isLanguageCode( code ) ).toBe( false );
	} );
	it.each( [ [ 'he', 'rtl' ], [ 'ar', 'rtl' ], [ 'fa', 'rtl' ], [ 'ur', 'rtl' ], [ 'de', 'ltr' ], [ 'en', 'ltr' ], [ 'ja', 'ltr' ] ] )( '%s is written %s', ( lang, dir ) => {
		expect( directionOf( lang ) ).toBe( dir );
	} );
} );

describe( 'fallbackChain', () => {
	it( 'shortens the code and ends with English', () => {
		expect( fallbackChain( 'de-formal' ) ).toEqual( [ 'de-formal', 'de', 'en' ] );
		expect( fallbackChain( 'en' ) ).toEqual( [ 'en' ] );
	} );
	it( 'uses MediaWiki\'s own chain when it is for the same language', () => {
		expect( fallbackChain( 'de-at', [ 'de-at', 'de', 'en' ] ) ).toEqual( [ 'de-at', 'de', 'en' ] );
		expect( fallbackChain( 'lb', [ 'lb', 'de', 'en' ] ) ).toEqual( [ 'lb', 'de', 'en' ] );
		// The user's chain does not apply to another language (a /de page read by a French user).
		expect( fallbackChain( 'de', [ 'fr', 'en' ] ) ).toEqual( [ 'de', 'en' ] );
	} );
} );

describe( 'the right-to-left languages are MediaWiki\'s', () => {
	it( 'writes every language of the committed MediaWiki list right to left, and no other', () => {
		expect( [ ...RTL_LANGUAGES ].sort() ).toEqual( MEDIAWIKI_RTL.languages );
		for ( const code of MEDIAWIKI_RTL.languages ) {
			expect( directionOf( code ) ).toBe( 'rtl' );
		}
	} );

	it.each( [ 'bal', 'ydd', 'pa-arab', 'ku', 'kk', 'pa', 'en', 'ar-x-unknown' ] )( 'writes %s left to right, as MediaWiki does', ( code ) => {
		expect( directionOf( code ) ).toBe( 'ltr' );
	} );

	if ( fs.existsSync( MEDIAWIKI_MESSAGES ) ) {
		it( `the committed list is the one of the MediaWiki installed in ${ MEDIAWIKI_MESSAGES }`, () => {
			expect( mediaWikiRtlLanguages( MEDIAWIKI_MESSAGES ) ).toEqual( MEDIAWIKI_RTL.languages );
		} );
	} else {
		it.todo( `NOT CHECKED against MediaWiki: nothing in ${ MEDIAWIKI_MESSAGES } (scripts/install-system-deps.sh installs it; CI does)` );
	}
} );
