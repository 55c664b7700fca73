/**
 * MediaWiki's edit form in jsdom (`#editform`, `#wpTextbox1`, `#wpSave`)
 * with the editor's helpers connected to it by `editor/editor-helpers.ts`,
 * as the gadget connects them, for the tests of the helper forms.
 */
import { createEditorHelpers } from '../../src/editor/editor-helpers';
import { createEditorSurface } from '../../src/editor/editor-surface';
import { messageFormatter } from './messages';

export interface EditForm {
	readonly form: HTMLFormElement;
	readonly textarea: HTMLTextAreaElement;
	readonly helpers: HTMLElement;
	/** How often the text was checked again after a helper's edit. */
	readonly checks: () => number;
	/** Submit events of the edit form (each one prevented). */
	readonly submits: Event[];
	/** A field of the helpers by its id. */
	field( id: string ): HTMLInputElement & HTMLSelectElement & HTMLTextAreaElement;
	/** The status line of the helper whose fields include `id`. */
	status( id: string ): string;
	/** Presses the button of the helper whose fields include `id`. */
	press( id: string ): void;
	/** Types `text` into the edit box as a maintainer would (an input event). */
	type( text: string ): void;
}

function helperOf( id: string ): HTMLElement {
	const field = document.getElementById( id );
	const helper = field && field.closest( 'fieldset' );
	if ( !helper ) {
		throw new Error( `no helper with a field #${ id }` );
	}
	return helper as HTMLElement;
}

/**
 * The edit form with the helpers, once the wiki's language codes are known.
 *
 * @param page The text in the edit box
 * @param knownLanguages The language codes the wiki knows
 */
export async function setUpEditForm( page: string, knownLanguages = [ 'en', 'de', 'fr' ] ): Promise<EditForm> {
	document.body.innerHTML = '<form id="editform"><textarea id="wpTextbox1"></textarea><input type="submit" id="wpSave"></form>';
	const form = document.getElementById( 'editform' ) as HTMLFormElement;
	const textarea = document.getElementById( 'wpTextbox1' ) as HTMLTextAreaElement;
	textarea.value = page;
	const surface = createEditorSurface( textarea );
	let checks = 0;
	const helpers = createEditorHelpers( {
		doc: document,
		msg: messageFormatter(),
		surface,
		session: { check: () => checks++ },
		facts: { knownLanguages: () => Promise.resolve( new Set( knownLanguages ) ) },
		sessionZones: [ 'Europe/Berlin', 'UTC' ],
		debounce: ( fn ) => fn
	} );
	form.appendChild( helpers );
	// The wiki's language codes arrive.
	await Promise.resolve();
	const submits: Event[] = [];
	form.addEventListener( 'submit', ( e ) => {
		submits.push( e );
		e.preventDefault();
	} );
	return {
		form,
		textarea,
		helpers,
		checks: () => checks,
		submits,
		field: ( id ) => document.getElementById( id ) as HTMLInputElement & HTMLSelectElement & HTMLTextAreaElement,
		status: ( id ) => helperOf( id ).querySelector( '.crs-editor-add__status' )!.textContent || '',
		press: ( id ) => ( helperOf( id ).querySelector( 'button' ) as HTMLButtonElement ).click(),
		type: ( text ) => {
			textarea.value = text;
			textarea.dispatchEvent( new Event( 'input', { bubbles: true } ) );
		}
	};
}
