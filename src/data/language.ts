/**
 * Language codes and text direction, as MediaWiki writes them. Pure.
 */
import { LanguageCode } from './types';

/** MediaWiki language codes: `de`, `pt-br`, `be-tarask`, `zh-hans`, `de-formal`… */
const LANGUAGE_CODE_RE = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/;

export function isLanguageCode( value: string ): boolean {
	return LANGUAGE_CODE_RE.test( value );
}

/** Languages MediaWiki writes right to left (from its Messages*.php `$rtl`). */
const RTL_LANGUAGES = [
	'aeb', 'aeb-arab', 'ar', 'arc', 'arq', 'ary', 'arz', 'azb', 'bal', 'bcc', 'bgn', 'bqi', 'ckb', 'dv',
	'fa', 'glk', 'he', 'khw', 'kk-arab', 'kk-cn', 'ks', 'ks-arab', 'ku-arab', 'lki', 'lrc', 'luz',
	'mzn', 'nqo', 'ota', 'pnb', 'ps', 'sd', 'sdh', 'skr', 'skr-arab', 'ug', 'ug-arab', 'ur', 'ydd', 'yi'
] as const;

export function directionOf( lang: LanguageCode ): 'ltr' | 'rtl' {
	return ( RTL_LANGUAGES as readonly string[] ).includes( lang ) ? 'rtl' : 'ltr';
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
