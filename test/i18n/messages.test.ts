import * as fs from 'fs';
import * as path from 'path';
import { messagesFor, pickMessages } from '../../src/i18n/messages';

const I18N = path.join( __dirname, '../../i18n' );
const keysOf = ( file: string ): string[] => Object.keys( JSON.parse( fs.readFileSync( path.join( I18N, file ), 'utf8' ) ) ).filter( ( k ) => k !== '@metadata' );

describe( 'the reader\'s messages', () => {
	it( 'give every key in the first language of the chain that has it, English last', () => {
		const { messages, languages } = messagesFor( [ 'he' ] );
		expect( Object.keys( messages ).sort() ).toEqual( keysOf( 'en.json' ).sort() );
		expect( messages[ 'crs-team-about-heading' ] ).toBe( 'מה אנחנו עושים' );
		expect( languages[ 'crs-team-about-heading' ] ).toBe( 'he' );
		const untranslated = keysOf( 'en.json' ).find( ( key ) => !keysOf( 'he.json' ).includes( key ) )!;
		expect( languages[ untranslated ] ).toBe( 'en' );
	} );

	it( 'follow the chain past languages without a file', () => {
		const { messages, languages } = messagesFor( [ 'de-at', 'de', 'en' ] );
		expect( messages[ 'crs-team-about-heading' ] ).toBe( 'Was wir tun' );
		expect( languages[ 'crs-team-about-heading' ] ).toBe( 'de' );
	} );

	it.each( [ 'de', 'he' ] )( 'are bundled for %s, which has a file', ( lang ) => {
		const { languages } = messagesFor( [ lang, 'en' ] );
		expect( languages[ 'crs-team-about-heading' ] ).toBe( lang );
	} );

	it( 'never take @metadata or a text that is not a string', () => {
		const { messages } = pickMessages( { xx: { '@metadata': { authors: [] }, a: 'A', b: 3 }, en: { b: 'B' } }, [ 'xx' ] );
		expect( messages ).toEqual( { a: 'A', b: 'B' } );
	} );
} );
