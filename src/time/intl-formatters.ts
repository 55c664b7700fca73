/**
 * Cached `Intl.DateTimeFormat`s for a MediaWiki language and a zone, in the
 * locale's own patterns where the engine knows `dateStyle`/`timeStyle`, and
 * noon UTC of a civil date (a stable instant to print a date, a weekday or a
 * month name from).
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

/*
 * The locale's own preferred patterns (`dateStyle`/`timeStyle`: "09:00" in
 * British English and German, "9:00 AM" in American English), with the
 * equivalent component options for engines that predate the styles.
 */
const DATE_OPTIONS: Intl.DateTimeFormatOptions = { dateStyle: 'full' };
const TIME_OPTIONS: Intl.DateTimeFormatOptions = { timeStyle: 'short' };
const DATE_TIME_OPTIONS: Intl.DateTimeFormatOptions = { dateStyle: 'full', timeStyle: 'short' };
const DATE_COMPONENTS: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };
const TIME_COMPONENTS: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };
const DATE_TIME_COMPONENTS: Intl.DateTimeFormatOptions = {
	weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit'
};

/**
 * A formatter for one of the three styles, falling back to components where
 * `dateStyle`/`timeStyle` are unknown (the engine ignores them silently; its
 * resolved options then lack them).
 *
 * @param lang
 * @param timeZone
 * @param kind
 * @return {Intl.DateTimeFormat}
 */
export function styledFormatter( lang: string, timeZone: string, kind: 'date' | 'time' | 'datetime' ): Intl.DateTimeFormat {
	const styled = formatter( lang, timeZone,
		kind === 'date' ? DATE_OPTIONS : kind === 'time' ? TIME_OPTIONS : DATE_TIME_OPTIONS, 'style-' + kind );
	const resolved = styled.resolvedOptions() as Intl.ResolvedDateTimeFormatOptions & { dateStyle?: string; timeStyle?: string };
	if ( resolved.dateStyle || resolved.timeStyle ) {
		return styled;
	}
	return formatter( lang, timeZone,
		kind === 'date' ? DATE_COMPONENTS : kind === 'time' ? TIME_COMPONENTS : DATE_TIME_COMPONENTS, 'parts-' + kind );
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
