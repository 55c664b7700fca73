/** @jest-environment jsdom */
import { setUpEditForm } from '../support/edit-form';

const PAGE = '{\n\t"version": 1,\n\t"team": {\n\t\t"name": "Team"\n\t},\n\t"subteams": [\n\t\t{ "id": "human-rights", "name": { "en": "Human Rights", "de": "Menschenrechte" }, "responsibilities": [ "x" ] }\n\t]\n}\n';

describe( 'add a subteam form', () => {
	it( 'has labelled fields and appends the subteam to the edit box, selected', async () => {
		const { textarea, field, status, press, submits, checks } = await setUpEditForm( PAGE );
		for ( const id of [ 'crs-editor-subteam-id', 'crs-editor-subteam-name', 'crs-editor-subteam-responsibilities' ] ) {
			expect( document.querySelector( `label[for="${ id }"]` )!.textContent ).not.toBe( '' );
			expect( field( id ).tagName ).toMatch( /^(INPUT|TEXTAREA)$/ );
		}
		field( 'crs-editor-subteam-id' ).value = 'outreach';
		field( 'crs-editor-subteam-name' ).value = 'Outreach';
		field( 'crs-editor-subteam-responsibilities' ).value = 'One\nTwo';
		press( 'crs-editor-subteam-id' );
		const data = JSON.parse( textarea.value );
		expect( data.subteams[ 1 ] ).toEqual( { id: 'outreach', name: 'Outreach', responsibilities: [ 'One', 'Two' ] } );
		// The old text is kept before and after the new subteam.
		const firstEnd = PAGE.indexOf( '] }' ) + 3;
		expect( textarea.value.slice( 0, firstEnd ) ).toBe( PAGE.slice( 0, firstEnd ) );
		expect( textarea.value.endsWith( PAGE.slice( firstEnd ) ) ).toBe( true );
		expect( JSON.parse( textarea.value.slice( textarea.selectionStart, textarea.selectionEnd ) ).id ).toBe( 'outreach' );
		expect( status( 'crs-editor-subteam-id' ) ).toBe( 'Subteam "outreach" was added at the end of the subteams and is selected in the edit box.' );
		expect( checks() ).toBe( 1 );
		expect( submits ).toHaveLength( 0 );
	} );

	it( 'says what is wrong and leaves the text alone', async () => {
		const { textarea, field, status, press, checks } = await setUpEditForm( PAGE );
		field( 'crs-editor-subteam-id' ).value = 'human-rights';
		field( 'crs-editor-subteam-name' ).value = 'Again';
		press( 'crs-editor-subteam-id' );
		expect( status( 'crs-editor-subteam-id' ) ).toBe( 'Another subteam already has the id "human-rights"; choose another.' );
		field( 'crs-editor-subteam-id' ).value = 'Human Rights';
		press( 'crs-editor-subteam-id' );
		expect( status( 'crs-editor-subteam-id' ) ).toMatch( /^Choose an id of lowercase letters/ );
		expect( textarea.value ).toBe( PAGE );
		textarea.value = PAGE.replace( '"version": 1,', '"version": 1' );
		field( 'crs-editor-subteam-id' ).value = 'new';
		press( 'crs-editor-subteam-id' );
		expect( status( 'crs-editor-subteam-id' ) ).toBe( 'Nothing was added: the page is not valid JSON (line 3, column 2). Fix that first; the list of problems above shows where.' );
		expect( checks() ).toBe( 0 );
	} );

	it( 'adds on Enter in a field instead of submitting the edit form', async () => {
		const { textarea, field, submits } = await setUpEditForm( PAGE );
		field( 'crs-editor-subteam-id' ).value = 'outreach';
		field( 'crs-editor-subteam-name' ).value = 'Outreach';
		const enter = new KeyboardEvent( 'keydown', { key: 'Enter', bubbles: true, cancelable: true } );
		field( 'crs-editor-subteam-name' ).dispatchEvent( enter );
		expect( enter.defaultPrevented ).toBe( true );
		expect( JSON.parse( textarea.value ).subteams ).toHaveLength( 2 );
		expect( submits ).toHaveLength( 0 );
	} );
} );
