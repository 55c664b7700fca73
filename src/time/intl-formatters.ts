/**
 * Cached `Intl.DateTimeFormat`s for a MediaWiki language and a zone (names
 * of months and weekdays, zone names, relative times), and noon UTC of a
 * civil date (a stable instant to print a date, a weekday or a month name
 * from). How dates and times are laid out is MediaWiki's (date-formats.ts).
 *
 * Pure: `Intl` only.
 */
import { intlLocales } from './locale';

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A formatter for `lang` in `timeZone` with `options`, built once per `key`.
 *
 * @param lang MediaWiki language code.
 * @param timeZone An IANA zone `Intl` accepts.
 * @param options
 * @param key Names `options` in the cache.
 * @return {Intl.DateTimeFormat}
 */
export function formatter( lang: string, timeZone: string, options: Intl.DateTimeFormatOptions, key: string ): Intl.DateTimeFormat {
	const cacheKey = lang + '|' + timeZone + '|' + key;
	let dtf = formatters.get( cacheKey );
	if ( !dtf ) {
		const all: Intl.DateTimeFormatOptions = { timeZone: timeZone };
		Object.keys( options ).forEach( ( k ) => {
			( all as Record<string, unknown> )[ k ] = ( options as Record<string, unknown> )[ k ];
		} );
		dtf = new Intl.DateTimeFormat( intlLocales( lang ), all );
		formatters.set( cacheKey, dtf );
	}
	return dtf;
}

/**
 * Noon UTC of a civil date (`month` 1–12): an instant that falls on that date
 * when printed in UTC.
 *
 * @param year
 * @param month
 * @param day
 * @return {number}
 */
export function civilNoon( year: number, month: number, day: number ): number {
	const d = new Date( 0 );
	d.setUTCFullYear( year, month - 1, day );
	d.setUTCHours( 12, 0, 0, 0 );
	return d.getTime();
}
