/**
 * Translate mode's model: every translatable text of a data page with its
 * source (the default language's text), its translation in a target
 * language, and whether that translation is missing, current or outdated
 * (its `_source` hash, see `data/source-marker.ts`, no longer matches the
 * source); and per language, how many texts are translated, outdated and
 * missing. Pure: no `mw`, no DOM.
 */
import { hashSource } from '../data/source-marker';
import type { LanguageCode } from '../data/types';
import { pageTexts } from './page-texts';
import { describePlace, Place } from './text-place';

export type TranslationState = 'missing' | 'translated' | 'outdated';

/** A translatable text of the page. */
export interface TranslatableText {
	/** Its JSON path, e.g. `subteams[1].responsibilities[2]`. */
	readonly path: string;
	/** Where it appears, in parts a message can word. */
	readonly place: Place;
	/** The text in the default language; `` when it has none. */
	readonly source: string;
	/** Its texts by language (the `_source` member left out). */
	readonly translations: Readonly<Record<LanguageCode, string>>;
	/** The source hashes recorded beside the translations. */
	readonly sourceHashes: Readonly<Record<LanguageCode, string>>;
}

export interface LanguageCoverage {
	readonly language: LanguageCode;
	/** Texts translated from the current source (or with no hash recorded). */
	readonly translated: number;
	/** Texts translated from an older source. */
	readonly outdated: number;
	readonly missing: number;
	/** All translatable texts (those with a source text). */
	readonly total: number;
}

export type TranslatableTextsResult =
	| { readonly ok: true; readonly texts: readonly TranslatableText[]; readonly defaultLanguage: LanguageCode }
	| { readonly ok: false; readonly error: 'not-json'; readonly line: number; readonly column: number };

/**
 * Every translatable text of the page, in the order it is written.
 *
 * @param text The data page
 */
export function translatableTexts( text: string ): TranslatableTextsResult {
	const result = pageTexts( text );
	if ( !result.ok ) {
		return result;
	}
	const { root, defaultLanguage } = result;
	const texts = result.texts.map( ( t ): TranslatableText => ( {
		path: t.path,
		place: describePlace( root, t.path ),
		source: t.texts[ defaultLanguage ] || '',
		translations: t.texts,
		sourceHashes: t.sourceHashes
	} ) );
	return { ok: true, texts, defaultLanguage };
}

/**
 * Whether the text has a translation in `language`, and whether it was made
 * from the current source. A translation without a recorded hash counts as
 * translated: nothing says it is older (translations written by hand).
 *
 * @param text
 * @param language
 */
export function stateOf( text: TranslatableText, language: LanguageCode ): TranslationState {
	if ( text.translations[ language ] === undefined ) {
		return 'missing';
	}
	const hash = text.sourceHashes[ language ];
	return hash !== undefined && text.source && hash !== hashSource( text.source ) ? 'outdated' : 'translated';
}

/**
 * Translated, outdated and missing counts for `language`. Texts without a
 * source text (none in the default language) are not counted: there is
 * nothing to translate from.
 *
 * @param texts
 * @param language
 */
export function coverageOf( texts: readonly TranslatableText[], language: LanguageCode ): LanguageCoverage {
	const counts = { translated: 0, outdated: 0, missing: 0 };
	let total = 0;
	for ( const text of texts ) {
		if ( !text.source ) {
			continue;
		}
		total++;
		counts[ stateOf( text, language ) ]++;
	}
	return { language, ...counts, total };
}

/**
 * The coverage of every language some text is written in, except the
 * default language, sorted by code.
 *
 * @param texts
 * @param defaultLanguage
 */
export function coverageByLanguage( texts: readonly TranslatableText[], defaultLanguage: LanguageCode ): LanguageCoverage[] {
	const languages = new Set<LanguageCode>();
	for ( const text of texts ) {
		Object.keys( text.translations ).forEach( ( lang ) => languages.add( lang ) );
	}
	languages.delete( defaultLanguage );
	return [ ...languages ].sort().map( ( lang ) => coverageOf( texts, lang ) );
}

/**
 * Coverage of a data page, per language: the pure entry point.
 *
 * @param text The data page
 */
export function pageCoverage( text: string ): LanguageCoverage[] | null {
	const result = translatableTexts( text );
	return result.ok ? coverageByLanguage( result.texts, result.defaultLanguage ) : null;
}

/**
 * How far the page is translated into `language` (the "help translate"
 * line on a translation page), or null when the page's texts are in that
 * language already or the page is not JSON.
 *
 * @param text The data page
 * @param language
 */
export function languageProgress( text: string, language: LanguageCode ): LanguageCoverage | null {
	const result = translatableTexts( text );
	return result.ok && result.defaultLanguage !== language ? coverageOf( result.texts, language ) : null;
}
