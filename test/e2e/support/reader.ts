/**
 * Opening the team page as a reader and waiting for the gadget to finish.
 */
import { Browser, BrowserContext, BrowserContextOptions, Page, Route } from 'playwright-core';
import { TeamWiki } from './team-wiki';

export interface ViewOptions {
	/** useskin: vector-2022, vector, minerva, monobook, timeless. */
	readonly skin?: string;
	/** uselang: the interface language. */
	readonly uselang?: string;
	/** Load the gadget for this view only (?withgadget=crs-team), for readers who did not enable it. */
	readonly withGadget?: boolean;
	/** Any other query parameters. */
	readonly query?: Record<string, string>;
}

/** A phone-sized viewport (a common Android phone, CSS pixels). */
export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** A desktop viewport wide enough for Vector 2022's sidebars. */
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 900 } };

/**
 * A fresh browser context (no cookies, no cache): one per reader.
 *
 * @param browser
 * @param options e.g. { timezoneId: 'America/New_York', ...PHONE }
 */
export function newReader( browser: Browser, options: BrowserContextOptions = {} ): Promise<BrowserContext> {
	return browser.newContext( { ...DESKTOP, locale: 'en-GB', ...options } );
}

/** The localStorage keys of ResourceLoader's module store (`MediaWikiModuleStore:<wiki>`). */
export const MODULE_STORE_KEY_PREFIX = 'MediaWikiModuleStore';

/**
 * A fresh reader whose clock starts at `time` and runs on from there
 * (Playwright's fake clock: `page.clock.pauseAt()`, `runFor()` and friends
 * then control it), so that dates do not depend on the day the suite runs.
 *
 * Every page of this context starts with an empty ResourceLoader module
 * store. The fake clock replaces requestIdleCallback, and its idle deadline
 * always says `timeRemaining() === 0`; mw.loader evaluates modules from the
 * store (localStorage) in idle callbacks that give way while no time remains,
 * so a page served from the store would re-queue that callback forever and
 * never run a gadget. Modules then come from load.php (or the HTTP cache),
 * which does not wait for idle time. Without the fake clock the store works:
 * newReader() contexts keep it, and calendar.e2e.test.ts proves a reader
 * served from it gets the page.
 *
 * @param browser
 * @param time Where the page's clock starts
 * @param options Context options, as for newReader()
 */
export async function newReaderWithClock( browser: Browser, time: Date, options: BrowserContextOptions = {} ): Promise<BrowserContext> {
	const context = await newReader( browser, options );
	await context.addInitScript( ( prefix: string ) => {
		try {
			Object.keys( localStorage ).filter( ( key ) => key.startsWith( prefix ) ).forEach( ( key ) => localStorage.removeItem( key ) );
		} catch {
			// No storage in this frame (about:blank): nothing to empty.
		}
	}, MODULE_STORE_KEY_PREFIX );
	await context.clock.install( { time } );
	return context;
}

/**
 * Opens a page and waits until every placeholder on it is rendered or failed.
 *
 * @param page
 * @param teamWiki
 * @param title Defaults to the team page
 * @param options Skin, language, ?withgadget
 */
export async function openTeamPage( page: Page, teamWiki: TeamWiki, title: string = teamWiki.teamPage, options: ViewOptions = {} ): Promise<void> {
	const query: Record<string, string> = { ...options.query };
	if ( options.skin ) {
		query.useskin = options.skin;
	}
	if ( options.uselang ) {
		query.uselang = options.uselang;
	}
	if ( options.withGadget ) {
		query.withgadget = 'crs-team';
	}
	await page.goto( teamWiki.url( title, query ) );
	await waitForPlaceholders( page );
}

/**
 * Waits until no placeholder is waiting for the gadget any more (each has
 * data-crs-state rendered or failed), and the page's own scripts are idle.
 *
 * @param page
 * @param hung Requests the test's own server holds unanswered (a wiki
 *  that never answers): the gadget gives up on them but leaves them open
 *  (it does not abort its data request), so the server closes them once
 *  the placeholders have ended, before the network can be idle.
 */
export async function waitForPlaceholders( page: Page, hung: readonly Route[] = [] ): Promise<void> {
	await page.waitForFunction( () => {
		const placeholders = Array.from( document.querySelectorAll( '.crs-team[data-source]' ) );
		// Ended, and no part still on its way (a problem report loads on first use: `aria-busy` until it is there).
		return placeholders.length > 0 && placeholders.every( ( p ) => /^(rendered|failed)$/.test( p.getAttribute( 'data-crs-state' ) || '' ) &&
			!p.querySelector( '.crs-team-problems-slot[aria-busy]' ) );
	}, null, { timeout: 30000 } );
	await Promise.all( hung.map( ( route ) => route.abort( 'timedout' ).catch( () => undefined ) ) );
	await page.waitForLoadState( 'networkidle' );
}

/**
 * The state of each placeholder on the page, in order: rendered or failed.
 *
 * @param page
 */
export function placeholderStates( page: Page ): Promise<string[]> {
	return page.$$eval( '.crs-team[data-source]', ( all ) => all.map( ( p ) => p.getAttribute( 'data-crs-state' ) || '' ) );
}
