/**
 * The "add a session" helper's logic: a date and time in a time zone, as a
 * maintainer thinks of them, become a session object stored in UTC, added to
 * `conversationHours.sessions` with a minimal edit of the text. Pure.
 */
import { EditResult, insertArrayItem } from '../json/edit';
import { parseWithSourceMap } from '../json/source-map';
import { isValidIanaZone, utcOffsetMinutes, wallClock } from '../time/zones';

export interface NewSessionInput {
	/** `YYYY-MM-DD` (an `<input type="date">` value). */
	readonly date: string;
	/** `HH:MM` (an `<input type="time">` value). */
	readonly time: string;
	/** IANA zone the date and time are in, e.g. `Europe/Berlin`. */
	readonly zone: string;
	/** Length of the session in minutes. */
	readonly minutes: number;
}

export type NewSessionError = 'date' | 'year' | 'time' | 'zone' | 'length' | 'no-such-time';

/** The first year the data format accepts (see `data/dates.ts`). */
const FIRST_YEAR = 1000;

/** `2026-12-10T16:00:00Z`: how sessions are stored. */
export function utcString( ms: number ): string {
	return new Date( ms ).toISOString().replace( /\.\d{3}Z$/, 'Z' );
}

/**
 * The instant that shows `date` `time` on clocks in `zone`; for a time that
 * occurs twice (clocks going back) the first; `null` for one that does not
 * occur (clocks going forward) or an invalid input.
 *
 * @param input
 */
export function instantOf( input: NewSessionInput ): { ms: number } | { error: NewSessionError } {
	const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec( input.date );
	if ( !d ) {
		return { error: 'date' };
	}
	const t = /^(\d{2}):(\d{2})$/.exec( input.time );
	if ( !t || Number( t[ 1 ] ) > 23 || Number( t[ 2 ] ) > 59 ) {
		return { error: 'time' };
	}
	if ( !isValidIanaZone( input.zone ) ) {
		return { error: 'zone' };
	}
	const [ year, month, day ] = [ Number( d[ 1 ] ), Number( d[ 2 ] ), Number( d[ 3 ] ) ];
	if ( year < FIRST_YEAR ) {
		// Refused by the format; and Date.UTC would read 0–99 as 1900–1999.
		return { error: 'year' };
	}
	const local = Date.UTC( year, month - 1, day, Number( t[ 1 ] ), Number( t[ 2 ] ) );
	const check = new Date( local );
	if ( check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day ) {
		return { error: 'date' };
	}
	const zone = { kind: 'iana' as const, zone: input.zone };
	// Try the offsets in force a day either side; keep those that give back the wall clock.
	const candidates = [ -86400000, 0, 86400000 ]
		.map( ( shift ) => local - utcOffsetMinutes( local + shift, zone ) * 60000 )
		.filter( ( ms ) => {
			const w = wallClock( ms, zone );
			return w.year === year && w.month === month && w.day === day &&
				w.hour === Number( t[ 1 ] ) && w.minute === Number( t[ 2 ] );
		} )
		.sort( ( a, b ) => a - b );
	const earliest = candidates[ 0 ];
	return earliest === undefined ? { error: 'no-such-time' } : { ms: earliest };
}

/** The ids the page already uses for sessions. */
function sessionIds( text: string ): string[] {
	const parsed = parseWithSourceMap( text );
	if ( !parsed.ok ) {
		return [];
	}
	const hours = ( parsed.value as { conversationHours?: { sessions?: unknown } } | null );
	const sessions = hours && hours.conversationHours && hours.conversationHours.sessions;
	return Array.isArray( sessions ) ?
		sessions.map( ( s ) => s && typeof s === 'object' ? ( s as { id?: unknown } ).id : undefined )
			.filter( ( id ): id is string => typeof id === 'string' ) :
		[];
}

/**
 * Adds a session at the end of `conversationHours.sessions`: `id` from the
 * date (`2026-12-10`, then `2026-12-10-2`…), `start` and `end` in UTC,
 * status `scheduled`. On success the result also has the new `id`.
 *
 * @param text The data page
 * @param input
 */
export function addSession( text: string, input: NewSessionInput ): ( EditResult & { id?: string } ) | { ok: false; error: NewSessionError } {
	if ( !( input.minutes > 0 && input.minutes <= 12 * 60 && Math.floor( input.minutes ) === input.minutes ) ) {
		return { ok: false, error: 'length' };
	}
	const start = instantOf( input );
	if ( 'error' in start ) {
		return { ok: false, error: start.error };
	}
	const taken = sessionIds( text );
	let id = input.date;
	for ( let n = 2; taken.includes( id ); n++ ) {
		id = `${ input.date }-${ n }`;
	}
	const result = insertArrayItem( text, 'conversationHours.sessions', {
		id,
		start: utcString( start.ms ),
		end: utcString( start.ms + input.minutes * 60000 ),
		status: 'scheduled'
	} );
	return result.ok ? { ...result, id } : result;
}
