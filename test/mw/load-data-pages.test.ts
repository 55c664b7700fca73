import { failureCode, isRetryable, loadDataPages, mapQueryResponse } from '../../src/mw/load-data-pages';
import { queryParams } from '../../src/mw/data-query';

const TITLE = 'Module:Team/data.json';

describe( 'the data page request', () => {
	it( 'is cacheable for anonymous readers', () => {
		const params = queryParams( [ TITLE, 'Module:Other.json' ], { checkEdit: false } );
		expect( params ).toMatchObject( { titles: `${ TITLE }|Module:Other.json`, uselang: 'content', maxage: 300, smaxage: 300 } );
		expect( params ).not.toHaveProperty( 'intestactions' );
	} );

	it( 'asks about edit rights for logged-in users, and never lets their browser keep the private answer', () => {
		const params = queryParams( [ TITLE ], { checkEdit: true } );
		expect( params ).toHaveProperty( 'intestactions', 'edit' );
		// Else a translator who just saved the data page would see the old text.
		expect( params ).not.toHaveProperty( 'maxage' );
		expect( params ).not.toHaveProperty( 'smaxage' );
	} );

	it( 'batches 50 titles a request and answers every title', async () => {
		const titles = Array.from( { length: 120 }, ( _, i ) => `Module:T${ i }.json` );
		const requests: Record<string, unknown>[] = [];
		const api = {
			get: ( params: Record<string, unknown> ) => {
				requests.push( params );
				const asked = String( params.titles ).split( '|' );
				return Promise.resolve( { query: { pages: asked.map( ( title ) => ( { title, missing: true } ) ) } } );
			}
		} as unknown as mw.Api;
		const results = await loadDataPages( api, titles.concat( titles.slice( 0, 5 ) ), { checkEdit: false } );
		expect( requests.map( ( r ) => String( r.titles ).split( '|' ).length ) ).toEqual( [ 50, 50, 20 ] );
		expect( results.size ).toBe( 120 );
	} );

	it( 'turns a failed request into an error for each of its titles', async () => {
		const api = { get: () => Promise.reject( 'readapidenied' ) } as unknown as mw.Api;
		const results = await loadDataPages( api, [ TITLE ], { checkEdit: false } );
		expect( results.get( TITLE ) ).toEqual( { kind: 'error', title: TITLE, code: 'readapidenied' } );
	} );
} );

describe( 'mapQueryResponse', () => {
	it( 'follows title normalisation', () => {
		const results = mapQueryResponse( [ 'module:Team/data.json' ], {
			query: {
				normalized: [ { from: 'module:Team/data.json', to: TITLE } ],
				pages: [ { title: TITLE, revisions: [ { revid: 3, timestamp: 't', slots: { main: { contentmodel: 'json', content: '{}' } } } ] } ]
			}
		}, { checkEdit: false } );
		expect( results.get( 'module:Team/data.json' ) ).toEqual( { kind: 'ok', title: TITLE, text: '{}', revid: 3, canEdit: false } );
	} );

	it.each( [
		[ 'missing', { title: TITLE, missing: true, actions: { edit: true } }, { kind: 'missing', title: TITLE, canEdit: true } ],
		[ 'invalid', { title: TITLE, invalid: true, invalidreason: 'bad' }, { kind: 'invalid', title: TITLE, reason: 'bad' } ],
		[ 'hidden', { title: TITLE, revisions: [ { revid: 1, timestamp: 't', slots: { main: { texthidden: true } } } ] }, { kind: 'error', title: TITLE, code: 'content-hidden' } ],
		[
			'wikitext', { title: TITLE, contentmodel: 'wikitext', actions: { edit: true }, revisions: [ { revid: 1, timestamp: 't', slots: { main: { contentmodel: 'wikitext', content: '{ "version": 1 }' } } } ] },
			{ kind: 'not-json-model', title: TITLE, model: 'wikitext', canEdit: true }
		],
		[
			'model-less', { title: TITLE, revisions: [ { revid: 1, timestamp: 't', slots: { main: { content: '{ "version": 1 }' } } } ] },
			{ kind: 'not-json-model', title: TITLE, model: 'unknown', canEdit: false }
		],
		[ 'special', { title: TITLE, ns: -1, special: true, missing: true }, { kind: 'invalid', title: TITLE, reason: 'special' } ]
	] )( 'reports a %s page', ( _name, page, expected ) => {
		expect( mapQueryResponse( [ TITLE ], { query: { pages: [ page ] } }, { checkEdit: true } ).get( TITLE ) ).toEqual( expected );
	} );

	it( 'asks for the content model with the content', () => {
		expect( String( queryParams( [ TITLE ], { checkEdit: false } ).rvprop ).split( '|' ) ).toEqual( expect.arrayContaining( [ 'content', 'contentmodel' ] ) );
	} );

	it( 'names a title with another wiki\'s prefix as interwiki', () => {
		const answer = { query: { interwiki: [ { title: 'en:Team.json', iw: 'en' } ] } };
		expect( mapQueryResponse( [ 'en:Team.json' ], answer, { checkEdit: false } ).get( 'en:Team.json' ) ).toEqual( { kind: 'invalid', title: 'en:Team.json', reason: 'interwiki' } );
	} );

	it( 'never trusts an edit right it did not ask for', () => {
		const result = mapQueryResponse( [ TITLE ], { query: { pages: [ { title: TITLE, missing: true, actions: { edit: true } } ] } }, { checkEdit: false } );
		expect( result.get( TITLE ) ).toMatchObject( { canEdit: false } );
	} );
} );

/** An mw.Api whose get() fails like jQuery's promise (two arguments) `failures` times, then answers. */
function flakyApi( failures: [ unknown, unknown ][] ): { api: mw.Api; calls: () => number } {
	let calls = 0;
	const api = {
		get: () => {
			const failure = failures[ calls++ ];
			return {
				then: ( ok: ( v: unknown ) => void, fail: ( code: unknown, details: unknown ) => void ) => failure ?
					fail( failure[ 0 ], failure[ 1 ] ) :
					ok( { query: { pages: [ { title: TITLE, missing: true } ] } } )
			};
		}
	} as unknown as mw.Api;
	return { api, calls: () => calls };
}

describe( 'a failed data request', () => {
	it.each( [
		[ 'http', { xhr: { status: 500 }, textStatus: 'error' }, 'http-500' ],
		[ 'http', { xhr: { status: 404 }, textStatus: 'error' }, 'http-404' ],
		[ 'http', { xhr: { status: 0 }, textStatus: 'error' }, 'network' ],
		[ 'http', { xhr: { status: 200 }, textStatus: 'parsererror' }, 'not-json' ],
		[ 'http', undefined, 'http' ],
		[ 'ok-but-empty', undefined, 'empty' ],
		[ 'readapidenied', { error: { code: 'readapidenied' } }, 'readapidenied' ],
		[ new TypeError( 'x is null' ), undefined, 'unexpected' ]
	] )( 'is named for what went wrong (%j, %j)', ( code, details, named ) => {
		expect( failureCode( code, details ) ).toBe( named );
	} );

	it( 'is retried once only where trying again can help: a server error or no connection', () => {
		expect( [ 'http-500', 'http-503', 'network', 'http-404', 'http-400', 'not-json', 'readapidenied' ].filter( isRetryable ) )
			.toEqual( [ 'http-500', 'http-503', 'network' ] );
	} );

	it( 'succeeds when the second try after a server error answers', async () => {
		const { api, calls } = flakyApi( [ [ 'http', { xhr: { status: 503 } } ] ] );
		const results = await loadDataPages( api, [ TITLE ], { checkEdit: false } );
		expect( results.get( TITLE ) ).toMatchObject( { kind: 'missing' } );
		expect( calls() ).toBe( 2 );
	} );

	it( 'gives up after the second failed try', async () => {
		const { api, calls } = flakyApi( [ [ 'http', { xhr: { status: 0 } } ], [ 'http', { xhr: { status: 0 } } ] ] );
		const results = await loadDataPages( api, [ TITLE ], { checkEdit: false } );
		expect( results.get( TITLE ) ).toEqual( { kind: 'error', title: TITLE, code: 'network' } );
		expect( calls() ).toBe( 2 );
	} );

	it( 'is not retried on a 404', async () => {
		const { api, calls } = flakyApi( [ [ 'http', { xhr: { status: 404 } } ] ] );
		const results = await loadDataPages( api, [ TITLE ], { checkEdit: false } );
		expect( results.get( TITLE ) ).toEqual( { kind: 'error', title: TITLE, code: 'http-404' } );
		expect( calls() ).toBe( 1 );
	} );

	it.each( [ null, 'null', [], 42 ] )( 'leaves an answer that is no query (%j) as an error per title, without throwing', ( answer ) => {
		expect( mapQueryResponse( [ TITLE ], answer, { checkEdit: false } ).get( TITLE ) ).toEqual( { kind: 'error', title: TITLE, code: 'no-page-in-response' } );
	} );
} );

/** A page of the answer, with its content or (left out of a cut-short answer) without. */
function apiPage( title: string, content?: string ): unknown {
	return { title, contentmodel: 'json', revisions: content === undefined ? undefined : [ { revid: 1, timestamp: 't', slots: { main: { contentmodel: 'json', content } } } ] };
}

const CUT_SHORT = {
	warnings: { result: { warnings: 'This result was truncated because it would otherwise be larger than the limit of 8,388,608 bytes.' } }
};

describe( 'an answer cut short at MediaWiki\'s size limit', () => {
	const titles = [ 'Module:A.json', 'Module:B.json', 'Module:C.json' ];

	it( 'is continued with rvcontinue until every page has its content', async () => {
		const requests: Record<string, unknown>[] = [];
		const answers = [
			{ ...CUT_SHORT, continue: { rvcontinue: '2|20', continue: '||' }, query: { pages: [ apiPage( titles[ 0 ]!, 'a' ), apiPage( titles[ 1 ]! ), apiPage( titles[ 2 ]! ) ] } },
			{ ...CUT_SHORT, continue: { rvcontinue: '3|30', continue: '||' }, query: { pages: [ apiPage( titles[ 0 ]! ), apiPage( titles[ 1 ]!, 'b' ), apiPage( titles[ 2 ]! ) ] } },
			{ batchcomplete: true, query: { pages: [ apiPage( titles[ 0 ]! ), apiPage( titles[ 1 ]! ), apiPage( titles[ 2 ]!, 'c' ) ] } }
		];
		const api = { get: ( params: Record<string, unknown> ) => Promise.resolve( answers[ requests.push( params ) - 1 ] ) } as unknown as mw.Api;
		const results = await loadDataPages( api, titles, { checkEdit: false } );
		expect( titles.map( ( t ) => results.get( t ) ) ).toEqual( [ 'a', 'b', 'c' ].map( ( text, i ) => ( { kind: 'ok', title: titles[ i ], text, revid: 1, canEdit: false } ) ) );
		expect( requests.map( ( r ) => r.rvcontinue ) ).toEqual( [ undefined, '2|20', '3|30' ] );
		expect( requests.every( ( r ) => r.titles === titles.join( '|' ) ) ).toBe( true );
	} );

	it( 'names a page that never fits (the same continuation again) as too big, and keeps the others', async () => {
		const stuck = { ...CUT_SHORT, continue: { rvcontinue: '2|20', continue: '||' }, query: { pages: [ apiPage( titles[ 0 ]!, 'a' ), apiPage( titles[ 1 ]! ) ] } };
		let calls = 0;
		const api = { get: () => Promise.resolve( ( calls++, stuck ) ) } as unknown as mw.Api;
		const results = await loadDataPages( api, titles.slice( 0, 2 ), { checkEdit: false } );
		expect( results.get( titles[ 0 ]! ) ).toMatchObject( { kind: 'ok', text: 'a' } );
		expect( results.get( titles[ 1 ]! ) ).toEqual( { kind: 'error', title: titles[ 1 ], code: 'too-big' } );
		expect( calls ).toBe( 2 );
	} );

	it( 'stops after ten continuations', async () => {
		let calls = 0;
		const api = {
			get: () => Promise.resolve( { ...CUT_SHORT, continue: { rvcontinue: `${ ++calls }`, continue: '||' }, query: { pages: [ apiPage( titles[ 0 ]! ) ] } } )
		} as unknown as mw.Api;
		const results = await loadDataPages( api, titles.slice( 0, 1 ), { checkEdit: false } );
		expect( results.get( titles[ 0 ]! ) ).toEqual( { kind: 'error', title: titles[ 0 ], code: 'too-big' } );
		expect( calls ).toBe( 11 );
	} );
} );
