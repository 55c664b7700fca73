/**
 * Dates and times as the wiki writes them: MediaWiki's own formats for the
 * language (from the language's pack: `build/language-packs.ts` takes them
 * from `mediawiki-date-formats.json`, generated from the installed
 * MediaWiki's `Messages*.php` by `build/mediawiki-date-formats.ts`) and the
 * reader's date preference (`default`, `dmy`, `mdy`, `ymd`, `ISO 8601`),
 * with month and weekday names from `Intl` in the reader's language.
 *
 * English on Meta-Wiki: "16:00", "10 December 2026" (24-hour clock, day
 * before month); `mdy`: "December 10, 2026"; `ISO 8601`: "2026-12-10",
 * "16:00:00".
 *
 * Pure: `Intl` only, no `mw`, and no table: the formats arrive in a
 * DateStyle (RenderContext.dates), so only the reader's language's travel.
 */
import { civilNoon, formatter } from './intl-formatters';

/** A wall-clock time: what a clock and a calendar in some zone show. */
export interface WallTime {
	readonly year: number;
	/** 1–12. */
	readonly month: number;
	readonly day: number;
	readonly hour: number;
	readonly minute: number;
	readonly second?: number;
}

/** One language's formats: `default` names the preference used when the user chose none; preference → [ time, date ]. */
export type FormatSet = Readonly<Record<string, string | readonly string[]>>;

/** What MediaWiki says about writing dates in one language. */
export interface LanguageDateFacts {
	/** Its formats; absent: English's (ENGLISH_FORMATS). */
	readonly formats?: FormatSet;
	/** Its ten digits (`$digitTransformTable`); absent: ASCII. */
	readonly digits?: string;
}

/** How dates are written for one reader: the language, its formats and digits, the reader's preference. */
export interface DateStyle extends LanguageDateFacts {
	/** MediaWiki language code (for `Intl`'s names). */
	readonly lang: string;
	/** The user option `date`; empty, unknown or `default` means the language's default. */
	readonly preference?: string | null;
}

/** MediaWiki's English formats (the table's first set; `test/time/date-formats.test.ts` checks it). */
export const ENGLISH_FORMATS: FormatSet = {
	default: 'dmy', dmy: [ 'H:i', 'j F Y' ], mdy: [ 'H:i', 'F j, Y' ], ymd: [ 'H:i', 'Y F j' ], 'ISO 8601': [ 'xnH:xni:xns', 'xnY-xnm-xnd' ]
};

/**
 * The pattern MediaWiki uses for `kind` with the style's date preference:
 * the preference's own format when the language has one, else the
 * language's default (as `Language::getDateFormatString` does).
 *
 * @param style
 * @param kind
 * @return {string} PHP `date()` letters, as MediaWiki's `sprintfDate` reads them.
 */
export function datePattern( style: DateStyle, kind: 'date' | 'time' ): string {
	const set = style.formats || ENGLISH_FORMATS;
	const preference = style.preference;
	const own = preference && preference !== 'default' ? set[ preference ] : undefined;
	const pair = Array.isArray( own ) ? own : set[ String( set.default ) ];
	const english = ENGLISH_FORMATS.dmy as readonly string[];
	const chosen = Array.isArray( pair ) ? pair : english;
	return String( chosen[ kind === 'time' ? 0 : 1 ] );
}

/** The reader's language's digits (MediaWiki's `$digitTransformTable`), or ASCII. */
function digits( style: DateStyle, n: number, width: number, raw: boolean ): string {
	let text = String( n );
	while ( text.length < width ) {
		text = '0' + text;
	}
	const own = raw ? undefined : style.digits;
	return own ? text.replace( /[0-9]/g, ( d ) => own.charAt( Number( d ) ) ) : text;
}

/**
 * A name alone, as `Intl` writes it standing alone ("December", "12月", "12월").
 *
 * @param lang
 * @param options One field, e.g. `{ month: 'long' }`.
 * @param key Names `options` in the formatter cache.
 * @param ms
 */
function nameOf( lang: string, options: Intl.DateTimeFormatOptions, key: string, ms: number ): string {
	return formatter( lang, 'UTC', options, key ).format( ms );
}

/**
 * A month's name as it stands after a day number ("10 בדצמבר", "10 декабря"):
 * `Intl`'s month in a day-and-month date, with a prefix written onto it
 * (Hebrew's ב).
 *
 * @param lang
 * @param month 1–12.
 */
function genitiveMonth( lang: string, month: number ): string {
	const dtf = formatter( lang, 'UTC', { day: 'numeric', month: 'long' }, 'day-month' );
	const ms = civilNoon( 2026, month, 15 );
	if ( typeof dtf.formatToParts !== 'function' ) {
		return nameOf( lang, { month: 'long' }, 'month-long', ms );
	}
	const parts = dtf.formatToParts( ms );
	const i = parts.findIndex( ( p ) => p.type === 'month' );
	const name = i >= 0 ? parts[ i ]!.value : dtf.format( ms );
	const before = i > 0 && parts[ i - 1 ]!.type === 'literal' ? parts[ i - 1 ]!.value : '';
	const prefix = /\S+$/.exec( before );
	return prefix && /\s/.test( before ) && !/[.,:;]/.test( prefix[ 0 ] ) ? prefix[ 0 ] + name : name;
}

function weekdayOf( t: WallTime ): number {
	return new Date( civilNoon( t.year, t.month, t.day ) ).getUTCDay();
}

/**
 * The text of one letter of a pattern (`x` codes with their letter), or
 * null for codes this reader does not know (other calendars, `U`).
 *
 * @param code
 * @param t
 * @param style
 * @param raw `xn`: ASCII digits.
 */
function field( code: string, t: WallTime, style: DateStyle, raw: boolean ): string | null {
	const lang = style.lang;
	const noon = civilNoon( t.year, t.month, t.day );
	const hour12 = t.hour % 12 || 12;
	switch ( code ) {
		case 'd': return digits( style, t.day, 2, raw );
		case 'j': return digits( style, t.day, 1, raw );
		case 'D': return nameOf( lang, { weekday: 'short' }, 'weekday-short', noon );
		case 'l': return nameOf( lang, { weekday: 'long' }, 'weekday-long', noon );
		case 'N': return digits( style, weekdayOf( t ) || 7, 1, raw );
		case 'w': return digits( style, weekdayOf( t ), 1, raw );
		case 'F': return nameOf( lang, { month: 'long' }, 'month-long', noon );
		case 'xg': return genitiveMonth( lang, t.month );
		case 'M': return nameOf( lang, { month: 'short' }, 'month-short', noon );
		case 'm': return digits( style, t.month, 2, raw );
		case 'n': return digits( style, t.month, 1, raw );
		case 'Y': return digits( style, t.year, 4, raw );
		case 'xkY': return digits( style, t.year + 543, 4, raw );
		case 'y': return digits( style, t.year % 100, 2, raw );
		case 'a': return t.hour < 12 ? 'am' : 'pm';
		case 'A': return t.hour < 12 ? 'AM' : 'PM';
		case 'g': return digits( style, hour12, 1, raw );
		case 'h': return digits( style, hour12, 2, raw );
		case 'G': return digits( style, t.hour, 1, raw );
		case 'H': return digits( style, t.hour, 2, raw );
		case 'i': return digits( style, t.minute, 2, raw );
		case 's': return digits( style, t.second || 0, 2, raw );
		default: return null;
	}
}

const NAMES = [ 'D', 'l', 'F', 'xg', 'M' ];
const PUNCTUATION = /^[^\s!-/:-@[-`{-~]+$/;

/**
 * `pattern` filled in for `t`, as MediaWiki's `sprintfDate` would (letters
 * above; `"…"` and `\x` literal; `xn` ASCII digits for the next number, `xN`
 * for the rest), or null if it uses a code this reader does not know.
 *
 * A name that already ends with the text after it keeps it once (Korean
 * "M월" with `Intl`'s "12월").
 *
 * @param pattern
 * @param t
 * @param style The language (names, digits).
 * @return {string|null}
 */
export function formatWithPattern( pattern: string, t: WallTime, style: DateStyle ): string | null {
	let out = '';
	let rawNext = false;
	let rawAll = false;
	let i = 0;
	while ( i < pattern.length ) {
		const c = pattern.charAt( i );
		if ( c === '\\' && i + 1 < pattern.length ) {
			out += pattern.charAt( i + 1 );
			i += 2;
			continue;
		}
		if ( c === '"' ) {
			const end = pattern.indexOf( '"', i + 1 );
			out += end < 0 ? '"' : pattern.slice( i + 1, end );
			i = end < 0 ? i + 1 : end + 1;
			continue;
		}
		let code = c;
		if ( c === 'x' ) {
			const next = pattern.charAt( i + 1 );
			if ( next === 'n' || next === 'N' ) {
				rawNext = next === 'n' ? true : rawNext;
				rawAll = next === 'N' ? !rawAll : rawAll;
				i += 2;
				continue;
			}
			code = next === 'k' ? 'x' + next + pattern.charAt( i + 2 ) : 'x' + next;
		}
		if ( !/[a-zA-Z]/.test( c ) ) {
			out += c;
			i++;
			continue;
		}
		const text = field( code, t, style, rawNext || rawAll );
		if ( text === null ) {
			return null;
		}
		rawNext = false;
		i += code.length;
		out += text;
		if ( NAMES.includes( code ) ) {
			for ( let k = Math.min( text.length, pattern.length - i ); k > 0; k-- ) {
				const after = pattern.slice( i, i + k );
				if ( PUNCTUATION.test( after ) && text.slice( -k ) === after ) {
					i += k;
					break;
				}
			}
		}
	}
	return out;
}

function formatKind( t: WallTime, style: DateStyle, kind: 'date' | 'time' ): string {
	return formatWithPattern( datePattern( style, kind ), t, style ) ||
		formatWithPattern( datePattern( { ...style, preference: 'default' }, kind ), t, style ) ||
		formatWithPattern( datePattern( { lang: 'en' }, kind ), t, { lang: 'en' } ) || '';
}

/**
 * A time of day as the wiki writes it: "16:00" (English and German),
 * "16:00:00" (ISO 8601).
 *
 * @param t
 * @param style The language, its formats, the user option `date`.
 * @return {string}
 */
export function formatWikiTime( t: WallTime, style: DateStyle ): string {
	return formatKind( t, style, 'time' );
}

/**
 * A date as the wiki writes it, with its weekday where the language's
 * `Intl` date puts it unless the format has one already: "Thursday,
 * 10 December 2026", "Donnerstag, 10. Dezember 2026", "יום חמישי, 10
 * בדצמבר 2026", "Thursday, 2026-12-10" (ISO 8601).
 *
 * @param t
 * @param style The language, its formats, the user option `date`.
 * @param withWeekday
 * @return {string}
 */
export function formatWikiDate( t: WallTime, style: DateStyle, withWeekday = true ): string {
	const lang = style.lang;
	const date = formatKind( t, style, 'date' );
	if ( !withWeekday || /[lD]/.test( datePattern( style, 'date' ).replace( /"[^"]*"|\\./g, '' ) ) ) {
		return date;
	}
	const weekday = field( 'l', t, style, false ) || '';
	const dtf = formatter( lang, 'UTC', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }, 'weekday-date' );
	const parts = typeof dtf.formatToParts === 'function' ? dtf.formatToParts( civilNoon( t.year, t.month, t.day ) ) : [];
	const at = parts.findIndex( ( p ) => p.type === 'weekday' );
	if ( at > 0 && at === parts.length - 1 ) {
		// After the date ("2026. december 10., csütörtök"): the separator
		// without the date's own full stop, and only if it is punctuation
		// (Japanese glues 日 to the weekday).
		const literal = parts[ at - 1 ]!.type === 'literal' ? parts[ at - 1 ]!.value : ' ';
		const separator = literal.replace( /^\./, '' );
		return date + ( /^[\s,.;:،]+$/.test( separator ) ? separator : ' ' ) + weekday;
	}
	const after = parts[ at + 1 ];
	return weekday + ( at === 0 && after && after.type === 'literal' ? after.value : ', ' ) + date;
}
