/**
 * The `mw` side of the interactive calendar: where the reader's choices are
 * kept (a `userjs-` user option for logged-in readers, `mw.storage` for
 * anonymous ones), the browser's zone, and facts about the wiki for the
 * iCalendar files. Saving never breaks the page: a failed option save is
 * kept in `mw.storage` instead, silently.
 */
import { CalendarPrefs, parsePrefs, PREFS_OPTION, PREFS_STORAGE_KEY, serialisePrefs } from '../calendar/prefs';
import type { CalendarTools } from '../calendar/tools';
import { CalendarEnvironment } from '../render/context';
import { CALENDAR_TOOLS_MODULE, gadgetPart } from './lazy-gadgets';
import { browserZoneName, isLoggedIn } from './environment';
import { availableZones } from '../time/zone-list';
import { isValidIanaZone, ZoneChoice } from '../time/zones';

/** Anonymous readers' choices are kept for a year (seconds). */
const STORAGE_EXPIRY = 365 * 24 * 60 * 60;

function readStorage(): CalendarPrefs {
	try {
		return parsePrefs( mw.storage.get( PREFS_STORAGE_KEY ) );
	} catch {
		return {};
	}
}

function writeStorage( text: string | null ): void {
	try {
		if ( text === null ) {
			mw.storage.remove( PREFS_STORAGE_KEY );
		} else {
			mw.storage.set( PREFS_STORAGE_KEY, text, STORAGE_EXPIRY );
		}
	} catch {
		// Storage full or disabled: the choice lasts for this page view.
	}
}

/**
 * Reads the reader's saved choices.
 *
 * @param loggedIn
 */
function loadCalendarPrefs( loggedIn: boolean ): CalendarPrefs {
	if ( loggedIn ) {
		const saved = parsePrefs( mw.user.options.get( PREFS_OPTION ) );
		// A choice that could not be saved as an option was kept locally.
		return saved.zone || saved.view ? saved : readStorage();
	}
	return readStorage();
}

/**
 * Saves the reader's choices: for logged-in readers as a user option
 * (through the API, and at once in `mw.user.options`), for anonymous ones in
 * `mw.storage`. Never throws and never rejects.
 *
 * @param loggedIn
 * @param prefs
 */
function saveCalendarPrefs( loggedIn: boolean, prefs: CalendarPrefs ): void {
	const text = serialisePrefs( prefs );
	if ( !loggedIn ) {
		writeStorage( text );
		return;
	}
	try {
		mw.user.options.set( PREFS_OPTION, text );
		new mw.Api().saveOption( PREFS_OPTION, text ).then(
			() => writeStorage( null ),
			( code: unknown ) => {
				writeStorage( text );
				mw.log.warn( '[crs-team] could not save the calendar choice:', code );
			}
		);
	} catch ( e ) {
		writeStorage( text );
	}
}

/**
 * The calendar environment of the page being read.
 *
 * @param ownZone The reader's zone from their preference or browser.
 */
export function createCalendarEnvironment( ownZone: ZoneChoice ): CalendarEnvironment {
	const loggedIn = isLoggedIn();
	const device = browserZoneName();
	let zones: readonly string[] | null = null;
	const pageUrl = new URL( mw.util.getUrl( mw.config.get( 'wgPageName' ) as string ), location.href ).href;
	return {
		ownZone,
		deviceZone: device && isValidIanaZone( device ) ? { kind: 'iana', zone: device } : null,
		prefs: {
			load: () => loadCalendarPrefs( loggedIn ),
			save: ( prefs: CalendarPrefs ) => saveCalendarPrefs( loggedIn, prefs )
		},
		now: () => Date.now(),
		zones: () => {
			// Listing and checking every zone takes a moment: only when the picker opens.
			zones = zones || availableZones();
			return zones;
		},
		wikiId: String( mw.config.get( 'wgDBname' ) ),
		absoluteUrl: ( href: string ) => new URL( href, location.href ).href,
		pageUrl,
		tools: gadgetPart<CalendarTools>( CALENDAR_TOOLS_MODULE )
	};
}
