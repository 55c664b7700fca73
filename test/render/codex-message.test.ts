/** @jest-environment jsdom */
import { codexMessage } from '../../src/render/codex-message';

describe( 'codexMessage', () => {
	it( 'is a Codex block message with its icon and content', () => {
		const message = codexMessage( document, { type: 'warning', className: 'mine', attrs: { role: 'status' } }, 'Careful: <i>x</i>' );
		expect( message.className ).toBe( 'cdx-message cdx-message--block cdx-message--warning mine' );
		expect( message.getAttribute( 'role' ) ).toBe( 'status' );
		expect( Array.from( message.children ).map( ( c ) => c.className ) ).toEqual( [ 'cdx-message__icon', 'cdx-message__content' ] );
		expect( message.querySelector( '.cdx-message__content' )!.textContent ).toBe( 'Careful: <i>x</i>' );
		expect( message.querySelector( 'i' ) ).toBeNull();
	} );

	it( 'can sit inline in a form', () => {
		expect( codexMessage( document, { type: 'success', layout: 'inline' } ).className ).toBe( 'cdx-message cdx-message--inline cdx-message--success' );
	} );
} );
