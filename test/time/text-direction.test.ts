import { isRtlLanguage } from '../../src/time/text-direction';

describe( 'isRtlLanguage', () => {
	test.each( [
		[ 'he', true ], [ 'ar', true ], [ 'fa', true ], [ 'ur', true ], [ 'yi', true ], [ 'ckb', true ],
		[ 'kk-arab', true ], [ 'kk-cyrl', false ], [ 'ku-latn', false ], [ 'ug-latn', false ],
		[ 'en', false ], [ 'de', false ], [ 'ja', false ], [ 'pt-br', false ], [ '', false ]
	] )( '%s → %j', ( lang, rtl ) => {
		expect( isRtlLanguage( lang ) ).toBe( rtl );
	} );
} );
