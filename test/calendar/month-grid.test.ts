import { Session } from '../../src/data/types';
import { addMonths, buildMonth, dayOfWeek, defaultWeekStart, GridKey, isGridKey, moveFocus } from '../../src/calendar/month-grid';
import {
	addDays,
	CalendarDate,
	compareDates,
	dateInZone,
	dateKey,
	daysInMonth,
	groupSessionsByDay,
	parseDateKey
} from '../../src/calendar/calendar-date';
import { ZoneChoice } from '../../src/time/zones';
import { nth } from './support/nth';

const d = ( year: number, month: number, day: number ): CalendarDate => ( { year, month, day } );
const iana = ( zone: string ): ZoneChoice => ( { kind: 'iana', zone } );
const at = ( iso: string ): number => Date.parse( iso );

function session( id: string, startIso: string, endIso: string ): Session {
	return { id, start: at( startIso ), end: at( endIso ), startText: startIso, endText: endIso, status: 'scheduled', sequence: 0 };
}

describe( 'date arithmetic', () => {
	test.each( [
		[ 2026, 2, 28 ], [ 2028, 2, 29 ], [ 2100, 2, 28 ], [ 2000, 2, 29 ], [ 2026, 4, 30 ], [ 2026, 12, 31 ], [ 2027, 1, 31 ]
	] )( 'daysInMonth( %d, %d ) = %d', ( year, month, days ) => {
		expect( daysInMonth( year, month ) ).toBe( days );
	} );

	test.each( [
		[ d( 2026, 12, 10 ), 4 ], [ d( 2026, 3, 29 ), 0 ], [ d( 2027, 1, 1 ), 5 ], [ d( 1970, 1, 1 ), 4 ], [ d( 1969, 12, 31 ), 3 ]
	] )( 'dayOfWeek( %j ) = %d', ( date, dow ) => {
		expect( dayOfWeek( date ) ).toBe( dow );
	} );

	test.each( [
		[ d( 2026, 12, 31 ), 1, d( 2027, 1, 1 ) ],
		[ d( 2027, 1, 1 ), -1, d( 2026, 12, 31 ) ],
		[ d( 2028, 2, 28 ), 1, d( 2028, 2, 29 ) ],
		[ d( 2026, 3, 28 ), 1, d( 2026, 3, 29 ) ],
		[ d( 2026, 3, 29 ), 1, d( 2026, 3, 30 ) ],
		[ d( 2026, 10, 25 ), 1, d( 2026, 10, 26 ) ],
		[ d( 2026, 1, 1 ), 365, d( 2027, 1, 1 ) ]
	] )( 'addDays( %j, %d ) = %j', ( date, n, expected ) => {
		expect( addDays( date, n ) ).toEqual( expected );
	} );

	test.each( [
		[ d( 2026, 1, 31 ), 1, d( 2026, 2, 28 ) ],
		[ d( 2028, 1, 31 ), 1, d( 2028, 2, 29 ) ],
		[ d( 2026, 3, 31 ), -1, d( 2026, 2, 28 ) ],
		[ d( 2026, 12, 15 ), 1, d( 2027, 1, 15 ) ],
		[ d( 2027, 1, 15 ), -1, d( 2026, 12, 15 ) ],
		[ d( 2028, 2, 29 ), 12, d( 2029, 2, 28 ) ],
		[ d( 2028, 2, 29 ), -12, d( 2027, 2, 28 ) ],
		[ d( 2026, 5, 31 ), -25, d( 2024, 4, 30 ) ]
	] )( 'addMonths( %j, %d ) = %j', ( date, n, expected ) => {
		expect( addMonths( date, n ) ).toEqual( expected );
	} );

	test( 'years before 1000, even before 100, are counted as they are (never as 19xx)', () => {
		expect( daysInMonth( 100, 2 ) ).toBe( 28 );
		expect( daysInMonth( 96, 2 ) ).toBe( 29 );
		expect( addDays( d( 50, 12, 31 ), 1 ) ).toEqual( d( 51, 1, 1 ) );
		expect( addMonths( d( 99, 12, 15 ), 1 ) ).toEqual( d( 100, 1, 15 ) );
		expect( addMonths( d( 1000, 1, 15 ), -1 ) ).toEqual( d( 999, 12, 15 ) );
		// 1 June 50 was a Wednesday in the proleptic Gregorian calendar; 1 June 1950 a Thursday.
		expect( dayOfWeek( d( 50, 6, 1 ) ) ).toBe( 3 );
		expect( dateKey( d( 50, 6, 1 ) ) ).toBe( '0050-06-01' );
		expect( parseDateKey( '0050-06-01' ) ).toEqual( d( 50, 6, 1 ) );
	} );

	test( 'keys', () => {
		expect( dateKey( d( 2026, 3, 9 ) ) ).toBe( '2026-03-09' );
		expect( parseDateKey( '2026-03-09' ) ).toEqual( d( 2026, 3, 9 ) );
		expect( parseDateKey( '2026-02-30' ) ).toBeNull();
		expect( parseDateKey( '2026-13-01' ) ).toBeNull();
		expect( parseDateKey( 'soon' ) ).toBeNull();
		expect( compareDates( d( 2026, 3, 9 ), d( 2026, 3, 10 ) ) ).toBeLessThan( 0 );
		expect( compareDates( d( 2027, 1, 1 ), d( 2026, 12, 31 ) ) ).toBeGreaterThan( 0 );
		expect( compareDates( d( 2026, 3, 9 ), d( 2026, 3, 9 ) ) ).toBe( 0 );
	} );

	test.each( [
		[ '2026-12-10T23:30:00Z', 'Europe/Berlin', d( 2026, 12, 11 ) ],
		[ '2026-12-10T23:30:00Z', 'America/Los_Angeles', d( 2026, 12, 10 ) ],
		[ '2026-12-10T18:14:00Z', 'Asia/Kathmandu', d( 2026, 12, 10 ) ],
		[ '2026-12-10T18:15:00Z', 'Asia/Kathmandu', d( 2026, 12, 11 ) ],
		[ '2026-04-04T12:59:00Z', 'Australia/Lord_Howe', d( 2026, 4, 4 ) ],
		[ '2026-04-04T13:00:00Z', 'Australia/Lord_Howe', d( 2026, 4, 5 ) ],
		// After the DST change (+10:30) midnight is at 13:30 UTC.
		[ '2026-04-05T13:29:00Z', 'Australia/Lord_Howe', d( 2026, 4, 5 ) ],
		[ '2026-04-05T13:30:00Z', 'Australia/Lord_Howe', d( 2026, 4, 6 ) ]
	] )( 'dateInZone( %s, %s ) = %j', ( iso, zone, expected ) => {
		expect( dateInZone( at( iso ), iana( zone ) ) ).toEqual( expected );
	} );
} );

describe( 'groupSessionsByDay', () => {
	const a = session( 'a', '2026-12-10T16:00:00Z', '2026-12-10T17:30:00Z' );
	const b = session( 'b', '2026-12-10T22:30:00Z', '2026-12-11T00:30:00Z' );
	const c = session( 'c', '2026-12-10T08:00:00Z', '2026-12-10T09:00:00Z' );
	const midnightEnd = session( 'm', '2026-12-12T22:00:00Z', '2026-12-12T23:00:00Z' );

	test( 'in Berlin, a session across midnight is on both dates, sorted by start', () => {
		const map = groupSessionsByDay( [ a, b, c, midnightEnd ], iana( 'Europe/Berlin' ) );
		expect( ( map.get( '2026-12-10' ) || [] ).map( ( s ) => s.id ) ).toEqual( [ 'c', 'a', 'b' ] );
		expect( ( map.get( '2026-12-11' ) || [] ).map( ( s ) => s.id ) ).toEqual( [ 'b' ] );
		// Ends at 00:00 Berlin time: only on the 12th.
		expect( ( map.get( '2026-12-12' ) || [] ).map( ( s ) => s.id ) ).toEqual( [ 'm' ] );
		expect( map.has( '2026-12-13' ) ).toBe( false );
	} );

	test( 'in Los Angeles, everything is on the 10th and 12th', () => {
		const map = groupSessionsByDay( [ a, b, c, midnightEnd ], iana( 'America/Los_Angeles' ) );
		expect( ( map.get( '2026-12-10' ) || [] ).map( ( s ) => s.id ) ).toEqual( [ 'c', 'a', 'b' ] );
		expect( map.has( '2026-12-11' ) ).toBe( false );
		expect( ( map.get( '2026-12-12' ) || [] ).map( ( s ) => s.id ) ).toEqual( [ 'm' ] );
	} );

	test( 'in Kathmandu, the 18:15 UTC line is midnight', () => {
		const late = session( 'k', '2026-12-10T18:00:00Z', '2026-12-10T18:30:00Z' );
		const map = groupSessionsByDay( [ late ], iana( 'Asia/Kathmandu' ) );
		expect( [ ...map.keys() ] ).toEqual( [ '2026-12-10', '2026-12-11' ] );
	} );

	test( 'gives each day the same sessions as filtering all sessions for that day', () => {
		// December in Berlin is UTC+1 throughout, so each day is [23:00Z, 23:00Z).
		const many: Session[] = [];
		for ( let i = 0; i < 400; i++ ) {
			const start = Date.UTC( 2026, 11, 1 ) + ( ( i * 7919 ) % ( 30 * 24 * 60 ) ) * 60000;
			const minutes = 30 + ( ( i * 37 ) % 600 );
			many.push( session( `s${ i }`, new Date( start ).toISOString(), new Date( start + minutes * 60000 ).toISOString() ) );
		}
		const map = groupSessionsByDay( many, iana( 'Europe/Berlin' ) );
		for ( let day = 1; day <= 31; day++ ) {
			const from = Date.UTC( 2026, 11, day ) - 3600000;
			const to = from + 86400000;
			const expected = many
				.filter( ( s ) => s.start < to && s.end > from )
				.sort( ( x, y ) => x.start - y.start || x.end - y.end )
				.map( ( s ) => s.id );
			const key = `2026-12-${ String( day ).padStart( 2, '0' ) }`;
			expect( ( map.get( key ) || [] ).map( ( s ) => s.id ) ).toEqual( expected );
		}
	} );

	test( 'reads the session list once, however many days are shown', () => {
		const list = [ a, b, c, midnightEnd ];
		let reads = 0;
		const counted = new Proxy( list, {
			get( target, prop, receiver ) {
				if ( typeof prop === 'string' && /^[0-9]+$/.test( prop ) ) {
					reads++;
				}
				return Reflect.get( target, prop, receiver );
			}
		} );
		groupSessionsByDay( counted, iana( 'Europe/Berlin' ) );
		expect( reads ).toBe( list.length );
	} );

	test( 'a runaway session is listed on at most 31 dates', () => {
		const long = session( 'l', '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z' );
		expect( groupSessionsByDay( [ long ], iana( 'UTC' ) ).size ).toBe( 31 );
	} );
} );

describe( 'buildMonth', () => {
	const map = groupSessionsByDay( [ session( 'a', '2026-12-10T16:00:00Z', '2026-12-10T17:30:00Z' ) ], iana( 'Europe/Berlin' ) );

	test( 'December 2026 starting on Monday', () => {
		const grid = buildMonth( 2026, 12, 1, iana( 'Europe/Berlin' ), map, at( '2026-12-03T12:00:00Z' ) );
		expect( grid.weekdays ).toEqual( [ 1, 2, 3, 4, 5, 6, 0 ] );
		expect( grid.weeks ).toHaveLength( 5 );
		expect( nth( nth( grid.weeks, 0 ), 0 ).key ).toBe( '2026-11-30' );
		expect( nth( nth( grid.weeks, 0 ), 0 ).inMonth ).toBe( false );
		expect( nth( nth( grid.weeks, 0 ), 1 ).key ).toBe( '2026-12-01' );
		expect( nth( nth( grid.weeks, 4 ), 6 ).key ).toBe( '2027-01-03' );
		const flat = grid.weeks.reduce<ReturnType<typeof buildMonth>['weeks'][number][number][]>( ( all, w ) => all.concat( w ), [] );
		expect( flat.filter( ( x ) => x.inMonth ) ).toHaveLength( 31 );
		expect( flat.filter( ( x ) => x.isToday ).map( ( x ) => x.key ) ).toEqual( [ '2026-12-03' ] );
		expect( flat.filter( ( x ) => x.sessions.length ).map( ( x ) => x.key ) ).toEqual( [ '2026-12-10' ] );
		flat.forEach( ( x ) => expect( x.dayOfWeek ).toBe( dayOfWeek( x.date ) ) );
	} );

	test.each( [
		// [ year, month, weekStart, rows, first key ]
		[ 2026, 2, 0, 4, '2026-02-01' ],
		[ 2026, 2, 1, 5, '2026-01-26' ],
		[ 2026, 8, 0, 6, '2026-07-26' ],
		[ 2026, 8, 6, 5, '2026-08-01' ],
		[ 2027, 1, 6, 6, '2026-12-26' ],
		[ 2027, 1, 5, 5, '2027-01-01' ],
		[ 2026, 12, 0, 5, '2026-11-29' ]
	] )( '%d-%d, week from %d: %d rows from %s', ( year, month, weekStart, rows, firstKey ) => {
		const grid = buildMonth( year, month, weekStart, iana( 'UTC' ), new Map() );
		expect( grid.weeks ).toHaveLength( rows );
		expect( nth( nth( grid.weeks, 0 ), 0 ).key ).toBe( firstKey );
		expect( nth( nth( grid.weeks, 0 ), 0 ).dayOfWeek ).toBe( weekStart );
		grid.weeks.forEach( ( w ) => expect( w ).toHaveLength( 7 ) );
	} );

	test( 'today depends on the zone', () => {
		const now = at( '2026-12-10T23:30:00Z' );
		const today = ( zone: string ): string[] => buildMonth( 2026, 12, 1, iana( zone ), new Map(), now ).weeks
			.reduce<string[]>( ( keys, w ) => keys.concat( w.filter( ( x ) => x.isToday ).map( ( x ) => x.key ) ), [] );
		expect( today( 'Europe/Berlin' ) ).toEqual( [ '2026-12-11' ] );
		expect( today( 'America/New_York' ) ).toEqual( [ '2026-12-10' ] );
		expect( today( 'Asia/Kathmandu' ) ).toEqual( [ '2026-12-11' ] );
	} );
} );

describe( 'moveFocus (APG date grid)', () => {
	const thu = d( 2026, 12, 10 );
	test.each<[ GridKey, boolean, boolean, number, CalendarDate ]>( [
		[ 'ArrowRight', false, false, 1, d( 2026, 12, 11 ) ],
		[ 'ArrowLeft', false, false, 1, d( 2026, 12, 9 ) ],
		[ 'ArrowRight', true, false, 1, d( 2026, 12, 9 ) ],
		[ 'ArrowLeft', true, false, 1, d( 2026, 12, 11 ) ],
		[ 'ArrowDown', false, false, 1, d( 2026, 12, 17 ) ],
		[ 'ArrowUp', false, false, 1, d( 2026, 12, 3 ) ],
		[ 'ArrowDown', true, false, 1, d( 2026, 12, 17 ) ],
		[ 'PageDown', false, false, 1, d( 2027, 1, 10 ) ],
		[ 'PageUp', false, false, 1, d( 2026, 11, 10 ) ],
		[ 'PageDown', false, true, 1, d( 2027, 12, 10 ) ],
		[ 'PageUp', false, true, 1, d( 2025, 12, 10 ) ],
		// Home/End: start and end of the week, Monday-first…
		[ 'Home', false, false, 1, d( 2026, 12, 7 ) ],
		[ 'End', false, false, 1, d( 2026, 12, 13 ) ],
		// …Sunday-first…
		[ 'Home', false, false, 0, d( 2026, 12, 6 ) ],
		[ 'End', false, false, 0, d( 2026, 12, 12 ) ],
		// …Saturday-first, and the same in right-to-left layout.
		[ 'Home', true, false, 6, d( 2026, 12, 5 ) ],
		[ 'End', true, false, 6, d( 2026, 12, 11 ) ]
	] )( '%s (rtl %j, shift %j, week from %d)', ( key, rtl, shiftKey, weekStart, expected ) => {
		expect( moveFocus( thu, key, rtl, { weekStart, shiftKey } ) ).toEqual( expected );
	} );

	test.each<[ CalendarDate, GridKey, CalendarDate ]>( [
		[ d( 2026, 12, 31 ), 'ArrowRight', d( 2027, 1, 1 ) ],
		[ d( 2027, 1, 1 ), 'ArrowLeft', d( 2026, 12, 31 ) ],
		[ d( 2026, 12, 29 ), 'ArrowDown', d( 2027, 1, 5 ) ],
		[ d( 2027, 1, 31 ), 'PageDown', d( 2027, 2, 28 ) ],
		[ d( 2026, 3, 31 ), 'PageUp', d( 2026, 2, 28 ) ],
		// Home/End stay in the week even when it crosses a month.
		[ d( 2027, 1, 1 ), 'Home', d( 2026, 12, 28 ) ],
		[ d( 2026, 12, 31 ), 'End', d( 2027, 1, 3 ) ],
		// Across DST changes a day is still a day.
		[ d( 2026, 3, 29 ), 'ArrowLeft', d( 2026, 3, 28 ) ],
		[ d( 2026, 10, 25 ), 'ArrowRight', d( 2026, 10, 26 ) ]
	] )( 'edges: %j %s → %j', ( from, key, expected ) => {
		expect( moveFocus( from, key, false, { weekStart: 1 } ) ).toEqual( expected );
	} );

	test( 'Shift+Page Down from 29 February', () => {
		expect( moveFocus( d( 2028, 2, 29 ), 'PageDown', false, { shiftKey: true } ) ).toEqual( d( 2029, 2, 28 ) );
	} );

	test( 'isGridKey', () => {
		expect( isGridKey( 'PageUp' ) ).toBe( true );
		expect( isGridKey( 'Enter' ) ).toBe( false );
		expect( isGridKey( undefined ) ).toBe( false );
	} );
} );

describe( 'defaultWeekStart', () => {
	test.each( [
		[ 'de', 1 ], [ 'fr', 1 ], [ 'en-gb', 1 ], [ 'en', 0 ], [ 'he', 0 ], [ 'pt-br', 0 ], [ 'ar', 6 ], [ 'fa', 6 ]
	] )( '%s → %d', ( lang, expected ) => {
		expect( defaultWeekStart( lang ) ).toBe( expected );
	} );

	test( 'without Intl week data, the table', () => {
		const original = Intl.Locale;
		( Intl as unknown as Record<string, unknown> ).Locale = undefined;
		try {
			expect( defaultWeekStart( 'en' ) ).toBe( 0 );
			expect( defaultWeekStart( 'de' ) ).toBe( 1 );
			expect( defaultWeekStart( 'fa' ) ).toBe( 6 );
			expect( defaultWeekStart( 'pt-br' ) ).toBe( 0 );
			expect( defaultWeekStart( 'zz' ) ).toBe( 1 );
		} finally {
			( Intl as unknown as Record<string, unknown> ).Locale = original;
		}
	} );
} );
