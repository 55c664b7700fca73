/** @jest-environment jsdom */
import { findPlaceholders, parseViews } from '../../src/placeholders/find';

describe( 'parseViews', () => {
	it.each( [
		[ null, [ 'overview', 'subteams', 'calendar' ] ],
		[ '  ', [ 'overview', 'subteams', 'calendar' ] ],
		[ 'calendar', [ 'calendar' ] ],
		[ 'Subteams  overview', [ 'subteams', 'overview' ] ],
		[ 'overview,calendar overview', [ 'overview', 'calendar' ] ]
	] )( 'reads data-view=%j as %j', ( attr, views ) => {
		expect( parseViews( attr ) ).toEqual( views );
	} );

	it( 'names the first word it does not know', () => {
		expect( parseViews( 'overview agenda' ) ).toEqual( { unknown: 'agenda' } );
	} );
} );

describe( 'findPlaceholders', () => {
	it( 'finds each placeholder with its data page and views, skipping handled ones and look-alikes', () => {
		document.body.innerHTML = [
			'<div class="crs-team" data-source=" Module:Team/data.json " data-view="calendar">a</div>',
			'<div class="crs-team" data-source="Module:Team/data.json" data-crs-state="rendered">b</div>',
			'<div class="crs-team">no source</div>',
			'<div class="crs-team-overview" data-source="x">another class</div>',
			'<div class="crs-team" data-source="Other.json">c</div>'
		].join( '' );
		const found = findPlaceholders( document.body );
		expect( found.map( ( p ) => [ p.element.textContent, p.source, p.views ] ) ).toEqual( [
			[ 'a', 'Module:Team/data.json', [ 'calendar' ] ],
			[ 'c', 'Other.json', [ 'overview', 'subteams', 'calendar' ] ]
		] );
		expect( document.body.innerHTML ).toContain( '>a</div>' );
	} );
} );

describe( 'the level a placeholder\'s headings start at', () => {
	const P = ( view: string, inside = '' ): string => `<div class="crs-team" data-source="D" data-view="${ view }">${ inside }</div>`;

	it( 'follows the page\'s outline: 2 under the page title, one below the section a placeholder stands in', () => {
		document.body.innerHTML = '<h1>Team</h1><div class="mw-parser-output">' +
			P( 'overview', '<h2>What we do</h2>' ) +
			'<div class="mw-heading mw-heading2"><h2>Subteams</h2></div>' + P( 'subteams', '<h3>Card</h3>' ) +
			'<h3>Deeper</h3>' + P( 'calendar' ) + '</div>';
		expect( findPlaceholders( document.body ).map( ( p ) => [ p.views, p.headingLevel ] ) )
			.toEqual( [ [ [ 'overview' ], 2 ], [ [ 'subteams' ], 3 ], [ [ 'calendar' ], 4 ] ] );
	} );

	it( 'does not count headings inside an earlier placeholder (its fallback or its rendering)', () => {
		document.body.innerHTML = '<div class="mw-parser-output"><h2>Section</h2>' + P( 'overview', '<h3>What we do</h3><h4>Deep</h4>' ) + P( 'subteams' ) + '</div>';
		expect( findPlaceholders( document.body ).map( ( p ) => p.headingLevel ) ).toEqual( [ 3, 3 ] );
	} );
} );
