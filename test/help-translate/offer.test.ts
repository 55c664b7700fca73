import type { DataPageResult } from '../../src/mw/load-data-pages';
import { helpTranslateOffer, hiddenKey, OfferFacts } from '../../src/help-translate/offer';

const TITLE = 'Module:Team/data.json';
const editable: DataPageResult = { kind: 'ok', title: TITLE, text: '{}', revid: 1, canEdit: true };
const facts: OfferFacts = { loggedIn: true, language: 'de', results: [ editable ], isHidden: () => false };

describe( 'helpTranslateOffer', () => {
	it( 'offers the line on a translation page to a logged-in user who can edit the data page', () => {
		expect( helpTranslateOffer( facts ) ).toEqual( { index: 0, title: TITLE, text: '{}', language: 'de' } );
	} );

	it( 'offers nothing to anonymous readers, on other pages, or once hidden for that language', () => {
		expect( helpTranslateOffer( { ...facts, loggedIn: false } ) ).toBeNull();
		expect( helpTranslateOffer( { ...facts, language: null } ) ).toBeNull();
		expect( helpTranslateOffer( { ...facts, isHidden: ( lang ) => lang === 'de' } ) ).toBeNull();
		expect( helpTranslateOffer( { ...facts, language: 'fr', isHidden: ( lang ) => lang === 'de' } ) ).toMatchObject( { language: 'fr' } );
	} );

	it( 'offers nothing without edit rights or without a readable data page, and picks the first placeholder that has both', () => {
		expect( helpTranslateOffer( { ...facts, results: [ { ...editable, canEdit: false } ] } ) ).toBeNull();
		expect( helpTranslateOffer( { ...facts, results: [ { kind: 'missing', title: TITLE, canEdit: true }, undefined ] } ) ).toBeNull();
		expect( helpTranslateOffer( { ...facts, results: [ undefined, { ...editable, canEdit: false }, editable ] } ) ).toMatchObject( { index: 2 } );
	} );

	it( 'keeps the choice to hide it apart per language', () => {
		expect( hiddenKey( 'de' ) ).not.toBe( hiddenKey( 'fr' ) );
	} );
} );
