import { pickText, languagesOf } from '../../src/data/localise';

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
