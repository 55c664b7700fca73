/** @jest-environment jsdom */
import { renderViews } from '../../src/render/views';
import { hostileTextNodes, HOSTILE, ISOLATION_PAGE, isolateOf } from '../support/isolation';
import { readTeamData, renderContext } from '../support/render-context';

describe.each( [ 'en', 'he', 'de' ] )( 'every data text in its own isolate (%s)', ( lang ) => {
	const { data } = readTeamData( ISOLATION_PAGE );
	const root = renderViews( renderContext( lang ), data );

	it( 'renders each hostile text', () => {
		// 22 fields of ISOLATION_PAGE; the summary opens with the team name
		// (both are the same text), so the name is its opening words, not a line of its own.
		expect( hostileTextNodes( root ).length ).toBeGreaterThanOrEqual( 21 );
	} );

	it( 'keeps every one alone in an element that ends its bidi controls', () => {
		for ( const text of hostileTextNodes( root ) ) {
			expect( isolateOf( text ).textContent ).toBe( HOSTILE );
		}
	} );

	it( 'leaves the interface words around a name outside its isolate', () => {
		const lead = root.querySelector( '.crs-team-overview__lead' )!;
		const isolates = hostileTextNodes( lead ).map( isolateOf );
		expect( isolates.length ).toBe( 2 );
		for ( const isolate of isolates ) {
			expect( lead.contains( isolate ) && isolate !== lead ).toBe( true );
			expect( isolate.matches( 'bdi, [dir]' ) ).toBe( true );
		}
		expect( lead.querySelector( '.crs-team-overview__lead-label' )!.textContent ).not.toContain( '\u202E' );
	} );

	it( 'keeps the "Cancelled" and "Live now" badges outside the session titles', () => {
		for ( const id of [ 'c', 'l' ] ) {
			const heading = root.querySelector( `[data-session-id="${ id }"] .crs-team-session__heading` )!;
			const title = heading.querySelector( '.crs-team-session__title' )!;
			const badge = heading.querySelector( '.crs-team-badge' )!;
			// auto, or the direction of the language it fell back to
			expect( title.getAttribute( 'dir' ) ).toMatch( /^(auto|ltr)$/ );
			expect( title.textContent ).toBe( HOSTILE );
			expect( title.contains( badge ) ).toBe( false );
		}
	} );

	it( 'puts the data inside a message (department, organisation, period) in a bdi of its own', () => {
		const place = root.querySelector( '.crs-team-overview__place' )!;
		const bdis = Array.from( place.querySelectorAll( 'bdi' ) );
		expect( bdis.map( ( b ) => b.textContent ) ).toEqual( [ HOSTILE, HOSTILE ] );
		const placeWithout = place.textContent!.split( HOSTILE ).join( '' );
		expect( placeWithout.length ).toBeGreaterThan( 0 );
		expect( root.querySelector( '.crs-team-overview__goals bdi' )!.textContent ).toBe( HOSTILE );
	} );
} );

describe( 'fallback texts and dates inside another language', () => {
	it( 'marks an English name inside a German message with its own language and direction', () => {
		const { data } = readTeamData( {
			team: { name: 'Team', department: 'Legal department', organisation: { en: 'Wikimedia Foundation', de: 'Wikimedia-Stiftung' } },
			subteams: [],
			conversationHours: { sessions: [] }
		} );
		const place = renderViews( renderContext( 'de' ), data, [ 'overview' ] ).querySelector( '.crs-team-overview__place' )!;
		const [ department, organisation ] = Array.from( place.querySelectorAll( 'bdi' ) );
		expect( department!.getAttribute( 'lang' ) ).toBe( 'en' );
		expect( department!.getAttribute( 'dir' ) ).toBe( 'ltr' );
		expect( organisation!.hasAttribute( 'lang' ) && organisation!.getAttribute( 'lang' ) !== 'de' ).toBe( false );
		expect( place.getAttribute( 'lang' ) ).toBeNull();
	} );
} );
