/**
 * The reader's interface messages (i18n/*.json, banana format), bundled into
 * the gadgets that render the team page. Pure: picks the messages for a
 * language along its fallback chain.
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

/** One banana file: `@metadata` and a text per key. */
export type MessageFile = Record<string, unknown>;

/** The messages chosen for a chain, and for each key the language its text is in. */
export interface ChosenMessages {
	messages: Record<string, string>;
	languages: Record<string, LanguageCode>;
}

/** Every file of i18n/: a language without a file here is never shown (test/i18n/messages.test.ts checks the folder). */
const FILES: Readonly<Record<LanguageCode, MessageFile>> = { en, de, es, fr, he };

export type MessageKey = Exclude<keyof typeof en, '@metadata'>;

/**
 * Every message of `files` in the first language of `chain` that has it,
 * English last: a partly translated language still gets every key.
 *
 * @param files Message files by language code
 * @param chain
 */
export function pickMessages( files: Readonly<Record<LanguageCode, MessageFile>>, chain: readonly LanguageCode[] ): ChosenMessages {
	const messages: Record<string, string> = {};
	const languages: Record<string, LanguageCode> = {};
	const order = !chain.includes( 'en' ) ? [ ...chain, 'en' ] : chain;
	for ( const lang of order ) {
		const file = files[ lang ];
		if ( !file ) {
			continue;
		}
		for ( const key of Object.keys( file ) ) {
			const text = file[ key ];
			if ( key !== '@metadata' && typeof text === 'string' && !Object.prototype.hasOwnProperty.call( messages, key ) ) {
				messages[ key ] = text;
				languages[ key ] = lang;
			}
		}
	}
	return { messages, languages };
}

/**
 * The reader's messages for `chain` (see pickMessages).
 *
 * @param chain
 */
export function messagesFor( chain: readonly LanguageCode[] ): ChosenMessages {
	return pickMessages( FILES, chain );
}
