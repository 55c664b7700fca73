/**
 * @jest-environment jsdom
 */
import * as fs from 'fs';
import * as path from 'path';
import { createTranslatePanel } from '../../src/editor/translate-panel';
import type { LanguageInfo } from '../../src/editor/language-choice';
import { messageFormatter } from '../support/messages';

const SAMPLE = fs.readFileSync( path.join( __dirname, '..', '..', 'data', 'team-page.json' ), 'utf8' );
const LANGUAGES: LanguageInfo[] = [
	{ code: 'en', autonym: 'English', name: 'English', dir: 'ltr' },
	{ code: 'de', autonym: 'Deutsch', name: 'German', dir: 'ltr' },
	{ code: 'he', autonym: 'עברית', name: 'Hebrew', dir: 'rtl' }
];

function mount( initialLanguage?: string, page = SAMPLE, lang = 'en' ) {
	let text = page;
	const shown: string[] = [];
	const panel = createTranslatePanel( document, {
		msg: messageFormatter( lang ),
		getText: () => text,
		setText: ( t ) => {
			text = t;
		},
		showLanguage: ( lang ) => shown.push( lang ),
		initialLanguage
	} );
	document.body.replaceChildren( panel.element );
	panel.setLanguages( LANGUAGES );
	const setText = ( t: string ) => {
		text = t;
	};
	const rowFor = ( p: string ) => panel.element.querySelector<HTMLTextAreaElement>( `textarea[data-crs-path="${ p }"]` );
	const summary = () => panel.element.querySelector( '.crs-translate__summary' )!.textContent;
	return { panel, rowFor, summary, shown, text: () => text, setText };
}

function type( field: HTMLTextAreaElement, value: string ): void {
	field.value = value;
	field.dispatchEvent( new Event( 'change', { bubbles: true } ) );
}

describe( 'Translate mode', () => {
	it( 'starts in the language from the address, with the progress and one labelled row per untranslated text', () => {
		const { rowFor, summary, shown, panel } = mount( 'de' );
		expect( summary() ).toMatch( /^Deutsch — German \(de\): 1 of \d+ texts translated, 0 outdated\.$/ );
		expect( shown ).toContain( 'de' );
		const field = rowFor( 'subteams[1].responsibilities[1]' )!;
		const label = panel.element.querySelector( `label[for="${ field.id }"]` )!.textContent;
		expect( label ).toBe( 'Subteam Human Rights — responsibility 2 (not translated)' );
		expect( rowFor( 'subteams[1].name' ) ).toBeNull();
		expect( panel.element.querySelector( '.crs-translate__languages' )!.textContent ).toMatch( /^Languages on this page: de 1\/\d+ \(0 outdated\)\.$/ );
	} );

	it( 'shows the progress on a labelled native progress bar, without inline styles', () => {
		const { panel, rowFor, summary } = mount( 'de' );
		const bar = panel.element.querySelector<HTMLProgressElement>( 'progress.crs-translate__bar' )!;
		const total = Number( /of (\d+) texts/.exec( summary()! )![ 1 ] );
		expect( [ bar.value, bar.max ] ).toEqual( [ 1, total ] );
		expect( document.getElementById( bar.getAttribute( 'aria-labelledby' )! )!.textContent ).toBe( summary() );
		type( rowFor( 'subteams[2].name' )!, 'Vertrauen und Sicherheit' );
		panel.update();
		expect( bar.value ).toBe( 2 );
		expect( panel.element.querySelector( '[style]' ) ).toBeNull();
	} );

	it( 'words the count in the singular for one text and in the plural for more ({{PLURAL}})', () => {
		const one = JSON.stringify( { team: { name: 'Team' } } );
		const two = JSON.stringify( { team: { name: 'Team', organisation: { en: 'Foundation', de: 'Stiftung' } } } );
		expect( mount( 'de', one ).summary() ).toBe( 'Deutsch — German (de): 0 of 1 text translated, 0 outdated.' );
		expect( mount( 'de', two ).summary() ).toBe( 'Deutsch — German (de): 1 of 2 texts translated, 0 outdated.' );
		expect( mount( 'de', one, 'de' ).summary() ).toBe( 'Deutsch — German (de): 0 von 1 Text übersetzt, 0 veraltet.' );
		expect( mount( 'de', two, 'de' ).summary() ).toBe( 'Deutsch — German (de): 1 von 2 Texten übersetzt, 0 veraltet.' );
	} );

	it( 'finds a language by its own name and gives right-to-left fields for Hebrew', () => {
		const { panel, rowFor } = mount();
		const input = panel.element.querySelector<HTMLInputElement>( '#crs-translate-language' )!;
		input.value = 'עברית';
		input.dispatchEvent( new Event( 'change' ) );
		expect( rowFor( 'team.name' ) ).toMatchObject( { lang: 'he', dir: 'rtl' } );
	} );

	it( 'writes a translation into the text, counts it, and undoes it', () => {
		const { panel, rowFor, summary, text } = mount( 'de' );
		const before = summary();
		type( rowFor( 'subteams[2].name' )!, 'Vertrauen und Sicherheit' );
		expect( JSON.parse( text() ).subteams[ 2 ].name.de ).toBe( 'Vertrauen und Sicherheit' );
		panel.update();
		expect( summary() ).toMatch( /^Deutsch — German \(de\): 2 of/ );
		panel.element.querySelector<HTMLButtonElement>( '.crs-translate__undo' )!.click();
		expect( text() ).toBe( SAMPLE );
		expect( summary() ).toBe( before );
	} );

	it( 'keeps what is typed in a row, and the focus, when the edit box changes meanwhile', () => {
		const { panel, rowFor, text, setText } = mount( 'de' );
		const field = rowFor( 'subteams[0].name' )!;
		field.focus();
		field.value = 'Unterstützung der';
		setText( text().replace( '"Trust and Safety"', '"Trust & Safety"' ) );
		panel.update();
		expect( rowFor( 'subteams[0].name' ) ).not.toBe( field );
		expect( rowFor( 'subteams[0].name' )!.value ).toBe( 'Unterstützung der' );
		expect( document.activeElement ).toBe( rowFor( 'subteams[0].name' ) );
	} );

	it( 'does not redraw (nor lose the row being typed in) after its own write', () => {
		const { panel, rowFor } = mount( 'de' );
		const first = rowFor( 'subteams[0].name' )!;
		first.value = 'Unterstützung der Gremien';
		first.dispatchEvent( new KeyboardEvent( 'keydown', { key: 'Enter', bubbles: true } ) );
		const next = rowFor( 'subteams[2].name' )!;
		next.value = 'Vertrauen';
		panel.update();
		expect( rowFor( 'subteams[2].name' ) ).toBe( next );
	} );

	it( 'shows an undone translation as missing again, not as typed', () => {
		const { panel, rowFor } = mount( 'de' );
		panel.element.querySelector<HTMLSelectElement>( '#crs-translate-filter' )!.value = 'all';
		panel.element.querySelector( '#crs-translate-filter' )!.dispatchEvent( new Event( 'change' ) );
		type( rowFor( 'subteams[2].name' )!, 'Vertrauen und Sicherheit' );
		panel.update();
		panel.element.querySelector<HTMLButtonElement>( '.crs-translate__undo' )!.click();
		expect( rowFor( 'subteams[2].name' )!.value ).toBe( '' );
	} );

	it( 'moves to the next untranslated row on Enter', () => {
		const { rowFor } = mount( 'de' );
		const first = rowFor( 'team.name' )!;
		first.value = 'Gemeinschaftliche Resilienz und Nachhaltigkeit';
		first.dispatchEvent( new KeyboardEvent( 'keydown', { key: 'Enter', bubbles: true } ) );
		expect( document.activeElement ).toBe( rowFor( 'team.organisation' ) );
	} );
} );
