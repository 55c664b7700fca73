/**
 * @jest-environment jsdom
 */
import { dateStyle } from '../../src/i18n/all-languages';
import { Session } from '../../src/data/types';
import { groupSessionsByDay, CalendarDay } from '../../src/calendar/calendar-date';
import { MonthViewOptions, renderMonthView } from '../../src/calendar/month-view';
import { calendarNames } from '../../src/time/calendar-names';
import { nth } from './support/nth';

const at = ( iso: string ): number => Date.parse( iso );

function session( id: string, startIso: string, endIso: string ): Session {
	return { id, start: at( startIso ), end: at( endIso ), startText: startIso, endText: endIso, status: 'scheduled', sequence: 0 };
}

const sessions = [
	session( 'dec', '2026-12-10T16:00:00Z', '2026-12-10T17:30:00Z' ),
	session( 'dec-b', '2026-12-10T19:00:00Z', '2026-12-10T20:00:00Z' ),
	session( 'jan', '2027-01-14T16:00:00Z', '2027-01-14T17:00:00Z' )
];
const zone = { kind: 'iana', zone: 'Europe/Berlin' } as const;

function mount( overrides: Partial<MonthViewOptions> = {} ): { root: HTMLElement; activated: CalendarDay[]; months: string[] } {
	const activated: CalendarDay[] = [];
	const months: string[] = [];
	const options: MonthViewOptions = Object.assign( {
		lang: 'en-gb',
		names: calendarNames( dateStyle( overrides.lang || 'en-gb' ) ),
		zone,
		nowMs: at( '2026-12-03T12:00:00Z' ),
		sessionsByDay: groupSessionsByDay( sessions, zone ),
		weekStart: 1,
		label: 'Conversation hours calendar',
		messages: {
			previousMonth: 'Previous month',
			nextMonth: 'Next month',
			describeSessions: ( list: readonly Session[] ) => list.length === 1 ? '1 session' : list.length + ' sessions'
		},
		onActivate: ( day: CalendarDay ) => activated.push( day ),
		onMonthChange: ( y: number, m: number ) => months.push( y + '-' + m )
	}, overrides );
	document.body.innerHTML = '';
	const root = renderMonthView( document, options );
	document.body.appendChild( root );
	return { root, activated, months };
}

function grid( root: HTMLElement ): HTMLTableElement {
	return root.querySelector( '[role="grid"]' ) as HTMLTableElement;
}

function tabStops( root: HTMLElement ): string[] {
	return Array.prototype.map.call( root.querySelectorAll( '[role="grid"] [tabindex="0"]' ), ( el: Element ) => el.getAttribute( 'data-date' ) ) as string[];
}

function press( key: string, init: KeyboardEventInit = {} ): KeyboardEvent {
	const target = document.activeElement as HTMLElement;
	const event = new KeyboardEvent( 'keydown', Object.assign( { key, bubbles: true, cancelable: true }, init ) );
	target.dispatchEvent( event );
	return event;
}

function focusedDate(): string | null {
	return ( document.activeElement as HTMLElement ).getAttribute( 'data-date' );
}

function title( root: HTMLElement ): string {
	return ( root.querySelector( '.crs-month__title' ) as HTMLElement ).textContent || '';
}

describe( 'renderMonthView structure', () => {
	test( 'a labelled grid with weekday headers and day labels', () => {
		const { root } = mount();
		expect( root.classList.contains( 'crs-month' ) ).toBe( true );
		expect( root.getAttribute( 'role' ) ).toBe( 'group' );
		expect( root.getAttribute( 'aria-label' ) ).toBe( 'Conversation hours calendar' );
		const table = grid( root );
		const labelId = table.getAttribute( 'aria-labelledby' ) as string;
		expect( ( document.getElementById( labelId ) as HTMLElement ).textContent ).toBe( 'December 2026' );
		expect( ( document.getElementById( labelId ) as HTMLElement ).getAttribute( 'aria-live' ) ).toBe( 'polite' );
		const headers = Array.prototype.map.call( table.querySelectorAll( 'thead th' ), ( th: HTMLTableCellElement ) => [ th.scope, th.abbr, th.textContent ] );
		expect( headers ).toEqual( [
			[ 'col', 'Monday', 'Mon' ], [ 'col', 'Tuesday', 'Tue' ], [ 'col', 'Wednesday', 'Wed' ], [ 'col', 'Thursday', 'Thu' ],
			[ 'col', 'Friday', 'Fri' ], [ 'col', 'Saturday', 'Sat' ], [ 'col', 'Sunday', 'Sun' ]
		] );
		expect( table.querySelectorAll( 'td[data-date]' ) ).toHaveLength( 31 );
		const dec10 = table.querySelector( '[data-date="2026-12-10"]' ) as HTMLElement;
		expect( dec10.getAttribute( 'aria-label' ) ).toBe( 'Thursday, 10 December 2026, 2 sessions' );
		expect( dec10.classList.contains( 'crs-month__day--has-sessions' ) ).toBe( true );
		expect( ( table.querySelector( '[data-date="2026-12-11"]' ) as HTMLElement ).getAttribute( 'aria-label' ) ).toBe( 'Friday, 11 December 2026' );
		// Outside days are empty and not focusable.
		const outside = table.querySelectorAll( 'td.crs-month__day--outside' );
		expect( outside.length ).toBe( 4 );
		Array.prototype.forEach.call( outside, ( td: HTMLElement ) => {
			expect( td.hasAttribute( 'tabindex' ) ).toBe( false );
			expect( td.textContent ).toBe( '' );
		} );
		// No inline styles anywhere.
		expect( root.querySelectorAll( '[style]' ) ).toHaveLength( 0 );
	} );

	test( 'today is aria-current and the only tab stop', () => {
		const { root } = mount();
		const current = root.querySelectorAll( '[aria-current="date"]' );
		expect( current ).toHaveLength( 1 );
		expect( nth( current, 0 ).getAttribute( 'data-date' ) ).toBe( '2026-12-03' );
		expect( tabStops( root ) ).toEqual( [ '2026-12-03' ] );
		expect( root.querySelectorAll( '[aria-selected="true"]' ) ).toHaveLength( 0 );
	} );

	test( 'a selected day starts focused and selected', () => {
		const { root } = mount( { selected: { year: 2027, month: 1, day: 14 } } );
		expect( title( root ) ).toBe( 'January 2027' );
		expect( tabStops( root ) ).toEqual( [ '2027-01-14' ] );
		const sel = root.querySelectorAll( '[aria-selected="true"]' );
		expect( sel ).toHaveLength( 1 );
		expect( nth( sel, 0 ).getAttribute( 'data-date' ) ).toBe( '2027-01-14' );
		expect( root.querySelectorAll( '[aria-current="date"]' ) ).toHaveLength( 0 );
	} );

	test( 'right to left', () => {
		const { root } = mount( { lang: 'he', rtl: undefined, weekStart: undefined } );
		expect( root.getAttribute( 'dir' ) ).toBe( 'rtl' );
		// Hebrew weeks start on Sunday.
		expect( ( root.querySelector( 'thead th' ) as HTMLTableCellElement ).abbr ).toBe( 'יום ראשון' );
	} );
} );

describe( 'renderMonthView keyboard (APG date grid)', () => {
	function start( overrides: Partial<MonthViewOptions> = {} ): ReturnType<typeof mount> {
		const mounted = mount( overrides );
		( mounted.root.querySelector( '[tabindex="0"]' ) as HTMLElement ).focus();
		return mounted;
	}

	test.each( [
		// [ keys, expected focused date ]
		[ [ 'ArrowRight' ], '2026-12-04' ],
		[ [ 'ArrowLeft' ], '2026-12-02' ],
		[ [ 'ArrowDown' ], '2026-12-10' ],
		[ [ 'ArrowUp' ], '2026-11-26' ],
		[ [ 'PageDown' ], '2027-01-03' ],
		[ [ 'PageUp' ], '2026-11-03' ],
		[ [ 'Home' ], '2026-11-30' ],
		[ [ 'End' ], '2026-12-06' ],
		[ [ 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown' ], '2026-12-31' ],
		[ [ 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown' ], '2027-01-07' ]
	] )( '%j → %s', ( keys, expected ) => {
		const { root } = start();
		for ( const key of keys ) {
			const event = press( key );
			expect( event.defaultPrevented ).toBe( true );
		}
		expect( focusedDate() ).toBe( expected );
		// Still exactly one tab stop, and it is the focused day.
		expect( tabStops( root ) ).toEqual( [ expected ] );
		expect( title( root ) ).toBe( expected.slice( 0, 7 ) === '2026-11' ? 'November 2026' : expected.slice( 0, 7 ) === '2027-01' ? 'January 2027' : 'December 2026' );
	} );

	test( 'Shift+Page Up/Down move by a year', () => {
		const { root, months } = start();
		press( 'PageDown', { shiftKey: true } );
		expect( focusedDate() ).toBe( '2027-12-03' );
		expect( title( root ) ).toBe( 'December 2027' );
		press( 'PageUp', { shiftKey: true } );
		press( 'PageUp', { shiftKey: true } );
		expect( focusedDate() ).toBe( '2025-12-03' );
		expect( months ).toEqual( [ '2027-12', '2026-12', '2025-12' ] );
	} );

	test( 'Page Down from the 31st lands on the last day of a shorter month', () => {
		start( { selected: { year: 2027, month: 1, day: 31 } } );
		press( 'PageDown' );
		expect( focusedDate() ).toBe( '2027-02-28' );
	} );

	test( 'in RTL, left and right are swapped; up, down, Home, End are not', () => {
		start( { lang: 'he', rtl: true, weekStart: 0 } );
		press( 'ArrowLeft' );
		expect( focusedDate() ).toBe( '2026-12-04' );
		press( 'ArrowRight' );
		press( 'ArrowRight' );
		expect( focusedDate() ).toBe( '2026-12-02' );
		press( 'Home' );
		expect( focusedDate() ).toBe( '2026-11-29' );
		press( 'End' );
		expect( focusedDate() ).toBe( '2026-12-05' );
		press( 'ArrowDown' );
		expect( focusedDate() ).toBe( '2026-12-12' );
	} );

	test( 'Enter and Space select; days with sessions call onActivate', () => {
		const { root, activated } = start();
		press( 'ArrowDown' );
		const enter = press( 'Enter' );
		expect( enter.defaultPrevented ).toBe( true );
		expect( activated.map( ( d ) => d.key ) ).toEqual( [ '2026-12-10' ] );
		expect( nth( activated, 0 ).sessions.map( ( s ) => s.id ) ).toEqual( [ 'dec', 'dec-b' ] );
		expect( ( root.querySelector( '[aria-selected="true"]' ) as HTMLElement ).getAttribute( 'data-date' ) ).toBe( '2026-12-10' );
		// A day without sessions is selected, but nothing is activated.
		press( 'ArrowRight' );
		press( ' ' );
		expect( activated ).toHaveLength( 1 );
		const selectedNow = root.querySelectorAll( '[aria-selected="true"]' );
		expect( selectedNow ).toHaveLength( 1 );
		expect( nth( selectedNow, 0 ).getAttribute( 'data-date' ) ).toBe( '2026-12-11' );
		expect( nth( selectedNow, 0 ).classList.contains( 'crs-month__day--selected' ) ).toBe( true );
	} );

	test( 'other keys and modified keys are left alone', () => {
		start();
		expect( press( 'Tab' ).defaultPrevented ).toBe( false );
		expect( press( 'a' ).defaultPrevented ).toBe( false );
		expect( press( 'ArrowRight', { altKey: true } ).defaultPrevented ).toBe( false );
		expect( press( 'ArrowRight', { ctrlKey: true } ).defaultPrevented ).toBe( false );
		expect( focusedDate() ).toBe( '2026-12-03' );
	} );

	test( 'clicking a day focuses, selects and activates it', () => {
		const { root, activated } = start();
		const number = root.querySelector( '[data-date="2026-12-10"] .crs-month__day-number' ) as HTMLElement;
		number.dispatchEvent( new MouseEvent( 'click', { bubbles: true } ) );
		expect( focusedDate() ).toBe( '2026-12-10' );
		expect( tabStops( root ) ).toEqual( [ '2026-12-10' ] );
		expect( activated.map( ( d ) => d.key ) ).toEqual( [ '2026-12-10' ] );
		( root.querySelector( '.crs-month__day--outside' ) as HTMLElement ).dispatchEvent( new MouseEvent( 'click', { bubbles: true } ) );
		expect( activated ).toHaveLength( 1 );
	} );

	test( 'the month buttons change the month, keep their focus and move the tab stop', () => {
		const { root, months } = start();
		const next = root.querySelector( '.crs-month__nav--next' ) as HTMLButtonElement;
		const prev = root.querySelector( '.crs-month__nav--previous' ) as HTMLButtonElement;
		expect( next.getAttribute( 'aria-label' ) ).toBe( 'Next month' );
		expect( next.type ).toBe( 'button' );
		next.focus();
		next.click();
		expect( title( root ) ).toBe( 'January 2027' );
		expect( document.activeElement ).toBe( next );
		expect( tabStops( root ) ).toEqual( [ '2027-01-03' ] );
		expect( ( root.querySelector( '[data-date="2027-01-14"]' ) as HTMLElement ).getAttribute( 'aria-label' ) ).toBe( 'Thursday, 14 January 2027, 1 session' );
		prev.click();
		prev.click();
		expect( title( root ) ).toBe( 'November 2026' );
		expect( months ).toEqual( [ '2027-1', '2026-12', '2026-11' ] );
		// Today is not in November.
		expect( root.querySelectorAll( '[aria-current="date"]' ) ).toHaveLength( 0 );
	} );
} );
