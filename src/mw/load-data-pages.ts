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

/** How long browsers and the CDN may keep an anonymous reader's answer (seconds). */
const DATA_MAX_AGE = 300;
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
	// `null`, a string or an array are answers too (a broken proxy, a hostile cache).
	const typed: QueryRevisionsResponse = response && typeof response === 'object' ? response as QueryRevisionsResponse : {};
	const query = typed.query || {};
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

/** How long to wait before the one retry of a request that may succeed when tried again. */
const RETRY_DELAY_MS = 1000;

/**
 * Why a request failed, as a code `render/problems.ts` puts in words:
 * `http-<status>`, `network` (no HTTP answer), `not-json` (an HTML page, a
 * cut-off answer), `empty`, `http` (an HTTP failure without details), or the
 * API's own error code. Pure.
 *
 * @param code What mw.Api rejected with (first argument)
 * @param details Its second argument (`{ xhr, textStatus }` for `http`)
 */
export function failureCode( code: unknown, details?: unknown ): string {
	if ( code === 'http' ) {
		const { xhr, textStatus } = ( details && typeof details === 'object' ? details : {} ) as { xhr?: { status?: unknown }; textStatus?: unknown };
		if ( textStatus === 'parsererror' ) {
			return 'not-json';
		}
		if ( !xhr || typeof xhr.status !== 'number' ) {
			// No details: nothing says what happened, nor that a retry would help.
			return 'http';
		}
		return xhr.status ? `http-${ xhr.status }` : 'network';
	}
	if ( code === 'ok-but-empty' ) {
		return 'empty';
	}
	if ( code === 'invalidjson' ) {
		return 'not-json';
	}
	if ( typeof code === 'string' && code ) {
		return code;
	}
	return code instanceof Error ? 'unexpected' : 'unknown';
}

/**
 * Whether trying again may help: a server error or no connection; never a
 * 4xx or an API error, which would only repeat.
 *
 * @param code From `failureCode`
 */
export function isRetryable( code: string ): boolean {
	return code === 'network' || /^http-5\d\d$/.test( code );
}

/** Fails with the failure's code (see `failureCode`). */
class RequestFailure extends Error {
	public readonly code: string;

	public constructor( code: string ) {
		super( code );
		this.code = code;
	}
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
		// mw.Api's promise rejects with two arguments: the code and its details.
		( request.then as ( ok: ( v: T ) => void, fail: ( code: unknown, details?: unknown ) => void ) => unknown ).call( request, ( value: T ) => {
			clearTimeout( timer );
			resolve( { answered: true, value } );
		}, ( code: unknown, details?: unknown ) => {
			clearTimeout( timer );
			reject( new RequestFailure( failureCode( code, details ) ) );
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
	const ask = async ( batch: readonly string[] ) => {
		try {
			return await answerWithin<unknown>( api.get( queryParams( batch, options ) ), Math.max( 0, deadline - Date.now() ) );
		} catch ( err ) {
			if ( !( err instanceof RequestFailure ) || !isRetryable( err.code ) || deadline - Date.now() <= RETRY_DELAY_MS ) {
				throw err;
			}
			await new Promise( ( resolve ) => {
				setTimeout( resolve, RETRY_DELAY_MS );
			} );
			return answerWithin<unknown>( api.get( queryParams( batch, options ) ), Math.max( 0, deadline - Date.now() ) );
		}
	};
	for ( let i = 0; i < unique.length; i += MAX_TITLES ) {
		const batch = unique.slice( i, i + MAX_TITLES );
		try {
			const outcome = await ask( batch );
			if ( !outcome.answered ) {
				for ( const title of unique.slice( i ) ) {
					results.set( title, { kind: 'timeout', title, seconds: Math.round( waitMs / 1000 ) } );
				}
				break;
			}
			mapQueryResponse( batch, outcome.value, options ).forEach( ( value, key ) => results.set( key, value ) );
		} catch ( err ) {
			const code = err instanceof RequestFailure ? err.code : failureCode( err );
			for ( const title of batch ) {
				results.set( title, { kind: 'error', title, code } );
			}
		}
	}
	return results;
}
