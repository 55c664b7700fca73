/**
 * Everything the renderer needs from `mw`, read in one place: the language,
 * the messages, the time zone and how to link to pages.
 */
import { directionOf, fallbackChain } from '../data/language';
import { LanguageCode } from '../data/types';
import type { LanguagePack } from '../i18n/language-pack';
import type { MessageKey } from '../i18n/messages';
import { loadedLanguagePack } from './language-pack';
import { CalendarEnvironment, RenderContext } from '../render/context';
import { currentZoneName } from '../time/zone-list';
import { ZoneChoice, zoneFromTimeCorrection } from '../time/zones';

export { currentRenderLanguage, currentTranslationLanguage } from './render-language';

export function isLoggedIn(): boolean {
	return !mw.user.isAnon();
}

/** The browser's IANA zone, or undefined when it does not say. */
export function browserZoneName(): string | undefined {
	try {
		const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
		return zone ? currentZoneName( zone ) : undefined;
	} catch {
		return undefined;
	}
}

/** The reader's zone: their `timecorrection` preference, else the browser's. */
export function currentZone(): ZoneChoice {
	const browserZone = browserZoneName();
	const pref = isLoggedIn() ? mw.user.options.get( 'timecorrection' ) as string | null : null;
	return zoneFromTimeCorrection( pref, browserZone );
}

/**
 * The reader's date format preference (Special:Preferences → Appearance →
 * Date format: `default`, `dmy`, `mdy`, `ymd`, `ISO 8601`, or one of their
 * language's own); anonymous readers have the wiki's default, `default`.
 */
function currentDatePreference(): string | undefined {
	const pref = mw.user.options.get( 'date' ) as unknown;
	return typeof pref === 'string' && pref ? pref : undefined;
}

/**
 * A RenderContext for `lang` backed by `mw`: the messages of its language
 * pack are put into mw.messages and read back through mw.message; its date
 * formats go into `dates`.
 *
 * @param lang
 * @param zone
 * @param now
 * @param calendar Makes the calendar interactive (the reader gadget).
 * @param pack The messages and date formats of `lang`: by default from the
 *  language gadgets loaded with the renderer; the editor passes its own.
 */
export function createRenderContext( lang: LanguageCode, zone: ZoneChoice, now: number, calendar?: CalendarEnvironment, pack: LanguagePack = loadedLanguagePack( lang ) ): RenderContext {
	const userChain = mw.language.getFallbackLanguageChain();
	const chain = fallbackChain( lang, pack.locale.chain ? [ lang, ...pack.locale.chain ] : userChain );
	const { messages, languages } = pack.messages;
	mw.messages.set( messages );
	return {
		doc: document,
		lang,
		dir: directionOf( lang ),
		chain,
		// Until a data page is read; renderViews puts its defaultLanguage here.
		defaultLanguage: 'en',
		msg: ( key: MessageKey, ...params: ( string | number )[] ) => mw.message( key, ...params.map( String ) ).text(),
		msgLanguage: ( key: MessageKey ) => languages[ key ] || 'en',
		wikiUrl: ( title: string, query?: Record<string, string> ) => mw.util.getUrl( title, query ),
		zone,
		dates: { lang, preference: currentDatePreference(), formats: pack.locale.formats, digits: pack.locale.digits },
		now,
		calendar
	};
}
