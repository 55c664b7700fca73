/**
 * The one data request of a page view, as the renderer uses it: every
 * placeholder's `data-source` as written, read with `loadDataPages`, whose
 * first answer is the loader's own request when it asked the same
 * (early-request.ts; data-query.ts builds the one URL both send).
 */
import { EarlyRequest, queryTitles } from './data-query';
import { DataPageResult, loadDataPages } from './load-data-pages';

/** The answers by title as asked (`queryTitles`: the `data-source`, trimmed). */
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
 * Requests the data pages named by `sources`, in one request (or none, when
 * the loader's request asked the same).
 *
 * @param sources The placeholders' `data-source` values.
 * @param early The loader's request, if it made one
 */
export function requestDataPages( sources: readonly string[], early?: EarlyRequest | null ): Promise<DataPageResults> {
	// Whether the user can edit is asked only of logged-in users: it makes the answer private.
	return loadDataPages( new mw.Api(), queryTitles( sources ), { checkEdit: !mw.user.isAnon(), early } );
}

/**
 * The answer for one `data-source`, or undefined when it is no title
 * (then `noTitleReason` says why).
 *
 * @param results
 * @param source
 */
export function resultFor( results: DataPageResults, source: string ): DataPageResult | undefined {
	return dataTitle( source ) ? results.get( source.trim() ) : undefined;
}
