/**
 * Calendar dates: civil dates in the Gregorian calendar, with months
 * numbered 1–12 (as in ISO 8601, not 0–11 as in `Date`), their arithmetic,
 * and sessions by the date they fall on in the reader's zone. What the
 * live view's state needs of dates; the month grid (month-grid.ts, loaded
 * on first use with the month view) builds on it.
 */
import { Session } from '../data/types';
import { wallClock, ZoneChoice } from '../time/zones';

/** A civil date. `month` is 1–12. */
export interface CalendarDate {
	readonly year: number;
	readonly month: number;
	readonly day: number;
}

const DAY_MS = 86400000;

/**
 * Days since 1970-01-01 of a civil date (valid for any year, also < 100).
 *
 * @param date
 * @return {number}
 */
export function toDayNumber( date: CalendarDate ): number {
	const d = new Date( 0 );
	d.setUTCFullYear( date.year, date.month - 1, date.day );
	d.setUTCHours( 0, 0, 0, 0 );
	return Math.round( d.getTime() / DAY_MS );
}

function fromDayNumber( n: number ): CalendarDate {
	const d = new Date( n * DAY_MS );
	return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * `YYYY-MM-DD`, the key of a date in session maps and in `data-date`.
 *
 * @param date
 * @return {string}
 */
export function dateKey( date: CalendarDate ): string {
	const pad = ( n: number, w: number ): string => {
		let s = String( Math.abs( n ) );
		while ( s.length < w ) {
			s = '0' + s;
		}
		return ( n < 0 ? '-' : '' ) + s;
	};
	return pad( date.year, 4 ) + '-' + pad( date.month, 2 ) + '-' + pad( date.day, 2 );
}

/**
 * The date a `YYYY-MM-DD` key stands for, or null if it is not a real date.
 *
 * @param key
 * @return {CalendarDate|null}
 */
export function parseDateKey( key: string ): CalendarDate | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec( String( key ) );
	if ( !m ) {
		return null;
	}
	const date = { year: Number( m[ 1 ] ), month: Number( m[ 2 ] ), day: Number( m[ 3 ] ) };
	return date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= daysInMonth( date.year, date.month ) ? date : null;
}

/**
 * Number of days in a month.
 *
 * @param year
 * @param month 1–12.
 * @return {number}
 */
export function daysInMonth( year: number, month: number ): number {
	return toDayNumber( month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 } ) -
		toDayNumber( { year, month, day: 1 } );
}

/**
 * The date `days` days later (earlier if negative).
 *
 * @param date
 * @param days
 * @return {CalendarDate}
 */
export function addDays( date: CalendarDate, days: number ): CalendarDate {
	return fromDayNumber( toDayNumber( date ) + days );
}

/**
 * Negative, zero or positive as `a` is before, on or after `b`.
 *
 * @param a
 * @param b
 * @return {number}
 */
export function compareDates( a: CalendarDate, b: CalendarDate ): number {
	return a.year - b.year || a.month - b.month || a.day - b.day;
}

/**
 * The civil date of instant `ms` in `zone`.
 *
 * @param ms
 * @param zone
 * @return {CalendarDate}
 */
export function dateInZone( ms: number, zone: ZoneChoice ): CalendarDate {
	const w = wallClock( ms, zone );
	return { year: w.year, month: w.month, day: w.day };
}

/** A session can be listed on at most this many dates (guards against bad data). */
const MAX_DAYS_PER_SESSION = 31;

/**
 * Sessions by the dates (`YYYY-MM-DD` in `zone`) they take place on; a
 * session that spans midnight is listed on both dates (its end is
 * exclusive: a session ending at 00:00 is not listed on the next date).
 * Each date's sessions are sorted by start. All statuses are kept.
 *
 * @param sessions
 * @param zone
 * @return {Map<string, Session[]>}
 */
export function groupSessionsByDay( sessions: readonly Session[], zone: ZoneChoice ): Map<string, Session[]> {
	const byDay = new Map<string, Session[]>();
	for ( const session of sessions ) {
		const first = dateInZone( session.start, zone );
		const last = session.end > session.start ? dateInZone( session.end - 1, zone ) : first;
		const span = Math.min( toDayNumber( last ) - toDayNumber( first ), MAX_DAYS_PER_SESSION - 1 );
		for ( let i = 0; i <= span; i++ ) {
			const key = dateKey( addDays( first, i ) );
			const list = byDay.get( key );
			if ( list ) {
				list.push( session );
			} else {
				byDay.set( key, [ session ] );
			}
		}
	}
	byDay.forEach( ( list ) => list.sort( ( a, b ) => a.start - b.start || a.end - b.end ) );
	return byDay;
}

/** One cell of the month grid. */
export interface CalendarDay {
	readonly date: CalendarDate;
	/** `YYYY-MM-DD`. */
	readonly key: string;
	/** False for the days of the previous and next month that fill the first and last week. */
	readonly inMonth: boolean;
	/** Whether this is today's date in the reader's zone. */
	readonly isToday: boolean;
	/** 0 = Sunday … 6 = Saturday. */
	readonly dayOfWeek: number;
	readonly sessions: readonly Session[];
}
