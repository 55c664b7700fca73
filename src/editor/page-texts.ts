/**
 * The one walk over a data page's translatable texts, shared by the
 * "add a translation" helper (`translation.ts`) and Translate mode
 * (`translation-coverage.ts`): each text's path, the languages it is written
 * in, its non-blank texts by language and the source hashes recorded beside
 * them (`_source`, see `data/source-marker.ts`). Pure.
 */
import { isLanguageCode } from '../data/language';
import { SOURCE_KEY } from '../data/source-marker';
import type { LanguageCode } from '../data/types';
import { parseWithSourceMap } from '../json/source-map';
import { isJsonObject, Json, JsonObject } from '../json/value';
import { TEXT_PATTERNS, walkFields } from './field-patterns';

/** A translatable text of the page, as written. */
export interface PageText {
	/** Its JSON path, e.g. `subteams[1].responsibilities[2]`. */
	readonly path: string;
	/** The language keys it has (`_source` left out); the default language for plain text. */
	readonly languages: readonly LanguageCode[];
	/** Its non-blank texts by language. */
	readonly texts: Readonly<Record<LanguageCode, string>>;
	/** The source hashes recorded beside its translations. */
	readonly sourceHashes: Readonly<Record<LanguageCode, string>>;
}

export type PageTextsResult =
	| { readonly ok: true; readonly root: Json; readonly defaultLanguage: LanguageCode; readonly texts: readonly PageText[] }
	| { readonly ok: false; readonly error: 'not-json'; readonly line: number; readonly column: number };

/** The page's default language as the format reads it (`en` when absent or not a code). */
function defaultLanguageOf( raw: unknown ): LanguageCode {
	const lang = isJsonObject( raw ) ? raw.defaultLanguage : undefined;
	return typeof lang === 'string' && isLanguageCode( lang ) ? lang : 'en';
}

function stringsOf( value: JsonObject, keys: readonly string[] ): Record<string, string> {
	const out: Record<string, string> = {};
	for ( const key of keys ) {
		const item = value[ key ];
		if ( typeof item === 'string' && item.trim() ) {
			out[ key ] = item;
		}
	}
	return out;
}

function readText( path: string, value: Json, defaultLanguage: LanguageCode ): PageText | null {
	if ( typeof value === 'string' ) {
		return { path, languages: [ defaultLanguage ], texts: value.trim() ? { [ defaultLanguage ]: value } : {}, sourceHashes: {} };
	}
	if ( !isJsonObject( value ) ) {
		return null;
	}
	const languages = Object.keys( value ).filter( isLanguageCode );
	const marker = value[ SOURCE_KEY ];
	const sourceHashes: Record<string, string> = {};
	if ( isJsonObject( marker ) ) {
		for ( const key of Object.keys( marker ) ) {
			const hash = marker[ key ];
			if ( typeof hash === 'string' ) {
				sourceHashes[ key ] = hash;
			}
		}
	}
	return { path, languages, texts: stringsOf( value, languages ), sourceHashes };
}

/**
 * Every translatable text of the page, in the order they are written.
 *
 * @param text The data page
 */
export function pageTexts( text: string ): PageTextsResult {
	const parsed = parseWithSourceMap( text );
	if ( !parsed.ok ) {
		return { ok: false, error: 'not-json', line: parsed.error.line, column: parsed.error.column };
	}
	const root = parsed.value as Json;
	const defaultLanguage = defaultLanguageOf( root );
	const texts: PageText[] = [];
	walkFields( root, '', '', ( value, path, pattern ) => {
		const found = TEXT_PATTERNS.has( pattern ) ? readText( path, value, defaultLanguage ) : null;
		if ( found ) {
			texts.push( found );
		}
	} );
	return { ok: true, root, defaultLanguage, texts };
}
