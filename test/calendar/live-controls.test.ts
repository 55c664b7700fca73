/** @jest-environment jsdom */
/**
 * The controls above the reader's conversation hours, through the real
 * gadget: the time zone picker and what choosing a zone changes, the
 * list/month switch.
 */
import { PREFS_STORAGE_KEY } from '../../src/calendar/prefs';
import { readerClock, SAMPLE, deviceZone, view, texts, plain, whenOf, zoneInput, key, type, options, pickZone, button, settle } from './support/live-reader';
import { nth } from './support/nth';

readerClock();

describe( 'the time zone picker', () => {
	it( 'is a labelled combobox showing the reader\'s own zone', async () => {
		jest.restoreAllMocks();
		deviceZone( 'Europe/Berlin' );
		const { root } = await view();
		const input = zoneInput( root );
		const label = root.querySelector( `label[for="${ input.id }"]` ) as HTMLLabelElement;
		expect( label.textContent ).toBe( 'Time zone' );
		expect( input.value ).toBe( 'Your time zone: Europe/Berlin (UTC+1)' );
		expect( input.getAttribute( 'aria-expanded' ) ).toBe( 'false' );
		expect( document.getElementById( input.getAttribute( 'aria-controls' ) as string )!.getAttribute( 'role' ) ).toBe( 'listbox' );
		expect( whenOf( root, '2026-12' ) ).toMatch( /, 17:00–18:30 Europe\/Berlin \(UTC\+1\)$/ );
	} );

	it( 'lists my zone and UTC first, then every zone with its offset', async () => {
		jest.restoreAllMocks();
		// Browsers report the old name Asia/Katmandu; readers see the current one.
		deviceZone( 'Asia/Katmandu' );
		const { root } = await view();
		const input = zoneInput( root );
		input.focus();
		key( input, 'ArrowDown' );
		expect( input.getAttribute( 'aria-expanded' ) ).toBe( 'true' );
		const all = options( root );
		expect( all.slice( 0, 2 ) ).toEqual( [ 'Your time zone: Asia/Kathmandu (UTC+5:45)', 'Coordinated Universal Time (UTC)' ] );
		expect( all.length ).toBeGreaterThan( 300 );
		expect( all ).toContain( 'Australia/Lord Howe (UTC+11)' );
		expect( all ).toContain( 'America/New York (UTC\u22125)' );
		expect( all ).toContain( 'Asia/Kolkata (UTC+5:30)' );
		// The first entry is highlighted and announced as the active one.
		const first = root.querySelector( '[role="option"]' ) as HTMLElement;
		expect( input.getAttribute( 'aria-activedescendant' ) ).toBe( first.id );
		expect( first.getAttribute( 'aria-selected' ) ).toBe( 'true' );
	} );

	it( 'finds zones by city or area name, ignoring case and accents', async () => {
		const { root } = await view();
		type( zoneInput( root ), 'kathm' );
		expect( options( root ) ).toEqual( [ 'Asia/Kathmandu (UTC+5:45)' ] );
		expect( texts( root, '.crs-team-zone-picker [role="status"]' ) ).toEqual( [ 'One time zone matches.' ] );
		type( zoneInput( root ), 'sao paulo' );
		expect( options( root ) ).toEqual( [ 'America/Sao Paulo (UTC\u22123)' ] );
		type( zoneInput( root ), 'São' );
		expect( options( root ) ).toContain( 'America/Sao Paulo (UTC\u22123)' );
		type( zoneInput( root ), 'australia' );
		expect( options( root ).length ).toBeGreaterThan( 5 );
		expect( options( root ).every( ( o ) => o.startsWith( 'Australia/' ) ) ).toBe( true );
		type( zoneInput( root ), 'Atlantis' );
		expect( options( root ) ).toEqual( [] );
		expect( texts( root, '.crs-team-zone-picker [role="status"]' ) ).toEqual( [ 'No time zone matches "Atlantis".' ] );
	} );

	it( 'switching the zone changes every printed time and the zone label', async () => {
		const { root } = await view();
		expect( whenOf( root, '2026-12' ) ).toMatch( /, 16:00–17:30 UTC$/ );
		pickZone( root, 'Kathmandu' );
		const whens = texts( root, '.crs-team-session__when time' ).map( plain );
		expect( whens ).toHaveLength( 4 );
		whens.forEach( ( w ) => expect( w ).toContain( 'Asia/Kathmandu (UTC+5:45)' ) );
		expect( whenOf( root, '2026-12' ) ).toMatch( /^Thursday, 10 December 2026, 21:45–23:15 Asia\/Kathmandu \(UTC\+5:45\)/ );
		expect( texts( root, '.crs-team-calendar__zone' ) ).toEqual( [ 'Times are shown in Asia/Kathmandu (UTC+5:45).' ] );
		expect( zoneInput( root ).value ).toBe( 'Asia/Kathmandu (UTC+5:45)' );
		expect( zoneInput( root ).getAttribute( 'aria-expanded' ) ).toBe( 'false' );
		// The datetime attributes stay in UTC.
		expect( root.querySelector( '[data-session-id="2026-12"] time' )!.getAttribute( 'datetime' ) ).toBe( '2026-12-10T16:00:00Z' );

		pickZone( root, 'New York' );
		expect( whenOf( root, '2026-12' ) ).toMatch( /, 11:00–12:30 America\/New York \(UTC\u22125\)$/ );
		// A summer session in the same zone: daylight time.
		expect( whenOf( root, '2026-06' ) ).toMatch( /, 11:00–12:30 America\/New York \(UTC\u22124\)$/ );
	} );

	it( 'a session spanning midnight in the chosen zone shows both dates', async () => {
		const data = JSON.parse( SAMPLE );
		data.conversationHours.sessions.push( { id: 'late', start: '2026-12-20T17:30:00Z', end: '2026-12-20T19:00:00Z' } );
		const { root } = await view( { data } );
		expect( whenOf( root, 'late' ) ).not.toContain( '21' );
		pickZone( root, 'Kolkata' );
		// 23:00 on the 20th to 00:30 on the 21st in India (UTC+5:30).
		expect( whenOf( root, 'late' ) ).toMatch( /20 December 2026, 23:00 – Monday, 21 December 2026, 00:30 Asia\/Kolkata \(UTC\+5:30\)/ );
	} );

	it( 'Escape and Tab leave the zone as it was; arrows and Enter pick', async () => {
		const { root } = await view();
		const input = zoneInput( root );
		type( input, 'Berl' );
		key( input, 'Escape' );
		expect( input.getAttribute( 'aria-expanded' ) ).toBe( 'false' );
		expect( input.value ).toBe( 'Your time zone: UTC' );
		expect( whenOf( root, '2026-12' ) ).toContain( 'UTC' );
		type( input, 'Berl' );
		key( input, 'Tab' );
		expect( input.value ).toBe( 'Your time zone: UTC' );
		input.focus();
		key( input, 'ArrowDown' );
		key( input, 'ArrowDown' );
		expect( document.getElementById( input.getAttribute( 'aria-activedescendant' ) as string )!.textContent ).toBe( 'Coordinated Universal Time (UTC)' );
		key( input, 'ArrowUp' );
		key( input, 'ArrowUp' );
		// Wraps around to the last zone.
		const last = nth( options( root ), -1 );
		expect( document.getElementById( input.getAttribute( 'aria-activedescendant' ) as string )!.textContent ).toBe( last );
		key( input, 'Enter' );
		expect( input.value ).toBe( last );
		expect( whenOf( root, '2026-12' ) ).toContain( last.replace( / \(.*$/, '' ) );
	} );

	it( 'an entry can be picked with the mouse', async () => {
		const { root } = await view();
		type( zoneInput( root ), 'Lord' );
		const option = root.querySelector( '[role="option"]' ) as HTMLElement;
		option.dispatchEvent( new MouseEvent( 'mousedown', { bubbles: true, cancelable: true } ) );
		option.click();
		expect( whenOf( root, '2026-12' ) ).toMatch( /Australia\/Lord Howe \(UTC\+11\)$/ );
		expect( whenOf( root, '2026-06' ) ).toMatch( /Australia\/Lord Howe \(UTC\+10:30\)$/ );
	} );
} );

describe( 'the list/month switch', () => {
	function modeButtons( root: ParentNode ): [ string, string | null ][] {
		return Array.prototype.map.call( root.querySelectorAll( '[role="group"] > button[aria-pressed]' ),
			( b: Element ) => [ ( b.textContent || '' ).trim(), b.getAttribute( 'aria-pressed' ) ] ) as [ string, string | null ][];
	}

	it( 'the list is the default; a labelled pair of toggle buttons switches to the month', async () => {
		const { root, wiki } = await view();
		const group = root.querySelector( '.crs-team-mode' ) as HTMLElement;
		expect( group.getAttribute( 'role' ) ).toBe( 'group' );
		expect( group.getAttribute( 'aria-label' ) ).toBe( 'Show the conversation hours as' );
		expect( modeButtons( root ) ).toEqual( [ [ 'List', 'true' ], [ 'Month', 'false' ] ] );
		expect( root.querySelector( '[role="grid"]' ) ).toBeNull();
		expect( texts( root, '.crs-team-calendar__next h3' ) ).toEqual( [ 'Next conversation hour' ] );

		button( root, 'Month' ).click();
		expect( modeButtons( root ) ).toEqual( [ [ 'List', 'false' ], [ 'Month', 'true' ] ] );
		const grid = root.querySelector( '[role="grid"]' ) as HTMLElement;
		expect( document.getElementById( grid.getAttribute( 'aria-labelledby' ) as string )!.textContent ).toBe( 'December 2026' );
		expect( grid.closest( '[role="group"]' )!.getAttribute( 'aria-label' ) ).toBe( 'Conversation hours by month' );
		expect( JSON.parse( wiki.storage[ PREFS_STORAGE_KEY ] || 'null' ) ).toEqual( { view: 'month' } );
		// The next session's day is selected and its session shown below.
		expect( texts( root, '[role="grid"] [aria-selected="true"]' ) ).toHaveLength( 1 );
		expect( root.querySelector( '[role="grid"] [aria-selected="true"]' )!.getAttribute( 'data-date' ) ).toBe( '2026-12-10' );
		expect( texts( root, '.crs-team-calendar__day-heading' ) ).toEqual( [ 'Conversation hours on Thursday, 10 December 2026' ] );
		expect( texts( root, '.crs-team-calendar__day .crs-team-session__title' ) ).toEqual( [ 'Conversation hour, December 2026 (sample data)' ] );
		// Planned slots are shown honestly, without a date, in both views.
		expect( texts( root, '.crs-team-planned li' ) ).toEqual( [ 'Q1 2027 – Date to be announced (sample data)' ] );

		button( root, 'List' ).click();
		expect( root.querySelector( '[role="grid"]' ) ).toBeNull();
		expect( wiki.storage ).toEqual( {} );
	} );
} );

describe( 'the zone list, built off the interaction path', () => {
	// jsdom has no requestIdleCallback: the test gives one that keeps the callbacks.
	const idleWindow = window as unknown as { requestIdleCallback?: ( cb: () => void ) => number };

	it( 'is built when the browser is idle, so opening the list does not build it', async () => {
		jest.restoreAllMocks();
		deviceZone( 'Europe/Berlin' );
		const idle: ( () => void )[] = [];
		idleWindow.requestIdleCallback = ( cb: () => void ) => idle.push( cb );
		try {
			const { root } = await view();
			expect( idle.length ).toBeGreaterThan( 0 );
			const listing = jest.spyOn( Intl as unknown as { supportedValuesOf( key: string ): string[] }, 'supportedValuesOf' );
			idle.forEach( ( cb ) => cb() );
			await settle();
			expect( listing ).toHaveBeenCalledTimes( 1 );
			const input = zoneInput( root );
			input.focus();
			key( input, 'ArrowDown' );
			expect( options( root ).length ).toBeGreaterThan( 300 );
			expect( listing ).toHaveBeenCalledTimes( 1 );
		} finally {
			delete idleWindow.requestIdleCallback;
		}
	} );
} );
