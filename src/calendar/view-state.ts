/**
 * The state of the reader's conversation-hours view and its clock, without
 * a DOM: which zone and view the reader chose (and what is stored of it),
 * the month shown and the day selected in the month view, how a reader's
 * action changes that, what the view shows at an instant, and when the next
 * visible change is due, so that the page sets one timer for it instead of
 * polling.
 *
 * Pure: no `mw`, no DOM; the clock is a parameter. live-view.ts is its DOM.
 */
import { Session } from '../data/types';
import { nextRelativeChange } from '../time/relative-time';
import { nextStateChange, sessionState, SessionState, splitSessions } from '../time/session-state';
import { sameZone, utcOffsetMinutes, wallClock, ZoneChoice } from '../time/zones';
import { CalendarDate, dateInZone, dateKey } from './calendar-date';
import { CalendarMode, CalendarPrefs, effectiveZone } from './prefs';

/** The longest wait `setTimeout` supports (2^31−1 ms, about 24.8 days). */
export const MAX_TIMER_MS = 2147483647;

const DAY_MS = 24 * 60 * 60 * 1000;

/** A month of the month view; `month` is 1–12. */
export interface ShownMonth {
	readonly year: number;
	readonly month: number;
}

export interface CalendarViewState {
	/** The reader's choices as they are stored. */
	readonly prefs: CalendarPrefs;
	/** The zone times are shown in: the explicit choice, else the reader's own. */
	readonly zone: ZoneChoice;
	readonly mode: CalendarMode;
	/** The month the reader moved to; null: the selected day's month, else the current one. */
	readonly shownMonth: ShownMonth | null;
	/** The day whose sessions are shown below the month grid. */
	readonly selected: CalendarDate | null;
}

/** What a reader does in the view. */
export type CalendarAction =
	/** A zone from the picker; undefined: "Your time zone" (the preference). */
	{ readonly type: 'choose-zone'; readonly zone: string | undefined } |
	{ readonly type: 'choose-mode'; readonly mode: CalendarMode } |
	/** A day of the month grid (Enter, Space or a click). */
	{ readonly type: 'select-day'; readonly date: CalendarDate } |
	/** The month grid moved to another month. */
	{ readonly type: 'show-month'; readonly year: number; readonly month: number };

/**
 * The view as a page view starts it: the stored choices, nothing selected.
 *
 * @param prefs The reader's stored choices.
 * @param ownZone The reader's zone from their preference or browser.
 * @return {CalendarViewState}
 */
export function initialViewState( prefs: CalendarPrefs, ownZone: ZoneChoice ): CalendarViewState {
	return {
		prefs,
		zone: effectiveZone( prefs, ownZone ).zone,
		mode: prefs.view || 'agenda',
		shownMonth: null,
		selected: null
	};
}

/**
 * The state after a reader's action. The same object when nothing changes
 * (choosing the view already shown); a new `prefs` object exactly when the
 * stored choices are to be saved.
 *
 * @param state
 * @param action
 * @param ownZone The reader's zone from their preference or browser.
 * @return {CalendarViewState}
 */
export function reduceViewState( state: CalendarViewState, action: CalendarAction, ownZone: ZoneChoice ): CalendarViewState {
	switch ( action.type ) {
		case 'choose-zone': {
			const prefs: CalendarPrefs = { zone: action.zone, view: state.prefs.view };
			return Object.assign( {}, state, { prefs, zone: effectiveZone( prefs, ownZone ).zone } );
		}
		case 'choose-mode':
			if ( action.mode === state.mode ) {
				return state;
			}
			return Object.assign( {}, state, {
				mode: action.mode,
				prefs: { zone: state.prefs.zone, view: action.mode === 'month' ? 'month' : undefined }
			} );
		case 'select-day':
			return Object.assign( {}, state, {
				selected: action.date,
				shownMonth: { year: action.date.year, month: action.date.month }
			} );
		case 'show-month':
			return Object.assign( {}, state, { shownMonth: { year: action.year, month: action.month } } );
	}
	return state;
}

/**
 * The state the month view opens with: when the reader has neither chosen a
 * day nor moved to a month, the day of the live session (else the next one)
 * in the shown zone is selected. Otherwise `state` itself.
 *
 * @param state
 * @param sessions
 * @param nowMs
 * @return {CalendarViewState}
 */
export function withDefaultSelection( state: CalendarViewState, sessions: readonly Session[], nowMs: number ): CalendarViewState {
	if ( state.selected || state.shownMonth ) {
		return state;
	}
	const split = splitSessions( sessions, nowMs );
	const first = split.live.length ? split.live[ 0 ] : split.next;
	return first ? Object.assign( {}, state, { selected: dateInZone( first.start, state.zone ) } ) : state;
}

/**
 * Which entry of the zone picker is in use: `preference` (no explicit
 * choice), `device` (the browser's zone, listed only when it differs from
 * the reader's own) or the chosen zone's name.
 *
 * @param state
 * @param ownZone
 * @param deviceZone
 * @return {string}
 */
export function zonePickerValue( state: CalendarViewState, ownZone: ZoneChoice, deviceZone: ZoneChoice | null ): string {
	if ( !state.prefs.zone ) {
		return 'preference';
	}
	return deviceZone && !sameZone( deviceZone, ownZone ) && sameZone( deviceZone, state.zone ) ? 'device' : state.prefs.zone;
}

/**
 * The sessions "Add all upcoming to calendar" puts in its file: those
 * running now and those still to come (cancelled and postponed included, so
 * calendars learn the news).
 *
 * @param sessions
 * @param nowMs
 * @return {Session[]}
 */
export function sessionsToDownload( sessions: readonly Session[], nowMs: number ): Session[] {
	const split = splitSessions( sessions, nowMs );
	return split.live.concat( split.upcoming );
}

/**
 * The date of `nowMs` in `zone` as `YYYY-MM-DD`: "today" in the month view.
 *
 * @param nowMs
 * @param zone
 * @return {string}
 */
export function todayKey( nowMs: number, zone: ZoneChoice ): string {
	return dateKey( dateInZone( nowMs, zone ) );
}

/**
 * The next midnight after `nowMs` in `zone`: the first instant whose date
 * there is a later one. Right on days the clocks change, and where a change
 * skips midnight itself (the new day then starts at 01:00).
 *
 * @param nowMs
 * @param zone
 * @return {number}
 */
export function nextMidnight( nowMs: number, zone: ZoneChoice ): number {
	const w = wallClock( nowMs, zone );
	const sinceMidnight = ( ( w.hour * 60 + w.minute ) * 60 + w.second ) * 1000 + ( ( nowMs % 1000 ) + 1000 ) % 1000;
	// Midnight if the offset stays as it is now, then corrected by the offset there.
	const unshifted = nowMs - sinceMidnight + DAY_MS;
	const shifted = unshifted - ( utcOffsetMinutes( unshifted, zone ) - utcOffsetMinutes( nowMs, zone ) ) * 60000;
	const today = todayKey( nowMs, zone );
	const candidates = [ shifted, unshifted ]
		.filter( ( t ) => t > nowMs && todayKey( t, zone ) !== today )
		.sort( ( a, b ) => a - b );
	const first = candidates[ 0 ];
	return first !== undefined ? first : shifted;
}

/**
 * The next moment after `nowMs` at which anything the view shows changes: a
 * session starts soon, goes live or ends; the highlighted session's "in 3
 * days" text changes; in the month view, midnight in the shown zone (today
 * moves). Null when nothing will change.
 *
 * @param state
 * @param sessions
 * @param nowMs
 * @return {number|null}
 */
export function nextVisibleChange( state: CalendarViewState, sessions: readonly Session[], nowMs: number ): number | null {
	const times: number[] = [];
	const stateChange = nextStateChange( sessions, nowMs );
	if ( stateChange !== null ) {
		times.push( stateChange );
	}
	const split = splitSessions( sessions, nowMs );
	if ( !split.live.length && split.next ) {
		const relative = nextRelativeChange( split.next.start, nowMs );
		if ( relative !== null ) {
			times.push( relative );
		}
	}
	if ( state.mode === 'month' ) {
		times.push( nextMidnight( nowMs, state.zone ) );
	}
	return times.length ? Math.min( ...times ) : null;
}

/**
 * How long to wait for `at`: never negative, never longer than
 * `setTimeout` can wait (a longer wait fires at once in browsers). After a
 * clamped wait the view simply asks again.
 *
 * @param at
 * @param nowMs
 * @return {number}
 */
export function timerDelay( at: number, nowMs: number ): number {
	return Math.min( Math.max( at - nowMs, 0 ), MAX_TIMER_MS );
}

/**
 * Every session's state at `nowMs`, by id: what the next tick compares with.
 *
 * @param sessions
 * @param nowMs
 * @return {Map<string, SessionState>}
 */
export function sessionStates( sessions: readonly Session[], nowMs: number ): Map<string, SessionState> {
	const states = new Map<string, SessionState>();
	for ( const session of sessions ) {
		states.set( session.id, sessionState( session, nowMs ) );
	}
	return states;
}

/** A session that went live or began "starting now" since the last look. */
export interface StateNews {
	readonly session: Session;
	readonly state: 'live' | 'starting-soon';
}

/**
 * The sessions to announce: those whose state at `nowMs` is live or
 * starting soon and differs from `before` (sessions `before` does not know
 * are not news).
 *
 * @param before From {@link sessionStates} at the previous render.
 * @param sessions
 * @param nowMs
 * @return {StateNews[]}
 */
export function stateNews( before: ReadonlyMap<string, SessionState>, sessions: readonly Session[], nowMs: number ): StateNews[] {
	const news: StateNews[] = [];
	for ( const session of sessions ) {
		const state = sessionState( session, nowMs );
		const previous = before.get( session.id );
		if ( previous !== undefined && previous !== state && ( state === 'live' || state === 'starting-soon' ) ) {
			news.push( { session, state } );
		}
	}
	return news;
}
