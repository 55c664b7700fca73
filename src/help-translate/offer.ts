/**
 * Whether a page view offers the "help translate" line, and for which data
 * page: only on a translation page (`…/de`), only to a logged-in user whom
 * the data request itself (`intestactions=edit`, asked of logged-in users
 * only) found able to edit the data page, and not once that user hid the
 * line for that language. Anonymous readers are ruled out before anything
 * is asked or loaded. Pure.
 */
import type { LanguageCode } from '../data/types';
import type { DataPageResult } from '../mw/load-data-pages';

/** What the line needs: the data page, its text, and the page's language. */
export interface HelpTranslateOffer {
	/** Which of `OfferFacts#results` (the line goes above that placeholder). */
	readonly index: number;
	readonly title: string;
	readonly text: string;
	readonly language: LanguageCode;
}

export interface OfferFacts {
	readonly loggedIn: boolean;
	/** The translation page's language; null on any other page. */
	readonly language: LanguageCode | null;
	/** The answer for each placeholder, in their order (undefined: none). */
	readonly results: readonly ( DataPageResult | undefined )[];
	/** Whether the user hid the line for `language`. */
	isHidden( language: LanguageCode ): boolean;
}

/**
 * Where the user's choice to hide the line for `language` is kept
 * (`mw.storage`, one key per language).
 *
 * @param language
 */
export function hiddenKey( language: LanguageCode ): string {
	return `crs-team-help-translate-hidden-${ language }`;
}

/**
 * The first data page the user may help translate here, or null.
 *
 * @param facts
 */
export function helpTranslateOffer( facts: OfferFacts ): HelpTranslateOffer | null {
	const { language } = facts;
	if ( !facts.loggedIn || !language || facts.isHidden( language ) ) {
		return null;
	}
	const index = facts.results.findIndex( ( r ) => !!r && r.kind === 'ok' && r.canEdit );
	const result = facts.results[ index ];
	return result && result.kind === 'ok' ? { index, title: result.title, text: result.text, language } : null;
}
