/**
 * The editor gadget's own interface messages (i18n/editor/*.json, banana
 * format): only the edit form needs them, so they are not in the reader's
 * bundle. Pure.
 */
import en from '../../i18n/editor/en.json';
import de from '../../i18n/editor/de.json';
import es from '../../i18n/editor/es.json';
import fr from '../../i18n/editor/fr.json';
import he from '../../i18n/editor/he.json';
import { LanguageCode } from '../data/types';
import { ChosenMessages, MessageFile, pickMessages } from './language-pack';

/** Every file of i18n/editor/ (test/i18n/editor-messages.test.ts checks the folder). */
const FILES: Readonly<Record<LanguageCode, MessageFile>> = { en, de, es, fr, he };

export type EditorMessageKey = Exclude<keyof typeof en, '@metadata'>;

/** Formats an editor message with its parameters (`mw.message` in the gadget, the JSON files in tests). */
export type Msg = ( key: EditorMessageKey, ...params: string[] ) => string;

/**
 * The editor's messages for `chain`, English last.
 *
 * @param chain
 */
export function editorMessagesFor( chain: readonly LanguageCode[] ): ChosenMessages {
	return pickMessages( FILES, chain );
}
