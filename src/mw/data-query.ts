/**
 * The data request's URL, built in one place for the two that send it: the
 * loader (a plain `fetch`, as soon as it finds placeholders: early-request.ts)
 * and the renderer (mw.Api: retries, continuation; load-data-pages.ts). So
 * the two cannot drift, and an anonymous reader's answer is one cacheable
 * URL whoever asks. Pure: no `mw`, so the loader carries only this.
 */

/** How long browsers and the CDN may keep an anonymous reader's answer (seconds). */
const DATA_MAX_AGE = 300;

/**
 * How long readers wait for the data pages (milliseconds, all requests
 * together). After that the request is given up and the fallback content
 * stays; mw.Api's own limit (30 s) is longer.
 */
export const DATA_WAIT_MS = 20 * 1000;

export interface QueryOptions {
	/** Ask whether the user can edit (only for logged-in users: it makes the answer private). */
	readonly checkEdit: boolean;
}

/**
 * The titles to ask for: every placeholder's `data-source` as written
 * (trimmed, once each; the API normalises them and says how, in
 * `normalized`), without those that cannot be a title in a `titles`
 * list (empty, or holding its separator `|`). Pure.
 *
 * @param sources
 */
export function queryTitles( sources: readonly string[] ): string[] {
	// Written small: the loader, which every page view downloads, carries it.
	return sources.map( ( s ) => s.trim() ).filter( ( title, i, all ) => title && !title.includes( '|' ) && all.indexOf( title ) === i );
}

/**
 * The request parameters, cacheable for anonymous readers. Pure.
 *
 * @param titles
 * @param options
 */
export function queryParams( titles: readonly string[], options: QueryOptions ): Record<string, string | number> {
	const params: Record<string, string | number> = {
		action: 'query',
		format: 'json',
		formatversion: 2,
		prop: 'revisions|info',
		rvprop: 'content|contentmodel|ids',
		rvslots: 'main',
		titles: titles.join( '|' ),
		uselang: 'content'
	};
	if ( options.checkEdit ) {
		// A logged-in user's answer is private: MediaWiki would let their
		// browser keep it for `maxage`, so someone who just saved the data
		// page would see the old text on the team page for minutes.
		params.intestactions = 'edit';
	} else {
		params.maxage = DATA_MAX_AGE;
		params.smaxage = DATA_MAX_AGE;
	}
	return params;
}

/**
 * The query string of `params` (the `titles` list's `|` encoded too), the
 * one both requests are compared by. Pure.
 *
 * @param params
 */
export function queryString( params: Record<string, string | number> ): string {
	return String( new URLSearchParams( params as Record<string, string> ) );
}

/**
 * The loader's request, handed to the renderer: its query string (the
 * renderer uses the answer only for the same request) and `fetch`'s
 * promise of the answer (read by `readEarlyAnswer` in load-data-pages.ts).
 */
export interface EarlyRequest {
	readonly query: string;
	readonly answer: Promise<Response>;
}
