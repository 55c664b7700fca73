/** @jest-environment jsdom */
import { setUpEditForm } from '../support/edit-form';

const PAGE = '{\n\t"version": 1,\n\t"conversationHours": {\n\t\t"sessions": []\n\t}\n}';

async function setUp() {
	const form = await setUpEditForm( PAGE );
	const fill = ( date: string, time: string ) => {
		form.field( 'crs-editor-add-date' ).value = date;
		form.field( 'crs-editor-add-time' ).value = time;
	};
	return {
		...form,
		element: form.field( 'crs-editor-add-date' ).closest( 'fieldset' ) as HTMLElement,
		fill,
		button: { click: () => form.press( 'crs-editor-add-date' ) },
		status: () => form.status( 'crs-editor-add-date' )
	};
}

describe( 'add a session form', () => {
	it( 'has labelled Codex fields and adds the session to the edit box in UTC', async () => {
		const { textarea, element, field, fill, button, status, submits } = await setUp();
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

	it( 'says what is wrong and leaves the text alone', async () => {
		const { textarea, fill, button, status, field } = await setUp();
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

	it( 'adds on Enter instead of submitting the edit form', async () => {
		const { textarea, fill, field, submits } = await setUp();
		fill( '2026-12-10', '17:00' );
		const enter = new KeyboardEvent( 'keydown', { key: 'Enter', bubbles: true, cancelable: true } );
		field( 'crs-editor-add-time' ).dispatchEvent( enter );
		expect( enter.defaultPrevented ).toBe( true );
		expect( JSON.parse( textarea.value ).conversationHours.sessions ).toHaveLength( 1 );
		expect( submits ).toHaveLength( 0 );
	} );
} );
