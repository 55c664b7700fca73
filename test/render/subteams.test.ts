/** @jest-environment jsdom */
import { renderSubteams } from '../../src/render/subteams';
import { readTeamData, renderContext } from '../support/render-context';

const SUBTEAMS = [
	{
		id: 'human-rights',
		name: { en: 'Human Rights', de: 'Menschenrechte' },
		summary: 'Protects people at risk.',
		responsibilities: [ 'Threat assessments', { en: 'Training', de: 'Schulungen' } ],
		page: 'Human Rights',
		contact: 'mailto:nobody@example.org',
		links: [ 'https://example.org/hr' ]
	},
	{ id: 'bad id', name: 'Dropped' },
	{ id: 'trust-and-safety', name: 'Trust and Safety', responsibilities: [ 'Office actions' ], contact: { target: 'https://example.org/ts', label: 'Write to us' } }
];

function texts( root: ParentNode, selector: string ): string[] {
	return Array.from( root.querySelectorAll( selector ) ).map( ( n ) => ( n.textContent || '' ).trim() );
}

describe( 'the subteam cards', () => {
	it( 'shows one Codex card per usable subteam, titled and labelled by its name', () => {
		const { data, problems } = readTeamData( { team: { name: 'Team' }, subteams: SUBTEAMS } );
		expect( problems ).toEqual( expect.arrayContaining( [ 'subteams[1].id', 'subteams[0].contact' ] ) );
		const list = renderSubteams( renderContext(), data, 'h3' );
		const cards = Array.from( list.querySelectorAll( ':scope > li.cdx-card' ) );
		expect( cards ).toHaveLength( 2 );
		expect( texts( list, 'h3.crs-team-subteam__title' ) ).toEqual( [ 'Human Rights', 'Trust and Safety' ] );
		expect( cards.map( ( card ) => card.querySelector( `#${ card.getAttribute( 'aria-labelledby' ) }` )!.textContent ) )
			.toEqual( [ 'Human Rights', 'Trust and Safety' ] );
	} );

	it( 'lists the responsibilities under their heading and the subteam\'s links, page first', () => {
		const { data } = readTeamData( { team: { name: 'Team' }, subteams: SUBTEAMS } );
		const list = renderSubteams( renderContext(), data );
		const [ first, second ] = Array.from( list.querySelectorAll( ':scope > li' ) );
		expect( texts( first!, '.crs-team-subteam__label' ) ).toEqual( [ 'Responsibilities' ] );
		expect( texts( first!, '.crs-team-subteam__responsibilities li' ) ).toEqual( [ 'Threat assessments', 'Training' ] );
		expect( Array.from( first!.querySelectorAll( '.crs-team-subteam__links a' ) ).map( ( a ) => [ a.textContent, a.getAttribute( 'href' ) ] ) ).toEqual( [
			[ 'Subteam page', '/wiki/Human_Rights' ],
			[ 'example.org/hr', 'https://example.org/hr' ]
		] );
		expect( texts( second!, '.crs-team-subteam__links a' ) ).toEqual( [ 'Write to us' ] );
	} );

	it( 'marks English fallback text on a German page', () => {
		const { data } = readTeamData( { team: { name: 'Team' }, subteams: SUBTEAMS } );
		const list = renderSubteams( renderContext( 'de' ), data );
		const titles = Array.from( list.querySelectorAll( '.crs-team-subteam__title' ) );
		expect( titles.map( ( t ) => [ t.textContent, t.getAttribute( 'lang' ) ] ) ).toEqual( [ [ 'Menschenrechte', null ], [ 'Trust and Safety', 'en' ] ] );
		expect( texts( list, '.crs-team-subteam__label' ) ).toEqual( [ 'Aufgaben', 'Aufgaben' ] );
	} );

	it( 'shows markup in a subteam\'s texts as text', () => {
		const { data } = readTeamData( { team: { name: 'Team' }, subteams: [ { id: 'x', name: '<i>X</i>', responsibilities: [ '<a href="https://evil.example">y</a>' ] } ] } );
		const list = renderSubteams( renderContext(), data );
		expect( list.querySelector( 'i, a' ) ).toBeNull();
		expect( texts( list, '.crs-team-subteam__title' ) ).toEqual( [ '<i>X</i>' ] );
	} );

	it( 'is an empty list when there are no subteams', () => {
		const { data } = readTeamData( { team: { name: 'Team' } } );
		expect( renderSubteams( renderContext(), data ).children ).toHaveLength( 0 );
	} );
} );
