/** @jest-environment jsdom */
import { renderViews } from '../../src/render/views';
import { readTeamData, renderContext } from '../support/render-context';

const PAGE = {
	team: { name: 'Team', about: [ 'We help.' ] },
	subteams: [ { id: 'a', name: 'A', responsibilities: [ 'x' ] } ],
	conversationHours: { description: [ 'Talk to us.' ], sessions: [ { id: 's', start: '2026-12-10T16:00:00Z', end: '2026-12-10T17:00:00Z' } ] }
};

function headings( root: ParentNode ): string[] {
	return Array.from( root.querySelectorAll( 'h2' ) ).map( ( h ) => h.textContent || '' );
}

describe( 'renderViews', () => {
	it( 'gives each of several views its own heading, in the order asked for', () => {
		const { data } = readTeamData( PAGE );
		const rendered = renderViews( renderContext(), data, [ 'subteams', 'overview' ] );
		expect( headings( rendered ) ).toEqual( [ 'Subteams', 'About the team' ] );
		expect( Array.from( rendered.querySelectorAll( 'section' ) ).map( ( s ) => s.getAttribute( 'data-view' ) ) ).toEqual( [ 'subteams', 'overview' ] );
	} );

	it( 'puts all three views on the page when none is named', () => {
		const { data } = readTeamData( PAGE );
		expect( headings( renderViews( renderContext(), data ) ) ).toEqual( [ 'About the team', 'Subteams', 'Conversation hours' ] );
	} );

	it( 'leaves a single view under the page\'s own heading', () => {
		const { data } = readTeamData( PAGE );
		const rendered = renderViews( renderContext(), data, [ 'overview' ] );
		expect( headings( rendered ) ).toEqual( [] );
		expect( rendered.querySelector( 'h3' )!.textContent ).toBe( 'What we do' );
	} );

	it( 'renders the conversation hours as the static list without a calendar environment', () => {
		const { data } = readTeamData( PAGE );
		const rendered = renderViews( renderContext(), data, [ 'calendar' ] );
		expect( rendered.querySelector( '[data-session-id="s"]' ) ).not.toBeNull();
		expect( rendered.querySelector( 'input, button' ) ).toBeNull();
	} );

	it( 'sets the page\'s language and direction on the whole output', () => {
		const { data } = readTeamData( PAGE );
		const rendered = renderViews( renderContext( 'he' ), data, [ 'overview' ] );
		expect( [ rendered.getAttribute( 'lang' ), rendered.getAttribute( 'dir' ) ] ).toEqual( [ 'he', 'rtl' ] );
	} );

	it( 'says that sample data is sample data, unless told it was said already', () => {
		const { data } = readTeamData( { ...PAGE, sample: true } );
		const notice = renderViews( renderContext(), data ).querySelector( '.crs-team-sample' ) as HTMLElement;
		expect( notice.classList.contains( 'cdx-message--notice' ) ).toBe( true );
		expect( notice.textContent ).toMatch( /sample/i );
		expect( renderViews( renderContext(), data, undefined, { sampleNotice: false } ).querySelector( '.crs-team-sample' ) ).toBeNull();
		expect( renderViews( renderContext(), readTeamData( PAGE ).data ).querySelector( '.crs-team-sample' ) ).toBeNull();
	} );

	it( 'falls back to the data page\'s default language, not to English, for a text without the reader\'s languages', () => {
		// A German data page: the team name has no Hebrew and no English text.
		const { data } = readTeamData( { ...PAGE, defaultLanguage: 'de', team: { name: { fr: 'Équipe', de: 'Das Team' }, about: [ 'x' ] } } );
		const rendered = renderViews( renderContext( 'he' ), data, [ 'overview' ] );
		const name = rendered.querySelector( '.crs-team-overview' )!.getAttribute( 'aria-label' );
		expect( name ).toBe( 'Das Team' );
		expect( rendered.querySelector( '[lang="de"]' )!.textContent ).toContain( 'Das Team' );
	} );

	it( 'starts its headings at the level of the page\'s outline it is given, never skipping one', () => {
		const { data } = readTeamData( PAGE );
		const top = renderViews( renderContext(), data, [ 'overview' ], { headingLevel: 2 } );
		expect( top.querySelector( 'h2' )!.textContent ).toBe( 'What we do' );
		expect( top.querySelector( 'h3' ) ).toBeNull();
		const nested = renderViews( renderContext(), data, [ 'overview', 'subteams' ], { headingLevel: 3 } );
		expect( Array.from( nested.querySelectorAll( 'h3' ), ( h ) => h.textContent ) ).toEqual( [ 'About the team', 'Subteams' ] );
		expect( Array.from( nested.querySelectorAll( 'h4' ), ( h ) => h.textContent ) ).toEqual( [ 'What we do', 'A' ] );
	} );
} );
