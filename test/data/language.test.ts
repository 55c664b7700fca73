import { directionOf, fallbackChain, isLanguageCode } from '../../src/data/language';
import { pickText, languagesOf } from '../../src/data/localise';
import { renderLanguage, PageLanguageFacts } from '../../src/data/page-language';

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

describe( 'pickText', () => {
	const text = { en: 'Human Rights', de: 'Menschenrechte' };
	it.each( [
		[ [ 'de', 'en' ], 'Menschenrechte', 'de' ],
		[ [ 'de-at', 'de', 'en' ], 'Menschenrechte', 'de' ],
		[ [ 'fr', 'en' ], 'Human Rights', 'en' ],
		[ [ 'fr' ], 'Human Rights', 'en' ]
	] )( 'for %j gives %s (%s)', ( chain, expected, lang ) => {
		expect( pickText( text, chain, 'en' ) ).toEqual( { text: expected, lang } );
	} );
	it( 'falls back to any language when the default one is missing', () => {
		expect( pickText( { de: 'Nur Deutsch' }, [ 'fr' ], 'en' ) ).toEqual( { text: 'Nur Deutsch', lang: 'de' } );
	} );
	it( 'lists the languages of the data', () => {
		expect( languagesOf( [ text, { fr: 'x', en: 'y' } ] ) ).toEqual( [ 'de', 'en', 'fr' ] );
	} );
} );

describe( 'renderLanguage', () => {
	const base: PageLanguageFacts = {
		pageName: 'Community_Resilience_and_Sustainability',
		pageContentLanguage: 'en',
		wikiContentLanguage: 'en',
		userLanguage: 'fr'
	};
	it( 'an ordinary page renders in the reader\'s language', () => {
		expect( renderLanguage( base ) ).toBe( 'fr' );
	} );
	it( 'a /de subpage in German renders in German', () => {
		expect( renderLanguage( { ...base, pageName: base.pageName + '/de', pageContentLanguage: 'de' } ) ).toBe( 'de' );
	} );
	it( 'a page the Translate extension marks as a translation renders in its language', () => {
		expect( renderLanguage( { ...base, pageName: 'X/pt-br', pageContentLanguage: 'pt-br', translatePageTranslation: 'translation' } ) ).toBe( 'pt-br' );
	} );
	it( 'a page whose language was set apart from the wiki\'s renders in it', () => {
		expect( renderLanguage( { ...base, pageContentLanguage: 'de' } ) ).toBe( 'de' );
	} );
	it( 'a subpage that merely looks like a language code does not override the reader', () => {
		expect( renderLanguage( { ...base, pageName: 'Notes/de' } ) ).toBe( 'fr' );
	} );
} );
