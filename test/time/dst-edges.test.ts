/**
 * The daylight-saving edges of 2026 and 2027 in the four zones the calendar
 * must get right: Europe/Berlin and America/New_York (one-hour shifts on
 * different dates), Australia/Lord_Howe (a half-hour shift, southern
 * hemisphere) and Asia/Kathmandu (UTC+5:45, no DST at all). For each edge: a
 * session just before, one just after, and one across it.
 */
import { groupSessionsByDay } from '../../src/calendar/calendar-date';
import { Session } from '../../src/data/types';
import { formatSessionRange } from '../../src/time/format-range';
import { MINUS_SIGN, utcOffsetMinutes, ZoneChoice } from '../../src/time/zones';
import { dateStyle } from '../../src/i18n/all-languages';

const at = ( iso: string ): number => Date.parse( iso );
const iana = ( zone: string ): ZoneChoice => ( { kind: 'iana', zone } );
const MIN = 60000;
const M = MINUS_SIGN;

// [ zone, the instant the clocks change (UTC), label before, label after, local time 30 min before, local time 30 min after ]
const EDGES: [ string, string, string, string, string, string ][] = [
	[ 'Europe/Berlin', '2026-03-29T01:00:00Z', 'Europe/Berlin (UTC+1)', 'Europe/Berlin (UTC+2)', '01:30', '03:30' ],
	[ 'Europe/Berlin', '2026-10-25T01:00:00Z', 'Europe/Berlin (UTC+2)', 'Europe/Berlin (UTC+1)', '02:30', '02:30' ],
	[ 'Europe/Berlin', '2027-03-28T01:00:00Z', 'Europe/Berlin (UTC+1)', 'Europe/Berlin (UTC+2)', '01:30', '03:30' ],
	[ 'Europe/Berlin', '2027-10-31T01:00:00Z', 'Europe/Berlin (UTC+2)', 'Europe/Berlin (UTC+1)', '02:30', '02:30' ],
	[ 'America/New_York', '2026-03-08T07:00:00Z', `America/New York (UTC${ M }5)`, `America/New York (UTC${ M }4)`, '01:30', '03:30' ],
	[ 'America/New_York', '2026-11-01T06:00:00Z', `America/New York (UTC${ M }4)`, `America/New York (UTC${ M }5)`, '01:30', '01:30' ],
	[ 'America/New_York', '2027-03-14T07:00:00Z', `America/New York (UTC${ M }5)`, `America/New York (UTC${ M }4)`, '01:30', '03:30' ],
	[ 'America/New_York', '2027-11-07T06:00:00Z', `America/New York (UTC${ M }4)`, `America/New York (UTC${ M }5)`, '01:30', '01:30' ],
	[ 'Australia/Lord_Howe', '2026-04-04T15:00:00Z', 'Australia/Lord Howe (UTC+11)', 'Australia/Lord Howe (UTC+10:30)', '01:30', '02:00' ],
	[ 'Australia/Lord_Howe', '2026-10-03T15:30:00Z', 'Australia/Lord Howe (UTC+10:30)', 'Australia/Lord Howe (UTC+11)', '01:30', '03:00' ],
	[ 'Australia/Lord_Howe', '2027-04-03T15:00:00Z', 'Australia/Lord Howe (UTC+11)', 'Australia/Lord Howe (UTC+10:30)', '01:30', '02:00' ],
	[ 'Australia/Lord_Howe', '2027-10-02T15:30:00Z', 'Australia/Lord Howe (UTC+10:30)', 'Australia/Lord Howe (UTC+11)', '01:30', '03:00' ]
];

describe.each( EDGES )( '%s, clocks change at %s', ( zone, edgeIso, before, after, localBefore, localAfter ) => {
	const edge = at( edgeIso );

	test( 'a session ending at the change is all in the old offset', () => {
		const r = formatSessionRange( edge - 60 * MIN, edge, iana( zone ), dateStyle( 'en-gb' ) );
		expect( r.zone ).toBe( before );
		expect( r.zoneAtEnd ).toBe( before );
		expect( r.text.endsWith( ' ' + before ) ).toBe( true );
		// One hour on the old clock, although the clocks show another time at that instant.
		const minutes = ( hhmm: string ): number => Number( hhmm.slice( 0, 2 ) ) * 60 + Number( hhmm.slice( 3 ) );
		expect( ( minutes( r.endTime ) - minutes( r.startTime ) + 24 * 60 ) % ( 24 * 60 ) ).toBe( 60 );
	} );

	test( 'a session starting at the change is all in the new offset', () => {
		const r = formatSessionRange( edge, edge + 60 * MIN, iana( zone ), dateStyle( 'en-gb' ) );
		expect( r.zone ).toBe( after );
		expect( r.zoneAtEnd ).toBe( after );
		expect( r.text.endsWith( ' ' + after ) ).toBe( true );
	} );

	test( 'a session across the change shows both offsets and the real wall-clock times', () => {
		const r = formatSessionRange( edge - 30 * MIN, edge + 30 * MIN, iana( zone ), dateStyle( 'en-gb' ) );
		expect( r.startTime ).toBe( localBefore );
		expect( r.endTime ).toBe( localAfter );
		expect( r.zone ).toBe( before );
		expect( r.zoneAtEnd ).toBe( after );
		const name = before.slice( 0, before.indexOf( ' (' ) );
		const offsets = ( s: string ): string => s.slice( s.indexOf( '(' ) + 1, -1 );
		expect( r.text.endsWith( ` ${ name } (${ offsets( before ) } \u2192 ${ offsets( after ) })` ) ).toBe( true );
		expect( r.startIso ).toBe( new Date( edge - 30 * MIN ).toISOString().replace( '.000Z', 'Z' ) );
	} );

	test( 'Asia/Kathmandu is UTC+5:45 on both sides of the same instant', () => {
		for ( const t of [ edge - MIN, edge, edge + MIN ] ) {
			expect( utcOffsetMinutes( t, iana( 'Asia/Kathmandu' ) ) ).toBe( 345 );
		}
		const r = formatSessionRange( edge - 30 * MIN, edge + 30 * MIN, iana( 'Asia/Kathmandu' ), dateStyle( 'en-gb' ) );
		expect( r.zone ).toBe( 'Asia/Kathmandu (UTC+5:45)' );
		expect( r.zoneAtEnd ).toBe( 'Asia/Kathmandu (UTC+5:45)' );
		expect( r.text.endsWith( ' Asia/Kathmandu (UTC+5:45)' ) ).toBe( true );
	} );
} );

describe( 'sessions spanning midnight in 30- and 45-minute zones show both dates', () => {
	test.each( [
		// 18:00–19:00 UTC is 23:45–00:45 in Kathmandu.
		[ 'Asia/Kathmandu', '2026-12-10T18:00:00Z', '2026-12-10T19:00:00Z', 'Thursday, 10 December 2026', '23:45', 'Friday, 11 December 2026', '00:45', 'Asia/Kathmandu (UTC+5:45)' ],
		[ 'Asia/Kathmandu', '2027-03-28T18:00:00Z', '2027-03-28T18:30:00Z', 'Sunday, 28 March 2027', '23:45', 'Monday, 29 March 2027', '00:15', 'Asia/Kathmandu (UTC+5:45)' ],
		// Lord Howe in summer (UTC+11) and in winter (UTC+10:30).
		[ 'Australia/Lord_Howe', '2026-12-10T12:30:00Z', '2026-12-10T13:30:00Z', 'Thursday, 10 December 2026', '23:30', 'Friday, 11 December 2026', '00:30', 'Australia/Lord Howe (UTC+11)' ],
		[ 'Australia/Lord_Howe', '2027-07-10T13:00:00Z', '2027-07-10T14:00:00Z', 'Saturday, 10 July 2027', '23:30', 'Sunday, 11 July 2027', '00:30', 'Australia/Lord Howe (UTC+10:30)' ],
		[ 'Asia/Kolkata', '2027-01-01T18:00:00Z', '2027-01-01T19:00:00Z', 'Friday, 1 January 2027', '23:30', 'Saturday, 2 January 2027', '00:30', 'Asia/Kolkata (UTC+5:30)' ]
	] )( '%s %s', ( zone, start, end, startDate, startTime, endDate, endTime, label ) => {
		const r = formatSessionRange( at( start ), at( end ), iana( zone ), dateStyle( 'en-gb' ) );
		expect( [ r.startDate, r.startTime, r.endDate, r.endTime, r.spansMidnight, r.zone ] ).toEqual( [ startDate, startTime, endDate, endTime, true, label ] );
		const text = r.text.replace( /[\u00a0\u2009\u202f]/g, ' ' );
		expect( text ).toContain( startDate );
		expect( text ).toContain( endDate );
		// …and the month view lists it on both dates.
		const session: Session = { id: 's', start: at( start ), end: at( end ), startText: start, endText: end, status: 'scheduled', sequence: 0 };
		expect( Array.from( groupSessionsByDay( [ session ], iana( zone ) ).keys() ).length ).toBe( 2 );
	} );
} );
