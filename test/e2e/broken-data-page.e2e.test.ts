/**
 * A maintainer breaks the data page: the team page tells them exactly what is
 * wrong (a page saved as plain text is no longer a JSON page), while anonymous readers keep seeing a sensible page; once fixed, the
 * page renders again. When the wiki never answers the data request, the
 * gadget stops waiting after 20 seconds and says so to the maintainer.
 */
import { Page, Route } from 'playwright-core';
import { DATA_WAIT_MS } from '../../src/mw/load-data-pages';
import {
	accessibilityViolations, expectNoErrors, logIn, newReader, newReaderWithClock, openTeamPage,
	placeholderStates, saveScreenshot, waitForPlaceholders, watchErrors, useTeamWiki
} from './support';
import { SAMPLE_DATA, SAMPLE_DATA_TEXT, SAMPLE_SESSIONS } from './support/sample-data';

/** The sample without the comma after `"version": 1`: JSON.parse stops at line 3, column 2. */
const MISSING_COMMA = SAMPLE_DATA_TEXT.replace( /("version": 1),/, '$1' );
const BAD_SESSION_INDEX = SAMPLE_SESSIONS.length - 1;
const BAD_SESSION_ID = SAMPLE_SESSIONS[ BAD_SESSION_INDEX ]!.id;
const IMPOSSIBLE_DATE = '2026-13-01T15:00:00Z';
/** Text of the overview placeholder's server rendering (the Scribunto module) from a usable data page. */
const FALLBACK_TEXT = 'is a team in the Wikimedia Foundation\'s Legal department';
/** What the module says in the placeholder when the data page cannot be read at all. */
const UNAVAILABLE_TEXT = 'The team\'s details cannot be shown here at the moment.';

const suite = useTeamWiki();

/** Saves the data page as the admin, through the API. */
async function saveDataPage( text: string, contentmodel: 'json' | 'text' ): Promise<void> {
	const result = await suite.teamWiki.api.request( {
		action: 'edit', title: suite.teamWiki.dataPage, text, contentmodel, summary: 'Maintainer edit', token: suite.teamWiki.api.csrfToken
	} );
	expect( result.edit.result ).toBe( 'Success' );
}

/**
 * Opens the team page in a fresh context (no cached API answers) as the
 * logged-in admin (who can edit the data page) or as an anonymous reader.
 */
async function view( who: 'maintainer' | 'anonymous', screenshot: string, check: ( page: Page ) => Promise<void> ): Promise<void> {
	const context = await newReader( suite.browser );
	const page = await context.newPage();
	const errors = watchErrors( page );
	if ( who === 'maintainer' ) {
		await logIn( page, suite.teamWiki, suite.teamWiki.admin.username, suite.teamWiki.admin.password );
	}
	await openTeamPage( page, suite.teamWiki, suite.teamWiki.teamPage, { withGadget: true } );
	expect( await page.evaluate( () => mw.user.isAnon() ) ).toBe( who === 'anonymous' );
	await check( page );
	await saveScreenshot( page, screenshot );
	expectNoErrors( errors );
	await context.close();
}

/**
 * The overview placeholder's own content (the module's rendering), which the
 * gadget keeps (hidden once it renders).
 *
 * @param page
 * @param text What it says
 */
async function overviewFallbackShown( page: Page, text = FALLBACK_TEXT ): Promise<boolean> {
	const fallback = page.locator( '.crs-team[data-view="overview"] .crs-team__fallback' );
	expect( await fallback.textContent() ).toContain( text );
	return fallback.isVisible();
}

/** Is this the gadget's request for the data page (action=query, prop=revisions, titles=…)? */
function isDataRequest( url: URL, dataPage: string ): boolean {
	return url.pathname.endsWith( '/api.php' ) && url.searchParams.get( 'action' ) === 'query' &&
		/revisions/.test( url.searchParams.get( 'prop' ) || '' ) && url.searchParams.get( 'titles' ) === dataPage;
}

function sessionIds( page: Page ): Promise<string[]> {
	return page.locator( '[data-session-id]' ).evaluateAll( ( all ) => all.map( ( s ) => s.getAttribute( 'data-session-id' ) || '' ).sort() );
}

describe( 'a maintainer breaks the data page', () => {
	it( 'the wiki itself refuses invalid JSON while the page has the JSON content model', async () => {
		await expect( suite.teamWiki.api.save( suite.teamWiki.dataPage, MISSING_COMMA, 'Missing comma' ) ).rejects.toThrow( /invalid-json-data/ );
	} );

	describe( 'invalid JSON, saved with the plain text content model', () => {
		beforeAll( () => saveDataPage( MISSING_COMMA, 'text' ) );

		// The gadget reads only JSON pages: it says so rather than parse the text (the editor gadget shows the syntax error).
		it( 'the maintainer is told the page is no longer a JSON page, once, over the fallback', () => view( 'maintainer', 'broken-json-maintainer', async ( page ) => {
			expect( await placeholderStates( page ) ).toEqual( [ 'failed', 'failed', 'failed' ] );
			const problem = page.getByRole( 'alert' );
			expect( await problem.count() ).toBe( 1 );
			const text = await problem.innerText();
			expect( text ).toContain( `The team page cannot be shown from ${ suite.teamWiki.dataPage }.` );
			expect( text ).toContain( 'It is not a JSON page (its content model is text).' );
			const edit = problem.getByRole( 'link', { name: 'Edit the data page' } );
			expect( new URL( await edit.getAttribute( 'href' ) || '', suite.teamWiki.wiki.baseUrl ).searchParams.get( 'action' ) ).toBe( 'edit' );
			expect( await overviewFallbackShown( page, UNAVAILABLE_TEXT ) ).toBe( true );
			expect( await accessibilityViolations( page ) ).toEqual( [] );
		} ) );

		// MediaWiki refuses to save invalid JSON on a JSON page, but a stored revision can still be broken (imported,
		// or saved before the check): the answer here says the page is JSON while its text is not.
		it( 'the maintainer whose browser does not place the error (as Safari) still gets line and column, from the parser loaded on demand', async () => {
			const context = await newReader( suite.browser );
			const page = await context.newPage();
			const errors = watchErrors( page );
			await page.route( ( url ) => isDataRequest( url, suite.teamWiki.dataPage ), async ( route ) => {
				const response = await route.fetch();
				const body = ( await response.text() ).replace( /"contentmodel":\s*"text"/g, '"contentmodel":"json"' );
				await route.fulfill( { response, body } );
			} );
			// Safari's JSON.parse: "JSON Parse error: …", no position.
			await page.addInitScript( () => {
				const parse = JSON.parse;
				JSON.parse = function ( text: string, reviver?: ( this: unknown, key: string, value: unknown ) => unknown ) {
					try {
						return parse( text, reviver );
					} catch {
						throw new SyntaxError( 'JSON Parse error: Expected \'}\'' );
					}
				};
			} );
			await logIn( page, suite.teamWiki, suite.teamWiki.admin.username, suite.teamWiki.admin.password );
			const syntaxGadget: string[] = [];
			page.on( 'request', ( request ) => {
				if ( decodeURIComponent( request.url() ).includes( 'crs-team-syntax' ) ) {
					syntaxGadget.push( request.url() );
				}
			} );
			await openTeamPage( page, suite.teamWiki, suite.teamWiki.teamPage, { withGadget: true } );
			const problem = page.getByRole( 'alert' );
			await page.waitForFunction( () => /line [1-9]/.test( document.querySelector( '.crs-team-problems' )?.textContent || '' ), null, { timeout: 30000 } );
			expect( await problem.innerText() ).toMatch( /It is not valid JSON: Expected ',' or '}' after a property value \(line 3, column 2\)\./ );
			expect( syntaxGadget.length ).toBeGreaterThan( 0 );
			expectNoErrors( errors );
			await context.close();
		} );

		it( 'an anonymous reader sees the module\'s short sentence and no error', () => view( 'anonymous', 'broken-json-anonymous', async ( page ) => {
			expect( await placeholderStates( page ) ).toEqual( [ 'failed', 'failed', 'failed' ] );
			expect( await page.locator( '.crs-team-problems' ).count() ).toBe( 0 );
			expect( await page.locator( '.crs-team-rendered' ).count() ).toBe( 0 );
			expect( await overviewFallbackShown( page, UNAVAILABLE_TEXT ) ).toBe( true );
		} ) );
	} );

	describe( `a session with the impossible date ${ IMPOSSIBLE_DATE }`, () => {
		beforeAll( () => {
			const data = JSON.parse( SAMPLE_DATA_TEXT );
			data.conversationHours.sessions[ BAD_SESSION_INDEX ].start = IMPOSSIBLE_DATE;
			return saveDataPage( JSON.stringify( data, null, '\t' ), 'json' );
		} );

		it( 'the maintainer sees the problem by its JSON path above the rest of the page', () => view( 'maintainer', 'bad-date-maintainer', async ( page ) => {
			expect( await placeholderStates( page ) ).toEqual( [ 'rendered', 'rendered', 'rendered' ] );
			const problems = page.locator( '.crs-team-problems' );
			expect( await problems.count() ).toBe( 1 );
			const text = await problems.innerText();
			expect( text ).toContain( `The data page ${ suite.teamWiki.dataPage } has a problem; the rest is shown.` );
			expect( text ).toContain( `conversationHours.sessions[${ BAD_SESSION_INDEX }].start: "${ IMPOSSIBLE_DATE }"` );
			expect( text ).toContain( 'there is no month 13' );
			expect( await sessionIds( page ) ).toEqual( SAMPLE_SESSIONS.map( ( s ) => s.id ).filter( ( id ) => id !== BAD_SESSION_ID ).sort() );
			expect( await accessibilityViolations( page ) ).toEqual( [] );
		} ) );

		it( 'an anonymous reader sees the page without that session, and no error', () => view( 'anonymous', 'bad-date-anonymous', async ( page ) => {
			expect( await placeholderStates( page ) ).toEqual( [ 'rendered', 'rendered', 'rendered' ] );
			expect( await page.locator( '.crs-team-problems' ).count() ).toBe( 0 );
			expect( await sessionIds( page ) ).toEqual( SAMPLE_SESSIONS.map( ( s ) => s.id ).filter( ( id ) => id !== BAD_SESSION_ID ).sort() );
		} ) );
	} );

	describe( 'fixed again', () => {
		beforeAll( () => saveDataPage( SAMPLE_DATA_TEXT, 'json' ) );

		it.each( [
			{ who: 'maintainer', reader: 'the maintainer' },
			{ who: 'anonymous', reader: 'an anonymous reader' }
		] as const )( '$reader sees the whole page, with no error', ( { who } ) => view( who, `fixed-${ who }`, async ( page ) => {
			expect( await placeholderStates( page ) ).toEqual( [ 'rendered', 'rendered', 'rendered' ] );
			expect( await page.locator( '.crs-team-problems' ).count() ).toBe( 0 );
			expect( await page.locator( '.crs-team-overview__name' ).innerText() ).toBe( SAMPLE_DATA.team.name );
			expect( await sessionIds( page ) ).toEqual( SAMPLE_SESSIONS.map( ( s ) => s.id ).sort() );
			expect( await overviewFallbackShown( page ) ).toBe( false );
		} ) );
	} );

	describe( 'the wiki never answers the data request', () => {
		it.each( [
			{ who: 'maintainer', reader: 'the maintainer is told why' },
			{ who: 'anonymous', reader: 'an anonymous reader keeps the fallback, silently' }
		] as const )( 'after 20 seconds every placeholder fails: $reader', async ( { who } ) => {
			// The page's clock, to skip the 20 seconds; it starts now.
			const context = await newReaderWithClock( suite.browser, new Date() );
			const page = await context.newPage();
			const errors = watchErrors( page );
			if ( who === 'maintainer' ) {
				await logIn( page, suite.teamWiki, suite.teamWiki.admin.username, suite.teamWiki.admin.password );
			}
			const held: Route[] = [];
			let requestSeen = (): void => undefined;
			const requestHeld = new Promise<void>( ( resolve ) => {
				requestSeen = resolve;
			} );
			await page.route( ( url ) => isDataRequest( url, suite.teamWiki.dataPage ), ( route ) => {
				held.push( route );
				requestSeen();
			} );
			await page.goto( suite.teamWiki.url( suite.teamWiki.teamPage, { withgadget: 'crs-team' } ) );
			await requestHeld;
			// The loader starts the request before the renderer arrives: wait (on
			// this side's clock, not the page's) until the renderer took them over.
			const deadline = Date.now() + 30000;
			while ( ( await placeholderStates( page ) ).some( ( state ) => state !== 'loading' ) && Date.now() < deadline ) {
				await new Promise<void>( ( resolve ) => {
					setTimeout( resolve, 100 );
				} );
			}
			expect( await placeholderStates( page ) ).toEqual( [ 'loading', 'loading', 'loading' ] );

			// (The exact moment, 20 s and not a millisecond less, is checked in test/gadgets/stuck-states.test.ts.)
			await page.clock.runFor( DATA_WAIT_MS );
			expect( held ).toHaveLength( 1 );
			await waitForPlaceholders( page, held );
			expect( await placeholderStates( page ) ).toEqual( [ 'failed', 'failed', 'failed' ] );
			expect( await overviewFallbackShown( page ) ).toBe( true );
			if ( who === 'maintainer' ) {
				const problem = page.getByRole( 'alert' );
				expect( await problem.count() ).toBe( 1 );
				expect( await problem.innerText() ).toContain( 'The wiki did not send it within 20 seconds. Reload the page to try again.' );
				expect( await accessibilityViolations( page ) ).toEqual( [] );
			} else {
				expect( await page.locator( '.crs-team-problems' ).count() ).toBe( 0 );
			}
			await saveScreenshot( page, `no-answer-${ who }` );
			expectNoErrors( errors );
			await context.close();
		} );
	} );
} );
