/**
 * The page's languages from `mw.config`, and the language gadgets a page
 * view needs: the loader's part of the language choice, small because the
 * loader runs on every page (the choice itself is pure:
 * data/page-language.ts, i18n/language-modules.ts).
 */
import { PageLanguageFacts, renderLanguage, translationLanguage } from '../data/page-language';
import { LanguageCode } from '../data/types';
import { messageLanguageByCode, messageLanguageOf, MESSAGES_GADGET, modulesFor } from '../i18n/language-modules';

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

/**
 * The render language as the loader guesses it, cheaply: the page's
 * language where it is not the wiki's, else the reader's. Right but for
 * a translation page in the wiki's own language (`Team/en` on an English
 * wiki) read in another language; the renderer, which decides with
 * currentRenderLanguage, then loads its language gadgets itself.
 */
export function likelyRenderLanguage(): LanguageCode {
	const page = mw.config.get( 'wgPageContentLanguage' ) as string;
	return page !== mw.config.get( 'wgContentLanguage' ) ? page : mw.config.get( 'wgUserLanguage' ) as string;
}

/**
 * The language gadgets the loader requests with the renderer for a page in
 * `lang` (its messages, dates, chain), chosen by the code alone: the
 * loader leaves the exceptions table out (see i18n/language-modules.ts),
 * and knows our languages by their messages gadgets being registered.
 *
 * @param lang The render language.
 */
export function loaderLanguageModules( lang: LanguageCode ): string[] {
	return modulesFor( lang, messageLanguageByCode( lang, ( code ) => !!mw.loader.getState( `ext.gadget.${ MESSAGES_GADGET }${ code }` ) ) );
}

/**
 * The messages gadget of the user's interface language, which also carries
 * the "help translate" line's few messages (that line speaks the user's
 * language, not the page's).
 */
export function userMessagesModule(): string {
	return `ext.gadget.${ MESSAGES_GADGET }${ messageLanguageOf( mw.config.get( 'wgUserLanguage' ) as string ) }`;
}
