/**
 * Everything the renderer needs from `mw`, read in one place: the language,
 * the messages, the time zone and how to link to pages.
 */
import { directionOf, fallbackChain } from '../data/language';
import { PageLanguageFacts, renderLanguage, translationLanguage } from '../data/page-language';
import { LanguageCode } from '../data/types';
import { MessageKey, messagesFor } from '../i18n/messages';
import { CalendarEnvironment, RenderContext } from '../render/context';
import { currentZoneName } from '../time/zone-list';
import { ZoneChoice, zoneFromTimeCorrection } from '../time/zones';

function pageLanguageFacts(): PageLanguageFacts {
	return {
		pageName: mw.config.get( 'wgPageName' ) as string,
		pageContentLanguage: mw.config.get( 'wgPageContentLanguage' ) as string,
		wikiContentLanguage: mw.config.get( 'wgContentLanguage' ) as string,
		userLanguage: mw.config.get( 'wgUserLanguage' ) as string,
		translatePageTranslation: mw.config.get( 'wgTranslatePageTranslation' ) as string | null
	};
}

/** The language to render in, following the page (translations) or the reader. */
export function currentRenderLanguage(): LanguageCode {
	return renderLanguage( pageLanguageFacts() );
}

/** The page's language when it is a translation page (`…/de`), else null. */
export function currentTranslationLanguage(): LanguageCode | null {
	return translationLanguage( pageLanguageFacts() );
}

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
 * A RenderContext for `lang` backed by `mw`: our messages are put into
 * mw.messages (for `lang`, falling back to English key by key) and read
 * back through mw.message.
 *
 * @param lang
 * @param zone
 * @param now
 * @param calendar Makes the calendar interactive (the reader gadget).
 */
export function createRenderContext( lang: LanguageCode, zone: ZoneChoice, now: number, calendar?: CalendarEnvironment ): RenderContext {
	const userChain = mw.language.getFallbackLanguageChain();
	const chain = fallbackChain( lang, userChain );
	const { messages, languages } = messagesFor( chain );
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
		datePreference: currentDatePreference(),
		now,
		calendar
	};
}
