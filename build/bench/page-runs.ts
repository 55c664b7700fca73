/**
 * How the page benchmark measures: one fresh reader (no cache, no module
 * store) opening one page in Chromium, with the probes of page-probes.ts,
 * the bytes of every answer gzipped as a server would send them, and the
 * time from a user's action to the last change it caused.
 */
import * as zlib from 'zlib';
import { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { DESKTOP, TeamWiki } from '../../test/e2e/support';
import { addProbe, moduleCoverage, PageProbe, readProbe, startCoverage, throttleCpu } from './page-probes';

export interface Run extends PageProbe {
	/** Sum of every answer's body, gzipped as a server would send it. */
	readonly gzipBytes: number;
	/** Gzipped bytes by request URL. */
	readonly byUrl: Map<string, number>;
}

export function median( values: readonly number[] ): number {
	const sorted = values.slice().sort( ( a, b ) => a - b );
	return sorted.length ? sorted[ Math.floor( sorted.length / 2 ) ] as number : NaN;
}

/** One fresh reader (no cache, no module store) opening one page. */
export async function measure( browser: Browser, target: string, options: BrowserContextOptions, cpu: number ): Promise<Run> {
	const context = await browser.newContext( { locale: 'en-GB', timezoneId: 'Europe/Berlin', ...options } );
	const page = await context.newPage();
	// 1000 times the data on a slowed CPU and a busy machine takes long.
	page.setDefaultTimeout( 180000 );
	await addProbe( page );
	await throttleCpu( page, cpu );
	const byUrl = new Map<string, number>();
	const pending: Promise<void>[] = [];
	page.on( 'response', ( response ) => {
		pending.push( response.body().then( ( body ) => {
			byUrl.set( response.url(), zlib.gzipSync( body ).length );
		}, () => undefined ) );
	} );
	await page.goto( target );
	await waitUntilDone( page, target.includes( 'withgadget=' ) );
	await Promise.all( pending );
	const probe = await readProbe( page );
	await context.close();
	let gzipBytes = 0;
	byUrl.forEach( ( bytes ) => {
		gzipBytes += bytes;
	} );
	return { ...probe, gzipBytes, byUrl };
}

/**
 * Waits until every placeholder is rendered or failed (with the gadget), or
 * for the load event (without it: nothing changes the placeholders), then
 * for the network to be idle.
 *
 * @param page
 * @param withGadget
 */
export async function waitUntilDone( page: Page, withGadget: boolean ): Promise<void> {
	if ( withGadget ) {
		await page.waitForFunction( () => !!window.crsBench && window.crsBench.doneAt !== null, null, { timeout: 120000 } );
	} else {
		await page.waitForLoadState( 'load' );
	}
	await page.waitForLoadState( 'networkidle' );
}

export async function repeat( times: number, fn: () => Promise<Run> ): Promise<Run[]> {
	const runs: Run[] = [];
	for ( let i = 0; i < times; i++ ) {
		runs.push( await fn() );
	}
	return runs;
}

/** Share of the renderer's code that ran by the time the page is done. */
export async function coverageFigures( browser: Browser, teamWiki: TeamWiki ): Promise<{ used: number; unused: number }> {
	const context = await browser.newContext( DESKTOP );
	const page = await context.newPage();
	await addProbe( page );
	const cdp = await context.newCDPSession( page );
	await startCoverage( cdp );
	await page.goto( teamWiki.url( teamWiki.teamPage, { withgadget: 'crs-team' } ) );
	await waitUntilDone( page, true );
	const coverage = await moduleCoverage( cdp, 'ext.gadget.crs-team-core' );
	await context.close();
	return coverage;
}

/**
 * Milliseconds from a user's action to the last change it caused in the
 * calendar (the DOM mutation callback after the synchronous work).
 *
 * @param page
 * @param act What the user does
 * @param settled Resolves when the change is visible
 */
export async function timeInteraction( page: Page, act: () => Promise<void>, settled: () => Promise<unknown> ): Promise<number> {
	await page.evaluate( () => {
		window.crsAction = { start: 0, last: 0 };
		const action = window.crsAction;
		const mark = (): void => {
			if ( !action.start ) {
				action.start = performance.now();
			}
		};
		document.addEventListener( 'keydown', mark, { capture: true, once: true } );
		document.addEventListener( 'pointerdown', mark, { capture: true, once: true } );
		new MutationObserver( () => {
			action.last = performance.now();
		} ).observe( document.querySelector( '.crs-team-calendar' ) as Element, { subtree: true, childList: true, attributes: true, characterData: true } );
	} );
	await act();
	await settled();
	await page.waitForTimeout( 300 );
	return page.evaluate( () => {
		const action = window.crsAction;
		return action ? action.last - action.start : NaN;
	} );
}
