/**
 * Translate mode's writing: puts a translation into the data page as a
 * minimal edit, with the hash of the source text it was made from beside it
 * (`"_source": { "de": "1a2b3c4d" }`, see `data/source-marker.ts`), so a
 * later change of the source marks it outdated. A plain string becomes
 * `{ "<default>": …, "<target>": …, "_source": { "<target>": … } }`; an
 * object gets the language set (added, or replaced in place). Everything
 * else in the text (formatting, key order, other languages) stays byte for
 * byte. Pure.
 */
import { isLanguageCode } from '../data/language';
import { SOURCE_KEY, hashSource } from '../data/source-marker';
import type { LanguageCode } from '../data/types';
import { replaceValue, setProperty } from '../json/edit';
import { appendKey } from '../json/path';
import { parseWithSourceMap } from '../json/source-map';
import { isJsonObject } from '../json/value';
import { translatableTexts } from './translation-coverage';

export type TranslateEditResult =
	| { readonly ok: true; readonly text: string }
	| { readonly ok: false; readonly error: 'not-json' | 'field' | 'language' | 'default-language' | 'text' | 'no-source' };

/**
 * Writes `translation` as the `language` text of the text at `path`.
 *
 * @param text The data page
 * @param path A path `translatableTexts` gives
 * @param language The target language (not the default language)
 * @param translation The translated text (trimmed; must not be empty)
 */
export function writeTranslation( text: string, path: string, language: LanguageCode, translation: string ): TranslateEditResult {
	const value = translation.trim();
	if ( !isLanguageCode( language ) ) {
		return { ok: false, error: 'language' };
	}
	if ( !value ) {
		return { ok: false, error: 'text' };
	}
	const texts = translatableTexts( text );
	if ( !texts.ok ) {
		return { ok: false, error: 'not-json' };
	}
	if ( language === texts.defaultLanguage ) {
		return { ok: false, error: 'default-language' };
	}
	const item = texts.texts.find( ( t ) => t.path === path );
	if ( !item ) {
		return { ok: false, error: 'field' };
	}
	if ( !item.source ) {
		return { ok: false, error: 'no-source' };
	}
	const hash = hashSource( item.source );
	const parsed = parseWithSourceMap( text );
	const entry = parsed.ok ? parsed.map.get( path ) : undefined;
	const current: unknown = entry ? JSON.parse( text.slice( entry.value.start.offset, entry.value.end.offset ) ) : undefined;
	if ( typeof current === 'string' ) {
		return done( replaceValue( text, path, { [ texts.defaultLanguage ]: current, [ language ]: value, [ SOURCE_KEY ]: { [ language ]: hash } } ) );
	}
	const written = setProperty( text, path, language, value );
	if ( !written.ok ) {
		return { ok: false, error: 'field' };
	}
	const markerPath = appendKey( path, SOURCE_KEY );
	const withMarker = isJsonObject( current ) && isJsonObject( current[ SOURCE_KEY ] ) ?
		setProperty( written.text, markerPath, language, hash ) :
		setProperty( written.text, path, SOURCE_KEY, { [ language ]: hash } );
	return done( withMarker );
}

function done( result: ReturnType<typeof setProperty> ): TranslateEditResult {
	return result.ok ? { ok: true, text: result.text } : { ok: false, error: 'field' };
}
