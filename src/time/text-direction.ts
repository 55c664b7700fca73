/**
 * Which languages are written right to left, for the month view's layout and
 * the Unicode isolates around zone names. The one place that knows it in
 * this folder: to be replaced by `directionOf` from `src/data/language.ts`
 * once that table is the project's only one.
 *
 * Pure.
 */

/** Languages written right to left (MediaWiki codes, without script subtags). */
const RTL_LANGUAGES = [
	'aeb', 'ar', 'arc', 'arq', 'ary', 'arz', 'azb', 'bcc', 'bgn', 'bqi', 'ckb', 'dv', 'fa', 'glk',
	'he', 'hno', 'khw', 'kk-arab', 'ks', 'ks-arab', 'ku-arab', 'lki', 'lrc', 'luz', 'mzn', 'nqo',
	'pnb', 'ps', 'sd', 'sdh', 'skr', 'skr-arab', 'ug', 'ug-arab', 'ur', 'yi'
] as const;

/**
 * Whether a MediaWiki language is written right to left.
 *
 * @param lang MediaWiki language code.
 * @return {boolean}
 */
export function isRtlLanguage( lang: string ): boolean {
	const code = String( lang || '' ).toLowerCase();
	if ( /-(arab|hebr|thaa|nkoo|syrc|adlm|rohg)(-|$)/.test( code ) ) {
		return true;
	}
	if ( /-[a-z]{4}(-|$)/.test( code ) ) {
		// Another script subtag (Latn, Cyrl…): left to right.
		return false;
	}
	const list: readonly string[] = RTL_LANGUAGES;
	return list.includes( code ) || list.includes( code.split( '-' )[ 0 ] || '' );
}
