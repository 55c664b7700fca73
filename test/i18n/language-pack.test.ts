import { combinePacks, LanguagePackModule } from '../../src/i18n/language-pack';

const GERMAN: LanguagePackModule = {
	language: 'de',
	messages: { 'crs-team-led-by': 'Geleitet von', 'crs-team-links-heading': 'Links' },
	fallbackLanguages: { 'crs-team-links-heading': 'en' },
	locales: { de: { formats: { default: 'dmy', dmy: [ 'H:i', 'j. F Y' ] } } }
};
const BUCKET: LanguagePackModule = { locales: { 'de-at': { chain: [ 'de', 'en' ], formats: { default: 'dmy', dmy: [ 'H:i', 'j. F Y' ] } } } };

describe( 'combinePacks', () => {
	it( 'takes the messages, and the language each is in, from the messages gadget', () => {
		const pack = combinePacks( 'de', [ GERMAN ] );
		expect( pack.messages.messages ).toEqual( GERMAN.messages );
		expect( pack.messages.languages ).toEqual( { 'crs-team-led-by': 'de', 'crs-team-links-heading': 'en' } );
		expect( pack.locale ).toEqual( GERMAN.locales!.de );
	} );

	it( 'takes the language\'s facts from its locale bucket', () => {
		expect( combinePacks( 'de-at', [ GERMAN, BUCKET ] ).locale.chain ).toEqual( [ 'de', 'en' ] );
	} );

	it( 'falls back to the messages language\'s facts, then to none (English dates)', () => {
		expect( combinePacks( 'de-x-custom', [ GERMAN, BUCKET ] ).locale ).toEqual( GERMAN.locales!.de );
		expect( combinePacks( 'xx', [ { language: 'en', messages: {} }, { locales: {} } ] ).locale ).toEqual( {} );
	} );

	it( 'says which language it has no messages for', () => {
		expect( () => combinePacks( 'de', [ BUCKET ] ) ).toThrow( 'no messages among the language modules loaded for "de"' );
	} );
} );
