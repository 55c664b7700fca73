/**
 * The one data request of a page view, as the loader starts it (in parallel
 * with loading the renderer) and as the renderer uses it: every placeholder's
 * `data-source`, normalised with mw.Title, read with `loadDataPages` (the same
 * cacheable URL whoever asks).
 */
import { DataPageResult, loadDataPages } from './load-data-pages';

/** The answers by normalised title. */
export type DataPageResults = Map<string, DataPageResult>;

/**
 * The normalised title of a `data-source` ("module:X/data.json" and
 * "Module:X/data.json" share a request), or null when it is no title.
 *
 * @param source
 */
export function dataTitle( source: string ): string | null {
	const title = mw.Title.newFromText( source );
	return title ? title.getPrefixedText() : null;
}

/** MediaWiki's longest title, in UTF-8 bytes. */
const MAX_TITLE_BYTES = 255;

/**
 * Why a `data-source` is no title (`dataTitle` gave null), as the reason of
 * an `invalid` result: `empty`, `too-long`, or `invalid title`. Pure.
 *
 * @param source
 */
export function noTitleReason( source: string ): string {
	if ( !source.trim() ) {
		return 'empty';
	}
	return unescape( encodeURIComponent( source.replace( /[\ud800-\udfff]/g, '?' ) ) ).length > MAX_TITLE_BYTES ? 'too-long' : 'invalid title';
}

/**
 * Requests the data pages named by `sources`, in one request.
 *
 * @param sources The placeholders' `data-source` values.
 */
export function requestDataPages( sources: readonly string[] ): Promise<DataPageResults> {
	const titles = sources.map( dataTitle ).filter( ( t ): t is string => !!t );
	// Whether the user can edit is asked only of logged-in users: it makes the answer private.
	return loadDataPages( new mw.Api(), titles, { checkEdit: !mw.user.isAnon() } );
}
