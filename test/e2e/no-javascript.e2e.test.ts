/**
 * Readers without JavaScript (and search engines, printouts, apps) get the
 * whole team page from the Scribunto module, rendered on the server from
 * the same data page; readers with the gadget get it enhanced in place, and
 * the hand-over barely moves the page (cumulative layout shift, measured).
 */
import { Browser, Page } from 'playwright-core';
import {
	DESKTOP, launchChromium, newReader, openTeamPage, PHONE, placeholderStates,
	saveScreenshot, startTeamWiki, TeamWiki, waitForPlaceholders
} from './support';
import { SAMPLE_DATA, SAMPLE_SESSIONS, subteamNames } from './support/sample-data';

let teamWiki: TeamWiki;
let browser: Browser;

beforeAll( async () => {
	[ teamWiki, browser ] = await Promise.all( [ startTeamWiki(), launchChromium() ] );
	const german = `${ teamWiki.teamPage }/de`;
	const wikitext = await teamWiki.api.read( teamWiki.teamPage );
	await teamWiki.api.create( german, wikitext.revisions![ 0 ]!.content!, 'Übersetzung' );
	await teamWiki.api.request( { action: 'setpagelanguage', title: german, lang: 'de', token: teamWiki.api.csrfToken } );
} );

afterAll( async () => {
	await Promise.all( [ browser && browser.close(), teamWiki && teamWiki.stop() ] );
} );

/** Opens a page in a browser with JavaScript switched off. */
async function openWithoutJavaScript( title: string, options: { phone?: boolean; skin?: string } = {} ): Promise<Page> {
	const context = await browser.newContext( { ...( options.phone ? PHONE : DESKTOP ), locale: 'en-GB', javaScriptEnabled: false } );
	const page = await context.newPage();
	await page.goto( teamWiki.url( title, options.skin ? { useskin: options.skin } : {} ) );
	return page;
}

function visibleTexts( page: Page, selector: string ): Promise<string[]> {
	return page.locator( selector ).evaluateAll( ( all ) => all
		.filter( ( node ) => ( node as HTMLElement ).offsetParent !== null )
		.map( ( node ) => ( node.textContent || '' ).replace( /\s+/g, ' ' ).trim() ) );
}

describe( 'the team page without JavaScript', () => {
	it( 'shows the overview, the three subteams with their responsibilities, and every session in UTC', async () => {
		const page = await openWithoutJavaScript( teamWiki.teamPage );
		expect( await page.evaluate( () => typeof ( window as unknown as { mw?: unknown } ).mw ) ).toBe( 'undefined' );
		// Nothing on the page came from the gadget.
		expect( await page.locator( '.crs-team__output, [data-crs-state]' ).count() ).toBe( 0 );

		expect( await visibleTexts( page, '.crs-static-overview__name' ) ).toEqual( [ SAMPLE_DATA.team.name ] );
		expect( await visibleTexts( page, '.crs-static-overview__summary' ) ).toEqual( [ SAMPLE_DATA.team.summary ] );
		expect( await visibleTexts( page, '.crs-static-overview h2' ) ).toEqual( [ 'What we do', 'Goals 2023–2024' ] );

		expect( await visibleTexts( page, '.crs-static-subteam__name' ) ).toEqual( subteamNames( 'en' ) );
		const responsibilities = await page.locator( '.crs-static-subteam' ).evaluateAll( ( cards ) => cards.map( ( c ) => c.querySelectorAll( '.crs-static-subteam__responsibilities li' ).length ) );
		expect( responsibilities ).toEqual( SAMPLE_DATA.subteams.map( ( s: { responsibilities: unknown[] } ) => s.responsibilities.length ) );

		for ( const session of SAMPLE_SESSIONS ) {
			const time = page.locator( `[data-crs-session="${ session.id }"] time` );
			expect( await time.isVisible() ).toBe( true );
			expect( await time.getAttribute( 'datetime' ) ).toBe( session.start );
			expect( await time.innerText() ).toMatch( / UTC$/ );
		}
		expect( await visibleTexts( page, '.crs-static-calendar p' ) ).toContain( 'Times are shown in Coordinated Universal Time (UTC).' );
		expect( await visibleTexts( page, '.crs-static-sample' ) ).toHaveLength( 1 );
		await saveScreenshot( page, 'no-javascript-vector-2022' );
		await page.context().close();
	} );

	it( 'shows it in Minerva on a phone', async () => {
		const page = await openWithoutJavaScript( teamWiki.teamPage, { phone: true, skin: 'minerva' } );
		expect( await visibleTexts( page, '.crs-static-subteam__name' ) ).toEqual( subteamNames( 'en' ) );
		expect( await page.locator( '[data-crs-session]' ).count() ).toBe( SAMPLE_SESSIONS.length );
		const overflow = await page.evaluate( () => document.documentElement.scrollWidth - document.documentElement.clientWidth );
		expect( overflow ).toBeLessThanOrEqual( 0 );
		await saveScreenshot( page, 'no-javascript-minerva-phone' );
		await page.context().close();
	} );

	it( 'shows the German translation page in German: "Menschenrechte"', async () => {
		const page = await openWithoutJavaScript( `${ teamWiki.teamPage }/de` );
		expect( await visibleTexts( page, '.crs-static-subteam__name' ) ).toEqual( subteamNames( 'de' ) );
		expect( await visibleTexts( page, '.crs-static-subteam__name' ) ).toContain( 'Menschenrechte' );
		expect( await page.locator( '.crs-static' ).first().getAttribute( 'lang' ) ).toBe( 'de' );
		expect( await visibleTexts( page, '.crs-static-overview h2' ) ).toContain( 'Was wir tun' );
		// Untranslated data text is English, and marked so.
		expect( await page.locator( '.crs-static-subteam__name[lang="en"]' ).count() ).toBe( 2 );
		await saveScreenshot( page, 'no-javascript-de' );
		await page.context().close();
	} );
} );

/**
 * Opens the team page with the gadget, counting every layout shift from the
 * first paint on (as Web Vitals' CLS does: shifts without recent input).
 *
 * @param setup Viewport and skin
 * @param setup.phone
 * @param setup.skin
 * @param setup.fragment Open the page scrolled to this heading
 */
async function handOverShift( setup: { phone: boolean; skin: string; fragment?: string } ): Promise<{ cls: number; shifts: number; page: Page }> {
	const context = await newReader( browser, setup.phone ? PHONE : DESKTOP );
	const page = await context.newPage();
	await page.addInitScript( () => {
		const w = window as unknown as { crsLayoutShift: number; crsShifts: number };
		w.crsLayoutShift = 0;
		w.crsShifts = 0;
		new PerformanceObserver( ( list ) => {
			for ( const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[] ) {
				if ( !entry.hadRecentInput ) {
					w.crsLayoutShift += entry.value;
					w.crsShifts++;
				}
			}
		} ).observe( { type: 'layout-shift', buffered: true } );
	} );
	if ( setup.fragment ) {
		await page.goto( `${ teamWiki.url( teamWiki.teamPage, { withgadget: 'crs-team', useskin: setup.skin } ) }#${ setup.fragment }` );
		await waitForPlaceholders( page );
	} else {
		await openTeamPage( page, teamWiki, teamWiki.teamPage, { withGadget: true, skin: setup.skin } );
	}
	await page.waitForTimeout( 1000 );
	const { cls, shifts } = await page.evaluate( () => {
		const w = window as unknown as { crsLayoutShift: number; crsShifts: number };
		return { cls: w.crsLayoutShift, shifts: w.crsShifts };
	} );
	return { cls, shifts, page };
}

describe( 'the gadget taking over from the server rendering', () => {
	// The first two are what most readers get (Web Vitals: < 0.1 is good). A
	// reader sent to #Conversation_hours lands at the bottom of the page, with
	// the footer in view: the gadget's calendar is taller than the server's
	// (its controls), which pushes the footer out of view. The browser's scroll
	// anchoring absorbs the growth of the views above; that push remains, and
	// is held under the "poor" threshold of 0.25 and reported in README.
	it.each( [
		[ 'Vector 2022, 1280×900', { phone: false, skin: 'vector-2022' }, 0.1 ],
		[ 'Minerva, phone 390×844', { phone: true, skin: 'minerva' }, 0.1 ],
		[ 'Vector 2022, 1280×900, opened at #Conversation_hours', { phone: false, skin: 'vector-2022', fragment: 'Conversation_hours' }, 0.25 ]
	] )( 'replaces it in place with little layout shift (%s)', async ( name, setup, bound ) => {
		const { cls, shifts, page } = await handOverShift( setup );
		expect( await placeholderStates( page ) ).toEqual( [ 'rendered', 'rendered', 'rendered' ] );
		// The server rendering is still there, hidden inside each placeholder.
		expect( await page.locator( '.crs-team__fallback .crs-static' ).count() ).toBe( 3 );
		expect( await page.locator( '.crs-static' ).evaluateAll( ( all ) => all.filter( ( n ) => ( n as HTMLElement ).offsetParent !== null ).length ) ).toBe( 0 );
		// Heights of the server rendering and the gadget's, per placeholder (what a shift would come from).
		const heights = await page.locator( '.crs-team[data-source]' ).evaluateAll( ( all ) => all.map( ( placeholder ) => {
			const fallback = placeholder.querySelector( '.crs-team__fallback' ) as HTMLElement;
			const output = placeholder.querySelector( '.crs-team__output' ) as HTMLElement;
			const gadget = output.getBoundingClientRect().height;
			output.hidden = true;
			fallback.hidden = false;
			const server = fallback.getBoundingClientRect().height;
			fallback.hidden = true;
			output.hidden = false;
			return `${ Math.round( server ) }→${ Math.round( gadget ) } px`;
		} ) );
		console.log( `Cumulative layout shift of the hand-over (${ name }): ${ cls.toPrecision( 3 ) } from ${ shifts } shift(s); placeholder heights server→gadget: ${ heights.join( ', ' ) }` );
		expect( cls ).toBeLessThan( bound );
		await page.context().close();
	} );
} );
