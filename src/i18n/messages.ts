/**
 * The reader's interface messages (i18n/*.json, banana format), every
 * language: for the build's language packs (build/language-packs.ts), the
 * editor's live preview and the tests. The reader gadget gets only its
 * language's, from its pack (src/i18n/language-pack.ts). Pure.
 *
 * The editor's own messages live apart (i18n/editor/, see
 * editor-messages.ts), so readers never download them.
 */
import en from '../../i18n/en.json';
import de from '../../i18n/de.json';
import es from '../../i18n/es.json';
import fr from '../../i18n/fr.json';
import he from '../../i18n/he.json';
import { LanguageCode } from '../data/types';
import { ChosenMessages, MessageFile, pickMessages } from './language-pack';

export type { ChosenMessages, MessageFile };

/** Every file of i18n/: a language without a file here is never shown (test/i18n/messages.test.ts checks the folder). */
const FILES: Readonly<Record<LanguageCode, MessageFile>> = { en, de, es, fr, he };

export type MessageKey = Exclude<keyof typeof en, '@metadata'>;

/**
 * The reader's messages for `chain` (see pickMessages).
 *
 * @param chain
 */
export function messagesFor( chain: readonly LanguageCode[] ): ChosenMessages {
	return pickMessages( FILES, chain );
}
