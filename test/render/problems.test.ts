/** @jest-environment jsdom */
import { LoadFailure, renderFailure, renderProblems } from '../../src/render/problems';
import { renderContext } from '../support/render-context';

const TITLE = 'Module:Team/data.json';

function texts( root: ParentNode, selector: string ): string[] {
	return Array.from( root.querySelectorAll( selector ) ).map( ( n ) => ( n.textContent || '' ).trim() );
}

describe( 'a data page that cannot be used', () => {
	it.each( [
		[ { kind: 'missing' }, 'The data page does not exist.' ],
		[ { kind: 'load', code: 'readapidenied' }, 'It could not be loaded (readapidenied).' ],
		[ { kind: 'load', code: 'http-503' }, 'The wiki had a server error (HTTP 503), also when asked again' ],
		[ { kind: 'load', code: 'http-404' }, 'The wiki answered with an error (HTTP 404).' ],
		[ { kind: 'load', code: 'network' }, 'The wiki could not be reached' ],
		[ { kind: 'load', code: 'not-json' }, 'it was not JSON' ],
		[ { kind: 'load', code: 'empty' }, 'The wiki sent an empty answer.' ],
		[ { kind: 'load', code: 'content-hidden' }, 'is hidden (revision deletion)' ],
		[ { kind: 'load', code: 'constructor' }, 'It could not be loaded (constructor).' ],
		[ { kind: 'syntax', message: 'Unexpected token', line: 4, column: 1 }, 'line 4, column 1' ],
		[ { kind: 'unknown-view', view: 'agenda' }, 'Unknown view "agenda"' ]
	] as [ LoadFailure, string ][] )( 'is an error alert naming the page and what is wrong (%j)', ( failure, expected ) => {
		const message = renderFailure( renderContext(), TITLE, failure );
		expect( message.classList.contains( 'cdx-message--error' ) ).toBe( true );
		expect( message.getAttribute( 'role' ) ).toBe( 'alert' );
		expect( message.querySelector( '.cdx-message__icon' ) ).not.toBeNull();
		expect( texts( message, '.crs-team-problems__heading' )[ 0 ] ).toContain( TITLE );
		expect( message.textContent ).toContain( expected );
	} );

	it( 'links to the edit form of the data page, and says only editors see this', () => {
		const message = renderFailure( renderContext(), TITLE, { kind: 'missing' } );
		const edit = message.querySelector( '.crs-team-problems__footer a' ) as HTMLAnchorElement;
		expect( edit.getAttribute( 'href' ) ).toBe( '/wiki/Module%3ATeam%2Fdata.json?action=edit' );
		expect( texts( message, '.crs-team-problems__footer small' ) ).toHaveLength( 1 );
	} );

	it( 'offers no edit link for a title that is not a page', () => {
		const message = renderFailure( renderContext(), 'Module:<bad>', { kind: 'bad-title', title: 'Module:<bad>' } );
		expect( message.querySelector( 'a' ) ).toBeNull();
		expect( message.textContent ).toContain( 'Module:<bad>' );
	} );

	it( 'names no page in its heading when the placeholder names none (an empty data-source)', () => {
		const message = renderFailure( renderContext(), '  ', { kind: 'bad-title', title: '  ', reason: 'empty' } );
		expect( texts( message, '.crs-team-problems__heading' ) ).toEqual( [ 'The team page cannot be shown here.' ] );
		expect( message.textContent ).toContain( 'The placeholder names no data page: its data-source attribute is empty.' );
		expect( message.querySelector( 'a' ) ).toBeNull();
	} );

	it( 'lists only the errors of an unusable page, each with its JSON path', () => {
		const message = renderFailure( renderContext(), TITLE, { kind: 'unusable', problems: [
			{ path: 'team.name', message: 'is missing: the team needs a name', severity: 'error' },
			{ path: 'tema', message: 'unknown property "tema" is ignored', severity: 'warning' }
		] } );
		expect( texts( message, '.crs-team-problems__item' ) ).toEqual( [ 'team.name: is missing: the team needs a name' ] );
		expect( texts( message, '.crs-team-problems__item code' ) ).toEqual( [ 'team.name' ] );
	} );
} );

describe( 'problems in a data page that still renders', () => {
	it( 'is an error when something was dropped, in English marked as such on a German page', () => {
		const message = renderProblems( renderContext( 'de' ), TITLE, [
			{ path: 'subteams[0].links[0]', message: '"https://" is not a link', severity: 'error' },
			{ path: '', message: 'something about the whole page', severity: 'warning' }
		] );
		expect( message.classList.contains( 'cdx-message--error' ) ).toBe( true );
		const items = Array.from( message.querySelectorAll( '.crs-team-problems__item' ) );
		expect( items.map( ( i ) => [ i.textContent, i.getAttribute( 'lang' ), i.getAttribute( 'dir' ) ] ) ).toEqual( [
			[ 'subteams[0].links[0]: "https://" is not a link', 'en', 'ltr' ],
			[ 'something about the whole page', 'en', 'ltr' ]
		] );
		expect( items[ 0 ]!.classList.contains( 'crs-team-problems__item--error' ) ).toBe( true );
	} );

	it( 'is a polite warning when nothing was dropped', () => {
		const message = renderProblems( renderContext(), TITLE, [ { path: 'tema', message: 'unknown property', severity: 'warning' } ] );
		expect( message.classList.contains( 'cdx-message--warning' ) ).toBe( true );
		expect( message.getAttribute( 'role' ) ).toBe( 'status' );
	} );

	it( 'shows a problem\'s text as text', () => {
		const message = renderProblems( renderContext(), TITLE, [ { path: 'x', message: '"<img src=x>" is not a link', severity: 'error' } ] );
		expect( message.querySelector( 'img' ) ).toBeNull();
	} );
} );
