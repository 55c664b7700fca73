/**
 * The interface messages (i18n/*.json, banana format), bundled into the
 * gadget. Pure: picks the messages for a language along its fallback chain.
 */
import en from '../../i18n/en.json';
import de from '../../i18n/de.json';
import he from '../../i18n/he.json';
import { LanguageCode } from '../data/types';

type MessageFile = Record<string, unknown>;

const FILES: Readonly<Record<LanguageCode, MessageFile>> = { en, de, he };

export type MessageKey = Exclude<keyof typeof en, '@metadata'>;

/** Languages that have a message file. */
export function messageLanguages(): LanguageCode[] {
	return Object.keys( FILES );
}

/**
 * Every message in the first language of `chain` that has it, English last:
 * a partly translated language still gets every key. Also returns, for each
 * key, the language its text is in.
 *
 * @param chain
 */
export function messagesFor( chain: readonly LanguageCode[] ): { messages: Record<string, string>; languages: Record<string, LanguageCode> } {
	const messages: Record<string, string> = {};
	const languages: Record<string, LanguageCode> = {};
	const order = !chain.includes( 'en' ) ? [ ...chain, 'en' ] : chain;
	for ( const lang of order ) {
		const file = FILES[ lang ];
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
