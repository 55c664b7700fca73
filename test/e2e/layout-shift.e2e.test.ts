/**
 * Nothing moves when the gadget replaces the module's server rendering: the
 * styles peer (crs-team-styles, in the page's <head>) gives the server
 * rendering the gadget's layout and keeps room for the gadget's controls.
 * Measured as the browser's own cumulative layout shift (PerformanceObserver
 * `layout-shift`, shifts without recent input), on Vector 2022 (desktop) and
 * Minerva (a 390 px phone), opened at the top and at #Conversation_hours.
 * 0.01 is a tenth of what Chrome calls "good" (0.1): a shift a reader notices
 * (a section pushed down by its controls) scores well above it.
 */
import { BrowserContextOptions, Page } from 'playwright-core';
import { DESKTOP, expectNoErrors, newReader, PHONE, placeholderStates, waitForPlaceholders, watchErrors, useTeamWiki } from './support';
import { sampleDataWithNextSession } from './support/sample-data';

declare global {
	interface Window {
		crsShift?: { total: number; sources: string[] };
	}
}

const suite = useTeamWiki( {
	setUp: async ( { teamWiki } ) => {
		await teamWiki.api.save( teamWiki.dataPage, sampleDataWithNextSession(), 'A session three weeks from now' );
	}
} );

/** Records layout shifts from before the page's own scripts run. */
function recordShifts(): void {
	const record = { total: 0, sources: [] as string[] };
	window.crsShift = record;
	new PerformanceObserver( ( list ) => {
		for ( const entry of list.getEntries() as ( PerformanceEntry & { hadRecentInput: boolean; value: number; sources: { node?: Node }[] } )[] ) {
			if ( !entry.hadRecentInput ) {
				record.total += entry.value;
				record.sources.push( `${ entry.value.toFixed( 4 ) }: ${ entry.sources.map( ( s ) => s.node && ( s.node as Element ).className ).join( ', ' ) }` );
			}
		}
	} ).observe( { type: 'layout-shift', buffered: true } );
}

async function shiftWhileRendering( options: BrowserContextOptions, skin: string, hash: string ): Promise<{ page: Page; shift: { total: number; sources: string[] } }> {
	const context = await newReader( suite.browser, options );
	const page = await context.newPage();
	await page.addInitScript( recordShifts );
	const errors = watchErrors( page );
	await page.goto( suite.teamWiki.url( suite.teamWiki.teamPage, { withgadget: 'crs-team', useskin: skin } ) + hash );
	await waitForPlaceholders( page );
	// Layout shifts are reported after the frame that caused them.
	await page.evaluate( () => new Promise( ( resolve ) => {
		requestAnimationFrame( () => requestAnimationFrame( resolve ) );
	} ) );
	expect( await placeholderStates( page ) ).toEqual( [ 'rendered', 'rendered', 'rendered' ] );
	expectNoErrors( errors );
	const shift = await page.evaluate( () => window.crsShift as { total: number; sources: string[] } );
	return { page, shift };
}

describe.each( [
	[ 'Vector 2022 on a desktop', DESKTOP, 'vector-2022' ],
	[ 'Minerva on a 390 px phone', PHONE, 'minerva' ]
] )( 'layout shift when the gadget takes over, %s', ( _name, options, skin ) => {
	it.each( [ [ 'at the top', '' ], [ 'at #Conversation_hours', '#Conversation_hours' ] ] )( 'opened %s: below 0.01', async ( _where, hash ) => {
		const { page, shift } = await shiftWhileRendering( options, skin, hash );
		try {
			// On failure, the shifts and the elements that moved.
			expect( shift.total < 0.01 ? [] : shift.sources ).toEqual( [] );
			expect( shift.total ).toBeLessThan( 0.01 );
		} finally {
			await page.context().close();
		}
	} );
} );

describe( 'the styles peer', () => {
	it( 'is in the page\'s head for readers of the gadget, and the server rendering keeps room for the controls until the gadget takes over', async () => {
		const context = await newReader( suite.browser, DESKTOP );
		const page = await context.newPage();
		// Hold the renderer back (what the reader sees before it arrives), then let it fail.
		let release = (): void => undefined;
		const held = new Promise<void>( ( resolve ) => {
			release = resolve;
		} );
		await page.route( /load\.php\?.*crs-team-core/, ( route ) => held.then( () => route.abort() ) );
		// The held script would hold the page's load event too: wait for the loader's request instead.
		const renderer = page.waitForRequest( /load\.php\?.*crs-team-core/ );
		await page.goto( suite.teamWiki.url( suite.teamWiki.teamPage, { withgadget: 'crs-team' } ), { waitUntil: 'domcontentloaded' } );
		await renderer;
		const head = await page.$$eval( 'head link[rel="stylesheet"]', ( links ) => links.map( ( l ) => decodeURIComponent( ( l as HTMLLinkElement ).href ) ) );
		expect( head.some( ( href ) => href.includes( 'ext.gadget.crs-team-styles' ) ) ).toBe( true );
		const room = (): Promise<number> => page.$eval( '.crs-team[data-view="calendar"] .crs-static-calendar > p:last-of-type',
			( p ) => parseFloat( getComputedStyle( p ).paddingTop ) );
		expect( await room() ).toBeGreaterThan( 40 );
		// The renderer never arrives: the placeholders end failed, and the room goes.
		release();
		await page.waitForFunction( () => document.querySelector( '.crs-team[data-view="calendar"]' )?.getAttribute( 'data-crs-state' ) === 'failed', null, { timeout: 30000 } );
		expect( await room() ).toBe( 0 );
		await context.close();
	} );
} );
