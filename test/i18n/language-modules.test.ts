import { fallbacks } from '../../src/data/mediawiki-fallbacks.json';
import { languageModules, LOCALE_BUCKETS, localeBucketOf, messageLanguageByCode, messageLanguageOf, modulesFor } from '../../src/i18n/language-modules';
import messageLanguages, { ours } from '../../src/i18n/message-languages.json';

const isOurs = ( code: string ): boolean => ours.includes( code );

describe( 'the language gadgets of a page view', () => {
	test.each( [
		[ 'en', 'en' ],
		[ 'de', 'de' ],
		// Shorter forms: Austrian and formal German read German.
		[ 'de-at', 'de' ],
		[ 'de-formal', 'de' ],
		// MediaWiki's chain where the code does not say it.
		[ 'yi', 'he' ],
		[ 'bar', 'de' ],
		[ 'ca', 'fr' ],
		[ 'ast', 'es' ],
		// Its chain goes to English although its code starts with a language of ours' code.
		[ 'lad-hebr', 'en' ],
		[ 'nds-nl', 'en' ],
		// No language of ours on the chain: English.
		[ 'ja', 'en' ],
		[ 'pt-br', 'en' ],
		// Not MediaWiki's: its shorter forms, else English.
		[ 'de-x-custom', 'de' ],
		[ 'xx', 'en' ]
	] )( 'a page in %s gets the messages of %s', ( lang, messages ) => {
		expect( messageLanguageOf( lang ) ).toBe( messages );
	} );

	it( 'gives every language MediaWiki knows the first language of ours on its chain', () => {
		const chains = fallbacks as Record<string, string[]>;
		for ( const lang of Object.keys( chains ) ) {
			const expected = [ lang, ...chains[ lang ]! ].find( ( code ) => ours.includes( code ) ) || 'en';
			expect( [ lang, messageLanguageOf( lang ) ] ).toEqual( [ lang, expected ] );
		}
	} );

	it( 'lets the loader guess by the code alone: right for every language but the exceptions', () => {
		const chains = fallbacks as Record<string, string[]>;
		const wrong = Object.keys( chains ).filter( ( lang ) => messageLanguageByCode( lang, isOurs ) !== messageLanguageOf( lang ) );
		expect( wrong ).toContain( 'yi' );
		expect( wrong ).not.toContain( 'de-at' );
		expect( wrong ).not.toContain( 'ja' );
		// Each wrong guess is an exception of the generated table, or a longer form of one (`shy-latn`).
		const exceptions = Object.values( messageLanguages.exceptions ).join( ' ' ).split( ' ' );
		expect( wrong.filter( ( lang ) => !exceptions.some( ( e ) => lang === e || lang.startsWith( e + '-' ) ) ) ).toEqual( [] );
		expect( messageLanguageByCode( 'de-x-custom', isOurs ) ).toBe( 'de' );
		expect( messageLanguageByCode( 'xx', isOurs ) ).toBe( 'en' );
		expect( modulesFor( 'yi', messageLanguageByCode( 'yi', isOurs ) ) ).toEqual( [ 'ext.gadget.crs-team-i18n-en', `ext.gadget.crs-team-locale-${ localeBucketOf( 'yi' ) }` ] );
	} );

	it( 'loads only the messages gadget for a language of ours (its date formats are in it)', () => {
		expect( languageModules( 'he' ) ).toEqual( [ 'ext.gadget.crs-team-i18n-he' ] );
		expect( languageModules( 'en' ) ).toEqual( [ 'ext.gadget.crs-team-i18n-en' ] );
	} );

	it( 'adds the locale bucket for any other language: Japanese dates with English messages', () => {
		expect( languageModules( 'ja' ) ).toEqual( [ 'ext.gadget.crs-team-i18n-en', `ext.gadget.crs-team-locale-${ localeBucketOf( 'ja' ) }` ] );
		expect( languageModules( 'yi' ) ).toEqual( [ 'ext.gadget.crs-team-i18n-he', `ext.gadget.crs-team-locale-${ localeBucketOf( 'yi' ) }` ] );
	} );

	it( 'spreads the languages over the buckets, always to the same one', () => {
		const counts = new Array( LOCALE_BUCKETS ).fill( 0 ) as number[];
		for ( const lang of Object.keys( fallbacks ) ) {
			const n = localeBucketOf( lang );
			expect( localeBucketOf( lang ) ).toBe( n );
			counts[ n ]! += 1;
		}
		expect( Math.min( ...counts ) ).toBeGreaterThan( 0 );
		expect( Math.max( ...counts ) ).toBeLessThan( 3 * Object.keys( fallbacks ).length / LOCALE_BUCKETS );
	} );
} );
