/** @jest-environment jsdom */
import * as fs from 'fs';
import * as path from 'path';
import { installFakeMw } from '../support/mw-fake';
import { showHelpTranslate } from '../../src/gadgets/crs-team-help-translate/index';
import { translatableTexts } from '../../src/editor/translation-coverage';

const DATA_TITLE = 'Module:Community Resilience and Sustainability/data.json';
const SAMPLE = fs.readFileSync( path.join( __dirname, '../../data/team-page.json' ), 'utf8' );

function page( userLanguage = 'en', storage: Record<string, string> = {} ) {
	document.body.innerHTML = '<div id="mw-content-text" lang="de"><div class="crs-team" id="first"></div><div class="crs-team"></div></div>';
	const wiki = installFakeMw( {
		config: { wgUserLanguage: userLanguage },
		api: () => Promise.reject( new Error( 'no request expected' ) ),
		fallbackChain: [ userLanguage, 'en' ],
		storage
	} );
	return { wiki, anchor: document.getElementById( 'first' )! };
}

describe( 'gadget crs-team-help-translate', () => {
	const total = ( () => {
		const result = translatableTexts( SAMPLE );
		return result.ok ? result.texts.filter( ( t ) => t.source ).length : 0;
	} )();

	it( 'puts the line above the first view, with the counts of the data page and a link to Translate mode', () => {
		const { wiki, anchor } = page();
		showHelpTranslate( anchor, { index: 0, title: DATA_TITLE, text: SAMPLE, language: 'de' } );
		const line = anchor.previousElementSibling as HTMLElement;
		expect( line.textContent ).toBe( `German: 1 of ${ total } texts translated — help translate×` );
		expect( line.querySelector( 'a' )!.getAttribute( 'href' ) ).toBe( '/wiki/Module%3ACommunity_Resilience_and_Sustainability%2Fdata.json?action=edit&withgadget=crs-team-editor&crs-translate=de' );
		expect( wiki.requests ).toEqual( [] );
	} );

	it( 'remembers that the user hid it, for that language', () => {
		const { wiki, anchor } = page();
		showHelpTranslate( anchor, { index: 0, title: DATA_TITLE, text: SAMPLE, language: 'de' } );
		document.querySelector<HTMLButtonElement>( '.crs-help-translate button' )!.click();
		expect( document.querySelector( '.crs-help-translate' ) ).toBeNull();
		expect( wiki.storage ).toEqual( { 'crs-team-help-translate-hidden-de': '1' } );
	} );

	it( 'speaks the user\'s language, and is shown once however often the page content is rendered', () => {
		const { anchor } = page( 'de' );
		const offer = { index: 0, title: DATA_TITLE, text: SAMPLE, language: 'fr' };
		showHelpTranslate( anchor, offer );
		showHelpTranslate( anchor, offer );
		expect( document.querySelectorAll( '.crs-help-translate' ) ).toHaveLength( 1 );
		expect( document.querySelector( '.crs-help-translate .cdx-message__content' )!.textContent ).toBe( `Französisch: 0 von ${ total } Texten übersetzt — beim Übersetzen helfen` );
	} );
} );
