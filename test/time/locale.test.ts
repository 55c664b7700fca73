import { intlLocales, toBcp47 } from '../../src/time/locale';

describe( 'toBcp47', () => {
	test.each( [
		[ 'en', 'en' ],
		[ 'de', 'de' ],
		[ 'pt-br', 'pt-BR' ],
		[ 'en-gb', 'en-GB' ],
		[ 'zh-hans', 'zh-Hans' ],
		[ 'zh-hant-tw', 'zh-Hant-TW' ],
		[ 'kk-cyrl', 'kk-Cyrl' ],
		[ 'sr-ec', 'sr-Cyrl' ],
		[ 'sr-el', 'sr-Latn' ],
		[ 'de-formal', 'de' ],
		[ 'nl-informal', 'nl' ],
		[ 'be-tarask', 'be-tarask' ],
		[ 'be-x-old', 'be-tarask' ],
		[ 'simple', 'en' ],
		[ 'als', 'gsw' ],
		[ 'no', 'nb' ],
		[ 'zh-yue', 'yue' ],
		[ 'he', 'he' ],
		[ 'HE', 'he' ],
		[ '', 'en' ],
		[ 'not a language!', 'en' ]
	] )( '%j → %s', ( lang, tag ) => {
		expect( toBcp47( lang ) ).toBe( tag );
	} );

	test( 'Intl gets the Gregorian calendar and English as a fallback', () => {
		expect( intlLocales( 'fa' ) ).toEqual( [ 'fa-u-ca-gregory', 'en-u-ca-gregory' ] );
		expect( intlLocales( 'en' ) ).toEqual( [ 'en-u-ca-gregory' ] );
	} );
} );
