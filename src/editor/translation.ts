/**
 * The "add a translation" helper's logic: which texts of the data page can be
 * translated, and writing one translation into the text with a minimal edit.
 * A plain-text value becomes an object of translations (its old text kept
 * under the page's default language); an object gets the language added, or
 * replaced when it has it. Pure.
 */
import { isLanguageCode } from '../data/language';
import type { LanguageCode } from '../data/types';
import { EditResult, replaceValue, setProperty } from '../json/edit';
import { parseWithSourceMap } from '../json/source-map';
import { pageTexts } from './page-texts';

/** How much of a text the field list shows. */
const SHOWN_LENGTH = 50;

/** A text of the page that can be translated. */
export interface TextField {
	/** Its JSON path, e.g. `subteams[1].name`. */
	readonly path: string;
	/** The path and the start of the text, e.g. `subteams[1].name — Human Rights`. */
	readonly label: string;
	/** The languages it has, the default language for plain text. */
	readonly languages: readonly LanguageCode[];
}

export type TextFieldsResult =
	| { readonly ok: true; readonly fields: readonly TextField[]; readonly defaultLanguage: LanguageCode }
	| { readonly ok: false; readonly error: 'not-json'; readonly line: number; readonly column: number };

function shorten( text: string ): string {
	const oneLine = text.replace( /\s+/g, ' ' ).trim();
	return oneLine.length > SHOWN_LENGTH ? oneLine.slice( 0, SHOWN_LENGTH - 1 ) + '…' : oneLine;
}

/**
 * Every text of the page that can be translated, in the order they are
 * written, labelled with its path and (the start of) its text in the default
 * language (or its first language).
 *
 * @param text The data page
 */
export function textFields( text: string ): TextFieldsResult {
	const result = pageTexts( text );
	if ( !result.ok ) {
		return result;
	}
	const { defaultLanguage } = result;
	const fields = result.texts.map( ( t ): TextField => {
		const shown = t.texts[ defaultLanguage ] || t.languages.map( ( l ) => t.texts[ l ] ).find( Boolean );
		return { path: t.path, label: shown ? `${ t.path } — ${ shorten( shown ) }` : t.path, languages: t.languages };
	} );
	return { ok: true, fields, defaultLanguage };
}

export interface TranslationInput {
	/** Path of the text, one of `textFields`. */
	readonly path: string;
	/** MediaWiki language code, e.g. `de` or `pt-br`. */
	readonly language: string;
	/** The translated text. */
	readonly text: string;
}

export type TranslationError = 'field' | 'language' | 'unknown-language' | 'text';

export type TranslationResult =
	| ( EditResult & { readonly ok: true } )
	| { readonly ok: false; readonly error: TranslationError }
	| { readonly ok: false; readonly error: 'not-json'; readonly line: number; readonly column: number };

/**
 * Writes a translation of the text at `input.path` into the page.
 *
 * @param text The data page
 * @param input
 * @param known The language codes MediaWiki knows; `null` when the wiki
 *  could not tell (then only the code's form is checked)
 */
export function addTranslation( text: string, input: TranslationInput, known: ReadonlySet<LanguageCode> | null ): TranslationResult {
	const language = input.language.trim().toLowerCase();
	if ( !isLanguageCode( language ) ) {
		return { ok: false, error: 'language' };
	}
	if ( known && !known.has( language ) ) {
		return { ok: false, error: 'unknown-language' };
	}
	const translation = input.text.trim();
	if ( !translation ) {
		return { ok: false, error: 'text' };
	}
	const fields = textFields( text );
	if ( !fields.ok ) {
		return fields;
	}
	const field = fields.fields.find( ( f ) => f.path === input.path );
	if ( !field ) {
		return { ok: false, error: 'field' };
	}
	const parsed = parseWithSourceMap( text );
	const entry = parsed.ok ? parsed.map.get( input.path ) : undefined;
	const isPlain = !!entry && text.charAt( entry.value.start.offset ) === '"';
	let result: EditResult;
	if ( isPlain && language === fields.defaultLanguage ) {
		result = replaceValue( text, input.path, translation );
	} else if ( isPlain ) {
		const old = JSON.parse( text.slice( entry.value.start.offset, entry.value.end.offset ) ) as string;
		result = replaceValue( text, input.path, { [ fields.defaultLanguage ]: old, [ language ]: translation } );
	} else {
		result = setProperty( text, input.path, language, translation );
	}
	if ( !result.ok ) {
		// Not expected once the text parses and the field exists.
		return { ok: false, error: 'field' };
	}
	return result;
}
