/**
 * Localised printing of a session's time: one date-and-time range in the
 * reader's zone, always with the zone named.
 *
 * Pure: `Intl` only, no `mw`, no DOM. Languages are MediaWiki codes (`de`,
 * `pt-br`, `zh-hans`, `sr-ec`); `toBcp47` (locale.ts) turns them into BCP 47 tags.
 * Dates are always in the Gregorian calendar (the month view is Gregorian,
 * and MediaWiki's own date formats are too), with the language's own digits.
 */
import { directionOf } from '../data/language';
import { styledFormatter } from './intl-formatters';
import { formatOffset, isValidIanaZone, utcOffsetMinutes, wallClock, ZoneChoice, zoneLabel } from './zones';

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
	if ( directionOf( lang ) === 'rtl' ) {
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
