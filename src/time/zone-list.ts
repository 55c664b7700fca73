/**
 * The time zones a reader can pick from: every IANA zone the browser knows
 * (`Intl.supportedValuesOf( 'timeZone' )`, or a short list of common zones in
 * browsers without it), each labelled with its name and its offset now, and
 * a search by city or area name.
 *
 * Pure: no `mw`, no DOM.
 */
import { isValidIanaZone, UTC_ZONE, ZoneChoice, zoneLabel } from './zones';

/**
 * Zones offered when the browser cannot list its own: one or more per
 * inhabited offset, including the 30- and 45-minute ones.
 */
export const FALLBACK_ZONES: readonly string[] = [
	'Africa/Cairo', 'Africa/Johannesburg', 'Africa/Lagos', 'Africa/Nairobi',
	'America/Anchorage', 'America/Argentina/Buenos_Aires', 'America/Bogota', 'America/Caracas',
	'America/Chicago', 'America/Denver', 'America/Halifax', 'America/Los_Angeles', 'America/Mexico_City',
	'America/New_York', 'America/Phoenix', 'America/Santiago', 'America/Sao_Paulo', 'America/St_Johns',
	'America/Toronto', 'Asia/Bangkok', 'Asia/Dhaka', 'Asia/Dubai', 'Asia/Hong_Kong', 'Asia/Jakarta',
	'Asia/Jerusalem', 'Asia/Karachi', 'Asia/Kathmandu', 'Asia/Kolkata', 'Asia/Manila', 'Asia/Seoul',
	'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tehran', 'Asia/Tokyo', 'Asia/Yangon', 'Atlantic/Azores',
	'Atlantic/Reykjavik', 'Australia/Adelaide', 'Australia/Brisbane', 'Australia/Darwin', 'Australia/Eucla',
	'Australia/Lord_Howe', 'Australia/Perth', 'Australia/Sydney', 'Europe/Amsterdam', 'Europe/Athens',
	'Europe/Berlin', 'Europe/Istanbul', 'Europe/Kyiv', 'Europe/London', 'Europe/Madrid', 'Europe/Moscow',
	'Europe/Paris', 'Europe/Rome', 'Europe/Stockholm', 'Europe/Warsaw', 'Pacific/Auckland', 'Pacific/Chatham',
	'Pacific/Honolulu', 'Pacific/Kiritimati', 'Pacific/Marquesas', 'Pacific/Pago_Pago'
];

/**
 * Old names that browsers' zone lists (ICU/CLDR) still use, with the names
 * the IANA database and people use today: readers search for "Kolkata" or
 * "Kyiv", not "Calcutta" or "Kiev".
 */
export const CURRENT_ZONE_NAMES: Readonly<Record<string, string>> = {
	'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
	'America/Catamarca': 'America/Argentina/Catamarca',
	'America/Cordoba': 'America/Argentina/Cordoba',
	'America/Jujuy': 'America/Argentina/Jujuy',
	'America/Mendoza': 'America/Argentina/Mendoza',
	'America/Godthab': 'America/Nuuk',
	'America/Indianapolis': 'America/Indiana/Indianapolis',
	'America/Louisville': 'America/Kentucky/Louisville',
	'Asia/Calcutta': 'Asia/Kolkata',
	'Asia/Katmandu': 'Asia/Kathmandu',
	'Asia/Rangoon': 'Asia/Yangon',
	'Asia/Saigon': 'Asia/Ho_Chi_Minh',
	'Atlantic/Faeroe': 'Atlantic/Faroe',
	'Europe/Kiev': 'Europe/Kyiv',
	'Pacific/Enderbury': 'Pacific/Kanton',
	'Pacific/Ponape': 'Pacific/Pohnpei',
	'Pacific/Truk': 'Pacific/Chuuk'
};

/**
 * The current name of a zone the browser may call by an old one
 * (`Asia/Katmandu` → `Asia/Kathmandu`), when the browser accepts it.
 *
 * @param name
 * @return {string}
 */
export function currentZoneName( name: string ): string {
	const current = Object.prototype.hasOwnProperty.call( CURRENT_ZONE_NAMES, name ) ? CURRENT_ZONE_NAMES[ name ] : undefined;
	return current && isValidIanaZone( current ) ? current : name;
}

interface IntlWithZones {
	supportedValuesOf?: ( key: string ) => string[];
}

/**
 * Every IANA zone name the browser knows, sorted, without UTC itself (which
 * is offered separately), old names replaced by current ones
 * ({@link CURRENT_ZONE_NAMES}). Uses `Intl.supportedValuesOf( 'timeZone' )` where
 * it exists and {@link FALLBACK_ZONES} (those the browser accepts) elsewhere.
 *
 * @param intl The `Intl` object (a parameter for tests).
 * @return {string[]}
 */
export function availableZones( intl: IntlWithZones = Intl as unknown as IntlWithZones ): string[] {
	let names: string[] = [];
	if ( typeof intl.supportedValuesOf === 'function' ) {
		try {
			names = intl.supportedValuesOf( 'timeZone' ).slice();
		} catch ( e ) {
			names = [];
		}
	}
	if ( !names.length ) {
		names = FALLBACK_ZONES.filter( isValidIanaZone );
	}
	const seen: Record<string, true> = {};
	return names
		.map( currentZoneName )
		.filter( ( name ) => {
			if ( seen[ name ] || /^(Etc\/)?(UTC|GMT)$/i.test( name ) ) {
				return false;
			}
			seen[ name ] = true;
			return true;
		} )
		.sort();
}

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
 * @param zones IANA names, e.g. from {@link availableZones}.
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
 * Whether two choices are the same zone.
 *
 * @param a
 * @param b
 * @return {boolean}
 */
export function sameZone( a: ZoneChoice, b: ZoneChoice ): boolean {
	return a.kind === 'iana' ? b.kind === 'iana' && a.zone === b.zone : b.kind === 'offset' && a.minutes === b.minutes;
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
