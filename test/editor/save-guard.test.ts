/** @jest-environment jsdom */
import { validateTeamData } from '../../src/data/validate';
import { diagnose } from '../../src/editor/diagnostics';
import { attachSaveGuard, SaveGuard } from '../../src/editor/save-guard';
import { messageFormatter } from '../support/messages';

const VALID = JSON.stringify( {
	version: 1,
	team: { name: 'Team', about: [ 'We help.' ], links: [] },
	subteams: [],
	conversationHours: { description: [ 'Talk to us.' ], sessions: [] }
}, null, '\t' );

interface Page {
	form: HTMLFormElement;
	textarea: HTMLTextAreaElement;
	save: HTMLInputElement;
	preview: HTMLInputElement;
	guard: SaveGuard;
	/** Submissions that went through (not prevented), by the button that sent them. */
	submitted: string[];
}

function setUp( text: string ): Page {
	document.body.innerHTML = '<form id="editform"><textarea id="wpTextbox1"></textarea>' +
		'<input id="wpSummary" name="wpSummary">' +
		'<input type="submit" id="wpSave" name="wpSave" value="Save changes">' +
		'<input type="submit" id="wpPreview" name="wpPreview" value="Show preview"></form>';
	const form = document.getElementById( 'editform' ) as HTMLFormElement;
	const textarea = document.getElementById( 'wpTextbox1' ) as HTMLTextAreaElement;
	textarea.value = text;
	const save = document.getElementById( 'wpSave' ) as HTMLInputElement;
	const preview = document.getElementById( 'wpPreview' ) as HTMLInputElement;
	const guard = attachSaveGuard( form, save, {
		msg: messageFormatter(),
		errors: () => diagnose( textarea.value, validateTeamData ).diagnostics.filter( ( d ) => d.severity === 'error' ),
		returnFocus: () => textarea.focus()
	} );
	const submitted: string[] = [];
	// Stands for the browser sending the form (jsdom cannot navigate, and its
	// SubmitEvent has no submitter: remember the button clicked).
	let clicked = '';
	document.addEventListener( 'click', ( event ) => {
		clicked = ( event.target as HTMLElement ).id;
	}, true );
	form.addEventListener( 'submit', ( event ) => {
		if ( !event.defaultPrevented ) {
			submitted.push( clicked );
		}
		event.preventDefault();
	} );
	return { form, textarea, save, preview, guard, submitted };
}

function press( key: string, target: Element, shiftKey = false ): KeyboardEvent {
	const event = new KeyboardEvent( 'keydown', { key, shiftKey, bubbles: true, cancelable: true } );
	target.dispatchEvent( event );
	return event;
}

describe( 'guard on save', () => {
	it( 'lets a valid page be saved without asking', () => {
		const page = setUp( VALID );
		page.save.click();
		expect( page.submitted ).toEqual( [ 'wpSave' ] );
		expect( page.guard.dialog ).toBeNull();
	} );

	it( 'holds back saving text that is not JSON and shows a labelled dialog listing the problem', () => {
		const page = setUp( VALID.replace( '"subteams": []', '"subteams": [,]' ) );
		page.save.click();
		expect( page.submitted ).toEqual( [] );
		const backdrop = page.guard.dialog!;
		expect( backdrop.classList.contains( 'cdx-dialog-backdrop' ) ).toBe( true );
		const dialog = backdrop.querySelector( '.cdx-dialog' )!;
		expect( dialog.getAttribute( 'role' ) ).toBe( 'dialog' );
		expect( dialog.getAttribute( 'aria-modal' ) ).toBe( 'true' );
		const title = document.getElementById( dialog.getAttribute( 'aria-labelledby' )! )!;
		expect( title.textContent ).toBe( 'Save with problems?' );
		const items = dialog.querySelectorAll( '.crs-editor-guard__problems li' );
		expect( items ).toHaveLength( 1 );
		expect( items[ 0 ]!.textContent ).toMatch( /^Line 10, column 15: / );
		expect( document.getElementById( dialog.getAttribute( 'aria-describedby' )! )!.textContent )
			.toBe( 'The data page has this problem; after saving, the team page may show less, or nothing:' );
		// Cancel, the safe choice, has the focus.
		expect( document.activeElement!.textContent ).toBe( 'Cancel' );
	} );

	it( 'lists schema errors with their paths', () => {
		const page = setUp( VALID.replace( '"sessions": []', '"sessions": [ { "id": "x", "start": "2025-13-01T15:00Z", "end": "2025-01-01T16:00Z" } ]' ) );
		page.save.click();
		const text = page.guard.dialog!.querySelector( 'ul' )!.textContent!;
		expect( text ).toContain( 'conversationHours.sessions[0].start: "2025-13-01T15:00Z" is not a date: there is no month 13' );
	} );

	it( '"Save anyway" saves with the save button, once', () => {
		const page = setUp( '{ broken' );
		page.save.click();
		const saveAnyway = Array.from( page.guard.dialog!.querySelectorAll( 'button' ) ).find( ( b ) => b.textContent === 'Save anyway' )!;
		saveAnyway.click();
		expect( page.submitted ).toEqual( [ 'wpSave' ] );
		expect( page.guard.dialog ).toBeNull();
		expect( document.querySelector( '.cdx-dialog' ) ).toBeNull();
		// The next save is guarded again.
		page.save.click();
		expect( page.submitted ).toEqual( [ 'wpSave' ] );
		expect( page.guard.dialog ).not.toBeNull();
	} );

	it( '"Cancel" and Escape return to the edit box with the text unchanged', () => {
		const text = '{ "version": 1, broken';
		const page = setUp( text );
		page.textarea.setSelectionRange( 5, 5 );
		page.save.click();
		const cancel = Array.from( page.guard.dialog!.querySelectorAll( 'button' ) ).find( ( b ) => b.textContent === 'Cancel' )!;
		cancel.click();
		expect( page.guard.dialog ).toBeNull();
		expect( document.activeElement ).toBe( page.textarea );
		expect( page.textarea.value ).toBe( text );
		expect( page.submitted ).toEqual( [] );

		page.save.click();
		const escape = press( 'Escape', document.activeElement! );
		expect( escape.defaultPrevented ).toBe( true );
		expect( page.guard.dialog ).toBeNull();
		expect( document.activeElement ).toBe( page.textarea );
		expect( page.textarea.value ).toBe( text );
		expect( page.submitted ).toEqual( [] );
	} );

	it( 'keeps Tab and Shift+Tab inside the dialog', () => {
		const page = setUp( '{' );
		page.save.click();
		const buttons = Array.from( page.guard.dialog!.querySelectorAll( 'button' ) );
		const [ first, last ] = [ buttons[ 0 ]!, buttons[ buttons.length - 1 ]! ];
		last.focus();
		expect( press( 'Tab', last ).defaultPrevented ).toBe( true );
		expect( document.activeElement ).toBe( first );
		expect( press( 'Tab', first, true ).defaultPrevented ).toBe( true );
		expect( document.activeElement ).toBe( last );
	} );

	it( 'does not guard "Show preview"', () => {
		const page = setUp( '{' );
		page.preview.click();
		expect( page.submitted ).toEqual( [ 'wpPreview' ] );
		expect( page.guard.dialog ).toBeNull();
	} );

	it( 'stops MediaWiki\'s later submit handlers while the save is held back', () => {
		const page = setUp( '{' );
		const seen: string[] = [];
		page.form.addEventListener( 'submit', () => seen.push( 'later handler' ) );
		page.save.click();
		expect( seen ).toEqual( [] );
	} );

	it( 'stops guarding when detached', () => {
		const page = setUp( '{' );
		page.guard.detach();
		page.save.click();
		expect( page.submitted ).toEqual( [ 'wpSave' ] );
	} );
} );
