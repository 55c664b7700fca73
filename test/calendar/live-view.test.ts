/** @jest-environment jsdom */
/**
 * The reader's conversation hours through the real gadget: planned slots
 * in both views, the month view and its day panel, and live states without
 * a reload (one timer, focus kept, announcements).
 */
import { PREFS_STORAGE_KEY } from '../../src/calendar/prefs';
import { readerClock, SAMPLE, view, texts, key, pickZone, button } from './support/live-reader';

readerClock();

describe( 'planned slots and cadence', () => {
	it( 'shows a slot without a date as such, with its note or "date to be announced"', async () => {
		const data = JSON.parse( SAMPLE );
		data.conversationHours.planned.push( { label: 'Q2 2027' } );
		const { root } = await view( { data } );
		expect( texts( root, '.crs-team-planned li' ) ).toEqual( [ 'Q1 2027 – Date to be announced (sample data)', 'Q2 2027 – date to be announced' ] );
		expect( texts( root, '.crs-team-calendar__cadence' ) ).toEqual( [ 'Held every quarter.' ] );
		// Never in the month grid: it has no date.
		button( root, 'Month' ).click();
		expect( texts( root, '.crs-team-planned li' ) ).toHaveLength( 2 );
		expect( root.querySelectorAll( '.crs-month__day--has-sessions' ) ).toHaveLength( 1 );
	} );
} );

describe( 'the month view', () => {
	it( 'the month grid: one tab stop, arrows, Page Up/Down, Home/End, Enter shows the day', async () => {
		const { root } = await view( { storage: { [ PREFS_STORAGE_KEY ]: '{"view":"month"}' } } );
		const stops = () => Array.prototype.map.call( root.querySelectorAll( '[role="grid"] [tabindex="0"]' ), ( c: Element ) => c.getAttribute( 'data-date' ) );
		expect( stops() ).toEqual( [ '2026-12-10' ] );
		( root.querySelector( '[role="grid"] [tabindex="0"]' ) as HTMLElement ).focus();
		const focused = (): string | null => ( document.activeElement as HTMLElement ).getAttribute( 'data-date' );
		const press = ( k: string, init: KeyboardEventInit = {} ): void => {
			key( document.activeElement as HTMLElement, k, init );
		};
		press( 'ArrowRight' );
		expect( focused() ).toBe( '2026-12-11' );
		press( 'ArrowDown' );
		expect( focused() ).toBe( '2026-12-18' );
		press( 'Home' );
		expect( focused() ).toBe( '2026-12-13' );
		press( 'End' );
		expect( focused() ).toBe( '2026-12-19' );
		press( 'PageUp' );
		expect( focused() ).toBe( '2026-11-19' );
		expect( texts( root, '.crs-month__title' ) ).toEqual( [ 'November 2026' ] );
		press( 'PageUp' );
		press( 'PageUp' );
		expect( focused() ).toBe( '2026-09-19' );
		press( 'Home' );
		press( 'ArrowRight' );
		press( 'ArrowRight' );
		press( 'ArrowRight' );
		press( 'ArrowRight' );
		expect( focused() ).toBe( '2026-09-17' );
		expect( stops() ).toEqual( [ '2026-09-17' ] );
		expect( ( document.activeElement as HTMLElement ).getAttribute( 'aria-label' ) ).toBe( 'Thursday, 17 September 2026, one conversation hour' );
		press( 'Enter' );
		expect( ( document.activeElement as HTMLElement ).getAttribute( 'aria-selected' ) ).toBe( 'true' );
		expect( texts( root, '.crs-team-calendar__day-heading' ) ).toEqual( [ 'Conversation hours on Thursday, 17 September 2026' ] );
		expect( texts( root, '.crs-team-calendar__day .crs-team-session__title' ) ).toEqual( [ 'Conversation hour, September 2026 (sample data)' ] );
		expect( root.querySelector( '.crs-team-calendar__day' )!.getAttribute( 'aria-live' ) ).toBe( 'polite' );
		// A past session: notes, no download.
		expect( texts( root, '.crs-team-calendar__day a' ) ).toEqual( [ 'Notes' ] );
		press( 'ArrowRight' );
		press( ' ' );
		expect( texts( root, '.crs-team-calendar__day' ) ).toEqual( [ 'No conversation hour on Friday, 18 September 2026.' ] );
		press( 'PageDown' );
		expect( focused() ).toBe( '2026-10-18' );
	} );

	it( 'the month view follows the zone: a late session moves to the next day', async () => {
		const data = JSON.parse( SAMPLE );
		data.conversationHours.sessions[ 3 ].start = '2026-12-10T20:00:00Z';
		data.conversationHours.sessions[ 3 ].end = '2026-12-10T21:00:00Z';
		const { root } = await view( { data, storage: { [ PREFS_STORAGE_KEY ]: '{"view":"month"}' } } );
		expect( root.querySelector( '[data-date="2026-12-10"]' )!.classList.contains( 'crs-month__day--has-sessions' ) ).toBe( true );
		pickZone( root, 'Tokyo' );
		expect( root.querySelector( '[data-date="2026-12-10"]' )!.classList.contains( 'crs-month__day--has-sessions' ) ).toBe( false );
		expect( root.querySelector( '[data-date="2026-12-11"]' )!.classList.contains( 'crs-month__day--has-sessions' ) ).toBe( true );
	} );
} );

describe( 'live states without a reload', () => {
	function nextCard( root: ParentNode ): HTMLElement {
		return root.querySelector( '.crs-team-session--next' ) as HTMLElement;
	}

	it( '"in 3 days", "starting now", "live now" with the join links first, then past', async () => {
		jest.setSystemTime( new Date( '2026-12-07T16:00:00Z' ) );
		const { root } = await view();
		expect( texts( nextCard( root ), '.crs-team-session__relative' ) ).toEqual( [ '(in 3 days)' ] );
		expect( nextCard( root ).querySelector( '.crs-team-badge' ) ).toBeNull();

		jest.advanceTimersByTime( 2 * 24 * 3600 * 1000 );
		expect( texts( nextCard( root ), '.crs-team-session__relative' ) ).toEqual( [ '(tomorrow)' ] );

		// 15:50: within a quarter of an hour of the start.
		jest.setSystemTime( new Date( '2026-12-10T15:40:00Z' ) );
		jest.advanceTimersByTime( 10 * 60 * 1000 );
		expect( texts( nextCard( root ), '.crs-team-badge' ) ).toEqual( [ 'Starting now' ] );
		expect( texts( nextCard( root ), '.crs-team-session__relative' ) ).toEqual( [ '(in 10 minutes)' ] );
		expect( texts( root, '.crs-team-calendar__controls ~ [role="status"]' ) ).toEqual( [ 'Starting now: Conversation hour, December 2026 (sample data)' ] );

		jest.advanceTimersByTime( 10 * 60 * 1000 );
		const card = nextCard( root );
		expect( card.classList.contains( 'crs-team-session--live' ) ).toBe( true );
		expect( texts( card, '.crs-team-badge' ) ).toEqual( [ 'Live now' ] );
		expect( card.querySelector( '.crs-team-session__relative' ) ).toBeNull();
		expect( texts( card, '.crs-team-session__links a' ) ).toEqual( [ 'Join the call', 'Live stream' ] );
		expect( texts( root, '.crs-team-calendar__controls ~ [role="status"]' ) ).toEqual( [ 'Live now: Conversation hour, December 2026 (sample data)' ] );

		jest.advanceTimersByTime( 90 * 60 * 1000 );
		expect( texts( root, '.crs-team-calendar__next p' ) ).toEqual( [ 'No conversation hour is scheduled at the moment.' ] );
		expect( root.querySelector( '.crs-team-calendar__group [data-session-id="2026-12"]' ) ).not.toBeNull();
		expect( texts( root, '.crs-team-calendar__group h3' ) ).toEqual( [ 'Planned', 'Past' ] );
		// Nothing else will change: no timer is left.
		expect( jest.getTimerCount() ).toBe( 0 );
	} );

	it( 'keeps the focus where it was when the state changes', async () => {
		jest.setSystemTime( new Date( '2026-12-10T15:59:00Z' ) );
		const { root } = await view();
		const link = nextCard( root ).querySelector( 'a[download]' ) as HTMLElement;
		link.focus();
		jest.advanceTimersByTime( 60 * 1000 );
		expect( nextCard( root ).classList.contains( 'crs-team-session--live' ) ).toBe( true );
		expect( document.activeElement ).not.toBe( link );
		expect( document.activeElement ).toBe( nextCard( root ).querySelector( 'a[download]' ) );
	} );

	it( 'in the month view, the grid and the reader\'s place in it stay; the chosen day\'s session goes live', async () => {
		jest.setSystemTime( new Date( '2026-12-10T15:59:00Z' ) );
		const { root } = await view( { storage: { [ PREFS_STORAGE_KEY ]: '{"view":"month"}' } } );
		const grid = root.querySelector( '[role="grid"]' ) as HTMLElement;
		( grid.querySelector( '[tabindex="0"]' ) as HTMLElement ).focus();
		key( document.activeElement as HTMLElement, 'ArrowDown' );
		expect( ( document.activeElement as HTMLElement ).getAttribute( 'data-date' ) ).toBe( '2026-12-17' );
		jest.advanceTimersByTime( 60 * 1000 );
		expect( root.querySelector( '[role="grid"]' ) ).toBe( grid );
		expect( ( document.activeElement as HTMLElement ).getAttribute( 'data-date' ) ).toBe( '2026-12-17' );
		expect( texts( root, '.crs-team-calendar__day .crs-team-badge' ) ).toEqual( [ 'Live now' ] );
	} );

	it( 'puts the focus back on the same join link', async () => {
		jest.setSystemTime( new Date( '2026-12-10T15:44:00Z' ) );
		const { root } = await view();
		( nextCard( root ).querySelector( '.crs-team-session__links a' ) as HTMLElement ).focus();
		jest.advanceTimersByTime( 60 * 1000 );
		expect( texts( nextCard( root ), '.crs-team-badge' ) ).toEqual( [ 'Starting now' ] );
		expect( ( document.activeElement as HTMLElement ).textContent ).toBe( 'Join the call' );
		expect( nextCard( root ).contains( document.activeElement ) ).toBe( true );
	} );

	it( 'waits for the next change instead of polling, and stops once the view has left the page', async () => {
		jest.setSystemTime( new Date( '2026-11-23T12:00:00Z' ) );
		const { root } = await view();
		expect( jest.getTimerCount() ).toBe( 1 );
		const before = root.querySelector( '.crs-team-session--next' );
		// Half a day later nothing has been redrawn: no polling.
		jest.advanceTimersByTime( 6 * 3600 * 1000 );
		expect( root.querySelector( '.crs-team-session--next' ) ).toBe( before );
		root.innerHTML = '';
		jest.advanceTimersByTime( 30 * 24 * 3600 * 1000 );
		expect( jest.getTimerCount() ).toBe( 0 );
	} );
} );
