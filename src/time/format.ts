/**
 * Localised printing of session times: one date-and-time range in the reader's
 * zone, always with the zone named, and "in 3 days"-style distances.
 *
 * Pure: `Intl` only, no `mw`, no DOM. Languages are MediaWiki codes (`de`,
 * `pt-br`, `zh-hans`, `sr-ec`); {@link toBcp47} turns them into BCP 47 tags.
 * Dates are always in the Gregorian calendar (the month view is Gregorian,
 * and MediaWiki's own date formats are too), with the language's own digits.
 */
import { utcOffsetMinutes, wallClock, ZoneChoice, zoneLabel, isValidIanaZone, formatOffset } from './zones';

/** A session's start and end, printed for one reader. */
export interface FormattedRange {
	/** e.g. "Thursday, 10 December 2026" (as the language writes it). */
	readonly startDate: string;
	/** e.g. "17:00" or "5:00 PM". */
	readonly startTime: string;
	readonly endDate: string;
	readonly endTime: string;
	/** Whether start and end fall on different dates in the reader's zone. */
	readonly spansMidnight: boolean;
	/** The zone with its offset at the start, e.g. "Europe/Berlin (UTC+1)". */
	readonly zone: string;
	/**
	 * The zone with its offset at the session's last moment (the end is
	 * exclusive): differs from `zone` only for a session that spans a DST
	 * change. A session that ends the moment the clocks change is shown in
	 * the old offset throughout.
	 */
	readonly zoneAtEnd: string;
	/**
	 * One readable line with the zone: "Thursday, 10 December 2026,
	 * 17:00–18:30 Europe/Berlin (UTC+1)"; both dates when the session spans
	 * midnight; both offsets when it spans a DST change. For right-to-left
	 * languages the zone is wrapped in Unicode isolates (U+2068 … U+2069)
	 * so its parentheses stay put.
	 */
	readonly text: string;
	/** The start for `<time datetime>`, in UTC: "2026-12-10T16:00:00Z". */
	readonly startIso: string;
	/** The end for `<time datetime>`, in UTC. */
	readonly endIso: string;
}

/** MediaWiki codes that are not BCP 47 tags (or not the ones `Intl` knows). */
const MEDIAWIKI_TO_BCP47: Readonly<Record<string, string>> = {
	simple: 'en',
	als: 'gsw',
	'bat-smg': 'sgs',
	'be-x-old': 'be-tarask',
	'cbk-zam': 'cbk',
	'fiu-vro': 'vro',
	nrm: 'nrf',
	no: 'nb',
	'roa-rup': 'rup',
	'roa-tara': 'it',
	'sr-ec': 'sr-Cyrl',
	'sr-el': 'sr-Latn',
	'zh-classical': 'lzh',
	'zh-min-nan': 'nan',
	'zh-yue': 'yue',
	'en-simple': 'en'
};

/** Languages written right to left (MediaWiki codes, without script subtags). */
const RTL_LANGUAGES = [
	'aeb', 'ar', 'arc', 'arq', 'ary', 'arz', 'azb', 'bcc', 'bgn', 'bqi', 'ckb', 'dv', 'fa', 'glk',
	'he', 'hno', 'khw', 'kk-arab', 'ks', 'ks-arab', 'ku-arab', 'lki', 'lrc', 'luz', 'mzn', 'nqo',
	'pnb', 'ps', 'sd', 'sdh', 'skr', 'skr-arab', 'ug', 'ug-arab', 'ur', 'yi'
] as const;

const formatters = new Map<string, Intl.DateTimeFormat>();
const relativeFormatters = new Map<string, Intl.RelativeTimeFormat>();
const tagCache = new Map<string, string>();

/**
 * The BCP 47 tag for a MediaWiki language code: `pt-br` → `pt-BR`,
 * `zh-hans` → `zh-Hans`, `sr-ec` → `sr-Cyrl`, `de-formal` → `de`,
 * `simple` → `en`. Codes `Intl` rejects give `en`.
 *
 * @param lang MediaWiki language code.
 * @return {string}
 */
export function toBcp47( lang: string ): string {
	const cached = tagCache.get( lang );
	if ( cached !== undefined ) {
		return cached;
	}
	let code = String( lang || '' ).trim().toLowerCase().replace( /_/g, '-' );
	code = MEDIAWIKI_TO_BCP47[ code ] || code.replace( /-(in)?formal$/, '' );
	const tag = code.split( '-' ).map( ( sub, i ) => {
		if ( i === 0 ) {
			return sub;
		}
		if ( /^[a-z]{2}$/.test( sub ) ) {
			return sub.toUpperCase();
		}
		if ( /^[a-z]{4}$/.test( sub ) ) {
			return sub.charAt( 0 ).toUpperCase() + sub.slice( 1 );
		}
		return sub;
	} ).join( '-' );
	let result = 'en';
	if ( tag ) {
		try {
			result = Intl.getCanonicalLocales( tag )[ 0 ] || 'en';
		} catch ( e ) {
			result = 'en';
		}
	}
	tagCache.set( lang, result );
	return result;
}

/**
 * Whether a MediaWiki language is written right to left.
 *
 * @param lang MediaWiki language code.
 * @return {boolean}
 */
export function isRtlLanguage( lang: string ): boolean {
	const code = String( lang || '' ).toLowerCase();
	if ( /-(arab|hebr|thaa|nkoo|syrc|adlm|rohg)(-|$)/.test( code ) ) {
		return true;
	}
	if ( /-[a-z]{4}(-|$)/.test( code ) ) {
		// Another script subtag (Latn, Cyrl…): left to right.
		return false;
	}
	const list: readonly string[] = RTL_LANGUAGES;
	return list.includes( code ) || list.includes( code.split( '-' )[ 0 ] );
}

/**
 * The locale list to hand `Intl` for a MediaWiki language: the language in the
 * Gregorian calendar, then English, so an unsupported language falls back to
 * English rather than to the browser's own language.
 *
 * @param lang
 * @return {string[]}
 */
export function intlLocales( lang: string ): string[] {
	const tag = toBcp47( lang );
	const withCalendar = ( t: string ): string => !t.includes( '-u-' ) ? t + '-u-ca-gregory' : t;
	return tag === 'en' ? [ withCalendar( 'en' ) ] : [ withCalendar( tag ), withCalendar( 'en' ) ];
}

function formatter( lang: string, timeZone: string, options: Intl.DateTimeFormatOptions, key: string ): Intl.DateTimeFormat {
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
function styledFormatter( lang: string, timeZone: string, kind: 'date' | 'time' | 'datetime' ): Intl.DateTimeFormat {
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
 * How `Intl` is asked to print times in `zone`: an IANA zone directly; a
 * fixed offset (which older browsers cannot take as a zone) by shifting the
 * instant and printing it in UTC.
 *
 * @param zone
 * @return {{ timeZone: string, shiftMs: number }}
 */
function intlZone( zone: ZoneChoice ): { timeZone: string; shiftMs: number } {
	if ( zone.kind === 'offset' ) {
		return { timeZone: 'UTC', shiftMs: zone.minutes * 60000 };
	}
	return { timeZone: isValidIanaZone( zone.zone ) ? zone.zone : 'UTC', shiftMs: 0 };
}

function isoUtc( ms: number ): string {
	return new Date( Math.floor( ms / 1000 ) * 1000 ).toISOString().replace( '.000Z', 'Z' );
}

type RangeFormatter = Intl.DateTimeFormat & { formatRange?: ( a: number, b: number ) => string };

/**
 * A session's start and end in the reader's zone and language.
 *
 * @param startMs Start, milliseconds since the epoch.
 * @param endMs End, milliseconds since the epoch.
 * @param zone The reader's zone.
 * @param lang MediaWiki language code.
 * @return {FormattedRange}
 */
export function formatSessionRange( startMs: number, endMs: number, zone: ZoneChoice, lang: string ): FormattedRange {
	// The end is exclusive: the session's last moment is just before it.
	const lastMs = endMs > startMs ? endMs - 1 : endMs;
	let printZone = zone;
	if ( zone.kind === 'iana' ) {
		const lastOffset = utcOffsetMinutes( lastMs, zone );
		if ( lastOffset === utcOffsetMinutes( startMs, zone ) && lastOffset !== utcOffsetMinutes( endMs, zone ) ) {
			// It ends the moment the clocks change, so all of it is in the old
			// offset: 01:00–02:00 UTC+1, not 01:00–03:00 (UTC+1 → UTC+2).
			printZone = { kind: 'offset', minutes: lastOffset };
		}
	}
	const { timeZone, shiftMs } = intlZone( printZone );
	const s = startMs + shiftMs;
	const e = endMs + shiftMs;
	const dateFmt = styledFormatter( lang, timeZone, 'date' );
	const timeFmt = styledFormatter( lang, timeZone, 'time' );
	const startDate = dateFmt.format( s );
	const startTime = timeFmt.format( s );
	const endDate = dateFmt.format( e );
	const endTime = timeFmt.format( e );
	const a = wallClock( startMs, printZone );
	const b = wallClock( endMs, printZone );
	const spansMidnight = a.year !== b.year || a.month !== b.month || a.day !== b.day;

	const zoneStart = zoneLabel( startMs, zone, lang );
	const zoneEnd = zoneLabel( lastMs, zone, lang );
	let zoneText = zoneStart;
	if ( zoneEnd !== zoneStart ) {
		const offsets = formatOffset( utcOffsetMinutes( startMs, zone ) ) + ' \u2192 ' +
			formatOffset( utcOffsetMinutes( lastMs, zone ) );
		zoneText = zone.kind === 'iana' && zoneStart.includes( ' (' ) ?
			zoneStart.slice( 0, zoneStart.indexOf( ' (' ) ) + ' (' + offsets + ')' :
			offsets;
	}
	if ( isRtlLanguage( lang ) ) {
		zoneText = '\u2068' + zoneText + '\u2069';
	}

	let range: string;
	const rangeFmt = styledFormatter( lang, timeZone, 'datetime' ) as RangeFormatter;
	if ( typeof rangeFmt.formatRange === 'function' && e >= s ) {
		range = rangeFmt.formatRange( s, e );
	} else if ( spansMidnight ) {
		range = startDate + ', ' + startTime + ' \u2013 ' + endDate + ', ' + endTime;
	} else {
		range = startDate + ', ' + startTime + '\u2013' + endTime;
	}

	return {
		startDate: startDate,
		startTime: startTime,
		endDate: endDate,
		endTime: endTime,
		spansMidnight: spansMidnight,
		zone: zoneStart,
		zoneAtEnd: zoneEnd,
		text: range + ' ' + zoneText,
		startIso: isoUtc( startMs ),
		endIso: isoUtc( endMs )
	};
}

/**
 * A calendar date written out, e.g. "10 December 2026" / "10. Dezember 2026",
 * for labels in the month view. `month` is 1–12.
 *
 * @param year
 * @param month 1–12.
 * @param day
 * @param lang MediaWiki language code.
 * @param withWeekday Add the weekday ("Thursday, 10 December 2026").
 * @return {string}
 */
export function formatCalendarDate( year: number, month: number, day: number, lang: string, withWeekday = false ): string {
	const fmt = withWeekday ?
		styledFormatter( lang, 'UTC', 'date' ) :
		formatter( lang, 'UTC', { day: 'numeric', month: 'long', year: 'numeric' }, 'daylong' );
	return fmt.format( civilNoon( year, month, day ) );
}

/**
 * A month and year written out, e.g. "December 2026", "Dezember 2026".
 *
 * @param year
 * @param month 1–12.
 * @param lang MediaWiki language code.
 * @return {string}
 */
export function formatMonthYear( year: number, month: number, lang: string ): string {
	return formatter( lang, 'UTC', { month: 'long', year: 'numeric' }, 'monthyear' ).format( civilNoon( year, month, 15 ) );
}

/**
 * A day-of-month number in the language's digits ("10", "۱۰").
 *
 * @param day
 * @param lang
 * @return {string}
 */
export function formatDayNumber( day: number, lang: string ): string {
	return formatter( lang, 'UTC', { day: 'numeric' }, 'daynum' ).format( civilNoon( 2026, 1, day ) );
}

/**
 * Names of the weekdays, index 0 = Sunday … 6 = Saturday.
 *
 * @param lang MediaWiki language code.
 * @param width `long` ("Thursday"), `short` ("Thu") or `narrow` ("T").
 * @return {string[]}
 */
export function weekdayNames( lang: string, width: 'long' | 'short' | 'narrow' ): string[] {
	const fmt = formatter( lang, 'UTC', { weekday: width }, 'weekday-' + width );
	const names: string[] = [];
	// 4 January 2026 was a Sunday.
	for ( let i = 0; i < 7; i++ ) {
		names.push( fmt.format( civilNoon( 2026, 1, 4 + i ) ) );
	}
	return names;
}

function civilNoon( year: number, month: number, day: number ): number {
	const d = new Date( 0 );
	d.setUTCFullYear( year, month - 1, day );
	d.setUTCHours( 12, 0, 0, 0 );
	return d.getTime();
}

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
