/**
 * The time zones the browser knows: every IANA zone
 * (`Intl.supportedValuesOf( 'timeZone' )`, or a short list of common zones in
 * browsers without it), under the names people use today.
 *
 * Pure: no `mw`, no DOM.
 */
import { isValidIanaZone } from './zones';

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
const CURRENT_ZONE_NAMES: Readonly<Record<string, string>> = {
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
