/**
 * Time zones for the conversation-hours calendar: which zone a reader wants
 * (from MediaWiki's `timecorrection` preference or the browser), the UTC offset
 * of a zone at an instant, and how a zone is named on the page.
 *
 * Pure: no `mw`, no DOM. Everything is computed with `Intl.DateTimeFormat`,
 * which carries the IANA time zone database of the reader's browser, so DST
 * rules, 30- and 45-minute zones and Lord Howe's 30-minute DST shift all come
 * out right without a zone table of our own.
 */

/**
 * The zone times are shown in: a named IANA zone (DST-aware), or a fixed
 * offset from UTC in minutes east of Greenwich (MediaWiki's "Offset|…"
 * preference, or a zone name the browser does not know).
 */
export type ZoneChoice =
	| { readonly kind: 'iana'; readonly zone: string }
	| { readonly kind: 'offset'; readonly minutes: number };

/** UTC as a zone choice: the fallback when nothing better is known. */
export const UTC_ZONE: ZoneChoice = { kind: 'iana', zone: 'UTC' };

/**
 * The minus sign used in offsets: U+2212 MINUS SIGN, not the ASCII hyphen, so
 * that `UTC−3` reads (and is spoken by screen readers) as "minus three" and
 * never breaks across lines. Used everywhere an offset is printed.
 */
export const MINUS_SIGN = '\u2212';

/** Offsets MediaWiki accepts for "Offset|…": −12:00 … +14:00. */
const MIN_OFFSET_MINUTES = -12 * 60;
const MAX_OFFSET_MINUTES = 14 * 60;

/** A calendar date and wall-clock time in some zone. `month` is 1–12, `weekday` 0 (Sunday) – 6. */
export interface WallClock {
	readonly year: number;
	readonly month: number;
	readonly day: number;
	readonly hour: number;
	readonly minute: number;
	readonly second: number;
	readonly weekday: number;
}

const zoneValidity = new Map<string, string | null>();
const partFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The name `Intl` knows the zone by, or null when it rejects it. Offset
 * strings such as `+05:30` (accepted by the newest engines only) are refused,
 * so the answer does not depend on the browser's age.
 *
 * @param zone
 * @return {string|null}
 */
function resolveZone( zone: string ): string | null {
	const cached = zoneValidity.get( zone );
	if ( cached !== undefined ) {
		return cached;
	}
	let resolved: string | null = null;
	if ( /^[A-Za-z][A-Za-z0-9_+\-/]*$/.test( zone ) ) {
		try {
			resolved = new Intl.DateTimeFormat( 'en', { timeZone: zone } ).resolvedOptions().timeZone || zone;
		} catch ( e ) {
			resolved = null;
		}
	}
	zoneValidity.set( zone, resolved );
	return resolved;
}

/**
 * Whether `zone` is an IANA time zone name the running `Intl` knows, e.g.
 * `Europe/Berlin`, `Asia/Kathmandu`, `UTC`. Offsets like `+05:30` are not
 * zone names and give false.
 *
 * @param zone
 * @return {boolean}
 */
export function isValidIanaZone( zone: string ): boolean {
	return typeof zone === 'string' && resolveZone( zone ) !== null;
}

/**
 * The zone as it should be stored: the name as given (so `Asia/Kolkata` is not
 * turned into the older alias `Asia/Calcutta`, as some engines do), with its
 * letter case fixed when only that differed.
 *
 * @param zone A valid zone name.
 * @return {string}
 */
function tidyZoneName( zone: string ): string {
	const resolved = resolveZone( zone );
	if ( resolved && resolved !== zone && resolved.toLowerCase() === zone.toLowerCase() ) {
		return resolved;
	}
	return zone;
}

function browserChoice( browserZone: string | undefined ): ZoneChoice {
	if ( typeof browserZone === 'string' && isValidIanaZone( browserZone ) ) {
		return { kind: 'iana', zone: tidyZoneName( browserZone ) };
	}
	return UTC_ZONE;
}

function offsetChoice( minutes: number ): ZoneChoice | null {
	if ( !isFinite( minutes ) || Math.floor( minutes ) !== minutes ||
		minutes < MIN_OFFSET_MINUTES || minutes > MAX_OFFSET_MINUTES ) {
		return null;
	}
	// Normalise −0.
	return { kind: 'offset', minutes: minutes === 0 ? 0 : minutes };
}

function parseMinutes( text: string | undefined ): number | null {
	if ( text === undefined || !/^[+-]?\d{1,4}$/.test( text.trim() ) ) {
		return null;
	}
	return parseInt( text.trim(), 10 );
}

/**
 * The zone a reader wants times in, from MediaWiki's `timecorrection` user
 * option (`mw.user.options.get( 'timecorrection' )`):
 *
 * - `ZoneInfo|<minutes>|Area/City` → that IANA zone; when the browser does not
 *   know the name, the fixed offset MediaWiki stored beside it.
 * - `System|<minutes>`, empty, null or undefined (anonymous readers, or
 *   "use the wiki default") → the browser's zone.
 * - `Offset|<minutes>` → that fixed offset (−720 … +840).
 * - The legacy forms `+hh:mm`, `-hh`, `hh:mm` → a fixed offset, as MediaWiki
 *   itself reads them.
 * - Anything else → the browser's zone.
 *
 * The browser's zone (`Intl.DateTimeFormat().resolvedOptions().timeZone`)
 * falls back to UTC when absent or unknown.
 *
 * @param pref The `timecorrection` option.
 * @param browserZone The browser's IANA zone.
 * @return {ZoneChoice}
 */
export function zoneFromTimeCorrection( pref: string | null | undefined, browserZone: string | undefined ): ZoneChoice {
	if ( typeof pref !== 'string' || pref.trim() === '' ) {
		return browserChoice( browserZone );
	}
	const parts = pref.trim().split( '|' );
	switch ( parts[ 0 ] ) {
		case 'ZoneInfo': {
			const zone = ( parts[ 2 ] || '' ).trim();
			if ( zone && isValidIanaZone( zone ) ) {
				return { kind: 'iana', zone: tidyZoneName( zone ) };
			}
			const minutes = parseMinutes( parts[ 1 ] );
			const fixed = minutes === null ? null : offsetChoice( minutes );
			return fixed || browserChoice( browserZone );
		}
		case 'Offset': {
			const minutes = parseMinutes( parts[ 1 ] );
			const fixed = minutes === null ? null : offsetChoice( minutes );
			return fixed || browserChoice( browserZone );
		}
		case 'System':
			return browserChoice( browserZone );
	}
	if ( parts.length === 1 ) {
		const legacy = /^([+-]?)(\d{1,2})(?::(\d{2}))?$/.exec( ( parts[ 0 ] || '' ).trim() );
		if ( legacy ) {
			const hours = Number( legacy[ 2 ] );
			const mins = legacy[ 3 ] ? parseInt( legacy[ 3 ], 10 ) : 0;
			if ( mins < 60 ) {
				const fixed = offsetChoice( ( legacy[ 1 ] === '-' ? -1 : 1 ) * ( hours * 60 + mins ) );
				if ( fixed ) {
					return fixed;
				}
			}
		}
	}
	return browserChoice( browserZone );
}

function partsFormatter( zone: string ): Intl.DateTimeFormat {
	let dtf = partFormatters.get( zone );
	if ( !dtf ) {
		dtf = new Intl.DateTimeFormat( 'en-US', {
			timeZone: zone,
			hourCycle: 'h23',
			weekday: 'short',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric',
			era: 'short'
		} );
		partFormatters.set( zone, dtf );
	}
	return dtf;
}

const WEEKDAYS = [ 'Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat' ];

function utcWallClock( ms: number ): WallClock {
	const d = new Date( ms );
	return {
		year: d.getUTCFullYear(),
		month: d.getUTCMonth() + 1,
		day: d.getUTCDate(),
		hour: d.getUTCHours(),
		minute: d.getUTCMinutes(),
		second: d.getUTCSeconds(),
		weekday: d.getUTCDay()
	};
}

// Wall clocks by zone and instant: a session asks for the same instants several times and
// `formatToParts` is a render's costliest call. Emptied when large, so memory stays bounded.
const wallClocks = new Map<string, WallClock>();
const WALL_CLOCK_CACHE_SIZE = 20000;

function ianaWallClock( ms: number, zone: string ): WallClock {
	const key = zone + '|' + ms;
	const known = wallClocks.get( key );
	if ( known ) {
		return known;
	}
	if ( wallClocks.size >= WALL_CLOCK_CACHE_SIZE ) {
		wallClocks.clear();
	}
	const computed = computeIanaWallClock( ms, zone );
	wallClocks.set( key, computed );
	return computed;
}

function computeIanaWallClock( ms: number, zone: string ): WallClock {
	const values: Record<string, string> = {};
	for ( const part of partsFormatter( zone ).formatToParts( ms ) ) {
		values[ part.type ] = part.value;
	}
	const num = ( type: string ): number => parseInt( values[ type ] || '', 10 );
	let year = num( 'year' );
	if ( /^B/.test( values.era || '' ) ) {
		year = 1 - year;
	}
	return {
		year: year,
		month: num( 'month' ),
		day: num( 'day' ),
		// Some engines print midnight as 24 even with h23.
		hour: num( 'hour' ) % 24,
		minute: num( 'minute' ),
		second: num( 'second' ),
		weekday: WEEKDAYS.indexOf( values.weekday || '' )
	};
}

/**
 * The date and wall-clock time at instant `ms` in `zone`.
 *
 * @param ms Milliseconds since the epoch.
 * @param zone
 * @return {WallClock}
 */
export function wallClock( ms: number, zone: ZoneChoice ): WallClock {
	if ( zone.kind === 'offset' ) {
		return utcWallClock( ms + zone.minutes * 60000 );
	}
	if ( !isValidIanaZone( zone.zone ) ) {
		return utcWallClock( ms );
	}
	return ianaWallClock( ms, zone.zone );
}

/**
 * The offset from UTC, in minutes east, that `zone` has at instant `ms`:
 * 60 for Berlin in winter, 120 in summer, 345 for Kathmandu, 630 or 660 for
 * Lord Howe. Zones the browser does not know count as UTC.
 *
 * @param ms Milliseconds since the epoch.
 * @param zone
 * @return {number}
 */
export function utcOffsetMinutes( ms: number, zone: ZoneChoice ): number {
	if ( zone.kind === 'offset' ) {
		return zone.minutes;
	}
	const wholeSecond = Math.floor( ms / 1000 ) * 1000;
	const w = wallClock( wholeSecond, zone );
	const asUtc = new Date( 0 );
	asUtc.setUTCFullYear( w.year, w.month - 1, w.day );
	asUtc.setUTCHours( w.hour, w.minute, w.second, 0 );
	const minutes = Math.round( ( asUtc.getTime() - wholeSecond ) / 60000 );
	return minutes === 0 ? 0 : minutes;
}

/**
 * An offset as people write it: `UTC`, `UTC+1`, `UTC+5:30`, `UTC+5:45`,
 * `UTC−3`, `UTC−9:30`. Negative offsets use U+2212 MINUS SIGN (see
 * {@link MINUS_SIGN}). Fractions of a minute are rounded.
 *
 * @param minutes Minutes east of UTC.
 * @return {string}
 */
export function formatOffset( minutes: number ): string {
	const rounded = Math.round( minutes );
	if ( !rounded ) {
		return 'UTC';
	}
	const abs = Math.abs( rounded );
	const hours = Math.floor( abs / 60 );
	const mins = abs % 60;
	return 'UTC' + ( rounded < 0 ? MINUS_SIGN : '+' ) + hours +
		( mins ? ':' + ( mins < 10 ? '0' : '' ) + mins : '' );
}

/**
 * Whether a zone name means UTC itself (and so is shown as the offset only).
 *
 * @param zone
 * @return {boolean}
 */
function isUtcAlias( zone: string ): boolean {
	return /^(Etc\/)?(UTC|UCT|GMT|GMT[+-]?0|Greenwich|Universal|Zulu)$/i.test( zone );
}

/**
 * The zone as shown beside a time, by name AND offset at instant `ms`:
 * `Europe/Berlin (UTC+1)`, `America/Los Angeles (UTC−7)`,
 * `Asia/Kathmandu (UTC+5:45)`. Underscores in the IANA name become spaces.
 * Fixed offsets, UTC itself and the `Etc/GMT±n` zones (whose names have the
 * sign reversed and would mislead) are shown as the offset alone: `UTC+5:30`.
 *
 * The name is the same in every language, so readers can compare it with
 * their device settings; for a localised long name (e.g.
 * "Mitteleuropäische Normalzeit") see `zoneLongName` (zone-long-name.ts). The label is
 * left-to-right text: in right-to-left pages wrap it in `<bdi>`.
 *
 * @param ms The instant the offset is taken at (DST).
 * @param zone
 * @param _lang MediaWiki language code; kept for symmetry with the other
 *  formatters (the label itself is not translated).
 * @return {string}
 */
export function zoneLabel( ms: number, zone: ZoneChoice, _lang: string ): string {
	const offset = formatOffset( utcOffsetMinutes( ms, zone ) );
	if ( zone.kind === 'offset' || !isValidIanaZone( zone.zone ) ) {
		return offset;
	}
	if ( isUtcAlias( zone.zone ) || /^Etc\//i.test( zone.zone ) ) {
		return offset;
	}
	return zone.zone.replace( /_/g, ' ' ) + ' (' + offset + ')';
}

/**
 * Whether two choices are the same zone.
 *
 * @param a
 * @param b
 * @return {boolean}
 */
export function sameZone( a: ZoneChoice, b: ZoneChoice ): boolean {
	return a.kind === 'iana' ? b.kind === 'iana' && a.zone === b.zone : b.kind === 'offset' && a.minutes === b.minutes;
}
