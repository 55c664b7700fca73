/** @jest-environment jsdom */
import { findPlaceholders, idPrefixOf, parseViews } from '../../src/placeholders/find';

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

describe( 'idPrefixOf', () => {
	it( 'numbers the placeholders of a page in order, handled ones included, the same every time', () => {
		document.body.innerHTML = [
			'<div class="crs-team" data-source="A" data-crs-state="rendered"></div>',
			'<p class="crs-team">no source</p>',
			'<div class="crs-team" data-source="A"></div>',
			'<div class="crs-team" data-source="B"></div>'
		].join( '' );
		const all = Array.from( document.querySelectorAll<HTMLElement>( '.crs-team[data-source]' ) );
		expect( all.map( idPrefixOf ) ).toEqual( [ 'crs-team', 'crs-team-2', 'crs-team-3' ] );
		expect( all.map( idPrefixOf ) ).toEqual( [ 'crs-team', 'crs-team-2', 'crs-team-3' ] );
		expect( findPlaceholders( document.body ).map( ( p ) => p.idPrefix ) ).toEqual( [ 'crs-team-2', 'crs-team-3' ] );
	} );
} );
