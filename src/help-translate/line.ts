/**
 * The "help translate" line above the team page on a translation page:
 * "German: 12 of 40 texts translated — help translate", a dismissable Codex
 * notice (CSS-only `cdx-message`), in the user's interface language (marked
 * with its `lang` and `dir`, since it sits in a page of another language).
 * DOM only: the counts come from `editor/translation-coverage.ts`.
 */
import type { LanguageCoverage } from '../editor/translation-coverage';
import type { Msg } from '../i18n/editor-messages';
import { codexMessage } from '../render/codex-message';
import { el } from '../render/dom';

export interface HelpTranslateLineOptions {
	readonly msg: Msg;
	/** The interface language the line is written in, and its direction. */
	readonly lang: string;
	readonly dir: 'ltr' | 'rtl';
	/** The translation's language in words ("German"). */
	readonly languageName: string;
	readonly progress: LanguageCoverage;
	/** The data page's edit form in Translate mode for that language. */
	readonly href: string;
	/** The user hid the line (it is gone already). */
	onHide(): void;
}

// A private-use character that never occurs in messages marks where the link goes.
const LINK_MARK = '\uE002';

/**
 * The line, ready to be put above the team page.
 *
 * @param doc
 * @param options
 */
export function helpTranslateLine( doc: Document, options: HelpTranslateLineOptions ): HTMLElement {
	const { msg, progress } = options;
	const link = el( doc, 'a', { className: 'crs-help-translate__link', attrs: { href: options.href } }, msg( 'crs-team-editor-help-translate-link' ) );
	const [ before = '', after = '' ] = msg( 'crs-team-editor-help-translate', options.languageName,
		String( progress.translated ), String( progress.total ), LINK_MARK ).split( LINK_MARK );
	const hide = el( doc, 'button', {
		className: 'cdx-button cdx-button--action-default cdx-button--weight-quiet cdx-button--size-medium cdx-button--icon-only cdx-message__dismiss-button',
		attrs: { type: 'button', 'aria-label': msg( 'crs-team-editor-help-translate-hide' ), title: msg( 'crs-team-editor-help-translate-hide' ) }
	}, el( doc, 'span', { className: 'crs-help-translate__hide-icon', attrs: { 'aria-hidden': 'true' } }, '\u00D7' ) );
	const line = codexMessage( doc, {
		type: 'notice',
		className: 'cdx-message--user-dismissable crs-help-translate',
		attrs: { lang: options.lang, dir: options.dir, 'data-crs-language': progress.language }
	}, before, link, after );
	line.appendChild( hide );
	hide.addEventListener( 'click', () => {
		line.remove();
		options.onHide();
	} );
	return line;
}
