/** @jest-environment jsdom */
/* eslint-disable no-script-url -- hostile links are what these tests feed in */
import { renderOverview } from '../../src/render/overview';
import { readTeamData, renderContext } from '../support/render-context';

const TEAM = {
	name: { en: 'Community Resilience and Sustainability', de: 'Gemeinschaftliche Resilienz und Nachhaltigkeit' },
	organisation: 'Wikimedia Foundation',
	department: { en: 'Legal department', de: 'Rechtsabteilung' },
	lead: { name: 'Maggie Dennis', role: 'Vice President', link: 'User:Maggie Dennis (WMF)' },
	summary: 'We support the communities.',
	about: [ 'We help.', { en: 'We listen.', de: 'Wir hören zu.' } ],
	goals: { period: '2025–2026', items: [ 'Equity', 'Safety' ], link: { target: 'Wikimedia Foundation Annual Plan', label: 'Annual plan' } },
	links: [ 'Trust and Safety', 'https://example.org/report', 'javascript:alert(1)' ]
};

function texts( root: ParentNode, selector: string ): string[] {
	return Array.from( root.querySelectorAll( selector ) ).map( ( n ) => ( n.textContent || '' ).trim() );
}

describe( 'the team overview', () => {
	it( 'shows the name, the place in the organisation, the lead and a heading for each part', () => {
		const { data } = readTeamData( { team: TEAM } );
		const overview = renderOverview( renderContext(), data, 'h3' );
		expect( texts( overview, '.crs-team-overview__name' ) ).toEqual( [ 'Community Resilience and Sustainability' ] );
		expect( texts( overview, '.crs-team-overview__place' ) ).toEqual( [ 'A team in the Legal department of the Wikimedia Foundation.' ] );
		expect( texts( overview, '.crs-team-overview__lead' ) ).toEqual( [ 'Led by Maggie Dennis, Vice President' ] );
		expect( texts( overview, 'h3' ) ).toEqual( [ 'What we do', 'Goals 2025–2026', 'Links' ] );
		expect( texts( overview, '.crs-team-goals__item' ) ).toEqual( [ 'Equity', 'Safety' ] );
		expect( overview.getAttribute( 'aria-label' ) ).toBe( 'Community Resilience and Sustainability' );
	} );

	it( 'uses the heading level it is given', () => {
		const { data } = readTeamData( { team: TEAM } );
		const overview = renderOverview( renderContext(), data, 'h4' );
		expect( overview.querySelectorAll( 'h3' ) ).toHaveLength( 0 );
		expect( texts( overview, 'h4' ) ).toEqual( [ 'What we do', 'Goals 2025–2026', 'Links' ] );
	} );

	it( 'links wiki pages through the wiki and marks external links', () => {
		const { data } = readTeamData( { team: TEAM } );
		const overview = renderOverview( renderContext(), data );
		const lead = overview.querySelector( '.crs-team-overview__lead a' ) as HTMLAnchorElement;
		expect( lead.getAttribute( 'href' ) ).toBe( '/wiki/User%3AMaggie_Dennis_(WMF)' );
		expect( lead.textContent ).toBe( 'Maggie Dennis' );
		const links = Array.from( overview.querySelectorAll( '.crs-team-links a' ) ) as HTMLAnchorElement[];
		expect( links.map( ( a ) => [ a.getAttribute( 'href' ), a.className, a.getAttribute( 'rel' ) ] ) ).toEqual( [
			[ '/wiki/Trust_and_Safety', '', null ],
			[ 'https://example.org/report', 'external', 'nofollow noopener' ]
		] );
		expect( texts( overview, '.crs-team-overview__goals a' ) ).toEqual( [ 'Annual plan' ] );
	} );

	it( 'drops a link the validator refused, keeping the others', () => {
		const { data, problems } = readTeamData( { team: TEAM } );
		expect( problems ).toEqual( [ 'team.links[2]' ] );
		const overview = renderOverview( renderContext(), data );
		expect( overview.querySelectorAll( '.crs-team-links li' ) ).toHaveLength( 2 );
		expect( overview.innerHTML ).not.toContain( 'javascript:' );
	} );

	it( 'renders in German, marking the texts that fell back to English with their language and direction', () => {
		const { data } = readTeamData( { team: TEAM } );
		const overview = renderOverview( renderContext( 'de' ), data );
		expect( texts( overview, '.crs-team-overview__name' ) ).toEqual( [ 'Gemeinschaftliche Resilienz und Nachhaltigkeit' ] );
		const paragraphs = Array.from( overview.querySelectorAll( '.crs-team-overview__about p' ) );
		expect( paragraphs.map( ( p ) => [ p.textContent, p.getAttribute( 'lang' ), p.getAttribute( 'dir' ) ] ) ).toEqual( [
			[ 'We help.', 'en', 'ltr' ],
			[ 'Wir hören zu.', null, null ]
		] );
	} );

	it( 'marks English text inside a right-to-left page as left to right', () => {
		const { data } = readTeamData( { team: TEAM } );
		const overview = renderOverview( renderContext( 'he' ), data );
		expect( overview.getAttribute( 'lang' ) ).toBeNull();
		const summary = overview.querySelector( '.crs-team-overview__summary' )!;
		expect( [ summary.getAttribute( 'lang' ), summary.getAttribute( 'dir' ) ] ).toEqual( [ 'en', 'ltr' ] );
	} );

	it( 'shows markup in the data as text, never as HTML', () => {
		const { data } = readTeamData( { team: { name: '<img src=x onerror="alert(1)">', summary: '<b>bold</b> &amp; <script>x()</script>' } } );
		const overview = renderOverview( renderContext(), data );
		expect( overview.querySelector( 'img, b, script' ) ).toBeNull();
		expect( texts( overview, '.crs-team-overview__name' ) ).toEqual( [ '<img src=x onerror="alert(1)">' ] );
		expect( texts( overview, '.crs-team-overview__summary' ) ).toEqual( [ '<b>bold</b> &amp; <script>x()</script>' ] );
	} );

	it( 'leaves out the parts the data does not have', () => {
		const { data } = readTeamData( { team: { name: 'Team' } } );
		const overview = renderOverview( renderContext(), data );
		expect( overview.querySelectorAll( 'h3, .crs-team-overview__place, .crs-team-overview__lead, a' ) ).toHaveLength( 0 );
		expect( texts( overview, '.crs-team-overview__name' ) ).toEqual( [ 'Team' ] );
	} );

	it( 'says the team\'s name once below the page title: a summary that opens with it gets it as its bold opening words', () => {
		const summary = { en: 'Community Resilience and Sustainability is a team.', de: 'Ein Team der Foundation.' };
		const { data } = readTeamData( { team: { ...TEAM, summary } } );
		const overview = renderOverview( renderContext(), data );
		expect( texts( overview, '.crs-team-overview__name' ) ).toEqual( [ 'Community Resilience and Sustainability' ] );
		expect( overview.querySelector( '.crs-team-overview__title' ) ).toBeNull();
		const opening = overview.querySelector( '.crs-team-overview__summary > strong.crs-team-overview__name' );
		expect( opening && opening.parentElement!.textContent ).toBe( 'Community Resilience and Sustainability is a team.' );
		// A summary in another language that does not open with the name keeps the name line.
		const german = renderOverview( renderContext( 'de' ), data );
		expect( texts( german, '.crs-team-overview__title' ) ).toEqual( [ 'Gemeinschaftliche Resilienz und Nachhaltigkeit' ] );
		expect( texts( german, '.crs-team-overview__summary' ) ).toEqual( [ 'Ein Team der Foundation.' ] );
	} );
} );
