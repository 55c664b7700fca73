/**
 * Localised printing of a session's time: one date-and-time range in the
 * reader's zone, always with the zone named.
 *
 * Pure: `Intl` only, no `mw`, no DOM. Languages are MediaWiki codes (`de`,
 * `pt-br`, `zh-hans`, `sr-ec`). Dates and times are written in MediaWiki's
 * formats for the language and the reader's date preference
 * (date-formats.ts: "Thursday, 10 December 2026, 16:00–17:30" in English),
 * in the Gregorian calendar, with the language's own digits where
 * MediaWiki uses them.
 */
import { directionOf } from '../data/language';
import { DateStyle, formatWikiDate, formatWikiTime } from './date-formats';
import { formatOffset, utcOffsetMinutes, wallClock, ZoneChoice, zoneLabel } from './zones';

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

function isoUtc( ms: number ): string {
	return new Date( Math.floor( ms / 1000 ) * 1000 ).toISOString().replace( '.000Z', 'Z' );
}

/**
 * A session's start and end in the reader's zone and language.
 *
 * @param startMs Start, milliseconds since the epoch.
 * @param endMs End, milliseconds since the epoch.
 * @param zone The reader's zone.
 * @param dates The reader's language, its date formats and date preference (RenderContext.dates).
 * @return {FormattedRange}
 */
export function formatSessionRange( startMs: number, endMs: number, zone: ZoneChoice, dates: DateStyle ): FormattedRange {
	const lang = dates.lang;
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
	const a = wallClock( startMs, printZone );
	const b = wallClock( endMs, printZone );
	const startDate = formatWikiDate( a, dates );
	const startTime = formatWikiTime( a, dates );
	const endDate = formatWikiDate( b, dates );
	const endTime = formatWikiTime( b, dates );
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

	const range = spansMidnight ?
		startDate + ', ' + startTime + ' \u2013 ' + endDate + ', ' + endTime :
		startDate + ', ' + startTime + '\u2013' + endTime;

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
