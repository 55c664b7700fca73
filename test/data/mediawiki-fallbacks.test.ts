import * as fs from 'fs';
import * as path from 'path';
import { FALLBACKS_FILE, fallbackTables, MESSAGE_LANGUAGES_FILE, ourLanguages, serialiseTable } from '../../build/mediawiki-fallbacks';
import { fallbacks } from '../../src/data/mediawiki-fallbacks.json';

/** Debian's MediaWiki 1.43, which the wiki tests use too. */
const MEDIAWIKI = '/usr/share/mediawiki';
const installed = fs.existsSync( path.join( MEDIAWIKI, 'languages/messages/MessagesEn.php' ) );

describe( 'the fallback chains are MediaWiki\'s', () => {
	if ( installed ) {
		it( 'are what the installed MediaWiki says, for the languages of i18n/ (regenerate with npx tsx build/mediawiki-fallbacks.ts)', () => {
			const tables = fallbackTables( MEDIAWIKI, ourLanguages() );
			expect( serialiseTable( tables.fallbacks ) ).toBe( fs.readFileSync( FALLBACKS_FILE, 'utf8' ) );
			expect( serialiseTable( tables.messages ) ).toBe( fs.readFileSync( MESSAGE_LANGUAGES_FILE, 'utf8' ) );
		} );
	} else {
		it.todo( `NOT CHECKED against MediaWiki: nothing in ${ MEDIAWIKI } (scripts/install-system-deps.sh installs it; CI does)` );
	}

	it( 'follow $fallback to its end, English last', () => {
		const chains = fallbacks as Record<string, string[]>;
		expect( chains[ 'de-at' ] ).toEqual( [ 'de', 'en' ] );
		expect( chains.yi ).toEqual( [ 'he', 'en' ] );
		// Bavarian falls back to German through its own line, and on to English.
		expect( chains.bar ).toEqual( [ 'de', 'en' ] );
		expect( chains.en ).toBeUndefined();
		expect( chains.ja ).toBeUndefined();
	} );

	it( 'list the languages of i18n/ as ours', () => {
		expect( ourLanguages() ).toEqual( [ 'de', 'en', 'es', 'fr', 'he' ] );
	} );
} );
