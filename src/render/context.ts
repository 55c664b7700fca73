/**
 * What the renderers need from the outside world, passed in explicitly so
 * that they run the same in the reader gadget, the editor's live preview, the
 * local preview and the tests (none of them touches `mw` directly).
 */
import { LanguageCode } from '../data/types';
import { MessageKey } from '../i18n/messages';
import { ZoneChoice } from '../time/zones';

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
	/** URL of a wiki page (mw.util.getUrl on the wiki). */
	pageUrl( title: string, query?: Record<string, string> ): string;
	/** The time zone times are shown in. */
	readonly zone: ZoneChoice;
	/** "Now", in milliseconds since the epoch. */
	readonly now: number;
}
