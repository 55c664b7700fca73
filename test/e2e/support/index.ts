/**
 * The end-to-end harness: a real MediaWiki 1.43 with our gadgets deployed,
 * and Debian's Chromium driven by playwright-core.
 *
 * A test file (`test/e2e/<topic>.e2e.test.ts`, run by `npm run test:e2e`)
 * usually looks like this:
 *
 *     const suite = useTeamWiki( {
 *         setUp: ( { teamWiki } ) => createUser( teamWiki, 'Reader', 'reader-password-2026' ) // optional
 *     } );
 *
 *     it( '…', async () => {
 *         const context = await newReader( suite.browser, { timezoneId: 'Asia/Tokyo' } );
 *         const page = await context.newPage();
 *         const errors = watchErrors( page );
 *         await openTeamPage( page, suite.teamWiki, suite.teamWiki.teamPage, { withGadget: true } );
 *         await expect( page.locator( '.crs-team-subteam' ) ).toHaveCount( 3 ); // or plain jest on page values
 *         expect( await accessibilityViolations( page ) ).toEqual( [] );
 *         expectNoErrors( errors );
 *         await context.close();
 *     } );
 *
 * The API, by module:
 *
 * - suite.ts: useTeamWiki( { wiki, setUp } ) registers the file's
 *   beforeAll/afterAll: a team wiki and Chromium started side by side,
 *   `setUp` once both are up, both stopped at the end;
 *   startTeamWikiAndBrowser() does the same outside jest.
 * - team-wiki.ts: startTeamWiki( startWikiOptions ) starts a fresh wiki
 *   (test/wiki/wiki.ts: temporary folder, SQLite, `php -S` on a free
 *   loopback port), publishes the build with our deploy command
 *   (`--create --data --team-page-title …`) and returns a TeamWiki: `teamPage`
 *   and `dataPage` titles, `url( title, query )`, the `admin` login, `api`
 *   (mwn, logged in as the admin with a bot password: edits, page language),
 *   `wiki` (the TestWiki) and `stop()`. createUser() adds an ordinary account.
 *   One wiki per test file: files stand alone and can run in parallel.
 * - session.ts: logIn( page, … ) through Special:UserLogin; callApi() and
 *   setPreferences() with the page's own session.
 * - reader.ts: newReader( browser, contextOptions ) (fresh context; PHONE
 *   and DESKTOP viewports); newReaderWithClock( browser, time, contextOptions )
 *   when the test needs the date fixed or time controlled (Playwright's fake
 *   clock; never install it by hand: see newReaderWithClock for why); openTeamPage( page, teamWiki, title, { skin,
 *   uselang, withGadget, query } ) which waits until every placeholder is
 *   rendered or failed; waitForPlaceholders(), placeholderStates().
 * - errors.ts: watchErrors( page ) before the first goto, expectNoErrors()
 *   at the end: fails on any uncaught exception and on console errors and
 *   warnings from our gadgets; prints the other console messages it ignored.
 * - accessibility.ts: accessibilityViolations( page, selector ) runs axe-core
 *   for WCAG 2.1 A/AA on our rendered parts (`.crs-team__output`);
 *   contrastBelow( page, selector ) checks the text contrast axe-core leaves
 *   undecided (elements with a background image, such as Codex buttons);
 *   contrastRatio( colour, colour ) for computed colours.
 * - layout.ts: horizontalOverflow( page ): sideways scrolling of the page and
 *   of our containers.
 * - screenshots.ts: saveScreenshot( page, name ) → artifacts/e2e/NAME.png.
 * - system.ts, global-setup.ts: the suite checks Chromium, PHP and MediaWiki
 *   are installed (naming scripts/install-system-deps.sh otherwise) and builds
 *   gadgets/ once from the current tree before any file runs.
 */
export { launchChromium } from '../browser';
export { accessibilityViolations, contrastBelow, contrastRatio, headingOrderViolations, RENDERED_PARTS } from './accessibility';
export type { Violation } from './accessibility';
export { expectNoErrors, watchErrors } from './errors';
export type { ErrorWatch } from './errors';
export { horizontalOverflow, overlappingControls } from './layout';
export type { Overflow } from './layout';
export { ARTIFACTS_DIR, ROOT } from './paths';
export { DESKTOP, MODULE_STORE_KEY_PREFIX, newReader, newReaderWithClock, openTeamPage, PHONE, placeholderStates, waitForPlaceholders } from './reader';
export type { ViewOptions } from './reader';
export { saveScreenshot } from './screenshots';
export { callApi, logIn, setPreferences } from './session';
export { createUser, DATA_PAGE_TITLE, startTeamWiki, TEAM_PAGE_TITLE } from './team-wiki';
export type { TeamWiki } from './team-wiki';
export { startTeamWikiAndBrowser, useTeamWiki } from './suite';
export type { SuiteOptions, TeamWikiSuite } from './suite';
