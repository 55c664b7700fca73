/**
 * The conversation hours in a real browser on a real wiki: the month view
 * used with the keyboard only, an .ics file downloaded and read back with
 * ical.js, a time zone chosen and still there after a reload (anonymous and
 * logged in), a session going live while the page is open, and "show more"
 * for a long list of past sessions.
 *
 * The browser's clock starts on 23 November 2026 (before the sample's
 * December session) and runs from there, so the dates do not depend on the
 * day the suite runs; the readers who reload the page run on the real clock,
 * so that the reload is served from ResourceLoader's module store as it is
 * for real readers (see newReaderWithClock for why the two do not mix).
 */
import * as fs from 'fs';
import ICAL from 'ical.js';
import { BrowserContext, Page } from 'playwright-core';
import {
	accessibilityViolations, ARTIFACTS_DIR, callApi, createUser, expectNoErrors, horizontalOverflow, logIn, MODULE_STORE_KEY_PREFIX, newReader, newReaderWithClock,
	openTeamPage, PHONE, ROOT, saveScreenshot, watchErrors, useTeamWiki
} from './support';
import { expectedTimes, normaliseSpaces, SAMPLE_DATA, SAMPLE_SESSIONS, utcOffsetLabel } from './support/sample-data';

const START = new Date( '2026-11-23T12:00:00Z' );
const BROWSER_ZONE = 'Europe/Berlin';
const NEXT = SAMPLE_SESSIONS.find( ( s ) => s.id === '2026-12' )!;
const READER = { name: 'Calendar Reader', password: 'calendar-reader-password-2026' };
/** The gadget readers enable (ResourceLoader module name). */
const LOADER_MODULE = 'ext.gadget.crs-team';

const suite = useTeamWiki( {
	setUp: async ( { teamWiki } ) => {
		await createUser( teamWiki, READER.name, READER.password );
	}
} );

/**
 * A reader in Berlin: on the fake clock from START, or on the real clock.
 *
 * @param options
 * @param options.clock Start the page's clock at START (the default)
 */
async function reader( options: { clock?: boolean } = { clock: true } ): Promise<{ context: BrowserContext; page: Page }> {
	const contextOptions = { timezoneId: BROWSER_ZONE, acceptDownloads: true };
	const context = options.clock ?
		await newReaderWithClock( suite.browser, START, contextOptions ) :
		await newReader( suite.browser, contextOptions );
	return { context, page: await context.newPage() };
}

/**
 * The module names a load.php request asks for: `modules=a.b,c|d` means
 * a.b, a.c and d (ResourceLoader packs names that share a prefix).
 *
 * @param url
 */
function requestedModules( url: string ): string[] {
	const modules = new URL( url ).searchParams.get( 'modules' );
	if ( !modules ) {
		return [];
	}
	return modules.split( '|' ).flatMap( ( group ) => {
		const [ first = '', ...rest ] = group.split( ',' );
		const prefix = first.slice( 0, first.lastIndexOf( '.' ) + 1 );
		return [ first, ...rest.map( ( name ) => prefix + name ) ];
	} );
}

/**
 * Waits until ResourceLoader has written a module into its module store in
 * localStorage (it does so about 2 s after the page loaded).
 *
 * @param page
 * @param module e.g. ext.gadget.crs-team
 */
async function waitForModuleStore( page: Page, module: string ): Promise<void> {
	await page.waitForFunction( ( { prefix, name } ) => Object.keys( localStorage ).some( ( key ) => key.startsWith( prefix ) &&
		Object.keys( JSON.parse( localStorage.getItem( key ) || '{}' ).items || {} ).some( ( item ) => item.startsWith( `${ name }@` ) ) ),
	{ prefix: MODULE_STORE_KEY_PREFIX, name: module }, { timeout: 30000 } );
}

/** What has the keyboard focus: its date in the grid, or its text. */
function focused( page: Page ): Promise<{ date: string | null; selected: string | null; text: string; inGrid: boolean }> {
	return page.evaluate( () => {
		const el = document.activeElement as HTMLElement;
		return {
			date: el.getAttribute( 'data-date' ),
			selected: el.getAttribute( 'aria-selected' ),
			text: ( el.textContent || '' ).trim(),
			inGrid: !!el.closest( '[role="grid"]' )
		};
	} );
}

/** Presses Tab until `done` says so (at most 400 times), as a keyboard user would. */
async function tabUntil( page: Page, done: ( f: Awaited<ReturnType<typeof focused>> ) => boolean ): Promise<void> {
	for ( let i = 0; i < 400; i++ ) {
		await page.keyboard.press( 'Tab' );
		if ( done( await focused( page ) ) ) {
			return;
		}
	}
	throw new Error( 'Tab never reached the expected element' );
}

function whenText( page: Page, id: string ): Promise<string> {
	return page.locator( `[data-session-id="${ id }"] .crs-team-session__when time` ).first().innerText().then( normaliseSpaces );
}

describe( 'the month view, with the keyboard only', () => {
	it( 'Tab to the List/Month switch and to the grid (one tab stop); arrows, Page Up/Down, Home/End; Enter shows the day', async () => {
		const { context, page } = await reader();
		const errors = watchErrors( page );
		await openTeamPage( page, suite.teamWiki, suite.teamWiki.teamPage, { withGadget: true } );

		await tabUntil( page, ( f ) => f.text === 'Month' );
		await page.keyboard.press( 'Enter' );
		expect( await page.locator( 'button[data-mode="month"]' ).getAttribute( 'aria-pressed' ) ).toBe( 'true' );
		expect( await page.locator( '.crs-month__title' ).innerText() ).toBe( 'December 2026' );
		expect( await page.locator( '[role="grid"]' ).getAttribute( 'aria-labelledby' ) ).toBeTruthy();

		// The grid is one tab stop: the selected day (the next session's).
		await tabUntil( page, ( f ) => f.inGrid );
		expect( await focused( page ) ).toMatchObject( { date: '2026-12-10', selected: 'true' } );
		expect( await page.locator( '[role="grid"] [tabindex="0"]' ).count() ).toBe( 1 );
		await page.keyboard.press( 'Tab' );
		expect( ( await focused( page ) ).inGrid ).toBe( false );
		await page.keyboard.press( 'Shift+Tab' );
		expect( ( await focused( page ) ).date ).toBe( '2026-12-10' );

		const moves: [ string, string ][] = [
			[ 'ArrowRight', '2026-12-11' ],
			[ 'ArrowDown', '2026-12-18' ],
			[ 'ArrowLeft', '2026-12-17' ],
			[ 'ArrowUp', '2026-12-10' ],
			// en: weeks start on Sunday.
			[ 'Home', '2026-12-06' ],
			[ 'End', '2026-12-12' ],
			[ 'PageDown', '2027-01-12' ],
			[ 'PageUp', '2026-12-12' ],
			[ 'PageUp', '2026-11-12' ],
			[ 'Shift+PageDown', '2027-11-12' ],
			[ 'Shift+PageUp', '2026-11-12' ]
		];
		for ( const [ key, date ] of moves ) {
			await page.keyboard.press( key );
			expect( [ key, ( await focused( page ) ).date ] ).toEqual( [ key, date ] );
		}
		expect( await page.locator( '.crs-month__title' ).innerText() ).toBe( 'November 2026' );
		// Moving does not select; the old selection stays until Enter.
		expect( ( await focused( page ) ).selected ).toBe( 'false' );

		// Back to the session's day and Enter: selected, and its session below.
		await page.keyboard.press( 'PageDown' );
		await page.keyboard.press( 'ArrowLeft' );
		await page.keyboard.press( 'ArrowLeft' );
		expect( ( await focused( page ) ).date ).toBe( '2026-12-10' );
		expect( await page.locator( '[data-date="2026-12-10"]' ).getAttribute( 'aria-label' ) ).toBe( 'Thursday, 10 December 2026, one conversation hour' );
		await page.keyboard.press( 'ArrowRight' );
		await page.keyboard.press( 'Enter' );
		expect( await focused( page ) ).toMatchObject( { date: '2026-12-11', selected: 'true' } );
		expect( normaliseSpaces( await page.locator( '.crs-team-calendar__day' ).innerText() ) ).toBe( 'No conversation hour on Friday, 11 December 2026.' );
		await page.keyboard.press( 'ArrowLeft' );
		await page.keyboard.press( 'Enter' );
		expect( await focused( page ) ).toMatchObject( { date: '2026-12-10', selected: 'true' } );
		expect( await page.locator( '[role="grid"] [aria-selected="true"]' ).count() ).toBe( 1 );
		expect( await page.locator( '.crs-team-calendar__day-heading' ).innerText() ).toBe( 'Conversation hours on Thursday, 10 December 2026' );
		const expected = expectedTimes( NEXT, BROWSER_ZONE, 'en' );
		const when = await whenText( page, NEXT.id );
		expect( when ).toContain( expected.date );
		expect( when ).toContain( expected.times );
		expect( when ).toContain( 'Europe/Berlin (UTC+1)' );

		expect( await accessibilityViolations( page ) ).toEqual( [] );
		await saveScreenshot( page, 'calendar-month-keyboard' );
		expectNoErrors( errors );
		await context.close();
	} );
} );

describe( 'the calendar\'s tools, loaded on first use', () => {
	const TOOLS_MODULE = 'ext.gadget.crs-team-calendar-tools';

	/**
	 * A reader on the real clock whose browser never runs the gadget's idle
	 * work (render/lazy.ts asks with a 10 s timeout; ResourceLoader's own
	 * idle work, which runs modules, goes on), so only the reader's own
	 * actions can bring the tools; and every module requested.
	 *
	 * @param options
	 * @param options.failTools Make every request for the tools fail.
	 */
	async function busyReader( options: { failTools?: boolean } = {} ): Promise<{ context: BrowserContext; page: Page; requested: string[] }> {
		const context = await newReader( suite.browser, { timezoneId: BROWSER_ZONE } );
		await context.addInitScript( () => {
			const idle = window.requestIdleCallback.bind( window );
			window.requestIdleCallback = ( cb, options ) => options && options.timeout === 10000 ? 0 : idle( cb, options );
		} );
		const page = await context.newPage();
		const requested: string[] = [];
		page.on( 'request', ( request ) => {
			if ( request.url().includes( 'load.php' ) ) {
				requested.push( ...requestedModules( request.url() ) );
			}
		} );
		if ( options.failTools ) {
			await page.route( ( url ) => url.pathname.endsWith( 'load.php' ) && requestedModules( url.href ).includes( TOOLS_MODULE ), ( route ) => route.abort() );
		}
		return { context, page, requested };
	}

	it( 'the first render asks for none of them; the pointer over "Month" fetches them, and the month view works', async () => {
		const { context, page, requested } = await busyReader();
		const errors = watchErrors( page );
		await openTeamPage( page, suite.teamWiki, suite.teamWiki.teamPage, { withGadget: true } );
		expect( requested ).toContain( 'ext.gadget.crs-team-core' );
		expect( requested ).not.toContain( TOOLS_MODULE );
		expect( requested ).not.toContain( 'ext.gadget.crs-team-problems' );

		const month = page.getByRole( 'button', { name: 'Month' } );
		await Promise.all( [
			page.waitForRequest( ( request ) => request.url().includes( 'load.php' ) && requestedModules( request.url() ).includes( TOOLS_MODULE ) ),
			month.hover()
		] );
		await month.click();
		await expect( page.locator( '.crs-team-calendar [role="grid"]' ).waitFor() ).resolves.toBeUndefined();
		expect( await page.locator( '.crs-team-calendar__body' ).getAttribute( 'aria-busy' ) ).toBeNull();
		expectNoErrors( errors );
		await context.close();
	} );

	it( 'when they cannot be loaded, "Month" says so briefly and the list stays', async () => {
		const { context, page } = await busyReader( { failTools: true } );
		await openTeamPage( page, suite.teamWiki, suite.teamWiki.teamPage, { withGadget: true } );
		await page.getByRole( 'button', { name: 'Month' } ).click();
		const alert = page.locator( '.crs-team-calendar__body [role="alert"]' );
		await alert.waitFor();
		expect( normaliseSpaces( await alert.innerText() ) ).toBe( 'This part of the calendar could not be loaded. Check your connection and reload the page.' );
		expect( await page.locator( '.crs-team-calendar__body .crs-team-session' ).count() ).toBeGreaterThan( 0 );
		expect( await page.locator( '.crs-team-calendar [role="grid"]' ).count() ).toBe( 0 );
		await context.close();
	} );
} );

describe( 'add to calendar', () => {
	it( 'downloads one session and all upcoming ones as .ics files that ical.js reads back as the data says', async () => {
		const { context, page } = await reader();
		const errors = watchErrors( page );
		await openTeamPage( page, suite.teamWiki, suite.teamWiki.teamPage, { withGadget: true } );
		const dbName = await page.evaluate( () => mw.config.get( 'wgDBname' ) as string );
		const pageUrl = await page.evaluate( () => new URL( mw.util.getUrl( mw.config.get( 'wgPageName' ) as string ), location.href ).href );
		const uid = ( id: string ): string => `${ id }@${ dbName }/Module%3ACommunity_Resilience_and_Sustainability/data.json`;

		const link = page.getByRole( 'link', { name: 'Add to calendar \u2013 Conversation hour, December 2026 (sample data)' } );
		const [ download ] = await Promise.all( [ page.waitForEvent( 'download' ), link.click() ] );
		expect( download.suggestedFilename() ).toBe( 'conversation-hour-december-2026-sample-data.ics' );
		const text = fs.readFileSync( await download.path(), 'utf8' );
		expect( text.endsWith( '\r\n' ) ).toBe( true );
		expect( text.replace( /\r\n/g, '' ) ).not.toMatch( /[\r\n]/ );
		for ( const line of text.split( '\r\n' ) ) {
			expect( Buffer.byteLength( line, 'utf8' ) ).toBeLessThanOrEqual( 75 );
		}
		const cal = new ICAL.Component( ICAL.parse( text ) );
		expect( cal.getFirstPropertyValue( 'version' ) ).toBe( '2.0' );
		expect( cal.getFirstPropertyValue( 'prodid' ) ).toBe( '-//Wikimedia Foundation//crs-team-gadgets//EN' );
		expect( cal.getFirstPropertyValue( 'method' ) ).toBe( 'PUBLISH' );
		const events = cal.getAllSubcomponents( 'vevent' );
		expect( events ).toHaveLength( 1 );
		const session = SAMPLE_DATA.conversationHours.sessions.find( ( s: { id: string } ) => s.id === NEXT.id );
		const event = events[ 0 ]!;
		expect( event.getFirstPropertyValue( 'uid' ) ).toBe( uid( NEXT.id ) );
		expect( event.getFirstPropertyValue( 'summary' ) ).toBe( session.title );
		expect( event.getFirstPropertyValue( 'description' ) ).toBe( `${ session.description }\n\nJoin the call: ${ session.room }\n\nLive stream: ${ session.stream }` );
		expect( event.getFirstPropertyValue( 'location' ) ).toBe( session.room );
		expect( event.getFirstPropertyValue( 'url' ) ).toBe( pageUrl );
		expect( event.getFirstPropertyValue( 'sequence' ) ).toBe( 0 );
		expect( event.getFirstPropertyValue( 'status' ) ).toBe( 'CONFIRMED' );
		const parsed = new ICAL.Event( event );
		expect( parsed.startDate.toUnixTime() * 1000 ).toBe( Date.parse( session.start ) );
		expect( parsed.endDate.toUnixTime() * 1000 ).toBe( Date.parse( session.end ) );
		expect( parsed.startDate.zone ).toBe( ICAL.Timezone.utcTimezone );
		const stamp = ( event.getFirstPropertyValue( 'dtstamp' ) as ICAL.Time ).toUnixTime() * 1000;
		expect( Math.abs( stamp - START.getTime() ) ).toBeLessThan( 10 * 60 * 1000 );

		const [ all ] = await Promise.all( [
			page.waitForEvent( 'download' ),
			page.getByRole( 'link', { name: 'Add all upcoming to calendar' } ).click()
		] );
		expect( all.suggestedFilename() ).toBe( 'community-resilience-and-sustainability-conversation-hours.ics' );
		const allCal = new ICAL.Component( ICAL.parse( fs.readFileSync( await all.path(), 'utf8' ) ) );
		const upcoming = SAMPLE_SESSIONS.filter( ( s ) => Date.parse( s.end ) > START.getTime() );
		expect( allCal.getAllSubcomponents( 'vevent' ).map( ( e ) => e.getFirstPropertyValue( 'uid' ) ) ).toEqual( upcoming.map( ( s ) => uid( s.id ) ) );
		// The same UID in both files.
		expect( allCal.getAllSubcomponents( 'vevent' )[ 0 ]!.getFirstPropertyValue( 'uid' ) ).toBe( event.getFirstPropertyValue( 'uid' ) );
		expectNoErrors( errors );
		await context.close();
	} );
} );

describe( 'choosing a time zone', () => {
	async function chooseZone( page: Page, query: string, screenshot?: string ): Promise<void> {
		const box = page.getByRole( 'combobox', { name: 'Time zone' } );
		await box.click();
		await box.fill( query );
		// The picker itself arrives with the calendar's tools (usually before
		// the click: fetched when the browser is idle); it keeps what was typed.
		await page.locator( '.crs-team-zone-picker input[role="combobox"][aria-controls]' ).waitFor();
		expect( await box.inputValue() ).toBe( query );
		await page.keyboard.press( 'ArrowDown' );
		expect( await box.getAttribute( 'aria-expanded' ) ).toBe( 'true' );
		const active = await box.getAttribute( 'aria-activedescendant' );
		expect( await page.locator( `[id="${ active }"]` ).getAttribute( 'role' ) ).toBe( 'option' );
		if ( screenshot ) {
			// The controls with the open list below them.
			const box2 = ( await page.locator( '.crs-team-calendar__controls' ).boundingBox() )!;
			await page.screenshot( { path: `${ ARTIFACTS_DIR }/${ screenshot }.png`, clip: { x: box2.x, y: box2.y, width: box2.width, height: box2.height + 240 } } );
		}
		await page.keyboard.press( 'Enter' );
		expect( await box.getAttribute( 'aria-expanded' ) ).toBe( 'false' );
	}

	it( 'an anonymous reader: every time changes, and the choice is still there after a reload served from the module store', async () => {
		// The real clock: the reload below is served from ResourceLoader's module store.
		const { context, page } = await reader( { clock: false } );
		const errors = watchErrors( page );
		const ownZone = `Europe/Berlin (${ utcOffsetLabel( BROWSER_ZONE, new Date() ) })`;
		await openTeamPage( page, suite.teamWiki, suite.teamWiki.teamPage, { withGadget: true } );
		expect( await page.getByRole( 'combobox', { name: 'Time zone' } ).inputValue() ).toBe( `Your time zone: ${ ownZone }` );
		await chooseZone( page, 'Kathmandu', 'calendar-zone-picker' );
		const check = async (): Promise<void> => {
			expect( await page.getByRole( 'combobox', { name: 'Time zone' } ).inputValue() ).toBe( 'Asia/Kathmandu (UTC+5:45)' );
			expect( await page.locator( '.crs-team-calendar__zone' ).innerText() ).toBe( 'Times are shown in Asia/Kathmandu (UTC+5:45).' );
			for ( const session of SAMPLE_SESSIONS ) {
				const expected = expectedTimes( session, 'Asia/Kathmandu', 'en' );
				const when = await whenText( page, session.id );
				expect( when ).toContain( expected.date );
				expect( when ).toContain( expected.times );
				expect( when ).toContain( 'Asia/Kathmandu (UTC+5:45)' );
			}
		};
		await check();

		// A returning reader: the loader gadget comes from the module store, not from load.php.
		await waitForModuleStore( page, LOADER_MODULE );
		const loaded: string[] = [];
		page.on( 'request', ( request ) => {
			if ( /\/load\.php\?/.test( request.url() ) ) {
				loaded.push( ...requestedModules( request.url() ) );
			}
		} );
		await page.reload();
		await page.locator( '.crs-team[data-crs-state="rendered"] .crs-team-calendar' ).waitFor();
		expect( loaded ).not.toContain( LOADER_MODULE );
		expect( await page.evaluate( () => ( mw.loader as unknown as { store: { stats: { hits: number } } } ).store.stats.hits ) ).toBeGreaterThan( 0 );
		await check();
		expect( await page.evaluate( () => mw.storage.get( 'crs-team-calendar' ) ) ).toBe( '{"zone":"Asia/Kathmandu"}' );

		await page.getByRole( 'button', { name: `Use your time zone (${ ownZone })` } ).click();
		expect( await whenText( page, NEXT.id ) ).toContain( 'Europe/Berlin (UTC+1)' );
		expect( await page.evaluate( () => mw.storage.get( 'crs-team-calendar' ) ) ).toBeNull();
		expectNoErrors( errors );
		await context.close();
	} );

	it( 'a logged-in reader: saved as a user option, kept across a reload, undone with "Your time zone"', async () => {
		const { context, page } = await reader( { clock: false } );
		const errors = watchErrors( page );
		await logIn( page, suite.teamWiki, READER.name, READER.password );
		await openTeamPage( page, suite.teamWiki, suite.teamWiki.teamPage, { withGadget: true } );
		const saved = page.waitForResponse( ( r ) => r.request().method() === 'POST' && /api\.php/.test( r.url() ) && /action=options/.test( r.request().postData() || '' ) );
		await chooseZone( page, 'Lord Howe' );
		await saved;
		const options = await callApi( page, suite.teamWiki, { action: 'query', meta: 'userinfo', uiprop: 'options' } );
		expect( options.query.userinfo.options[ 'userjs-crs-team-calendar' ] ).toBe( '{"zone":"Australia/Lord_Howe"}' );

		await page.reload();
		await page.locator( '.crs-team[data-crs-state="rendered"] .crs-team-calendar' ).waitFor();
		expect( await page.getByRole( 'combobox', { name: 'Time zone' } ).inputValue() ).toMatch( /^Australia\/Lord Howe \(UTC\+1[01](:30)?\)$/ );
		expect( await whenText( page, NEXT.id ) ).toContain( 'Australia/Lord Howe (UTC+11)' );

		const removed = page.waitForResponse( ( r ) => r.request().method() === 'POST' && /action=options/.test( r.request().postData() || '' ) );
		await chooseZone( page, 'your time zone' );
		await removed;
		expect( await whenText( page, NEXT.id ) ).toContain( 'Europe/Berlin (UTC+1)' );
		const after = await callApi( page, suite.teamWiki, { action: 'query', meta: 'userinfo', uiprop: 'options' } );
		expect( after.query.userinfo.options[ 'userjs-crs-team-calendar' ] ).toBeUndefined();
		expectNoErrors( errors );
		await context.close();
	} );
} );

describe( 'on a phone', () => {
	it( 'the controls and downloads fit a 390 px screen in German (long labels wrap), in both views', async () => {
		const context = await newReaderWithClock( suite.browser, START, { ...PHONE, timezoneId: BROWSER_ZONE } );
		const page = await context.newPage();
		const errors = watchErrors( page );
		await openTeamPage( page, suite.teamWiki, suite.teamWiki.teamPage, { withGadget: true, skin: 'minerva', uselang: 'de' } );
		expect( await page.getByRole( 'link', { name: 'Alle kommenden zum Kalender hinzufügen' } ).isVisible() ).toBe( true );
		expect( await horizontalOverflow( page ) ).toEqual( { page: 0, ours: [] } );
		await page.getByRole( 'button', { name: 'Monat' } ).click();
		await page.locator( '[role="grid"]' ).waitFor();
		expect( await horizontalOverflow( page ) ).toEqual( { page: 0, ours: [] } );
		// The grid uses the width it has (Minerva makes content tables blocks on phones).
		const widths = await page.evaluate( () => [ '.crs-month', '.crs-month__grid' ].map( ( s ) => Math.round( document.querySelector( s )!.getBoundingClientRect().width ) ) );
		expect( widths[ 1 ] ).toBeGreaterThan( widths[ 0 ]! * 0.95 );
		expect( widths[ 1 ] ).toBeGreaterThan( 300 );
		expect( await accessibilityViolations( page ) ).toEqual( [] );
		await saveScreenshot( page, 'calendar-phone-de-month' );
		expectNoErrors( errors );
		await context.close();
	} );
} );

describe( 'live states', () => {
	it( 'the next session turns "Live now" with the join links first, without a reload', async () => {
		const { context, page } = await reader();
		const errors = watchErrors( page );
		await openTeamPage( page, suite.teamWiki, suite.teamWiki.teamPage, { withGadget: true } );
		const card = page.locator( '.crs-team-session--next' );
		expect( await card.locator( '.crs-team-session__relative' ).innerText() ).toBe( '(in 2 weeks)' );
		await page.clock.pauseAt( new Date( Date.parse( NEXT.start ) - 60 * 1000 ) );
		await page.clock.runFor( 2 * 60 * 1000 );
		await card.locator( '.crs-team-badge--live' ).waitFor();
		expect( await card.locator( '.crs-team-badge' ).innerText() ).toBe( 'Live now' );
		expect( await card.locator( '.crs-team-session__links a' ).allInnerTexts() ).toEqual( [ 'Join the call', 'Live stream' ] );
		await saveScreenshot( page, 'calendar-live-now' );
		expectNoErrors( errors );
		await context.close();
	} );
} );

describe( 'a long list of past sessions', () => {
	const LONG_DATA = 'Module:Community Resilience and Sustainability/long.json';
	const LONG_PAGE = 'Team page with a long past';

	/** The sample with 15 more past sessions (weekly in 2025): 18 past in all. */
	async function publishLongPage(): Promise<string[]> {
		const data = JSON.parse( JSON.stringify( SAMPLE_DATA ) );
		const older: string[] = [];
		for ( let i = 0; i < 15; i++ ) {
			const start = Date.parse( '2025-01-02T15:00:00Z' ) + i * 7 * 24 * 3600 * 1000;
			data.conversationHours.sessions.push( {
				id: `old-${ i }`,
				start: new Date( start ).toISOString().replace( '.000Z', 'Z' ),
				end: new Date( start + 3600 * 1000 ).toISOString().replace( '.000Z', 'Z' )
			} );
			older.unshift( `old-${ i }` );
		}
		await suite.teamWiki.api.save( LONG_DATA, JSON.stringify( data, null, '\t' ), 'A long past' );
		const wikitext = fs.readFileSync( `${ ROOT }/data/team-page.wikitext`, 'utf8' ).split( suite.teamWiki.dataPage ).join( LONG_DATA );
		await suite.teamWiki.api.save( LONG_PAGE, wikitext, 'A team page with a long past' );
		return [ '2026-09', '2026-06', '2026-03', ...older ];
	}

	it( 'shows the 10 most recent, and "show more" with the keyboard shows the rest, focus on the first of them', async () => {
		const past = await publishLongPage();
		const { context, page } = await reader();
		const errors = watchErrors( page );
		await openTeamPage( page, suite.teamWiki, LONG_PAGE, { withGadget: true } );
		const drawn = (): Promise<string[]> => page.locator( '.crs-team__output .crs-team-session--past' )
			.evaluateAll( ( nodes ) => nodes.map( ( n ) => n.getAttribute( 'data-session-id' ) || '' ) );
		expect( await drawn() ).toEqual( past.slice( 0, 10 ) );
		const more = page.locator( '.crs-team__output .crs-team-show-more' );
		expect( normaliseSpaces( await more.innerText() ) ).toBe( 'Show 8 more earlier conversation hours (8 not shown)' );
		expect( await accessibilityViolations( page ) ).toEqual( [] );

		await tabUntil( page, ( f ) => f.text.startsWith( 'Show 8 more' ) );
		await page.keyboard.press( 'Enter' );
		expect( await drawn() ).toEqual( past );
		expect( await page.evaluate( () => document.activeElement!.getAttribute( 'data-session-id' ) ) ).toBe( past[ 10 ] );
		expect( await more.count() ).toBe( 0 );
		await saveScreenshot( page, 'calendar-show-more' );
		expectNoErrors( errors );
		await context.close();
	} );
} );
