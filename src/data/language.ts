/**
 * Language codes and text direction, as MediaWiki writes them. Pure.
 */
import { LanguageCode } from './types';

/** MediaWiki language codes: `de`, `pt-br`, `be-tarask`, `zh-hans`, `de-formal`… */
const LANGUAGE_CODE_RE = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/;

export function isLanguageCode( value: string ): boolean {
	return LANGUAGE_CODE_RE.test( value );
}

/**
 * Languages MediaWiki 1.43 writes right to left: those whose
 * `languages/messages/Messages*.php` sets `$rtl = true`, or inherits it
 * through `$fallback` (`ug` from `ug-arab`). `test/data/language.test.ts`
 * compares this with MediaWiki's own files.
 */
export const RTL_LANGUAGES: readonly LanguageCode[] = [
	'acm', 'aeb', 'aeb-arab', 'aii', 'apc', 'ar', 'arc', 'arq', 'ary', 'arz', 'azb', 'bcc', 'bft',
	'bgc-arab', 'bgn', 'bqi', 'ckb', 'dv', 'en-rtl', 'fa', 'fuc', 'glk', 'he', 'hno', 'khw',
	'kk-arab', 'kk-cn', 'ks', 'ks-arab', 'ku-arab', 'lad-hebr', 'lki', 'lrc', 'luz', 'mey', 'ms-arab',
	'mzn', 'nqo', 'ota', 'phr', 'pnb', 'prs', 'ps', 'sd', 'sdh', 'skr', 'skr-arab', 'tmr', 'trw',
	'ug', 'ug-arab', 'ur', 'yi'
];

/**
 * The direction MediaWiki writes `lang` in (`ltr` for codes it does not know).
 *
 * @param lang
 */
export function directionOf( lang: LanguageCode ): 'ltr' | 'rtl' {
	return RTL_LANGUAGES.includes( lang ) ? 'rtl' : 'ltr';
}

/**
 * A fallback chain for `lang`: the language, then its shorter forms
 * (`de-formal` → `de`), then English. `known` (MediaWiki's own chain for the
 * user language, when that is the language asked for) comes first.
 *
 * @param lang
 * @param known
 */
export function fallbackChain( lang: LanguageCode, known: readonly LanguageCode[] = [] ): LanguageCode[] {
	const chain: LanguageCode[] = [];
	const add = ( code: LanguageCode ) => {
		if ( code && !chain.includes( code ) ) {
			chain.push( code );
		}
	};
	if ( known.length && known[ 0 ] === lang ) {
		known.forEach( add );
	}
	add( lang );
	const parts = lang.split( '-' );
	while ( parts.length > 1 ) {
		parts.pop();
		add( parts.join( '-' ) );
	}
	add( 'en' );
	return chain;
}
