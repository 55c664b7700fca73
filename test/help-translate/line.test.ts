/**
 * @jest-environment jsdom
 */
import { helpTranslateLine, HelpTranslateLineOptions } from '../../src/help-translate/line';
import { messageFormatter } from '../support/messages';

function line( overrides: Partial<HelpTranslateLineOptions> = {} ) {
	const hidden: string[] = [];
	const options: HelpTranslateLineOptions = {
		msg: messageFormatter(),
		lang: 'en',
		dir: 'ltr',
		languageName: 'German',
		progress: { language: 'de', translated: 12, outdated: 2, missing: 26, total: 40 },
		href: '/w/index.php?title=Data&action=edit&withgadget=crs-team-editor&crs-translate=de',
		onHide: () => hidden.push( 'hidden' ),
		...overrides
	};
	const element = helpTranslateLine( document, options );
	document.body.replaceChildren( element );
	return { element, hidden };
}

describe( 'the "help translate" line', () => {
	it( 'says how far the language is translated and links to Translate mode for it', () => {
		const { element } = line();
		expect( element.textContent ).toBe( 'German: 12 of 40 texts translated — help translate×' );
		const link = element.querySelector( 'a' )!;
		expect( link.textContent ).toBe( 'help translate' );
		expect( link.getAttribute( 'href' ) ).toContain( 'crs-translate=de' );
		expect( element.classList.contains( 'cdx-message--notice' ) ).toBe( true );
	} );

	it( 'words one text in the singular', () => {
		const { element } = line( { progress: { language: 'de', translated: 0, outdated: 0, missing: 1, total: 1 } } );
		expect( element.querySelector( '.cdx-message__content' )!.textContent ).toBe( 'German: 0 of 1 text translated — help translate' );
	} );

	it( 'is in the user\'s language and direction, not the page\'s', () => {
		const { element } = line( { msg: messageFormatter( 'de' ), lang: 'de', languageName: 'Hebräisch', progress: { language: 'he', translated: 2, outdated: 0, missing: 38, total: 40 } } );
		expect( element.querySelector( '.cdx-message__content' )!.textContent ).toBe( 'Hebräisch: 2 von 40 Texten übersetzt — beim Übersetzen helfen' );
		expect( [ element.lang, element.dir ] ).toEqual( [ 'de', 'ltr' ] );
		expect( line( { lang: 'he', dir: 'rtl' } ).element.dir ).toBe( 'rtl' );
	} );

	it( 'hides itself with a labelled button, and says so', () => {
		const { element, hidden } = line();
		const button = element.querySelector( 'button' )!;
		expect( button.getAttribute( 'aria-label' ) ).toBe( 'Hide' );
		expect( button.type ).toBe( 'button' );
		button.click();
		expect( document.body.contains( element ) ).toBe( false );
		expect( hidden ).toEqual( [ 'hidden' ] );
	} );
} );
