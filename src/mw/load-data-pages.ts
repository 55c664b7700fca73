/**
 * Reads data pages through the Action API: every placeholder on the page
 * shares one request. The API's answer is typed here, at the edge, and mapped
 * at once to `DataPageResult`; nothing else sees its shape.
 */

/** The part of `action=query&prop=revisions|info` (formatversion 2) we read. */
interface QueryRevisionsResponse {
	query?: {
		normalized?: { from: string; to: string }[];
		pages?: {
			title: string;
			missing?: boolean;
			invalid?: boolean;
			invalidreason?: string;
			contentmodel?: string;
			actions?: { edit?: boolean };
			revisions?: {
				revid: number;
				timestamp: string;
				slots?: { main?: { content?: string; contentmodel?: string; texthidden?: boolean } };
			}[];
		}[];
	};
}

export type DataPageResult =
	| { readonly kind: 'ok'; readonly title: string; readonly text: string; readonly revid: number; readonly canEdit: boolean }
	| { readonly kind: 'missing'; readonly title: string; readonly canEdit: boolean }
	| { readonly kind: 'invalid'; readonly title: string; readonly reason: string }
	| { readonly kind: 'error'; readonly title: string; readonly code: string }
	/** No answer within DATA_WAIT_MS: the request was given up. */
	| { readonly kind: 'timeout'; readonly title: string; readonly seconds: number };

/** How long browsers and the CDN may keep the answer (seconds). */
export const DATA_MAX_AGE = 300;
/** The API takes at most this many titles in one request. */
const MAX_TITLES = 50;
/**
 * How long readers wait for the data pages (milliseconds, all requests
 * together). After that the request is given up and the fallback content
 * stays; mw.Api's own limit (30 s) is longer.
 */
export const DATA_WAIT_MS = 20 * 1000;

export interface LoadOptions {
	/** Ask whether the user can edit (only for logged-in users: it makes the answer private). */
	readonly checkEdit: boolean;
	/** Milliseconds to wait for the answers; DATA_WAIT_MS by default. */
	readonly waitMs?: number;
}

/**
 * Maps the API's answer onto the titles that were asked for. Pure.
 *
 * @param titles
 * @param response
 * @param options
 */
export function mapQueryResponse( titles: readonly string[], response: unknown, options: LoadOptions ): Map<string, DataPageResult> {
	const query = ( response as QueryRevisionsResponse ).query || {};
	const aliases = new Map<string, string>();
	for ( const n of query.normalized || [] ) {
		aliases.set( n.from, n.to );
	}
	const pages = new Map( ( query.pages || [] ).map( ( p ) => [ p.title, p ] as const ) );
	const results = new Map<string, DataPageResult>();
	for ( const asked of titles ) {
		const title = aliases.get( asked ) || asked;
		const page = pages.get( title ) || pages.get( asked );
		const canEdit = !!( options.checkEdit && page && page.actions && page.actions.edit );
		if ( !page ) {
			results.set( asked, { kind: 'error', title, code: 'no-page-in-response' } );
		} else if ( page.invalid ) {
			results.set( asked, { kind: 'invalid', title, reason: page.invalidreason || 'invalid title' } );
		} else if ( page.missing ) {
			results.set( asked, { kind: 'missing', title, canEdit } );
		} else {
			const rev = page.revisions && page.revisions[ 0 ];
			const main = rev && rev.slots && rev.slots.main;
			if ( !rev || !main || typeof main.content !== 'string' ) {
				results.set( asked, { kind: 'error', title, code: main && main.texthidden ? 'content-hidden' : 'no-content' } );
			} else {
				results.set( asked, { kind: 'ok', title, text: main.content, revid: rev.revid, canEdit } );
			}
		}
	}
	return results;
}

/**
 * The request parameters, cacheable for anonymous readers. Pure.
 *
 * @param titles
 * @param options
 */
export function queryParams( titles: readonly string[], options: LoadOptions ): Record<string, string | number> {
	const params: Record<string, string | number> = {
		action: 'query',
		format: 'json',
		formatversion: 2,
		prop: 'revisions|info',
		rvprop: 'content|ids|timestamp',
		rvslots: 'main',
		titles: titles.join( '|' ),
		uselang: 'content',
		maxage: DATA_MAX_AGE,
		smaxage: DATA_MAX_AGE
	};
	if ( options.checkEdit ) {
		params.intestactions = 'edit';
	}
	return params;
}

/**
 * Settles like `request`, or with `{ answered: false }` once `ms` have
 * passed without an answer; the request is then aborted if it can be.
 *
 * @param request
 * @param ms
 */
function answerWithin<T>( request: PromiseLike<T> & { abort?: () => void }, ms: number ): Promise<{ readonly answered: true; readonly value: T } | { readonly answered: false }> {
	return new Promise( ( resolve, reject ) => {
		const timer = setTimeout( () => {
			resolve( { answered: false } );
			if ( typeof request.abort === 'function' ) {
				request.abort();
			}
		}, ms );
		request.then( ( value ) => {
			clearTimeout( timer );
			resolve( { answered: true, value } );
		}, ( err: unknown ) => {
			clearTimeout( timer );
			reject( err );
		} );
	} );
}

/**
 * Loads every title (deduplicated) with as few requests as possible. Never
 * waits longer than `options.waitMs` (DATA_WAIT_MS): titles without an
 * answer by then are `timeout` results.
 *
 * @param api
 * @param titles
 * @param options
 */
export async function loadDataPages( api: mw.Api, titles: readonly string[], options: LoadOptions ): Promise<Map<string, DataPageResult>> {
	const unique = titles.filter( ( t, i ) => titles.indexOf( t ) === i );
	const results = new Map<string, DataPageResult>();
	const waitMs = options.waitMs === undefined ? DATA_WAIT_MS : options.waitMs;
	const deadline = Date.now() + waitMs;
	for ( let i = 0; i < unique.length; i += MAX_TITLES ) {
		const batch = unique.slice( i, i + MAX_TITLES );
		try {
			const outcome = await answerWithin<unknown>( api.get( queryParams( batch, options ) ), Math.max( 0, deadline - Date.now() ) );
			if ( !outcome.answered ) {
				for ( const title of unique.slice( i ) ) {
					results.set( title, { kind: 'timeout', title, seconds: Math.round( waitMs / 1000 ) } );
				}
				break;
			}
			mapQueryResponse( batch, outcome.value, options ).forEach( ( value, key ) => results.set( key, value ) );
		} catch ( err ) {
			const code = typeof err === 'string' ? err : ( err instanceof Error ? err.message : 'http' );
			for ( const title of batch ) {
				results.set( title, { kind: 'error', title, code } );
			}
		}
	}
	return results;
}
