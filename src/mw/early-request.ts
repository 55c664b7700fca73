/**
 * The loader's data request: a plain `fetch` of the renderer's own URL
 * (data-query.ts), sent as soon as the loader finds placeholders, with no
 * module to load first. The renderer reads the answer (`readEarlyAnswer`
 * in load-data-pages.ts: the same failure codes as mw.Api's, and the same
 * retries), so the loader, which every page view downloads, stays small.
 */
import { EarlyRequest, queryParams, queryString, queryTitles } from './data-query';

/**
 * Sends the request for `sources`, or returns null when there is nothing
 * to ask (the renderer then decides alone).
 *
 * @param api The wiki's api.php URL
 * @param sources The placeholders' `data-source` values
 * @param checkEdit Whether the reader is logged in
 */
export function startDataRequest( api: string, sources: readonly string[], checkEdit: boolean ): EarlyRequest | null {
	const titles = queryTitles( sources );
	if ( !titles.length ) {
		return null;
	}
	const query = queryString( queryParams( titles, { checkEdit } ) );
	// Not aborted when the renderer stops waiting for it (DATA_WAIT_MS): an
	// AbortController, which older browsers lack, would cost every page's
	// loader some 50 bytes; the request then runs its course unread.
	const answer = fetch( `${ api }?${ query }`, { credentials: 'same-origin' } );
	// Nobody may ever read the answer (the renderer did not load).
	answer.catch( () => undefined );
	return { query, answer };
}
