/**
 * How far away a start is, in words ("in 3 days", "in 12 minutes"), and the
 * next moment that text changes, so a page can re-render then instead of
 * polling.
 *
 * Pure: `Intl` only; the clock is a parameter.
 */
import { civilNoon } from './intl-formatters';
import { intlLocales } from './locale';
import { wallClock, ZoneChoice } from './zones';

const relativeFormatters = new Map<string, Intl.RelativeTimeFormat>();

const MINUTE = 60000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function dayNumber( ms: number, zone: ZoneChoice ): number {
	const w = wallClock( ms, zone );
	return Math.round( civilNoon( w.year, w.month, w.day ) / DAY );
}

/**
 * How far away a start is, in words: "now", "in 12 minutes", "in 2 hours",
 * "tomorrow", "in 3 days", "in 3 weeks", "in 2 months", "5 days ago".
 * Under a day away it counts minutes and hours; beyond that it counts
 * calendar days in `zone` when given (so "tomorrow" means the next date),
 * otherwise 24-hour periods. Returns '' where the browser has no
 * `Intl.RelativeTimeFormat`; the absolute date is always shown anyway.
 *
 * @param startMs
 * @param nowMs
 * @param lang MediaWiki language code.
 * @param zone The reader's zone, for counting calendar days.
 * @return {string}
 */
export function relativeStart( startMs: number, nowMs: number, lang: string, zone?: ZoneChoice ): string {
	if ( typeof Intl.RelativeTimeFormat !== 'function' ) {
		return '';
	}
	const key = lang;
	let rtf = relativeFormatters.get( key );
	if ( !rtf ) {
		rtf = new Intl.RelativeTimeFormat( intlLocales( lang ), { numeric: 'auto' } );
		relativeFormatters.set( key, rtf );
	}
	const diff = startMs - nowMs;
	const abs = Math.abs( diff );
	const sign = diff < 0 ? -1 : 1;
	if ( abs < 45 * 1000 ) {
		return rtf.format( 0, 'second' );
	}
	if ( abs < 59.5 * MINUTE ) {
		return rtf.format( sign * Math.max( 1, Math.round( abs / MINUTE ) ), 'minute' );
	}
	if ( abs < DAY ) {
		return rtf.format( sign * Math.max( 1, Math.round( abs / HOUR ) ), 'hour' );
	}
	let days = zone ? dayNumber( startMs, zone ) - dayNumber( nowMs, zone ) : Math.round( diff / DAY );
	if ( days === 0 ) {
		// A 25-hour day at the end of DST.
		days = sign;
	}
	const absDays = Math.abs( days );
	if ( absDays < 14 ) {
		return rtf.format( days, 'day' );
	}
	if ( absDays < 60 ) {
		return rtf.format( Math.round( days / 7 ), 'week' );
	}
	if ( absDays < 548 ) {
		return rtf.format( Math.round( days / 30.4375 ), 'month' );
	}
	return rtf.format( Math.round( days / 365.25 ), 'year' );
}

/**
 * The next moment after `nowMs` at which {@link relativeStart} (without a
 * zone) may print something else for a start at `startMs`: "in 3 days"
 * becomes "in 2 days" half a day before the count drops, "in 2 hours" half an
 * hour before, "in 12 minutes" half a minute before. Null once the start has
 * passed (the page then shows "live now" or nothing). A page re-renders then,
 * instead of polling.
 *
 * @param startMs
 * @param nowMs
 * @return {number|null}
 */
export function nextRelativeChange( startMs: number, nowMs: number ): number | null {
	const diff = startMs - nowMs;
	if ( diff <= 0 ) {
		return null;
	}
	// As time passes the distance shrinks; the text changes when it drops
	// below the next rounding threshold (or into the next unit's range).
	let threshold: number;
	if ( diff < 45 * 1000 ) {
		return startMs;
	} else if ( diff < 59.5 * MINUTE ) {
		threshold = Math.max( ( Math.round( diff / MINUTE ) - 0.5 ) * MINUTE, 45 * 1000 );
	} else if ( diff < DAY ) {
		threshold = Math.max( ( Math.round( diff / HOUR ) - 0.5 ) * HOUR, 59.5 * MINUTE );
	} else {
		threshold = Math.max( ( Math.round( diff / DAY ) - 0.5 ) * DAY, DAY );
	}
	const t = startMs - threshold + 1;
	return t > nowMs ? t : nowMs + 1000;
}
