/** @jest-environment jsdom */
/**
 * The loader's data request (a plain fetch, src/mw/early-request.ts) and its
 * hand-over to the renderer's loadDataPages: one URL builder for both, and
 * the answer read with the same failure codes and retries as mw.Api's.
 */
import { queryParams, queryString, queryTitles } from '../../src/mw/data-query';
import { startDataRequest } from '../../src/mw/early-request';
import { DATA_WAIT_MS, loadDataPages } from '../../src/mw/load-data-pages';
import { installFakeFetch, removeFakeFetch } from '../support/fake-fetch';
import { pageResponse } from '../support/mw-fake';

const TITLE = 'Module:Team/data.json';

/** An mw.Api stand-in: records its requests and answers with the page. */
function fakeApi( answer: unknown = pageResponse( TITLE, '{"fromApi":true}' ) ): { api: mw.Api; requests: Record<string, unknown>[] } {
	const requests: Record<string, unknown>[] = [];
	const api = { get: ( params: Record<string, unknown> ) => {
		requests.push( params );
		return Promise.resolve( answer );
	} } as unknown as mw.Api;
	return { api, requests };
}

afterEach( () => {
	removeFakeFetch();
	jest.useRealTimers();
} );

describe( 'the titles and the URL both requests share', () => {
	it( 'asks each data-source once, as written, without what cannot be a title in a list', () => {
		expect( queryTitles( [ TITLE, ` ${ TITLE } `, 'module:Team/data.json', '', '  ', 'A|B' ] ) ).toEqual( [ TITLE, 'module:Team/data.json' ] );
	} );

	it( 'encodes every character a title may have, the parameters in a fixed order', () => {
		const query = queryString( queryParams( [ 'Module:Équipe & co/data (2026).json' ], { checkEdit: false } ) );
		expect( Object.fromEntries( new URLSearchParams( query ) ) ).toMatchObject( {
			titles: 'Module:Équipe & co/data (2026).json', prop: 'revisions|info', maxage: '300'
		} );
		expect( query ).toMatch( /^action=query&format=json&formatversion=2&/ );
	} );
} );

describe( 'the loader\'s request, read by the renderer', () => {
	it( 'answers the renderer\'s first request: no second request', async () => {
		const fetched = installFakeFetch( async () => ( { status: 200, body: JSON.stringify( pageResponse( TITLE, '{"early":true}' ) ) } ) );
		const early = startDataRequest( '/w/api.php', [ TITLE, TITLE ], false );
		const { api, requests } = fakeApi();
		const results = await loadDataPages( api, [ TITLE ], { checkEdit: false, early } );
		expect( fetched.urls ).toHaveLength( 1 );
		expect( requests ).toEqual( [] );
		expect( results.get( TITLE ) ).toMatchObject( { kind: 'ok', text: '{"early":true}' } );
	} );

	it( 'is not used for another request (other titles): the renderer asks itself', async () => {
		installFakeFetch( async () => ( { status: 200, body: JSON.stringify( pageResponse( TITLE, '{"early":true}' ) ) } ) );
		const early = startDataRequest( '/w/api.php', [ 'Module:Other.json' ], false );
		const { api, requests } = fakeApi();
		const results = await loadDataPages( api, [ TITLE ], { checkEdit: false, early } );
		expect( requests ).toHaveLength( 1 );
		expect( results.get( TITLE ) ).toMatchObject( { kind: 'ok', text: '{"fromApi":true}' } );
	} );

	it( 'sends nothing when no placeholder names a title', () => {
		const fetched = installFakeFetch( async () => ( { status: 200, body: '{}' } ) );
		expect( startDataRequest( '/w/api.php', [ '', ' ' ], false ) ).toBeNull();
		expect( fetched.urls ).toEqual( [] );
	} );

	it.each( [
		[ 'a server error', { status: 503, body: 'Service Unavailable' } ],
		[ 'no connection', null ]
	] )( 'is tried again once, through mw.Api, after %s', async ( _what, response ) => {
		jest.useFakeTimers();
		installFakeFetch( async () => {
			if ( !response ) {
				throw new TypeError( 'Failed to fetch' );
			}
			return response;
		} );
		const early = startDataRequest( '/w/api.php', [ TITLE ], false );
		const failing = { get: ( params: Record<string, unknown> ) => {
			requests.push( params );
			// mw.Api fails the same way the second time, with a code, not an Error.
			return Promise.reject( 'http' );
		} } as unknown as mw.Api;
		const requests: Record<string, unknown>[] = [];
		const loading = loadDataPages( failing, [ TITLE ], { checkEdit: false, early } );
		await jest.advanceTimersByTimeAsync( 1000 );
		const results = await loading;
		expect( requests ).toHaveLength( 1 );
		// The retry's failure (mw.Api's `http` without details) is the one named.
		expect( results.get( TITLE ) ).toEqual( { kind: 'error', title: TITLE, code: 'http' } );
	} );

	it.each( [
		[ 'a client error', { status: 404, body: 'Not Found' }, 'http-404' ],
		[ 'an HTML page', { status: 200, body: '<!DOCTYPE html><p>Login</p>' }, 'not-json' ],
		[ 'an empty answer', { status: 200, body: '' }, 'empty' ],
		[ 'an API error', { status: 200, body: '{"error":{"code":"readapidenied"}}' }, 'readapidenied' ]
	] )( 'is named and never tried again after %s', async ( _what, response, code ) => {
		installFakeFetch( async () => response );
		const early = startDataRequest( '/w/api.php', [ TITLE ], false );
		const { api, requests } = fakeApi();
		const results = await loadDataPages( api, [ TITLE ], { checkEdit: false, early } );
		expect( requests ).toEqual( [] );
		expect( results.get( TITLE ) ).toEqual( { kind: 'error', title: TITLE, code } );
	} );

	it( 'gives way to the retry\'s answer when the retry succeeds', async () => {
		jest.useFakeTimers();
		installFakeFetch( async () => ( { status: 502, body: 'Bad Gateway' } ) );
		const early = startDataRequest( '/w/api.php', [ TITLE ], false );
		const { api, requests } = fakeApi();
		const loading = loadDataPages( api, [ TITLE ], { checkEdit: false, early } );
		await jest.advanceTimersByTimeAsync( 1000 );
		expect( ( await loading ).get( TITLE ) ).toMatchObject( { kind: 'ok', text: '{"fromApi":true}' } );
		expect( requests ).toHaveLength( 1 );
	} );

	it( 'is given up when no answer comes within DATA_WAIT_MS: the placeholders are told the wiki did not answer in time', async () => {
		jest.useFakeTimers();
		installFakeFetch( () => new Promise( () => {
			// The wiki never answers.
		} ) );
		const early = startDataRequest( '/w/api.php', [ TITLE ], false );
		const { api, requests } = fakeApi();
		const loading = loadDataPages( api, [ TITLE ], { checkEdit: false, early } );
		await jest.advanceTimersByTimeAsync( DATA_WAIT_MS );
		expect( ( await loading ).get( TITLE ) ).toEqual( { kind: 'timeout', title: TITLE, seconds: 20 } );
		// No second request once the wait is over.
		expect( requests ).toHaveLength( 0 );
	} );

	it( 'shares one result between titles written differently, so the page is parsed once', async () => {
		const answer = pageResponse( TITLE, '{}' ) as { query: Record<string, unknown> };
		answer.query.normalized = [ { from: 'module:Team/data.json', to: TITLE } ];
		installFakeFetch( async () => ( { status: 200, body: JSON.stringify( answer ) } ) );
		const sources = [ TITLE, 'module:Team/data.json' ];
		const early = startDataRequest( '/w/api.php', sources, false );
		const results = await loadDataPages( fakeApi().api, queryTitles( sources ), { checkEdit: false, early } );
		expect( results.get( 'module:Team/data.json' ) ).toBe( results.get( TITLE ) );
		expect( results.get( TITLE ) ).toMatchObject( { kind: 'ok', title: TITLE } );
	} );
} );
