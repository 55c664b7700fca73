/**
 * The data request fails in every way a network, a proxy or the wiki can
 * make it fail (`page.route` answers in the wiki's place): an anonymous
 * reader keeps the module's rendering and is told nothing, a maintainer who
 * can edit the page sees why in plain words, and every placeholder ends
 * `failed` (or `rendered`, where a retry or a late answer brings the data).
 * One table, one browser, one logged-in and one anonymous reader.
 */
import { BrowserContext, Page, Route } from 'playwright-core';
import { DATA_WAIT_MS } from '../../src/mw/load-data-pages';
import {
	accessibilityViolations, expectNoErrors, logIn, newReaderWithClock, placeholderStates, waitForPlaceholders, watchErrors, useTeamWiki
} from './support';

const suite = useTeamWiki();

/** Text of the overview placeholder's server rendering (the Scribunto module). */
const FALLBACK_TEXT = 'is a team in the Wikimedia Foundation\'s Legal department';

type Answer =
	| { readonly status: number; readonly body: string; readonly contentType?: string }
	| { readonly abort: true }
	| { readonly never: true };

interface FailureMode {
	readonly name: string;
	/** What the wiki answers, try by try (the last one repeats); `real`: let the request through. */
	readonly answers: readonly ( Answer | 'real' )[];
	/** Milliseconds to wait before answering. */
	readonly delayMs?: number;
	/** The end state of every placeholder. */
	readonly state: 'failed' | 'rendered';
	/** What the maintainer is told (after "The team page cannot be shown from …"). */
	readonly reason?: RegExp;
	/** How many requests the gadget makes (a retry for 5xx and no connection). */
	readonly requests: number;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const HTML_PAGE = '<!DOCTYPE html><html><head><title>Error</title></head><body><h1>Something went wrong</h1></body></html>';

const MODES: readonly FailureMode[] = [
	{ name: 'HTTP 500, twice', answers: [ { status: 500, body: 'Internal Server Error' } ], state: 'failed', reason: /server error \(HTTP 500\), also when asked again/, requests: 2 },
	{ name: 'HTTP 503, then the answer', answers: [ { status: 503, body: 'Service Unavailable' }, 'real' ], state: 'rendered', requests: 2 },
	{ name: 'HTTP 404 with an HTML page', answers: [ { status: 404, body: HTML_PAGE, contentType: 'text/html' } ], state: 'failed', reason: /answered with an error \(HTTP 404\)/, requests: 1 },
	{ name: 'HTTP 429', answers: [ { status: 429, body: 'Too many requests' } ], state: 'failed', reason: /answered with an error \(HTTP 429\)/, requests: 1 },
	{ name: 'HTTP 200 with an HTML page', answers: [ { status: 200, body: HTML_PAGE, contentType: 'text/html' } ], state: 'failed', reason: /could not be read: it was not JSON/, requests: 1 },
	{ name: 'a failed connection, twice', answers: [ { abort: true } ], state: 'failed', reason: /could not be reached: the connection failed/, requests: 2 },
	{ name: 'an empty answer', answers: [ { status: 200, body: '', contentType: JSON_TYPE } ], state: 'failed', reason: /could not be read: it was not JSON|sent an empty answer/, requests: 1 },
	{ name: 'JSON cut off', answers: [ { status: 200, body: '{"batchcomplete":true,"query":{"pages":[{"title":"Mo', contentType: JSON_TYPE } ], state: 'failed', reason: /could not be read: it was not JSON/, requests: 1 },
	{ name: 'null', answers: [ { status: 200, body: 'null', contentType: JSON_TYPE } ], state: 'failed', reason: /sent an empty answer/, requests: 1 },
	{ name: 'a JSON list', answers: [ { status: 200, body: '[]', contentType: JSON_TYPE } ], state: 'failed', reason: /could not be loaded \(no-page-in-response\)/, requests: 1 },
	{
		name: 'an API error object',
		answers: [ { status: 200, body: JSON.stringify( { error: { code: 'internal_api_error_DBQueryError', info: 'A database query error has occurred.' } } ), contentType: JSON_TYPE } ],
		state: 'failed', reason: /could not be loaded \(internal_api_error_DBQueryError\)/, requests: 1
	},
	{
		name: 'hidden revision content',
		answers: [ { status: 200, contentType: JSON_TYPE, body: JSON.stringify( { query: { pages: [ {
			ns: 828, title: 'Module:Community Resilience and Sustainability/data.json', contentmodel: 'json',
			revisions: [ { revid: 1, timestamp: '2026-11-01T00:00:00Z', slots: { main: { contentmodel: 'json', texthidden: true } } } ]
		} ] } } ) } ],
		state: 'failed', reason: /latest revision is hidden/, requests: 1
	},
	{ name: 'a late answer (3 s)', answers: [ 'real' ], delayMs: 3000, state: 'rendered', requests: 1 },
	{ name: 'no answer ever', answers: [ { never: true } ], state: 'failed', reason: /did not send it within 20 seconds/, requests: 1 }
];

/** Is this the gadget's request for the data page (action=query, prop=revisions, titles=…)? */
function isDataRequest( url: URL, dataPage: string ): boolean {
	return url.pathname.endsWith( '/api.php' ) && url.searchParams.get( 'action' ) === 'query' &&
		/revisions/.test( url.searchParams.get( 'prop' ) || '' ) && url.searchParams.get( 'titles' ) === dataPage;
}

function sleep( ms: number ): Promise<void> {
	return new Promise( ( resolve ) => {
		setTimeout( resolve, ms );
	} );
}

/**
 * Opens the team page with the data request answered as `mode` says, and
 * waits until every placeholder has ended.
 *
 * @param page
 * @param mode
 * @return How many data requests the page made
 */
async function openFailing( page: Page, mode: FailureMode ): Promise<number> {
	let requests = 0;
	const held: Route[] = [];
	await page.route( ( url ) => isDataRequest( url, suite.teamWiki.dataPage ), async ( route ) => {
		const answer = mode.answers[ Math.min( requests++, mode.answers.length - 1 ) ]!;
		if ( mode.delayMs ) {
			await sleep( mode.delayMs );
		}
		if ( answer === 'real' ) {
			await route.continue();
		} else if ( 'abort' in answer ) {
			await route.abort( 'connectionfailed' );
		} else if ( 'never' in answer ) {
			held.push( route );
		} else {
			await route.fulfill( { status: answer.status, body: answer.body, contentType: answer.contentType || 'text/plain' } );
		}
	} );
	await page.goto( suite.teamWiki.url( suite.teamWiki.teamPage, { withgadget: 'crs-team' } ) );
	if ( mode.answers.some( ( a ) => a !== 'real' && 'never' in a ) ) {
		// Wait (on this side's clock) for the renderer to take over, then skip the page's 20 seconds.
		const deadline = Date.now() + 30000;
		while ( ( !held.length || ( await placeholderStates( page ) ).some( ( s ) => s !== 'loading' ) ) && Date.now() < deadline ) {
			await sleep( 100 );
		}
		await page.clock.runFor( DATA_WAIT_MS );
	}
	await waitForPlaceholders( page, held );
	await page.unrouteAll( { behavior: 'ignoreErrors' } );
	return requests;
}

let maintainer: BrowserContext;
let anonymous: BrowserContext;

beforeAll( async () => {
	// The page's clock runs on its own (real pace) until a test skips ahead.
	maintainer = await newReaderWithClock( suite.browser, new Date() );
	anonymous = await newReaderWithClock( suite.browser, new Date() );
	const page = await maintainer.newPage();
	await logIn( page, suite.teamWiki, suite.teamWiki.admin.username, suite.teamWiki.admin.password );
	await page.close();
} );

afterAll( async () => {
	await Promise.all( [ maintainer && maintainer.close(), anonymous && anonymous.close() ] );
} );

/** The maintainer's view: the fallback, the reason, every placeholder ended. */
async function maintainerSees( mode: FailureMode ): Promise<void> {
	const page = await maintainer.newPage();
	const errors = watchErrors( page );
	expect( await openFailing( page, mode ) ).toBe( mode.requests );
	expect( await placeholderStates( page ) ).toEqual( [ mode.state, mode.state, mode.state ] );
	const overview = page.locator( '.crs-team[data-view="overview"]' );
	expect( await overview.locator( '.crs-team__fallback' ).isVisible() ).toBe( mode.state === 'failed' );
	expect( await overview.locator( '.crs-team__fallback' ).textContent() ).toContain( FALLBACK_TEXT );
	if ( mode.reason ) {
		const problem = page.getByRole( 'alert' );
		expect( await problem.count() ).toBe( 1 );
		const text = await problem.innerText();
		expect( text ).toContain( `The team page cannot be shown from ${ suite.teamWiki.dataPage }.` );
		expect( text ).toMatch( mode.reason );
		expect( await accessibilityViolations( page ) ).toEqual( [] );
	} else {
		expect( await page.locator( '.crs-team-problems' ).count() ).toBe( 0 );
	}
	expectNoErrors( errors );
	await page.close();
}

/** The anonymous reader's view: the fallback (or the page), no message. */
async function readerSees( mode: FailureMode ): Promise<void> {
	const page = await anonymous.newPage();
	const errors = watchErrors( page );
	expect( await openFailing( page, mode ) ).toBe( mode.requests );
	expect( await placeholderStates( page ) ).toEqual( [ mode.state, mode.state, mode.state ] );
	expect( await page.locator( '.crs-team-problems' ).count() ).toBe( 0 );
	expect( await page.locator( '.crs-team[data-view="overview"] .crs-team__fallback' ).isVisible() ).toBe( mode.state === 'failed' );
	expectNoErrors( errors );
	await page.close();
}

it.each( MODES.map( ( mode ) => [ mode.name, mode.reason ? 'is told why' : 'sees the page', mode.state, mode ] as const ) )(
	'the data request gets %s: the maintainer %s, an anonymous reader is told nothing, every placeholder ends %s',
	// Both readers at once (the wiki serves them in parallel): the suite stays short.
	async ( _name, _told, _state, mode ) => {
		await expect( Promise.all( [ maintainerSees( mode ), readerSees( mode ) ] ) ).resolves.toHaveLength( 2 );
	}
);
