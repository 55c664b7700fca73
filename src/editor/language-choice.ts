/**
 * Choosing a target language by code, English name or autonym ("de",
 * "German", "Deutsch", "עברית"), from the list MediaWiki gives
 * (`meta=languageinfo`). Pure.
 */
import { directionOf, isLanguageCode } from '../data/language';
import type { LanguageCode } from '../data/types';

export interface LanguageInfo {
	readonly code: LanguageCode;
	/** The language's name in itself, e.g. "Deutsch". */
	readonly autonym: string;
	/** Its name in the interface language, e.g. "German". */
	readonly name: string;
	readonly dir: 'ltr' | 'rtl';
}

/** How a language is shown in the list: autonym, name and code. */
export function languageLabel( info: LanguageInfo ): string {
	return info.autonym && info.autonym !== info.name ? `${ info.autonym } — ${ info.name } (${ info.code })` : `${ info.name || info.code } (${ info.code })`;
}

/**
 * The language `query` names: a code (known or not, when it has a code's
 * form), an autonym or name (any case), or the one language whose label
 * starts with it; `null` when none or several do.
 *
 * @param query What the translator typed or picked
 * @param list The wiki's languages (may be empty when it could not tell)
 */
export function findLanguage( query: string, list: readonly LanguageInfo[] ): LanguageInfo | null {
	const typed = query.trim();
	const lower = typed.toLowerCase();
	if ( !lower ) {
		return null;
	}
	const byLabel = list.find( ( l ) => languageLabel( l ) === typed );
	const exact = byLabel || list.find( ( l ) => l.code === lower ) ||
		list.find( ( l ) => l.autonym.toLowerCase() === lower || l.name.toLowerCase() === lower );
	if ( exact ) {
		return exact;
	}
	const starting = list.filter( ( l ) => l.autonym.toLowerCase().startsWith( lower ) || l.name.toLowerCase().startsWith( lower ) );
	if ( starting.length === 1 && starting[ 0 ] ) {
		return starting[ 0 ];
	}
	if ( !list.length && isLanguageCode( lower ) ) {
		return { code: lower, autonym: '', name: lower, dir: directionOf( lower ) };
	}
	return null;
}
