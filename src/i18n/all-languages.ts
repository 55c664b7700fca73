/**
 * Every language's pack, from the full tables: the reader's messages of
 * every language of ours, MediaWiki's date formats and digits
 * (`time/mediawiki-date-formats.json`) and fallback chains
 * (`data/mediawiki-fallbacks.json`). What the build cuts into the language
 * gadgets (build/language-packs.ts), and what the editor's live preview
 * (which can switch to any language), the local preview's stand-ins and the
 * tests use. The reader gadget never imports it (test/build/language-packs.test.ts
 * checks the built renderer). Pure.
 */
import { fallbacks as FALLBACKS } from '../data/mediawiki-fallbacks.json';
import { fallbackChain } from '../data/language';
import { LanguageCode } from '../data/types';
import { DateStyle, FormatSet } from '../time/date-formats';
import DATE_TABLE from '../time/mediawiki-date-formats.json';
import { LanguagePack, LocaleFacts } from './language-pack';
import { messagesFor } from './messages';

const has = ( record: object, key: string ): boolean => Object.prototype.hasOwnProperty.call( record, key );

/**
 * What MediaWiki says about `lang`: its formats (unless English's), its
 * digits (unless ASCII) and its fallback chain after itself (unless none);
 * `{}` for a language it says nothing special about.
 *
 * @param lang
 */
export function localeFacts( lang: LanguageCode ): LocaleFacts {
	const languages = DATE_TABLE.languages as Readonly<Record<string, number>>;
	const digits = DATE_TABLE.digits as Readonly<Record<string, string>>;
	const chains = FALLBACKS as Readonly<Record<string, readonly string[]>>;
	return {
		...( has( languages, lang ) ? { formats: DATE_TABLE.formats[ languages[ lang ]! ] as unknown as FormatSet } : {} ),
		...( has( digits, lang ) ? { digits: digits[ lang ] } : {} ),
		...( has( chains, lang ) ? { chain: chains[ lang ] } : {} )
	};
}

/** Every language MediaWiki says something special about (formats, digits or a chain). */
export function languagesWithFacts(): LanguageCode[] {
	return Array.from( new Set( [ ...Object.keys( DATE_TABLE.languages ), ...Object.keys( DATE_TABLE.digits ), ...Object.keys( FALLBACKS ) ] ) ).sort();
}

/**
 * `lang`'s chain: itself, MediaWiki's fallbacks, its shorter forms, English.
 *
 * @param lang
 */
export function chainOf( lang: LanguageCode ): LanguageCode[] {
	const facts = localeFacts( lang );
	return fallbackChain( lang, facts.chain ? [ lang, ...facts.chain ] : [] );
}

/**
 * The pack of `lang`, as the gadgets give it to the reader.
 *
 * @param lang
 */
export function fullLanguagePack( lang: LanguageCode ): LanguagePack {
	return { messages: messagesFor( chainOf( lang ) ), locale: localeFacts( lang ) };
}

/**
 * How dates are written in `lang` with the date preference `preference`.
 *
 * @param lang
 * @param preference
 */
export function dateStyle( lang: LanguageCode, preference?: string | null ): DateStyle {
	const { formats, digits } = localeFacts( lang );
	return { lang, preference, formats, digits };
}
