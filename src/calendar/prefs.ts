/**
 * The reader's choices in the conversation-hours calendar (time zone, list
 * or month view), as they are stored: one small JSON string, in `mw.storage`
 * for anonymous readers and in a `userjs-` user option for logged-in ones
 * (see src/mw/calendar-environment.ts). Pure.
 */
import { isValidIanaZone, ZoneChoice } from '../time/zones';

/** The user option logged-in readers' choices are saved in. */
export const PREFS_OPTION = 'userjs-crs-team-calendar';
/** The `mw.storage` key for anonymous readers (prefixed with the gadget's name). */
export const PREFS_STORAGE_KEY = 'crs-team-calendar';

export type CalendarMode = 'agenda' | 'month';

export interface CalendarPrefs {
	/** An IANA zone chosen explicitly; absent: the reader's own zone. */
	readonly zone?: string;
	/** Absent: the agenda (the default). */
	readonly view?: CalendarMode;
}

/**
 * The stored text read back; anything unusable (not JSON, unknown zone,
 * unknown view) is ignored, never an error.
 *
 * @param raw
 * @return {CalendarPrefs}
 */
export function parsePrefs( raw: unknown ): CalendarPrefs {
	if ( typeof raw !== 'string' || !raw ) {
		return {};
	}
	let value: unknown;
	try {
		value = JSON.parse( raw );
	} catch ( e ) {
		return {};
	}
	if ( !value || typeof value !== 'object' || Array.isArray( value ) ) {
		return {};
	}
	const record = value as Record<string, unknown>;
	const prefs: { zone?: string; view?: CalendarMode } = {};
	if ( typeof record.zone === 'string' && isValidIanaZone( record.zone ) ) {
		prefs.zone = record.zone;
	}
	if ( record.view === 'month' ) {
		prefs.view = 'month';
	}
	return prefs;
}

/**
 * The text to store, or null when there is nothing to remember (defaults
 * everywhere: remove the stored value).
 *
 * @param prefs
 * @return {string|null}
 */
export function serialisePrefs( prefs: CalendarPrefs ): string | null {
	const out: { zone?: string; view?: CalendarMode } = {};
	if ( prefs.zone ) {
		out.zone = prefs.zone;
	}
	if ( prefs.view === 'month' ) {
		out.view = 'month';
	}
	return out.zone || out.view ? JSON.stringify( out ) : null;
}

/**
 * The zone times are shown in: the explicit choice when there is one (it
 * overrides the `timecorrection` preference), else the reader's own.
 *
 * @param prefs
 * @param own The zone from the reader's preference or browser.
 * @return {{zone: ZoneChoice, explicit: boolean}}
 */
export function effectiveZone( prefs: CalendarPrefs, own: ZoneChoice ): { zone: ZoneChoice; explicit: boolean } {
	if ( prefs.zone && isValidIanaZone( prefs.zone ) ) {
		return { zone: { kind: 'iana', zone: prefs.zone }, explicit: true };
	}
	return { zone: own, explicit: false };
}
