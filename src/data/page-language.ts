/**
 * Which language the team page is rendered in. Pure.
 */
import { LanguageCode } from './types';

export interface PageLanguageFacts {
	/** wgPageName, e.g. `Community_Resilience_and_Sustainability/de`. */
	readonly pageName: string;
	/** wgPageContentLanguage: the language of this page's text. */
	readonly pageContentLanguage: LanguageCode;
	/** wgContentLanguage: the wiki's language. */
	readonly wikiContentLanguage: LanguageCode;
	/** wgUserLanguage: the reader's interface language. */
	readonly userLanguage: LanguageCode;
	/** wgTranslatePageTranslation from the Translate extension, when present. */
	readonly translatePageTranslation?: string | null;
}

/**
 * The language of a translation page (`…/de`, or a page whose language was
 * set apart from the wiki's), or null for any other page.
 *
 * @param facts
 */
export function translationLanguage( facts: PageLanguageFacts ): LanguageCode | null {
	const pageLang = facts.pageContentLanguage;
	const lastSegment = facts.pageName.split( '/' ).pop() || '';
	const isTranslation = facts.translatePageTranslation === 'translation' ||
		( facts.pageName.includes( '/' ) && lastSegment.toLowerCase() === pageLang.toLowerCase() ) ||
		pageLang !== facts.wikiContentLanguage;
	return isTranslation ? pageLang : null;
}

/**
 * A translation page is read in its own language; every other page in the
 * reader's.
 *
 * @param facts
 */
export function renderLanguage( facts: PageLanguageFacts ): LanguageCode {
	return translationLanguage( facts ) || facts.userLanguage;
}
