/**
 * A stand-in for the browser's `fetch`, for the loader's data request
 * (src/mw/early-request.ts): records every URL and answers with `respond`
 * (a status and a body; a rejection is no connection).
 */
export interface FakeFetch {
	/** Every URL asked for, in order. */
	readonly urls: string[];
	/** The query parameters of every request. */
	params(): Record<string, string>[];
}

/** The global's name, read through a variable: Node's own `fetch` is never used here. */
const FETCH = 'fetch';
const original = ( globalThis as Record<string, unknown> )[ FETCH ];

export function installFakeFetch( respond: ( url: string ) => Promise<{ status: number; body: string }> ): FakeFetch {
	const urls: string[] = [];
	( globalThis as Record<string, unknown> )[ FETCH ] = async ( url: string, init?: { credentials?: string } ) => {
		urls.push( url );
		if ( !init || init.credentials !== 'same-origin' ) {
			throw new Error( 'the data request must send the reader\'s cookies (credentials: same-origin)' );
		}
		const { status, body } = await respond( url );
		return { ok: status >= 200 && status < 300, status, text: async () => body };
	};
	return {
		urls,
		params: () => urls.map( ( url ) => {
			const query = new URLSearchParams( url.slice( url.indexOf( '?' ) + 1 ) );
			const params: Record<string, string> = {};
			query.forEach( ( value, key ) => {
				params[ key ] = value;
			} );
			return params;
		} )
	};
}

/** Puts back the environment's own `fetch`, if it had one. */
export function removeFakeFetch(): void {
	if ( original === undefined ) {
		delete ( globalThis as Record<string, unknown> )[ FETCH ];
	} else {
		( globalThis as Record<string, unknown> )[ FETCH ] = original;
	}
}
