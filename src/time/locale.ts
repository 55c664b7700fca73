/**
 * MediaWiki language codes as `Intl` wants them: BCP 47 tags, and the
 * locale list (language, then English, Gregorian calendar) every formatter
 * of this folder is built with.
 *
 * Pure: no `mw`, no DOM.
 */

/** MediaWiki codes that are not BCP 47 tags (or not the ones `Intl` knows). */
const MEDIAWIKI_TO_BCP47: Readonly<Record<string, string>> = {
	simple: 'en',
	als: 'gsw',
	'bat-smg': 'sgs',
	'be-x-old': 'be-tarask',
	'cbk-zam': 'cbk',
	'fiu-vro': 'vro',
	nrm: 'nrf',
	no: 'nb',
	'roa-rup': 'rup',
	'roa-tara': 'it',
	'sr-ec': 'sr-Cyrl',
	'sr-el': 'sr-Latn',
	'zh-classical': 'lzh',
	'zh-min-nan': 'nan',
	'zh-yue': 'yue',
	'en-simple': 'en'
};

const tagCache = new Map<string, string>();

/**
 * The BCP 47 tag for a MediaWiki language code: `pt-br` → `pt-BR`,
 * `zh-hans` → `zh-Hans`, `sr-ec` → `sr-Cyrl`, `de-formal` → `de`,
 * `simple` → `en`. Codes `Intl` rejects give `en`.
 *
 * @param lang MediaWiki language code.
 * @return {string}
 */
export function toBcp47( lang: string ): string {
	const cached = tagCache.get( lang );
	if ( cached !== undefined ) {
		return cached;
	}
	let code = String( lang || '' ).trim().toLowerCase().replace( /_/g, '-' );
	code = MEDIAWIKI_TO_BCP47[ code ] || code.replace( /-(in)?formal$/, '' );
	const tag = code.split( '-' ).map( ( sub, i ) => {
		if ( i === 0 ) {
			return sub;
		}
		if ( /^[a-z]{2}$/.test( sub ) ) {
			return sub.toUpperCase();
		}
		if ( /^[a-z]{4}$/.test( sub ) ) {
			return sub.charAt( 0 ).toUpperCase() + sub.slice( 1 );
		}
		return sub;
	} ).join( '-' );
	let result = 'en';
	if ( tag ) {
		try {
			result = Intl.getCanonicalLocales( tag )[ 0 ] || 'en';
		} catch ( e ) {
			result = 'en';
		}
	}
	tagCache.set( lang, result );
	return result;
}

/**
 * The locale list to hand `Intl` for a MediaWiki language: the language in the
 * Gregorian calendar, then English, so an unsupported language falls back to
 * English rather than to the browser's own language.
 *
 * @param lang
 * @return {string[]}
 */
export function intlLocales( lang: string ): string[] {
	const tag = toBcp47( lang );
	const withCalendar = ( t: string ): string => !t.includes( '-u-' ) ? t + '-u-ca-gregory' : t;
	return tag === 'en' ? [ withCalendar( 'en' ) ] : [ withCalendar( tag ), withCalendar( 'en' ) ];
}
