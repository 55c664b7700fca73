/**
 * Reads data pages through the Action API: every placeholder on the page
 * shares one request. The API's answer is typed here, at the edge, and mapped
 * at once to `DataPageResult`; nothing else sees its shape.
 */
import { DATA_WAIT_MS, EarlyRequest, QueryOptions, queryParams, queryString } from './data-query';

export { DATA_WAIT_MS };

/** The part of `action=query&prop=revisions|info` (formatversion 2) we read. */
interface QueryRevisionsResponse {
	/** Present when the answer was cut short (MediaWiki's 8 MB limit): ask again with these parameters. */
	continue?: Record<string, string>;
	query?: {
		normalized?: { from: string; to: string }[];
		/** Titles with another wiki's prefix (`en:Foo`): never read. */
		interwiki?: { title: string; iw?: string }[];
		pages?: {
			title: string;
			missing?: boolean;
			special?: boolean;
			invalid?: boolean;
			invalidreason?: string;
			contentmodel?: string;
			actions?: { edit?: boolean };
			revisions?: {
				revid: number;
				slots?: { main?: { content?: string; contentmodel?: string; texthidden?: boolean } };
			}[];
		}[];
	};
}

export type DataPageResult =
	| { readonly kind: 'ok'; readonly title: string; readonly text: string; readonly revid: number; readonly canEdit: boolean }
	| { readonly kind: 'missing'; readonly title: string; readonly canEdit: boolean }
	/** The page exists but is not a JSON page (anyone's wikitext page could hold team JSON). */
	| { readonly kind: 'not-json-model'; readonly title: string; readonly model: string; readonly canEdit: boolean }
	| { readonly kind: 'invalid'; readonly title: string; readonly reason: string }
	| { readonly kind: 'error'; readonly title: string; readonly code: string }
	/** No answer within DATA_WAIT_MS: the request was given up. */
	| { readonly kind: 'timeout'; readonly title: string; readonly seconds: number };

/** The API takes at most this many titles in one request. */
const MAX_TITLES = 50;

export interface LoadOptions extends QueryOptions {
	/** Milliseconds to wait for the answers; DATA_WAIT_MS by default. */
	readonly waitMs?: number;
	/** The loader's request, answering the first request if it is the same (early-request.ts). */
	readonly early?: EarlyRequest | null;
}

type ApiPage = NonNullable<NonNullable<QueryRevisionsResponse[ 'query' ]>[ 'pages' ]>[ number ];

/**
 * One page of the answer as a result. Pure.
 *
 * @param page
 * @param title
 * @param canEdit
 */
function pageResult( page: ApiPage, title: string, canEdit: boolean ): DataPageResult {
	if ( page.invalid ) {
		return { kind: 'invalid', title, reason: page.invalidreason || 'invalid title' };
	}
	if ( page.special ) {
		// Special: and Media: titles have no content to read.
		return { kind: 'invalid', title, reason: 'special' };
	}
	if ( page.missing ) {
		return { kind: 'missing', title, canEdit };
	}
	const rev = page.revisions && page.revisions[ 0 ];
	const main = rev && rev.slots && rev.slots.main;
	const model = ( main && main.contentmodel ) || page.contentmodel;
	if ( !rev || !main || typeof main.content !== 'string' ) {
		return { kind: 'error', title, code: main && main.texthidden ? 'content-hidden' : 'no-content' };
	}
	if ( model !== 'json' ) {
		return { kind: 'not-json-model', title, model: typeof model === 'string' && model ? model : 'unknown', canEdit };
	}
	return { kind: 'ok', title, text: main.content, revid: rev.revid, canEdit };
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
	const interwiki = new Set( ( query.interwiki || [] ).map( ( i ) => i.title ) );
	const pages = new Map( ( query.pages || [] ).map( ( p ) => [ p.title, p ] as const ) );
	const results = new Map<string, DataPageResult>();
	// Titles written differently ("module:X", "Module:X") share one result, and with it one parse.
	const byPage = new Map<ApiPage, DataPageResult>();
	for ( const asked of titles ) {
		const title = aliases.get( asked ) || asked;
		const page = pages.get( title ) || pages.get( asked );
		const canEdit = !!( options.checkEdit && page && page.actions && page.actions.edit );
		if ( page ) {
			const result = byPage.get( page ) || pageResult( page, title, canEdit );
			byPage.set( page, result );
			results.set( asked, result );
		} else if ( interwiki.has( title ) || interwiki.has( asked ) ) {
			results.set( asked, { kind: 'invalid', title, reason: 'interwiki' } );
		} else {
			results.set( asked, { kind: 'error', title, code: 'no-page-in-response' } );
		}
	}
	return results;
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
 * Reads the loader's `fetch` answer as mw.Api reads its own: a `then` that
 * calls back with the API's answer, or fails with mw.Api's failure codes
 * (`http` with the status, `http` with a `parsererror`, `ok-but-empty`,
 * the API's error code), so `failureCode` names both alike.
 *
 * @param response
 */
function readEarlyAnswer( response: Promise<Response> ): ( ok: ( value: unknown ) => void, fail: ( code: unknown, details?: unknown ) => void ) => void {
	return ( ok, fail ) => {
		response.then( ( res ) => res.ok ?
			res.text().then( ( text ) => {
				let json: { error?: { code?: unknown } } | null = null;
				try {
					json = text.trim() ? JSON.parse( text ) : null;
				} catch ( e ) {
					return fail( 'http', { xhr: { status: res.status }, textStatus: 'parsererror' } );
				}
				return !json ? fail( 'ok-but-empty' ) : json.error ? fail( json.error.code || 'unknown' ) : ok( json );
			} ) :
			fail( 'http', { xhr: { status: res.status } } )
		).catch( () => fail( 'http', { xhr: { status: 0 } } ) );
	};
}

/** At most this many continued requests follow one cut-short answer. */
const MAX_CONTINUATIONS = 10;

/**
 * Whether a result is a page left out of an answer cut short at MediaWiki's
 * size limit (`$wgAPIMaxResultSize`, 8 MB): listed, without content.
 *
 * @param result
 */
function leftOut( result: DataPageResult | undefined ): boolean {
	return !!result && result.kind === 'error' && result.code === 'no-content';
}

/**
 * The parameters to ask for the rest of a cut-short answer, or null when it
 * is complete. Pure.
 *
 * @param response
 */
export function continuation( response: unknown ): Record<string, string> | null {
	const cont = response && typeof response === 'object' ? ( response as QueryRevisionsResponse ).continue : undefined;
	return cont && typeof cont === 'object' && Object.keys( cont ).length ? cont : null;
}

/**
 * One batch of titles, following continuation until every page has its
 * content. Pages still left out when the answers stop making progress (one
 * page over the size limit) or after MAX_CONTINUATIONS are `too-big`.
 *
 * @param ask Sends one request and waits for its answer (bounded)
 * @param batch
 * @param options
 * @return The results, and whether every answer came in time
 */
async function loadBatch(
	ask: ( params: Record<string, string | number> ) => Promise<{ readonly answered: true; readonly value: unknown } | { readonly answered: false }>,
	batch: readonly string[],
	options: LoadOptions
): Promise<{ readonly results: Map<string, DataPageResult>; readonly complete: boolean }> {
	const results = new Map<string, DataPageResult>();
	let cont: Record<string, string> | null = null;
	for ( let round = 0; round <= MAX_CONTINUATIONS; round++ ) {
		const outcome = await ask( { ...queryParams( batch, options ), ...cont } );
		if ( !outcome.answered ) {
			return { results, complete: false };
		}
		mapQueryResponse( batch, outcome.value, options ).forEach( ( value, key ) => {
			if ( !results.has( key ) || leftOut( results.get( key ) ) ) {
				results.set( key, value );
			}
		} );
		const next = continuation( outcome.value );
		const stuck = next && cont && JSON.stringify( next ) === JSON.stringify( cont );
		cont = next;
		if ( !next || stuck ) {
			break;
		}
	}
	if ( cont ) {
		results.forEach( ( value, key ) => {
			if ( leftOut( value ) ) {
				results.set( key, { kind: 'error', title: value.title, code: 'too-big' } );
			}
		} );
	}
	return { results, complete: true };
}

/**
 * Loads every title (deduplicated) with as few requests as possible,
 * following the API's continuation when an answer is cut short. Never
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
	let early = options.early;
	// The loader's request answers the first request for the same URL, once.
	const get = ( params: Record<string, string | number> ): PromiseLike<unknown> & { abort?: () => void } => {
		const mine = early && early.query === queryString( params ) ? early : null;
		early = null;
		if ( !mine ) {
			return api.get( params );
		}
		return { then: readEarlyAnswer( mine.answer ) } as PromiseLike<unknown>;
	};
	const ask = async ( params: Record<string, string | number> ) => {
		try {
			return await answerWithin<unknown>( get( params ), Math.max( 0, deadline - Date.now() ) );
		} catch ( err ) {
			if ( !( err instanceof RequestFailure ) || !isRetryable( err.code ) || deadline - Date.now() <= RETRY_DELAY_MS ) {
				throw err;
			}
			await new Promise( ( resolve ) => {
				setTimeout( resolve, RETRY_DELAY_MS );
			} );
			return answerWithin<unknown>( api.get( params ), Math.max( 0, deadline - Date.now() ) );
		}
	};
	for ( let i = 0; i < unique.length; i += MAX_TITLES ) {
		const batch = unique.slice( i, i + MAX_TITLES );
		try {
			const outcome = await loadBatch( ask, batch, options );
			outcome.results.forEach( ( value, key ) => results.set( key, value ) );
			if ( !outcome.complete ) {
				for ( const title of unique.slice( i ) ) {
					if ( !results.has( title ) || leftOut( results.get( title ) ) ) {
						results.set( title, { kind: 'timeout', title, seconds: Math.round( waitMs / 1000 ) } );
					}
				}
				break;
			}
		} catch ( err ) {
			const code = err instanceof RequestFailure ? err.code : failureCode( err );
			for ( const title of batch ) {
				results.set( title, { kind: 'error', title, code } );
			}
		}
	}
	return results;
}
