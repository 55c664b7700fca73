import * as fs from 'fs';
import * as path from 'path';
import { pickMessages } from '../../src/i18n/language-pack';
import { messagesFor } from '../../src/i18n/messages';

const I18N = path.join( __dirname, '../../i18n' );
const keysOf = ( file: string ): string[] => Object.keys( JSON.parse( fs.readFileSync( path.join( I18N, file ), 'utf8' ) ) ).filter( ( k ) => k !== '@metadata' );

describe( 'the reader\'s messages', () => {
	it( 'give every key in the first language of the chain that has it, English last', () => {
		const { messages, languages } = messagesFor( [ 'he' ] );
		expect( Object.keys( messages ).sort() ).toEqual( keysOf( 'en.json' ).sort() );
		expect( messages[ 'crs-team-about-heading' ] ).toBe( 'מה אנחנו עושים' );
		expect( languages[ 'crs-team-about-heading' ] ).toBe( 'he' );
		// A partly translated language (as a new one is while it is written) still gets every key.
		const partial = pickMessages( { xx: { 'crs-team-led-by': 'XX' }, en: { 'crs-team-led-by': 'Led by', 'crs-team-links-heading': 'Links' } }, [ 'xx' ] );
		expect( partial.languages ).toEqual( { 'crs-team-led-by': 'xx', 'crs-team-links-heading': 'en' } );
	} );

	it( 'follow the chain past languages without a file', () => {
		const { messages, languages } = messagesFor( [ 'de-at', 'de', 'en' ] );
		expect( messages[ 'crs-team-about-heading' ] ).toBe( 'Was wir tun' );
		expect( languages[ 'crs-team-about-heading' ] ).toBe( 'de' );
	} );

	const shipped = fs.readdirSync( I18N ).filter( ( f ) => f.endsWith( '.json' ) && f !== 'qqq.json' ).map( ( f ) => f.replace( /\.json$/, '' ) );

	it( 'ship English, German, Hebrew, French and Spanish', () => {
		expect( shipped.sort() ).toEqual( [ 'de', 'en', 'es', 'fr', 'he' ] );
	} );

	it.each( shipped )( 'are bundled, complete, for %s (every file of i18n/)', ( lang ) => {
		const { languages } = messagesFor( [ lang, 'en' ] );
		expect( Object.keys( languages ).filter( ( key ) => languages[ key ] !== lang ) ).toEqual( [] );
	} );

	it( 'never take @metadata or a text that is not a string', () => {
		const { messages } = pickMessages( { xx: { '@metadata': { authors: [] }, a: 'A', b: 3 }, en: { b: 'B' } }, [ 'xx' ] );
		expect( messages ).toEqual( { a: 'A', b: 'B' } );
	} );
} );
