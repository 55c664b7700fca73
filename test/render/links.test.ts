/** @jest-environment jsdom */
import { linkElement, linkHref, linkList } from '../../src/render/links';
import { Link } from '../../src/data/types';
import { renderContext } from '../support/render-context';

const wiki = ( title: string, label?: Record<string, string> ): Link => ( { target: { kind: 'wiki', title }, ...( label ? { label } : {} ) } );
const external = ( url: string ): Link => ( { target: { kind: 'external', url } } );

describe( 'data links', () => {
	it( 'go to the wiki page\'s URL, titled with the page, or to the external URL', () => {
		expect( linkHref( renderContext(), wiki( 'Category:CR&S meetings' ) ) ).toBe( '/wiki/Category%3ACR%26S_meetings' );
		const a = linkElement( renderContext(), wiki( 'Trust and Safety' ) );
		expect( [ a.textContent, a.getAttribute( 'title' ), a.className ] ).toEqual( [ 'Trust and Safety', 'Trust and Safety', '' ] );
		const out = linkElement( renderContext(), external( 'https://www.example.org/' ), { className: 'cdx-button' } );
		expect( [ out.getAttribute( 'href' ), out.textContent, out.className, out.getAttribute( 'rel' ) ] )
			.toEqual( [ 'https://www.example.org/', 'example.org', 'cdx-button external', 'nofollow noopener' ] );
	} );

	it( 'use their label in the page\'s language, marked when it fell back', () => {
		const link = wiki( 'X', { en: 'Annual plan', fr: 'Plan annuel' } );
		expect( linkElement( renderContext( 'fr' ), link ).textContent ).toBe( 'Plan annuel' );
		const fallback = linkElement( renderContext( 'de' ), link );
		expect( [ fallback.textContent, fallback.getAttribute( 'lang' ), fallback.getAttribute( 'dir' ) ] ).toEqual( [ 'Annual plan', 'en', 'ltr' ] );
	} );

	it( 'use the given label when the data has none', () => {
		expect( linkElement( renderContext(), wiki( 'X' ), { fallbackLabel: 'Contact' } ).textContent ).toBe( 'Contact' );
	} );

	it( 'keep a label\'s markup as text', () => {
		const a = linkElement( renderContext(), wiki( 'X', { en: '<img src=x>' } ) );
		expect( a.querySelector( 'img' ) ).toBeNull();
		expect( a.textContent ).toBe( '<img src=x>' );
	} );

	it( 'make a list, or nothing when there are none', () => {
		expect( linkList( renderContext(), [], 'links' ) ).toBeNull();
		const list = linkList( renderContext(), [ wiki( 'A' ), external( 'https://b.example/c' ) ], 'links' )!;
		expect( Array.from( list.querySelectorAll( 'li > a' ) ).map( ( a ) => a.textContent ) ).toEqual( [ 'A', 'b.example/c' ] );
	} );
} );
