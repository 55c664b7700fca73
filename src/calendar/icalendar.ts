/**
 * iCalendar (RFC 5545) files for "add to calendar": one session, or all
 * upcoming ones.
 *
 * The output follows the RFC to the letter: CRLF line ends; content lines
 * folded so that no physical line exceeds 75 octets of UTF-8, never inside a
 * character; TEXT values escaped (`\\`, `\;`, `\,`, `\n`) and cleared of
 * control characters; all times in UTC (`…Z`), so no VTIMEZONE is needed and
 * every calendar program shows them in its own zone. A session keeps its UID
 * for life; SEQUENCE (bumped in the data when a session moves) tells
 * calendar programs that a re-imported event replaces the old one.
 *
 * Pure: builds a string; serving it (a Blob of type `text/calendar`) is the
 * caller's business (downloads.ts).
 */
import { SessionStatus } from '../data/types';

/** One event, with texts already in the reader's language. */
export interface IcsEvent {
	/** Globally unique and stable: see {@link icsUid}. */
	readonly uid: string;
	/** iCalendar SEQUENCE: a non-negative integer, bumped on every move. */
	readonly sequence: number;
	readonly startMs: number;
	readonly endMs: number;
	readonly summary: string;
	readonly description?: string;
	/** An absolute http(s) URL, e.g. the session's page; others are left out. */
	readonly url?: string;
	/** Where to go: the room or stream link, as text. */
	readonly location?: string;
	/**
	 * `scheduled` → STATUS:CONFIRMED; `cancelled` and `postponed` →
	 * STATUS:CANCELLED (a postponed session will not take place in this slot;
	 * when it gets a new one, the same UID with a higher SEQUENCE brings it
	 * back). Absent: no STATUS.
	 */
	readonly status?: SessionStatus;
}

export interface ICalendarOptions {
	/** PRODID, e.g. `-//Wikimedia Foundation//CRS team gadgets//EN`. */
	readonly prodId: string;
	/** Shown by calendar programs as the calendar's name (NAME, X-WR-CALNAME). */
	readonly calendarName?: string;
	/** Now, for DTSTAMP. */
	readonly nowMs: number;
}

const MAX_OCTETS = 75;
const CRLF = '\r\n';

/**
 * A UID stable across downloads and edits: `<session id>@<domain>`, where
 * the domain is a fixed string of the caller's (e.g. the data page's wiki
 * and title, `meta.wikimedia.org`), so that two pages' sessions never clash.
 * Characters outside `[A-Za-z0-9._~-]` in the id are percent-encoded.
 *
 * @param sessionId
 * @param domain
 * @return {string}
 */
export function icsUid( sessionId: string, domain: string ): string {
	const safe = ( s: string ): string => encodeURIComponent( wellFormed( s ) ).replace( /[!'()*]/g, ( c ) => '%' + c.charCodeAt( 0 ).toString( 16 ).toUpperCase() );
	return safe( sessionId ) + '@' + safe( domain ).replace( /%2F/g, '/' );
}

/**
 * `s` with lone surrogates (which have no UTF-8 form) replaced by U+FFFD.
 *
 * @param s
 * @return {string}
 */
function wellFormed( s: string ): string {
	let out = '';
	for ( let i = 0; i < s.length; i++ ) {
		const c = s.charCodeAt( i );
		if ( c >= 0xD800 && c <= 0xDBFF ) {
			const d = i + 1 < s.length ? s.charCodeAt( i + 1 ) : 0;
			if ( d >= 0xDC00 && d <= 0xDFFF ) {
				out += s.charAt( i ) + s.charAt( i + 1 );
				i++;
			} else {
				out += '\uFFFD';
			}
		} else if ( c >= 0xDC00 && c <= 0xDFFF ) {
			out += '\uFFFD';
		} else {
			out += s.charAt( i );
		}
	}
	return out;
}

/**
 * A TEXT value escaped as RFC 5545 §3.3.11 says: backslash, semicolon and
 * comma get a backslash; every kind of line break becomes `\n`; other
 * control characters (not allowed in TEXT) are dropped, tabs kept.
 *
 * @param text
 * @return {string}
 */
export function escapeText( text: string ): string {
	return wellFormed( String( text ) )
		.replace( /\r\n|\r|\n|\u2028|\u2029/g, '\n' )
		// eslint-disable-next-line no-control-regex
		.replace( /[\u0000-\u0008\u000B-\u001F\u007F]/g, '' )
		.replace( /[\\;,\n]/g, ( c ) => c === '\n' ? '\\n' : '\\' + c );
}

function utf8Length( codePoint: number ): number {
	return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * One content line folded (RFC 5545 §3.1): physical lines of at most 75
 * octets, continuation lines starting with a space (which counts), breaks
 * only between characters. Returns the physical lines joined with CRLF,
 * without a final CRLF.
 *
 * @param line An unfolded content line, well-formed UTF-16.
 * @return {string}
 */
export function foldLine( line: string ): string {
	const lines: string[] = [];
	let current = '';
	let octets = 0;
	for ( let i = 0; i < line.length; ) {
		const cp = line.codePointAt( i ) as number;
		const ch = cp > 0xFFFF ? line.slice( i, i + 2 ) : line.charAt( i );
		i += ch.length;
		const n = utf8Length( cp );
		if ( octets + n > MAX_OCTETS ) {
			lines.push( current );
			current = ' ';
			octets = 1;
		}
		current += ch;
		octets += n;
	}
	lines.push( current );
	return lines.join( CRLF );
}

/**
 * Whether `ms` falls in a year from 1000 to 9999: the years of the data
 * format (see `data/dates.ts`) that fit iCalendar's four digits.
 *
 * @param ms
 */
function hasIcsYear( ms: number ): boolean {
	const year = isFinite( ms ) ? new Date( ms ).getUTCFullYear() : NaN;
	return year >= 1000 && year <= 9999;
}

/**
 * An instant as an iCalendar UTC DATE-TIME: `20261210T160000Z`.
 *
 * @param ms
 * @return {string}
 */
export function icsDateTime( ms: number ): string {
	if ( !hasIcsYear( ms ) ) {
		// toISOString would write a six-digit or signed year, which is no DATE-TIME.
		throw new RangeError( 'An iCalendar date needs a year from 1000 to 9999' );
	}
	return new Date( Math.floor( ms / 1000 ) * 1000 ).toISOString()
		.replace( /\.\d{3}Z$/, 'Z' )
		.replace( /[-:]/g, '' );
}

function httpUrl( url: string ): string | null {
	try {
		const parsed = new URL( url.trim() );
		if ( parsed.protocol !== 'http:' && parsed.protocol !== 'https:' ) {
			return null;
		}
		return parsed.href;
	} catch ( e ) {
		return null;
	}
}

function sequenceOf( n: number ): number {
	return typeof n === 'number' && isFinite( n ) && n > 0 ? Math.floor( n ) : 0;
}

/**
 * An iCalendar file (VCALENDAR, METHOD:PUBLISH) with one VEVENT per event:
 * UID, DTSTAMP, DTSTART, DTEND (when after the start), SEQUENCE, SUMMARY,
 * and DESCRIPTION, URL, LOCATION, STATUS when given.
 *
 * RFC 5545 requires at least one component, so there must be at least one
 * event (offer no download otherwise); events without a finite start are
 * skipped.
 *
 * @param events
 * @param options
 * @return {string} The file's text, CRLF line ends, ending in CRLF.
 * @throws {RangeError} When no event is usable, or an event has an empty UID.
 */
export function sessionsToICalendar( events: readonly IcsEvent[], options: ICalendarOptions ): string {
	const lines: string[] = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:' + escapeText( options.prodId ),
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH'
	];
	if ( options.calendarName ) {
		lines.push( 'NAME:' + escapeText( options.calendarName ) );
		lines.push( 'X-WR-CALNAME:' + escapeText( options.calendarName ) );
	}
	const stamp = icsDateTime( options.nowMs );
	let count = 0;
	for ( const event of events ) {
		if ( typeof event.startMs !== 'number' || !hasIcsYear( event.startMs ) ) {
			// No usable start (the validator lets none through): the event is left out.
			continue;
		}
		if ( !event.uid || !String( event.uid ).trim() ) {
			throw new RangeError( 'An iCalendar event needs a UID' );
		}
		count++;
		lines.push( 'BEGIN:VEVENT' );
		lines.push( 'UID:' + escapeText( event.uid ) );
		lines.push( 'DTSTAMP:' + stamp );
		lines.push( 'DTSTART:' + icsDateTime( event.startMs ) );
		if ( typeof event.endMs === 'number' && hasIcsYear( event.endMs ) && Math.floor( event.endMs / 1000 ) > Math.floor( event.startMs / 1000 ) ) {
			lines.push( 'DTEND:' + icsDateTime( event.endMs ) );
		}
		lines.push( 'SEQUENCE:' + sequenceOf( event.sequence ) );
		lines.push( 'SUMMARY:' + escapeText( event.summary || '' ) );
		if ( event.description ) {
			lines.push( 'DESCRIPTION:' + escapeText( event.description ) );
		}
		const url = event.url ? httpUrl( event.url ) : null;
		if ( url ) {
			lines.push( 'URL:' + url );
		}
		if ( event.location ) {
			lines.push( 'LOCATION:' + escapeText( event.location ) );
		}
		if ( event.status ) {
			lines.push( 'STATUS:' + ( event.status === 'scheduled' ? 'CONFIRMED' : 'CANCELLED' ) );
		}
		lines.push( 'END:VEVENT' );
	}
	if ( !count ) {
		throw new RangeError( 'An iCalendar file needs at least one event' );
	}
	lines.push( 'END:VCALENDAR' );
	return lines.map( foldLine ).join( CRLF ) + CRLF;
}

/** Letters that Unicode decomposition does not reduce to ASCII. */
const ASCII_FOLDS: Readonly<Record<string, string>> = {
	ß: 'ss', æ: 'ae', Æ: 'AE', ø: 'o', Ø: 'O', œ: 'oe', Œ: 'OE', đ: 'd', Đ: 'D',
	ł: 'l', Ł: 'L', þ: 'th', Þ: 'Th', ð: 'd', Ð: 'D', ı: 'i'
};

/**
 * A file name for a download: the title reduced to ASCII letters and digits
 * joined by hyphens, lower case, at most 60 characters, plus `.ics`, e.g.
 * "Conversation hours: 10 Décembre 2026" → `conversation-hours-10-decembre-2026.ics`.
 * Titles with nothing left (e.g. all Cyrillic) use `fallback`.
 *
 * @param title
 * @param fallback Used when the title has no ASCII letters or digits; itself reduced the same way.
 * @return {string}
 */
export function icsFileName( title: string, fallback = 'calendar' ): string {
	const reduce = ( s: string ): string => {
		let t = wellFormed( String( s || '' ) ).replace( /\.ics$/i, '' );
		if ( typeof t.normalize === 'function' ) {
			t = t.normalize( 'NFKD' );
		}
		return t
			.replace( /[\u0300-\u036f]/g, '' )
			.replace( /[^ -~]/g, ( c ) => ASCII_FOLDS[ c ] || '-' )
			.replace( /[^A-Za-z0-9]+/g, '-' )
			.toLowerCase()
			.replace( /^-+|-+$/g, '' )
			.slice( 0, 60 )
			.replace( /-+$/, '' );
	};
	return ( reduce( title ) || reduce( fallback ) || 'calendar' ) + '.ics';
}
