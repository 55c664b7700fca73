/**
 * The time zone picker's entries: the reader's own zone, the device's, UTC,
 * then every zone the browser knows, each labelled with its name and its
 * offset now; and the search by city, area or offset.
 *
 * Pure: no `mw`, no DOM.
 */
import { sameZone, UTC_ZONE, ZoneChoice, zoneLabel } from '../time/zones';

/** What an entry of the picker stands for. */
export type ZoneOptionKind = 'preference' | 'device' | 'utc' | 'zone';

export interface ZoneOption {
	/** `preference`, `device`, `UTC` or the IANA name: unique in a list. */
	readonly value: string;
	readonly kind: ZoneOptionKind;
	readonly zone: ZoneChoice;
	/** The zone by name and offset at the given instant, e.g. `Asia/Kathmandu (UTC+5:45)`. */
	readonly label: string;
}

/**
 * Lower case, without accents, `_` and `/` as spaces, the minus sign as a
 * hyphen: so "sao paulo", "São_Paulo" and "America/Sao_Paulo" meet.
 *
 * @param text
 * @return {string}
 */
export function normaliseForSearch( text: string ): string {
	let t = String( text || '' );
	if ( typeof t.normalize === 'function' ) {
		t = t.normalize( 'NFD' ).replace( /[\u0300-\u036f]/g, '' );
	}
	return t.toLowerCase().replace( /\u2212/g, '-' ).replace( /[_/]+/g, ' ' ).replace( /\s+/g, ' ' ).trim();
}

/**
 * The picker's entries at instant `nowMs`: the reader's zone (their
 * preference, else the browser's), the device's zone when it differs, UTC,
 * then every other zone in `zones`.
 *
 * @param zones IANA names, e.g. from `availableZones` (time/zone-list.ts).
 * @param nowMs The instant offsets are taken at.
 * @param preference The zone from the reader's settings.
 * @param device The browser's zone, or null.
 * @return {ZoneOption[]}
 */
export function zoneOptions( zones: readonly string[], nowMs: number, preference: ZoneChoice, device: ZoneChoice | null ): ZoneOption[] {
	const label = ( zone: ZoneChoice ): string => zoneLabel( nowMs, zone, 'en' );
	const options: ZoneOption[] = [ { value: 'preference', kind: 'preference', zone: preference, label: label( preference ) } ];
	if ( device && !sameZone( device, preference ) ) {
		options.push( { value: 'device', kind: 'device', zone: device, label: label( device ) } );
	}
	options.push( { value: 'UTC', kind: 'utc', zone: UTC_ZONE, label: label( UTC_ZONE ) } );
	for ( const name of zones ) {
		const zone: ZoneChoice = { kind: 'iana', zone: name };
		options.push( { value: name, kind: 'zone', zone, label: label( zone ) } );
	}
	return options;
}

/**
 * The entries matching what the reader typed, best first: those where a
 * word of the name (area, city) starts with the query, then those that
 * contain it anywhere (the offset too: "5:45", "+10"). `extraText` adds
 * words to search per entry (e.g. "your time zone" for the first ones).
 * An empty query keeps every entry in order.
 *
 * @param options
 * @param query
 * @param extraText
 * @return {ZoneOption[]}
 */
export function filterZoneOptions( options: readonly ZoneOption[], query: string, extraText?: ( option: ZoneOption ) => string ): ZoneOption[] {
	const q = normaliseForSearch( query );
	if ( !q ) {
		return options.slice();
	}
	const starts: ZoneOption[] = [];
	const contains: ZoneOption[] = [];
	for ( const option of options ) {
		const text = normaliseForSearch( option.label + ' ' + ( option.kind === 'zone' ? '' : option.value ) + ' ' + ( extraText ? extraText( option ) : '' ) );
		const at = text.indexOf( q );
		if ( at === -1 ) {
			continue;
		}
		if ( at === 0 || /[\s(]/.test( text.charAt( at - 1 ) ) ) {
			starts.push( option );
		} else {
			contains.push( option );
		}
	}
	return starts.concat( contains );
}
