/**
 * Picks the text of a LocalisedText for a reader, following a fallback chain. Pure.
 */
import { LanguageCode, LocalisedText } from './types';

export interface PickedText {
	readonly text: string;
	/** The language the text is actually in (differs from the wanted one on fallback). */
	readonly lang: LanguageCode;
}

/**
 * The text in the first language of `chain` that has one; otherwise in
 * `defaultLanguage`; otherwise in whichever language comes first.
 *
 * @param value
 * @param chain
 * @param defaultLanguage
 */
export function pickText( value: LocalisedText, chain: readonly LanguageCode[], defaultLanguage: LanguageCode ): PickedText {
	for ( const lang of [ ...chain, defaultLanguage, ...Object.keys( value ) ] ) {
		const text = Object.prototype.hasOwnProperty.call( value, lang ) ? value[ lang ] : undefined;
		if ( text !== undefined ) {
			return { text, lang };
		}
	}
	// The validator never gives a text without a language.
	return { text: '', lang: defaultLanguage };
}

/**
 * Every language that some text of the data is written in (for language switchers).
 *
 * @param texts
 */
export function languagesOf( texts: Iterable<LocalisedText> ): LanguageCode[] {
	const seen: LanguageCode[] = [];
	for ( const text of texts ) {
		for ( const lang of Object.keys( text ) ) {
			if ( !seen.includes( lang ) ) {
				seen.push( lang );
			}
		}
	}
	return seen.sort();
}
