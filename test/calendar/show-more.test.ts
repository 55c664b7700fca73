/** @jest-environment jsdom */
/**
 * "Show more" in the reader's list of sessions, through the real gadget: a
 * long past (and upcoming) list is drawn 10 at a time, the button says how
 * many come next and how many are left, pressing it draws them and moves
 * the focus to the first, and it goes when nothing remains. The zone
 * switch, the month view and "Add all upcoming" still cover every session.
 */
import ICAL from 'ical.js';
import { renderCalendar } from '../../src/calendar/agenda';
import { validateTeamData } from '../../src/data/validate';
import { englishContext } from './support/context';
import { blobText, recordSavedFiles } from '../support/saved-files';
import { readerClock, SAMPLE, view, pickZone, button, texts, whenOf, key, settle } from './support/live-reader';

readerClock();

const WEEK = 7 * 24 * 3600 * 1000;

function iso( ms: number ): string {
	return new Date( ms ).toISOString().replace( '.000Z', 'Z' );
}

/** The sample (3 past sessions, the next one on 10 December 2026) with 22 more past and 11 more upcoming weekly sessions. */
function longData(): { data: Record<string, unknown>; past: string[]; upcoming: string[] } {
	const data = JSON.parse( SAMPLE );
	const sessions = data.conversationHours.sessions as { id: string; start: string; end: string }[];
	const firstPast = Date.parse( '2025-01-02T15:00:00Z' );
	const firstUpcoming = Date.parse( '2027-01-07T16:00:00Z' );
	const olderPast: string[] = [];
	const upcoming: string[] = [];
	for ( let i = 0; i < 22; i++ ) {
		sessions.push( { id: `old-${ i }`, start: iso( firstPast + i * WEEK ), end: iso( firstPast + i * WEEK + 3600000 ) } );
		olderPast.unshift( `old-${ i }` );
	}
	for ( let i = 0; i < 11; i++ ) {
		sessions.push( { id: `later-${ i }`, start: iso( firstUpcoming + i * WEEK ), end: iso( firstUpcoming + i * WEEK + 3600000 ) } );
		upcoming.push( `later-${ i }` );
	}
	// Most recent first, as the list shows them.
	return { data, past: [ '2026-09', '2026-06', '2026-03', ...olderPast ], upcoming };
}

function group( root: ParentNode, heading: string ): HTMLElement {
	const found = Array.prototype.find.call( root.querySelectorAll( '.crs-team-calendar__group' ),
		( g: Element ) => ( g.querySelector( 'h3' )!.textContent || '' ).trim() === heading );
	if ( !found ) {
		throw new Error( `no group "${ heading }"` );
	}
	return found as HTMLElement;
}

function ids( root: HTMLElement ): string[] {
	return Array.prototype.map.call( root.querySelectorAll( '[data-session-id]' ), ( s: Element ) => s.getAttribute( 'data-session-id' ) ) as string[];
}

function moreButton( root: HTMLElement ): HTMLButtonElement | null {
	return root.querySelector( '.crs-team-show-more' );
}

describe( 'show more', () => {
	it( 'draws the 10 most recent past and the 10 soonest upcoming sessions, with a button naming what comes next and what is left', async () => {
		const { data, past, upcoming } = longData();
		const { root } = await view( { data } );
		expect( ids( group( root, 'Past' ) ) ).toEqual( past.slice( 0, 10 ) );
		expect( ids( group( root, 'Upcoming' ) ) ).toEqual( upcoming.slice( 0, 10 ) );
		expect( texts( root, '.crs-team-show-more' ) ).toEqual( [
			'Show 1 more later conversation hour (1 not shown)',
			'Show 10 more earlier conversation hours (15 not shown)'
		] );
		const more = moreButton( group( root, 'Past' ) )!;
		expect( more.tagName ).toBe( 'BUTTON' );
		expect( more.getAttribute( 'type' ) ).toBe( 'button' );
		expect( more.className ).toContain( 'cdx-button' );
	} );

	it( 'pressing it draws the next batch, moves the focus to the first of them, and the button goes when nothing remains', async () => {
		const { data, past } = longData();
		const { root } = await view( { data } );
		const list = group( root, 'Past' );
		moreButton( list )!.click();
		expect( ids( list ) ).toEqual( past.slice( 0, 20 ) );
		expect( ( document.activeElement as HTMLElement ).getAttribute( 'data-session-id' ) ).toBe( past[ 10 ] );
		expect( texts( list, '.crs-team-show-more' ) ).toEqual( [ 'Show 5 more earlier conversation hours (5 not shown)' ] );
		moreButton( list )!.click();
		expect( ids( list ) ).toEqual( past );
		expect( ( document.activeElement as HTMLElement ).getAttribute( 'data-session-id' ) ).toBe( past[ 20 ] );
		expect( moreButton( list ) ).toBeNull();
		// The other list is left as it was.
		expect( ids( group( root, 'Upcoming' ) ) ).toHaveLength( 10 );
	} );

	it( 'with everything revealed, the lists are the static agenda\'s (which the module mirrors, drawing every session)', async () => {
		const { data } = longData();
		const { root } = await view( { data } );
		let more: HTMLButtonElement | null;
		while ( ( more = moreButton( root ) ) ) {
			more.click();
		}
		const staticAgenda = renderCalendar( englishContext( { now: Date.now() } ), validateTeamData( data ).data! );
		for ( const heading of [ 'Upcoming', 'Past' ] ) {
			expect( ids( group( root, heading ) ) ).toEqual( ids( group( staticAgenda, heading ) ) );
		}
		expect( ids( group( staticAgenda, 'Past' ) ) ).toHaveLength( 25 );
		expect( moreButton( staticAgenda ) ).toBeNull();
	} );

	it( 'a zone switch redraws every drawn time in the new zone and keeps what the reader revealed', async () => {
		const { data, past } = longData();
		const { root } = await view( { data } );
		moreButton( group( root, 'Past' ) )!.click();
		const before = past.slice( 0, 20 ).map( ( id ) => whenOf( root, id ) );
		pickZone( root, 'Tokyo' );
		const list = group( root, 'Past' );
		expect( ids( list ) ).toEqual( past.slice( 0, 20 ) );
		const after = past.slice( 0, 20 ).map( ( id ) => whenOf( root, id ) );
		after.forEach( ( when, i ) => {
			expect( when ).not.toBe( before[ i ] );
			expect( when ).toContain( 'Asia/Tokyo' );
		} );
		expect( texts( list, '.crs-team-show-more' ) ).toEqual( [ 'Show 5 more earlier conversation hours (5 not shown)' ] );
	} );

	it( 'keeps the focus on the button when the view redraws itself on the clock', async () => {
		const { data } = longData();
		const { root } = await view( { data } );
		const drawn = moreButton( group( root, 'Past' ) )!;
		drawn.focus();
		// "in 17 days" becomes "in 16 days": the body is drawn again.
		jest.advanceTimersByTime( 24 * 3600 * 1000 );
		expect( document.activeElement ).not.toBe( drawn );
		expect( document.activeElement!.textContent ).toBe( 'Show 10 more earlier conversation hours (15 not shown)' );
		expect( root.contains( document.activeElement ) ).toBe( true );
	} );

	it( 'keeps the focus on the newly shown session it moved to when the view redraws itself on the clock', async () => {
		const { data, past } = longData();
		const { root } = await view( { data } );
		moreButton( group( root, 'Past' ) )!.click();
		const first = document.activeElement;
		jest.advanceTimersByTime( 24 * 3600 * 1000 );
		expect( document.activeElement ).not.toBe( first );
		expect( ( document.activeElement as HTMLElement ).getAttribute( 'data-session-id' ) ).toBe( past[ 10 ] );
		expect( ids( group( root, 'Past' ) ) ).toHaveLength( 20 );
	} );

	it( 'the month view still shows a past session the list has not drawn', async () => {
		const { data } = longData();
		const { root } = await view( { data } );
		expect( root.querySelector( '[data-session-id="old-0"]' ) ).toBeNull();
		button( root, 'Month' ).click();
		( root.querySelector( '[role="grid"] [tabindex="0"]' ) as HTMLElement ).focus();
		// From December 2026 back to January 2025.
		for ( let i = 0; i < 23; i++ ) {
			key( document.activeElement as HTMLElement, 'PageUp' );
		}
		expect( texts( root, '.crs-month__title' ) ).toEqual( [ 'January 2025' ] );
		const day = root.querySelector( '[data-date="2025-01-02"]' ) as HTMLElement;
		expect( day.classList.contains( 'crs-month__day--has-sessions' ) ).toBe( true );
		for ( let i = 0; i < 31 && document.activeElement !== day; i++ ) {
			key( document.activeElement as HTMLElement, 'ArrowLeft' );
		}
		key( day, 'Enter' );
		expect( Array.from( root.querySelectorAll( '.crs-team-calendar__day [data-session-id]' ), ( s ) => s.getAttribute( 'data-session-id' ) ) ).toEqual( [ 'old-0' ] );
	} );

	it( '"Add all upcoming" still holds every upcoming session', async () => {
		const blobs = recordSavedFiles();
		const { data, upcoming } = longData();
		const { root } = await view( { data } );
		button( root, 'Add all upcoming to calendar' ).click();
		const text = await blobText( blobs[ 0 ] as Blob );
		const uids = new ICAL.Component( ICAL.parse( text ) ).getAllSubcomponents( 'vevent' )
			.map( ( e ) => String( e.getFirstPropertyValue( 'uid' ) ).split( '@' )[ 0 ] );
		expect( uids ).toEqual( [ '2026-12', ...upcoming ] );
	} );
	it( 'when the month view cannot be loaded, the list that comes back is drawn 10 at a time too, with what the reader revealed', async () => {
		const { data, past } = longData();
		const { root } = await view( { data, toolsFail: true, noIdle: true } );
		moreButton( group( root, 'Past' ) )!.click();
		button( root, 'Month' ).click();
		await settle();
		expect( root.querySelector( '.crs-team-calendar__body [role="alert"]' ) ).not.toBeNull();
		expect( ids( group( root, 'Past' ) ) ).toEqual( past.slice( 0, 20 ) );
		expect( ids( group( root, 'Upcoming' ) ) ).toHaveLength( 10 );
		expect( texts( root, '.crs-team-show-more' ) ).toHaveLength( 2 );
	} );
} );
