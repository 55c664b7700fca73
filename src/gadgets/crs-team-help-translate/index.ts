/**
 * Gadget "crs-team-help-translate" (hidden): the "help translate" line on a
 * translation page (`help-translate/line.ts`). The renderer loads it after
 * the page has rendered, and only when `help-translate/offer.ts` offers the
 * line (a logged-in user who can edit the data page), so readers never
 * download it and it is never in the first render's way. Its texts come
 * from the user's messages gadget (`crs-team-i18n-<lang>`), loaded with it.
 */
import { directionOf } from '../../data/language';
import { languageProgress } from '../../editor/translation-coverage';
import { helpTranslateLine } from '../../help-translate/line';
import { HelpTranslateOffer, hiddenKey } from '../../help-translate/offer';
import type { EditorMessageKey, Msg } from '../../i18n/editor-messages';
import type { LanguagePackModule } from '../../i18n/language-pack';
import { userMessagesModule } from '../../mw/render-language';

/**
 * The line's three messages in the user's language, from the messages
 * gadget the renderer loaded with this one (not the editor's whole set).
 */
function lineMessages(): Msg {
	const pack = mw.loader.require( userMessagesModule() ) as LanguagePackModule;
	const map = new mw.Map<Record<string, string>>();
	map.set( { ...pack.helpTranslate } );
	return ( key: EditorMessageKey, ...params: string[] ) => new mw.Message( map, key, params ).text();
}

/**
 * The language's name in the user's language ("German"), or its code when
 * the browser cannot name it.
 *
 * @param code
 * @param userLanguage
 */
function languageName( code: string, userLanguage: string ): string {
	try {
		return new Intl.DisplayNames( [ userLanguage, 'en' ], { type: 'language' } ).of( code ) || code;
	} catch {
		return code;
	}
}

/**
 * Puts the line above `anchor` (the first placeholder of the data page),
 * replacing one shown before.
 *
 * @param anchor
 * @param offer
 */
export function showHelpTranslate( anchor: HTMLElement, offer: HelpTranslateOffer ): void {
	const progress = languageProgress( offer.text, offer.language );
	const parent = anchor.parentNode;
	if ( !progress || !parent ) {
		return;
	}
	const userLanguage = mw.config.get( 'wgUserLanguage' ) as string;
	const line = helpTranslateLine( document, {
		msg: lineMessages(),
		lang: userLanguage,
		dir: directionOf( userLanguage ),
		languageName: languageName( offer.language, userLanguage ),
		progress,
		href: mw.util.getUrl( offer.title, { action: 'edit', withgadget: 'crs-team-editor', 'crs-translate': offer.language } ),
		onHide: () => {
			mw.storage.set( hiddenKey( offer.language ), '1' );
		}
	} );
	Array.prototype.forEach.call( document.querySelectorAll( '.crs-help-translate' ), ( old: Element ) => old.remove() );
	parent.insertBefore( line, anchor );
}
