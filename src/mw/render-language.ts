/**
 * The page's languages from `mw.config`, and the language gadgets a page
 * view needs: the loader's part of the language choice, small because the
 * loader runs on every page (the choice itself is pure:
 * data/page-language.ts, i18n/language-modules.ts).
 */
import { PageLanguageFacts, renderLanguage, translationLanguage } from '../data/page-language';
import { LanguageCode } from '../data/types';
import { languageModules, messageLanguageOf, MESSAGES_GADGET } from '../i18n/language-modules';

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

/** The language gadgets for this page view (its messages, dates, chain), requested with the renderer. */
export function currentLanguageModules(): string[] {
	return languageModules( currentRenderLanguage() );
}

/**
 * The messages gadget of the user's interface language, which also carries
 * the "help translate" line's few messages (that line speaks the user's
 * language, not the page's).
 */
export function userMessagesModule(): string {
	return `ext.gadget.${ MESSAGES_GADGET }${ messageLanguageOf( mw.config.get( 'wgUserLanguage' ) as string ) }`;
}
