/** @jest-environment jsdom */
import { createHelpersPanel } from '../../src/editor/helpers-panel';
import { setUpEditForm } from '../support/edit-form';

describe( 'helpers panel', () => {
	it( 'puts each helper in a closed Codex accordion titled by the helper, under one heading', () => {
		const one = document.createElement( 'fieldset' );
		const two = document.createElement( 'fieldset' );
		const panel = createHelpersPanel( document, 'Helpers', [ { title: 'Add a subteam', element: one }, { title: 'Add a <b>translation</b>', element: two } ] );
		const titles = Array.from( panel.querySelectorAll( 'details.cdx-accordion summary .cdx-accordion__header__title' ) ).map( ( t ) => t.textContent );
		expect( titles ).toEqual( [ 'Add a subteam', 'Add a <b>translation</b>' ] );
		expect( panel.querySelector( 'b' ) ).toBeNull();
		expect( Array.from( panel.querySelectorAll( 'details' ) ).map( ( d ) => d.open ) ).toEqual( [ false, false ] );
		const heading = panel.querySelector( 'h2' )!;
		expect( heading.textContent ).toBe( 'Helpers' );
		expect( panel.getAttribute( 'aria-labelledby' ) ).toBe( heading.id );
		expect( panel.querySelectorAll( '.cdx-accordion__content fieldset' ) ).toHaveLength( 2 );
	} );
} );

describe( 'the helpers inside the edit form', () => {
	it( 'are the three helpers, in this order', async () => {
		const { helpers } = await setUpEditForm( '{ "version": 1 }' );
		expect( Array.from( helpers.querySelectorAll( '.cdx-accordion__header__title' ) ).map( ( t ) => t.textContent ) )
			.toEqual( [ 'Add a session', 'Add a subteam', 'Add a translation' ] );
	} );

	it( 'never stop the edit form from being submitted while their fields are empty', async () => {
		const { form } = await setUpEditForm( '{ "version": 1 }' );
		expect( form.checkValidity() ).toBe( true );
		expect( Array.from( form.querySelectorAll( 'input, select, textarea' ) ).filter( ( c ) => ( c as HTMLInputElement ).required ) ).toEqual( [] );
	} );
} );
