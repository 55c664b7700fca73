/**
 * The conversation-hours view's state and clock, without a DOM: what a
 * reader's action does, what the month view opens on, and when the view
 * next has to change (session states, "in 3 days" texts, midnight in the
 * shown zone, across daylight-saving changes).
 */
import { Session, SessionStatus } from '../../src/data/types';
import { CalendarPrefs } from '../../src/calendar/prefs';
import { SessionState } from '../../src/time/session-state';
import {
	CalendarAction,
	CalendarViewState,
	initialViewState,
	MAX_TIMER_MS,
	nextMidnight,
	nextVisibleChange,
	reduceViewState,
	sessionStates,
	sessionsToDownload,
	stateNews,
	timerDelay,
	withDefaultSelection,
	zonePickerValue
} from '../../src/calendar/view-state';
import { ZoneChoice } from '../../src/time/zones';

const at = ( iso: string ): number => Date.parse( iso );
const iana = ( zone: string ): ZoneChoice => ( { kind: 'iana', zone } );
const MIN = 60000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const BERLIN = iana( 'Europe/Berlin' );

function session( id: string, startIso: string, endIso: string, status: SessionStatus = 'scheduled' ): Session {
	return { id, start: at( startIso ), end: at( endIso ), startText: startIso, endText: endIso, status, sequence: 0 };
}

function state( prefs: CalendarPrefs = {}, extra: Partial<CalendarViewState> = {} ): CalendarViewState {
	return Object.assign( initialViewState( prefs, BERLIN ), extra );
}

describe( 'initialViewState', () => {
	test.each( [
		[ 'nothing stored: the list in the reader\'s own zone', {}, 'agenda', BERLIN ],
		[ 'a stored zone and the month view', { zone: 'Asia/Kathmandu', view: 'month' }, 'month', iana( 'Asia/Kathmandu' ) ],
		[ 'UTC chosen explicitly', { zone: 'UTC' }, 'agenda', iana( 'UTC' ) ]
	] as [ string, CalendarPrefs, string, ZoneChoice ][] )( '%s', ( _name, prefs, mode, zone ) => {
		const s = initialViewState( prefs, BERLIN );
		expect( s ).toEqual( { prefs, zone, mode, shownMonth: null, selected: null } );
	} );
} );

describe( 'reduceViewState', () => {
	const month = state( { view: 'month' }, { mode: 'month', selected: { year: 2026, month: 12, day: 10 } } );
	test.each( [
		[ 'choosing a zone shows it and stores it, keeping the view',
			month, { type: 'choose-zone', zone: 'Asia/Kathmandu' },
			{ zone: iana( 'Asia/Kathmandu' ), prefs: { zone: 'Asia/Kathmandu', view: 'month' }, mode: 'month' } ],
		[ '"Your time zone" goes back to the preference and forgets the choice',
			state( { zone: 'Asia/Tokyo' } ), { type: 'choose-zone', zone: undefined },
			{ zone: BERLIN, prefs: { zone: undefined, view: undefined } } ],
		[ 'the month view is stored with the zone',
			state( { zone: 'Asia/Tokyo' } ), { type: 'choose-mode', mode: 'month' },
			{ mode: 'month', prefs: { zone: 'Asia/Tokyo', view: 'month' }, zone: iana( 'Asia/Tokyo' ) } ],
		[ 'the list is the default: nothing stored for it',
			month, { type: 'choose-mode', mode: 'agenda' },
			{ mode: 'agenda', prefs: { zone: undefined, view: undefined } } ],
		[ 'a chosen day is selected and its month shown, nothing stored',
			month, { type: 'select-day', date: { year: 2027, month: 1, day: 14 } },
			{ selected: { year: 2027, month: 1, day: 14 }, shownMonth: { year: 2027, month: 1 }, prefs: { view: 'month' } } ],
		[ 'moving to another month keeps the selected day',
			month, { type: 'show-month', year: 2027, month: 2 },
			{ selected: { year: 2026, month: 12, day: 10 }, shownMonth: { year: 2027, month: 2 } } ]
	] as [ string, CalendarViewState, CalendarAction, Partial<CalendarViewState> ][] )( '%s', ( _name, before, action, expected ) => {
		const after = reduceViewState( before, action, BERLIN );
		expect( after ).toMatchObject( expected );
		expect( before ).not.toBe( after );
	} );

	test( 'choosing the view already shown changes nothing (no save, no re-render)', () => {
		const before = state();
		expect( reduceViewState( before, { type: 'choose-mode', mode: 'agenda' }, BERLIN ) ).toBe( before );
	} );

	test( 'only choices of zone and view give new stored choices', () => {
		const before = state( { view: 'month' }, { mode: 'month' } );
		expect( reduceViewState( before, { type: 'select-day', date: { year: 2026, month: 12, day: 1 } }, BERLIN ).prefs ).toBe( before.prefs );
		expect( reduceViewState( before, { type: 'show-month', year: 2027, month: 1 }, BERLIN ).prefs ).toBe( before.prefs );
		expect( reduceViewState( before, { type: 'choose-zone', zone: 'UTC' }, BERLIN ).prefs ).not.toBe( before.prefs );
	} );
} );

describe( 'withDefaultSelection: the day the month view opens on', () => {
	const now = at( '2026-12-01T12:00:00Z' );
	const late = session( 'late', '2026-12-10T20:00:00Z', '2026-12-10T21:00:00Z' );
	const live = session( 'live', '2026-12-01T11:30:00Z', '2026-12-01T13:00:00Z' );
	const cancelled = session( 'cancelled', '2026-12-05T10:00:00Z', '2026-12-05T11:00:00Z', 'cancelled' );
	test.each( [
		[ 'the next session\'s day, skipping a cancelled one', [ cancelled, late ], BERLIN, { year: 2026, month: 12, day: 10 } ],
		[ 'the same session on the next day where it is after midnight', [ late ], iana( 'Asia/Kathmandu' ), { year: 2026, month: 12, day: 11 } ],
		[ 'a live session before the next one', [ late, live ], BERLIN, { year: 2026, month: 12, day: 1 } ],
		[ 'nothing when no session is to come', [ cancelled ], BERLIN, null ]
	] as [ string, Session[], ZoneChoice, unknown ][] )( '%s', ( _name, sessions, zone, expected ) => {
		expect( withDefaultSelection( state( {}, { zone } ), sessions, now ).selected ).toEqual( expected );
	} );

	test( 'a day the reader chose, or a month they moved to, is left as it is', () => {
		const chosen = state( {}, { selected: { year: 2026, month: 12, day: 24 } } );
		const moved = state( {}, { shownMonth: { year: 2027, month: 3 } } );
		expect( withDefaultSelection( chosen, [ late ], now ) ).toBe( chosen );
		expect( withDefaultSelection( moved, [ late ], now ) ).toBe( moved );
	} );
} );

describe( 'zonePickerValue: the picker\'s entry in use', () => {
	const tokyo = iana( 'Asia/Tokyo' );
	test.each( [
		[ 'no explicit choice', {}, tokyo, 'preference' ],
		[ 'the device\'s zone, when it differs from the reader\'s own', { zone: 'Asia/Tokyo' }, tokyo, 'device' ],
		[ 'another zone by its name', { zone: 'Asia/Kathmandu' }, tokyo, 'Asia/Kathmandu' ],
		[ 'the device\'s zone by its name when it is the reader\'s own (no device entry then)', { zone: 'Europe/Berlin' }, BERLIN, 'Europe/Berlin' ]
	] as [ string, CalendarPrefs, ZoneChoice, string ][] )( '%s', ( _name, prefs, device, expected ) => {
		expect( zonePickerValue( initialViewState( prefs, BERLIN ), BERLIN, device ) ).toBe( expected );
	} );
} );

describe( 'sessionsToDownload', () => {
	test( 'live and upcoming sessions, cancelled ones included; never past ones', () => {
		const now = at( '2026-12-10T16:30:00Z' );
		const sessions = [
			session( 'past', '2026-12-01T16:00:00Z', '2026-12-01T17:00:00Z' ),
			session( 'later', '2027-01-10T16:00:00Z', '2027-01-10T17:00:00Z' ),
			session( 'cancelled', '2026-12-20T16:00:00Z', '2026-12-20T17:00:00Z', 'cancelled' ),
			session( 'live', '2026-12-10T16:00:00Z', '2026-12-10T17:00:00Z' )
		];
		expect( sessionsToDownload( sessions, now ).map( ( s ) => s.id ) ).toEqual( [ 'live', 'cancelled', 'later' ] );
	} );
} );

describe( 'nextMidnight: when "today" moves in the month view', () => {
	test.each( [
		[ 'UTC', iana( 'UTC' ), '2026-12-10T10:00:00Z', '2026-12-11T00:00:00Z' ],
		[ 'half a second before midnight in Berlin', BERLIN, '2026-12-10T22:59:59.500Z', '2026-12-10T23:00:00Z' ],
		[ 'at midnight: the next one', BERLIN, '2026-12-10T23:00:00Z', '2026-12-11T23:00:00Z' ],
		[ 'Berlin, the day the clocks go forward (23 hours)', BERLIN, '2026-03-28T23:30:00Z', '2026-03-29T22:00:00Z' ],
		[ 'Berlin, the day the clocks go back (25 hours)', BERLIN, '2026-10-24T22:30:00Z', '2026-10-25T23:00:00Z' ],
		[ 'Lord Howe, a half-hour change', iana( 'Australia/Lord_Howe' ), '2026-10-03T14:00:00Z', '2026-10-04T13:00:00Z' ],
		[ 'Santiago, where the change skips midnight: the day starts at 01:00', iana( 'America/Santiago' ), '2026-09-06T03:30:00Z', '2026-09-06T04:00:00Z' ],
		[ 'Santiago, where 23:00–24:00 happens twice', iana( 'America/Santiago' ), '2026-04-05T02:30:00Z', '2026-04-05T04:00:00Z' ],
		[ 'a fixed offset (UTC+5:45)', { kind: 'offset', minutes: 345 }, '2026-12-10T18:00:00Z', '2026-12-10T18:15:00Z' ]
	] as [ string, ZoneChoice, string, string ][] )( '%s', ( _name, zone, now, expected ) => {
		expect( new Date( nextMidnight( at( now ), zone ) ).toISOString() ).toBe( new Date( at( expected ) ).toISOString() );
	} );
} );

describe( 'nextVisibleChange: one timer for the next thing a reader would see change', () => {
	const start = '2026-12-10T16:00:00Z';
	const next = session( 'next', start, '2026-12-10T17:00:00Z' );
	const early = session( 'early', '2026-12-10T15:00:00Z', '2026-12-10T18:00:00Z' );
	const month = state( { view: 'month' }, { mode: 'month' } );
	test.each( [
		[ '"in 3 days" becomes "in 2 days" half a day early', state(), [ next ], at( start ) - 3 * DAY, at( start ) - 2.5 * DAY + 1 ],
		[ '"in 20 minutes" becomes "in 19 minutes" half a minute early', state(), [ next ], at( start ) - 20 * MIN, at( start ) - 19.5 * MIN + 1 ],
		[ 'while one is live (no "in …" text): the next one\'s "starting now", 15 minutes before it', state(), [ early, next ], at( start ) - 20 * MIN, at( start ) - 15 * MIN ],
		[ 'while one is live: the next one going live at its start', state(), [ early, next ], at( start ) - 5 * MIN, at( start ) ],
		[ 'a live session: its end (no "in …" text then)', state(), [ next ], at( start ) + 10 * MIN, at( '2026-12-10T17:00:00Z' ) ],
		[ 'the month view: midnight in the shown zone when that is sooner', month, [ next ], at( '2026-12-07T12:00:00Z' ), at( '2026-12-07T23:00:00Z' ) ],
		[ 'the month view in another zone: its midnight', Object.assign( {}, month, { zone: iana( 'Asia/Kathmandu' ) } ), [ next ], at( '2026-12-07T12:00:00Z' ), at( '2026-12-07T18:15:00Z' ) ],
		[ 'the month view with nothing to come: still midnight', month, [], at( '2026-12-07T12:00:00Z' ), at( '2026-12-07T23:00:00Z' ) ],
		[ 'a cancelled session: when its slot is over (it moves to the past)', state(), [ session( 'c', start, '2026-12-10T17:00:00Z', 'cancelled' ) ], at( start ) - 3 * DAY, at( '2026-12-10T17:00:00Z' ) ],
		[ 'the list with nothing to come: never', state(), [ session( 'old', '2026-11-01T16:00:00Z', '2026-11-01T17:00:00Z' ) ], at( start ), null ],
		[ 'no sessions at all: never', state(), [], at( start ), null ]
	] as [ string, CalendarViewState, Session[], number, number | null ][] )( '%s', ( _name, s, sessions, now, expected ) => {
		expect( nextVisibleChange( s, sessions, now ) ).toBe( expected );
	} );
} );

describe( 'timerDelay', () => {
	const now = at( '2026-12-10T16:00:00Z' );
	test.each( [
		[ 'the wait until then', now + 5 * MIN, 5 * MIN ],
		[ 'a moment already passed: at once', now - 1000, 0 ],
		[ 'beyond what setTimeout can wait: clamped to 2^31−1 ms', now + 40 * DAY, 2147483647 ],
		[ 'exactly the longest wait', now + MAX_TIMER_MS, MAX_TIMER_MS ]
	] )( '%s', ( _name, atMs, expected ) => {
		expect( timerDelay( atMs, now ) ).toBe( expected );
	} );
} );

describe( 'stateNews: what screen readers are told after a tick', () => {
	const s = session( 's', '2026-12-10T16:00:00Z', '2026-12-10T17:00:00Z' );
	const before = ( state: SessionState ): Map<string, SessionState> => new Map( [ [ 's', state ] ] );
	test.each( [
		[ 'going live', before( 'starting-soon' ), at( '2026-12-10T16:00:00Z' ), [ 'live' ] ],
		[ 'straight from upcoming to live', before( 'upcoming' ), at( '2026-12-10T16:00:00Z' ), [ 'live' ] ],
		[ 'starting soon', before( 'upcoming' ), at( '2026-12-10T15:50:00Z' ), [ 'starting-soon' ] ],
		[ 'still live: no news', before( 'live' ), at( '2026-12-10T16:30:00Z' ), [] ],
		[ 'ending is not announced', before( 'live' ), at( '2026-12-10T17:00:00Z' ), [] ],
		[ 'a session not seen before is not news', new Map<string, SessionState>(), at( '2026-12-10T16:00:00Z' ), [] ]
	] as [ string, Map<string, SessionState>, number, string[] ][] )( '%s', ( _name, previous, now, expected ) => {
		expect( stateNews( previous, [ s ], now ).map( ( n ) => n.state ) ).toEqual( expected );
	} );

	test( 'sessionStates remembers every session by id', () => {
		const other = session( 'o', '2026-12-01T16:00:00Z', '2026-12-01T17:00:00Z' );
		expect( Array.from( sessionStates( [ s, other ], at( '2026-12-10T16:30:00Z' ) ) ) ).toEqual( [ [ 's', 'live' ], [ 'o', 'past' ] ] );
	} );
} );
