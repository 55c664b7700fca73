/** @jest-environment jsdom */
import { el, replaceChildren } from '../../src/render/dom';

describe( 'el', () => {
	it( 'builds an element with a class, attributes and children, text as text', () => {
		const node = el( document, 'p', { className: 'x', attrs: { title: 'T', lang: undefined } },
			'<b>not bold</b>', [ el( document, 'span', null, 'a' ), null, false, ' ', 'b' ], undefined );
		expect( node.outerHTML ).toBe( '<p class="x" title="T">&lt;b&gt;not bold&lt;/b&gt;<span>a</span> b</p>' );
		expect( node.querySelector( 'b' ) ).toBeNull();
	} );

	it.each( [ 'style', 'onclick', 'ONload' ] )( 'refuses to set the %s attribute', ( name ) => {
		expect( () => el( document, 'div', { attrs: { [ name ]: 'x' } } ) ).toThrow( name );
	} );
} );

describe( 'replaceChildren', () => {
	it( 'replaces everything inside, text as text', () => {
		const list = el( document, 'ul', null, el( document, 'li', null, 'old' ) );
		replaceChildren( list, el( document, 'li', null, 'new' ), '<li>' );
		expect( list.innerHTML ).toBe( '<li>new</li>&lt;li&gt;' );
		replaceChildren( list );
		expect( list.childNodes ).toHaveLength( 0 );
	} );
} );
