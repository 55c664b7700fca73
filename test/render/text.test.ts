/** @jest-environment jsdom */
import { localText, markLanguage, message, plainText } from '../../src/render/text';
import { renderContext } from '../support/render-context';

describe( 'data texts', () => {
	it( 'are shown in the page\'s language when they have it', () => {
		const node = localText( renderContext( 'de' ), 'p', { en: 'Human Rights', de: 'Menschenrechte' }, 'title' );
		expect( [ node.tagName, node.className, node.textContent, node.hasAttribute( 'lang' ) ] ).toEqual( [ 'P', 'title', 'Menschenrechte', false ] );
	} );

	it( 'fall back along the chain, marked with the language and direction they are in', () => {
		const node = localText( renderContext( 'de-at' ), 'span', { en: 'Human Rights', de: 'Menschenrechte', ar: 'حقوق الإنسان' } );
		expect( node.textContent ).toBe( 'Menschenrechte' );
		expect( node.getAttribute( 'lang' ) ).toBe( 'de' );
		const arabic = localText( renderContext( 'fr' ), 'span', { ar: 'حقوق الإنسان' } );
		expect( [ arabic.getAttribute( 'lang' ), arabic.getAttribute( 'dir' ) ] ).toEqual( [ 'ar', 'rtl' ] );
	} );

	it( 'are text, never HTML', () => {
		const node = localText( renderContext(), 'div', { en: '<script>alert(1)</script>' } );
		expect( node.children ).toHaveLength( 0 );
		expect( plainText( renderContext(), { en: '<b>x</b>' } ) ).toBe( '<b>x</b>' );
	} );
} );

describe( 'interface messages', () => {
	it( 'are marked when the page\'s language lacks them', () => {
		// Hebrew has every message; Arabic has no file, so its page gets English ones.
		const translated = message( renderContext( 'he' ), 'h2', 'crs-team-about-heading' );
		expect( [ translated.textContent, translated.hasAttribute( 'lang' ) ] ).toEqual( [ 'מה אנחנו עושים', false ] );
		const ctx = renderContext( 'ar' );
		expect( ctx.msgLanguage( 'crs-team-edit-data' ) ).toBe( 'en' );
		const fallback = message( ctx, 'p', 'crs-team-edit-data' );
		expect( [ fallback.textContent, fallback.getAttribute( 'lang' ), fallback.getAttribute( 'dir' ) ] ).toEqual( [ 'Edit the data page', 'en', 'ltr' ] );
	} );

	it( 'take their parameters as text', () => {
		expect( message( renderContext(), 'p', 'crs-team-goals-heading-period', [ '<i>2026</i>' ] ).innerHTML ).toBe( 'Goals <bdi>&lt;i&gt;2026&lt;/i&gt;</bdi>' );
	} );
} );

describe( 'markLanguage', () => {
	it( 'marks only text in another language than the page', () => {
		const node = document.createElement( 'span' );
		markLanguage( renderContext( 'en' ), node, 'en' );
		expect( node.hasAttribute( 'lang' ) ).toBe( false );
		markLanguage( renderContext( 'en' ), node, 'fa' );
		expect( [ node.getAttribute( 'lang' ), node.getAttribute( 'dir' ) ] ).toEqual( [ 'fa', 'rtl' ] );
	} );

	it( 'isolate a date or name in the reader\'s language inside an English fallback message', () => {
		// crs-team-month-day-heading has no Hebrew text yet: English around a Hebrew date.
		const ctx = renderContext( 'he', { msgLanguage: () => 'en' } );
		const node = message( ctx, 'span', 'crs-team-month-day-heading', [ 'יום חמישי, 10 בדצמבר 2026' ] );
		expect( node.getAttribute( 'lang' ) ).toBe( 'en' );
		const date = node.querySelector( 'bdi' )!;
		expect( date.textContent ).toBe( 'יום חמישי, 10 בדצמבר 2026' );
		expect( date.getAttribute( 'lang' ) ).toBe( 'he' );
		expect( date.getAttribute( 'dir' ) ).toBe( 'rtl' );
	} );

	it( 'pass numbers on as numbers, for {{PLURAL}}', () => {
		expect( message( renderContext(), 'span', 'crs-team-month-sessions', [ 1 ] ).textContent ).toBe( 'one conversation hour' );
		expect( message( renderContext(), 'span', 'crs-team-month-sessions', [ 2 ] ).querySelector( 'bdi' ) ).toBeNull();
	} );
} );
