/** @jest-environment jsdom */
/**
 * The calendar's tools (month view, zone picker, iCalendar files) are a
 * gadget of their own, loaded on first use: what a reader sees before they
 * have arrived, while they load, and when they cannot be loaded, through
 * the real gadget and the strict mw fake.
 */
import { CALENDAR_TOOLS_MODULE } from '../../src/mw/lazy-gadgets';
import { button, options, readerClock, settle, type, view, zoneInput } from './support/live-reader';
import { recordSavedFiles } from '../support/saved-files';

readerClock();

const FAILED = 'This part of the calendar could not be loaded. Check your connection and reload the page.';

function body( root: HTMLElement ): HTMLElement {
	return root.querySelector( '.crs-team-calendar__body' ) as HTMLElement;
}

describe( 'before the browser is idle', () => {
	it( 'the first render asks for none of the tools; they come when the browser is idle', async () => {
		const { root, wiki } = await view( { noIdle: true } );
		expect( wiki.loaded ).not.toContain( CALENDAR_TOOLS_MODULE );
		expect( wiki.prefetched ).toEqual( [] );
		// The zone in use shows in a box that looks like the picker.
		expect( zoneInput( root ).value ).toBe( 'Your time zone: UTC' );
		expect( zoneInput( root ).hasAttribute( 'aria-controls' ) ).toBe( false );
		expect( root.querySelectorAll( '.crs-team-session' ).length ).toBeGreaterThan( 0 );

		// No requestIdleCallback in this browser: a second later.
		jest.advanceTimersByTime( 1000 );
		await settle();
		expect( wiki.loaded ).toContain( CALENDAR_TOOLS_MODULE );
		expect( zoneInput( root ).getAttribute( 'aria-controls' ) ).toMatch( /-list$/ );
	} );

	it( 'fetches them as soon as the pointer comes over the month button', async () => {
		const { root, wiki } = await view( { noIdle: true } );
		button( root, 'Month' ).dispatchEvent( new MouseEvent( 'mouseenter' ) );
		expect( wiki.prefetched ).toEqual( [ CALENDAR_TOOLS_MODULE ] );
	} );

	it( 'the month view: "Loading…" (busy) at once, then the month', async () => {
		const { root } = await view( { noIdle: true } );
		button( root, 'Month' ).click();
		expect( body( root ).getAttribute( 'aria-busy' ) ).toBe( 'true' );
		expect( body( root ).textContent ).toBe( 'Loading…' );
		await settle();
		expect( body( root ).hasAttribute( 'aria-busy' ) ).toBe( false );
		expect( root.querySelector( '[role="grid"]' ) ).not.toBeNull();
	} );

	it( 'the zone picker: the reader keeps the focus and what they typed, and gets the list', async () => {
		const { root } = await view( { noIdle: true } );
		type( zoneInput( root ), 'Tokyo' );
		expect( root.querySelector( '.crs-team-zone-picker' )!.getAttribute( 'aria-busy' ) ).toBe( 'true' );
		await settle();
		const input = zoneInput( root );
		expect( input.getAttribute( 'aria-expanded' ) ).toBe( 'true' );
		expect( document.activeElement ).toBe( input );
		expect( input.value ).toBe( 'Tokyo' );
		expect( options( root ) ).toContain( 'Asia/Tokyo (UTC+9)' );
	} );

	it( 'the zone picker: a click before the tools opens the list when they arrive', async () => {
		const { root } = await view( { noIdle: true } );
		zoneInput( root ).focus();
		zoneInput( root ).click();
		await settle();
		expect( zoneInput( root ).getAttribute( 'aria-expanded' ) ).toBe( 'true' );
		expect( document.activeElement ).toBe( zoneInput( root ) );
		expect( options( root ).length ).toBeGreaterThan( 0 );
	} );

	it( 'a download: busy until the tools arrive, then the file', async () => {
		const blobs = recordSavedFiles();
		const { root } = await view( { noIdle: true } );
		const link = button( root, 'Add all upcoming to calendar' ) as HTMLAnchorElement;
		link.click();
		expect( link.getAttribute( 'aria-busy' ) ).toBe( 'true' );
		expect( blobs ).toHaveLength( 0 );
		await settle();
		expect( link.hasAttribute( 'aria-busy' ) ).toBe( false );
		expect( blobs ).toHaveLength( 1 );
		expect( link.getAttribute( 'download' ) ).toBe( 'community-resilience-and-sustainability-conversation-hours.ics' );
		expect( link.getAttribute( 'href' ) ).toBe( 'blob:http://localhost/1' );
	} );
} );

describe( 'when the tools cannot be loaded', () => {
	it( 'the month view says so briefly, and the list stays', async () => {
		const { root } = await view( { noIdle: true, toolsFail: true } );
		button( root, 'Month' ).click();
		await settle();
		expect( body( root ).querySelector( '[role="alert"]' )!.textContent ).toBe( FAILED );
		expect( body( root ).hasAttribute( 'aria-busy' ) ).toBe( false );
		expect( body( root ).querySelectorAll( '.crs-team-session' ).length ).toBeGreaterThan( 0 );
	} );

	it( 'a download says so beside the link; the zone in use stays in its box', async () => {
		const { root } = await view( { noIdle: true, toolsFail: true } );
		const link = button( root, 'Add all upcoming to calendar' );
		link.click();
		await settle();
		expect( link.nextElementSibling!.getAttribute( 'role' ) ).toBe( 'alert' );
		expect( link.nextElementSibling!.textContent ).toBe( FAILED );
		zoneInput( root ).focus();
		await settle();
		expect( zoneInput( root ).value ).toBe( 'Your time zone: UTC' );
		expect( root.querySelector( '.crs-team-zone-picker [role="alert"]' )!.textContent ).toBe( FAILED );
	} );

	it( 'a failed fetch at idle time says nothing; the reader is told when they go to the zone box', async () => {
		const { root, wiki } = await view( { noIdle: true, toolsFail: true } );
		jest.advanceTimersByTime( 1000 );
		await settle();
		expect( wiki.loaded ).toContain( CALENDAR_TOOLS_MODULE );
		expect( root.querySelector( '[role="alert"]' ) ).toBeNull();
		expect( root.querySelector( '.crs-team-zone-picker' )!.hasAttribute( 'aria-busy' ) ).toBe( false );
		zoneInput( root ).focus();
		await settle();
		expect( zoneInput( root ).value ).toBe( 'Your time zone: UTC' );
		expect( root.querySelector( '.crs-team-zone-picker [role="alert"]' )!.textContent ).toBe( FAILED );
	} );
} );
