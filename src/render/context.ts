/**
 * What the renderers need from the outside world, passed in explicitly so
 * that they run the same in the reader gadget, the editor's live preview, the
 * local preview and the tests (none of them touches `mw` directly).
 */
import { LanguageCode } from '../data/types';
import { MessageKey } from '../i18n/messages';
import { CalendarPrefs } from '../calendar/prefs';
import type { CalendarTools } from '../calendar/tools';
import { LazyPart } from './lazy';
import { DateStyle } from '../time/date-formats';
import { ZoneChoice } from '../time/zones';

/**
 * What the interactive conversation-hours view needs beyond the rest: where
 * the reader's choices are kept, the clock, and facts about the wiki for the
 * iCalendar files. Only the reader gadget and the local preview provide it;
 * without it (e.g. in the editor's live preview) the calendar is rendered
 * once, as a static agenda.
 */
export interface CalendarEnvironment {
	/** The reader's own zone: the `timecorrection` preference, else the browser's. */
	readonly ownZone: ZoneChoice;
	/** The browser's zone, or null when unknown. */
	readonly deviceZone: ZoneChoice | null;
	/** Reads and saves the reader's choices; saving never throws. */
	readonly prefs: {
		load(): CalendarPrefs;
		save( prefs: CalendarPrefs ): void;
	};
	/** Now, in milliseconds since the epoch. */
	now(): number;
	/** IANA zones to offer in the zone picker. */
	zones(): readonly string[];
	/** Identifies the wiki in iCalendar UIDs, e.g. its database name `metawiki`. */
	readonly wikiId: string;
	/** The absolute URL of a link's `href` (iCalendar URL and LOCATION). */
	absoluteUrl( href: string ): string;
	/** The absolute URL of the page being read. */
	readonly pageUrl: string;
	/** The month view, zone picker and iCalendar files: a gadget loaded on first use. */
	readonly tools: LazyPart<CalendarTools>;
}

export interface RenderContext {
	readonly doc: Document;
	/** The language the page is rendered in. */
	readonly lang: LanguageCode;
	readonly dir: 'ltr' | 'rtl';
	/** Fallback chain for data texts, starting with `lang`. */
	readonly chain: readonly LanguageCode[];
	/** The data page's default language (for plain-string texts). */
	readonly defaultLanguage: LanguageCode;
	/** An interface message as plain text, parameters substituted. */
	msg( key: MessageKey, ...params: ( string | number )[] ): string;
	/** The language a message's text is actually in (for lang/dir marking). */
	msgLanguage( key: MessageKey ): LanguageCode;
	/** The URL of a wiki page, with a query (mw.util.getUrl on the wiki). */
	wikiUrl( title: string, query?: Record<string, string> ): string;
	/** The time zone times are shown in. */
	readonly zone: ZoneChoice;
	/**
	 * How dates are written: the language, MediaWiki's formats and digits for
	 * it (from its language pack) and the reader's date format preference
	 * (user option `date`: `default`, `dmy`, `mdy`, `ymd`, `ISO 8601`). The
	 * one way text gets dates (time/date-formats.ts), as `msg` is for messages.
	 */
	readonly dates: DateStyle;
	/** "Now", in milliseconds since the epoch. */
	readonly now: number;
	/** Makes the calendar interactive (zone picker, downloads, month view, live states). */
	readonly calendar?: CalendarEnvironment;
}
