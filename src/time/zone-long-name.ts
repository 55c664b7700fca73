/**
 * A zone's long name in a language ("Central European Standard Time"), as
 * extra help beside the zone label; one cached formatter per locale and zone.
 *
 * Pure: `Intl` only.
 */
import { isValidIanaZone, ZoneChoice } from './zones';

/** Long-name formatters by locale and zone: built once, not per call. */
const longNameFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The zone's localised long name at instant `ms`, e.g. "Central European
 * Standard Time" (en), "Mitteleuropäische Normalzeit" (de), "Nepal Time", or
 * null when the browser has none and would only print a GMT offset, or for
 * fixed offsets. Meant as extra help (e.g. a tooltip), not as the label: not
 * every browser has names for every language.
 *
 * @param ms
 * @param zone
 * @param locale A BCP 47 tag or list of tags, as `Intl` takes them.
 * @return {string|null}
 */
export function zoneLongName( ms: number, zone: ZoneChoice, locale: string | string[] ): string | null {
	if ( zone.kind === 'offset' || !isValidIanaZone( zone.zone ) ) {
		return null;
	}
	try {
		const key = String( locale ) + '|' + zone.zone;
		let dtf = longNameFormatters.get( key );
		if ( !dtf ) {
			dtf = new Intl.DateTimeFormat( locale, { timeZone: zone.zone, timeZoneName: 'long' } );
			longNameFormatters.set( key, dtf );
		}
		const parts = dtf.formatToParts( ms );
		for ( const part of parts ) {
			if ( part.type === 'timeZoneName' ) {
				const name = part.value.trim();
				// "GMT+05:45", "UTC", "GMT" are offsets, not names.
				return !name || /^(GMT|UTC)([+\-\u2212]|$)/.test( name ) ? null : name;
			}
		}
	} catch ( e ) {
		return null;
	}
	return null;
}
