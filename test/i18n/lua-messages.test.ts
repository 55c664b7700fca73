/**
 * The Scribunto module's own messages (src/lua/i18n/): what must stay the
 * same in every language.
 */
import * as fs from 'fs';
import * as path from 'path';

const DIR = path.join( __dirname, '../../src/lua/i18n' );
const files = fs.readdirSync( DIR ).filter( ( f ) => f.endsWith( '.json' ) && f !== 'qqq.json' );
const read = ( file: string ): Record<string, string> => JSON.parse( fs.readFileSync( path.join( DIR, file ), 'utf8' ) ) as Record<string, string>;

describe( 'the module\'s messages', () => {
	it.each( files )( 'name the same tracking category in %s as in English (one category for every page language)', ( file ) => {
		expect( read( file )[ 'crs-team-static-broken-category' ] ).toBe( read( 'en.json' )[ 'crs-team-static-broken-category' ] );
	} );
} );
