/** @jest-environment jsdom */
import { createAddSessionForm } from '../../src/editor/add-session-form';
import { createEditorSurface } from '../../src/editor/editor-surface';
import { addSession } from '../../src/editor/new-session';
import { messageFormatter } from '../support/messages';

const PAGE = '{\n\t"version": 1,\n\t"conversationHours": {\n\t\t"sessions": []\n\t}\n}';

function setUp() {
	document.body.innerHTML = '<form id="editform"><textarea id="wpTextbox1"></textarea><input type="submit" id="wpSave"></form>';
	const form = document.getElementById( 'editform' ) as HTMLFormElement;
	const textarea = document.getElementById( 'wpTextbox1' ) as HTMLTextAreaElement;
	textarea.value = PAGE;
	const surface = createEditorSurface( textarea );
	const element = createAddSessionForm( document, {
		msg: messageFormatter(),
		zones: [ { value: 'Europe/Berlin', label: 'Europe/Berlin' }, { value: 'UTC', label: 'UTC' } ],
		// As the gadget does it.
		add: ( input ) => {
			const result = addSession( surface.getText(), input );
			if ( !result.ok ) {
				return 'error' in result ? { error: result.error } : { error: 'edit', detail: result.message };
			}
			surface.replaceText( result.text, result.range );
			return { id: result.id as string };
		}
	} );
	form.appendChild( element );
	const submits: Event[] = [];
	form.addEventListener( 'submit', ( e ) => {
		submits.push( e );
		e.preventDefault();
	} );
	const field = ( id: string ) => document.getElementById( id ) as HTMLInputElement | HTMLSelectElement;
	const fill = ( date: string, time: string ) => {
		field( 'crs-editor-add-date' ).value = date;
		field( 'crs-editor-add-time' ).value = time;
	};
	const button = element.querySelector( 'button' ) as HTMLButtonElement;
	const status = () => element.querySelector( '.crs-editor-add__status' )!.textContent;
	return { textarea, element, field, fill, button, status, submits };
}

describe( 'add a session form', () => {
	it( 'has labelled Codex fields and adds the session to the edit box in UTC', () => {
		const { textarea, element, field, fill, button, status, submits } = setUp();
		for ( const id of [ 'crs-editor-add-date', 'crs-editor-add-time', 'crs-editor-add-zone', 'crs-editor-add-length' ] ) {
			expect( element.querySelector( `label.cdx-label__label[for="${ id }"]` ) ).not.toBeNull();
			expect( field( id ).className ).toMatch( /^cdx-(text-input__input|select)$/ );
		}
		fill( '2026-12-10', '17:00' );
		field( 'crs-editor-add-length' ).value = '90';
		button.click();
		expect( JSON.parse( textarea.value ).conversationHours.sessions ).toEqual( [
			{ id: '2026-12-10', start: '2026-12-10T16:00:00Z', end: '2026-12-10T17:30:00Z', status: 'scheduled' }
		] );
		expect( textarea.value.slice( textarea.selectionStart, textarea.selectionEnd ) ).toContain( '"id": "2026-12-10"' );
		expect( status() ).toBe( 'Session "2026-12-10" was added at the end of the sessions and is selected in the edit box.' );
		expect( submits ).toHaveLength( 0 );
	} );

	it( 'says what is wrong and leaves the text alone', () => {
		const { textarea, fill, button, status, field } = setUp();
		fill( '', '17:00' );
		button.click();
		expect( status() ).toBe( 'Choose a date that exists.' );
		fill( '2026-03-29', '02:30' );
		button.click();
		expect( status() ).toMatch( /^This time does not exist/ );
		textarea.value = '{ "version": 1 }';
		fill( '2026-12-10', '10:00' );
		field( 'crs-editor-add-zone' ).value = 'UTC';
		button.click();
		expect( status() ).toMatch( /^The session could not be added: / );
		expect( textarea.value ).toBe( '{ "version": 1 }' );
	} );

	it( 'adds on Enter instead of submitting the edit form', () => {
		const { textarea, fill, field, submits } = setUp();
		fill( '2026-12-10', '17:00' );
		const enter = new KeyboardEvent( 'keydown', { key: 'Enter', bubbles: true, cancelable: true } );
		field( 'crs-editor-add-time' ).dispatchEvent( enter );
		expect( enter.defaultPrevented ).toBe( true );
		expect( JSON.parse( textarea.value ).conversationHours.sessions ).toHaveLength( 1 );
		expect( submits ).toHaveLength( 0 );
	} );
} );
