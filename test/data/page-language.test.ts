import { renderLanguage, PageLanguageFacts, translationLanguage } from '../../src/data/page-language';

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

describe( 'translationLanguage', () => {
	const base: PageLanguageFacts = { pageName: 'Team', pageContentLanguage: 'en', wikiContentLanguage: 'en', userLanguage: 'de' };
	it( 'is the page\'s language on a translation page, whatever the reader\'s', () => {
		expect( translationLanguage( { ...base, pageName: 'Team/de', pageContentLanguage: 'de', userLanguage: 'en' } ) ).toBe( 'de' );
	} );
	it( 'is null on the source page, even for a reader with another interface language', () => {
		expect( translationLanguage( base ) ).toBeNull();
	} );
} );
