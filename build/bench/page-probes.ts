/**
 * What the page benchmark measures inside Chromium: an init script that
 * records layout shifts, long tasks and the moment every placeholder is
 * done, and Chrome DevTools Protocol helpers for CPU throttling and for the
 * share of our gadget's code that never ran.
 */
import { CDPSession, Page } from 'playwright-core';

/** What the init script keeps on `window.crsBench` while the page loads. */
export interface BenchState {
	cls: number;
	longestTask: number;
	longTasks: { start: number; duration: number }[];
	doneAt: number | null;
}

declare global {
	interface Window {
		crsBench?: BenchState;
		/** When a measured user action began, and the last change it caused. */
		crsAction?: { start: number; last: number };
	}
}

/** Figures read from the page once it is done. */
export interface PageProbe {
	/** Cumulative layout shift (shifts without recent input). */
	readonly cls: number;
	/** The longest task, ms. */
	readonly longestTask: number;
	/** performance.now() when every placeholder was rendered or failed, or null. */
	readonly doneAt: number | null;
	readonly domContentLoaded: number;
	readonly firstContentfulPaint: number | null;
	/** When the data page's API answer ended, ms since navigation, or null. */
	readonly dataResponseEnd: number | null;
	/** api.php requests the page made. */
	readonly apiRequests: number;
	/** Elements inside the placeholders' rendered output. */
	readonly renderedElements: number;
	/** Where the time went, ms since navigation (see `Waterfall`). */
	readonly waterfall: Waterfall;
}

/**
 * The critical path of one page view with the gadget, ms since navigation
 * (null where it did not happen): from resource timings and the marks the
 * gadgets set (`crs-team-*`, src/gadgets/crs-team/index.ts and
 * src/gadgets/crs-team-core/index.ts).
 */
export interface Waterfall {
	/** The loader found placeholders (its mark, else the first request it made). */
	readonly loader: number | null;
	readonly dataStart: number | null;
	readonly dataEnd: number | null;
	/** The renderer's load.php request: sent, answered. */
	readonly coreRequested: number | null;
	readonly coreArrived: number | null;
	/** The renderer's code ran (its mark). */
	readonly coreReady: number | null;
	readonly renderStart: number | null;
	readonly renderEnd: number | null;
	/** Tasks over 50 ms: start and duration. */
	readonly longTasks: readonly { readonly start: number; readonly duration: number }[];
}

/**
 * Adds the probe to every page the context's page opens. The functions
 * sent into the page are serialised; tsx's esbuild keeps their names with a
 * `__name()` helper that only exists here, so the page gets an identity one.
 *
 * @param page
 */
export async function addProbe( page: Page ): Promise<void> {
	await page.addInitScript( { content: 'window.__name = function ( fn ) { return fn; };' } );
	await page.addInitScript( installProbe );
}

/** Runs in every page before its own scripts: starts the observers. */
function installProbe(): void {
	const bench: BenchState = { cls: 0, longestTask: 0, longTasks: [], doneAt: null };
	window.crsBench = bench;
	new PerformanceObserver( ( list ) => {
		for ( const entry of list.getEntries() as ( PerformanceEntry & { hadRecentInput: boolean; value: number } )[] ) {
			if ( !entry.hadRecentInput ) {
				bench.cls += entry.value;
			}
		}
	} ).observe( { type: 'layout-shift', buffered: true } );
	new PerformanceObserver( ( list ) => {
		for ( const entry of list.getEntries() ) {
			bench.longestTask = Math.max( bench.longestTask, entry.duration );
			bench.longTasks.push( { start: entry.startTime, duration: entry.duration } );
		}
	} ).observe( { type: 'longtask', buffered: true } );
	const check = (): void => {
		const all = Array.from( document.querySelectorAll( '.crs-team[data-source]' ) );
		if ( bench.doneAt === null && all.length > 0 &&
			all.every( ( p ) => /^(rendered|failed)$/.test( p.getAttribute( 'data-crs-state' ) || '' ) ) ) {
			bench.doneAt = performance.now();
		}
	};
	new MutationObserver( check ).observe( document, { subtree: true, childList: true, attributes: true, attributeFilter: [ 'data-crs-state' ] } );
}

/**
 * Reads the figures once the page is done.
 *
 * @param page
 */
export function readProbe( page: Page ): Promise<PageProbe> {
	return page.evaluate( () => {
		const bench = window.crsBench as BenchState;
		const nav = performance.getEntriesByType( 'navigation' )[ 0 ] as PerformanceNavigationTiming | undefined;
		const paint = performance.getEntriesByName( 'first-contentful-paint' )[ 0 ];
		const api = ( performance.getEntriesByType( 'resource' ) as PerformanceResourceTiming[] )
			.filter( ( entry ) => entry.name.includes( 'api.php' ) );
		const data = api.find( ( entry ) => entry.name.includes( 'revisions' ) );
		const mark = ( name: string ): number | null => {
			const entry = performance.getEntriesByName( name )[ 0 ];
			return entry ? entry.startTime : null;
		};
		const core = ( performance.getEntriesByType( 'resource' ) as PerformanceResourceTiming[] )
			.find( ( entry ) => /load\.php.*crs-team-core/.test( decodeURIComponent( entry.name ) ) );
		const firstRequest = [ data, core ].reduce( ( first: number | null, entry ) => entry && ( first === null || entry.startTime < first ) ? entry.startTime : first, null );
		return {
			cls: bench.cls,
			longestTask: bench.longestTask,
			doneAt: bench.doneAt,
			domContentLoaded: nav ? nav.domContentLoadedEventEnd : 0,
			firstContentfulPaint: paint ? paint.startTime : null,
			dataResponseEnd: data ? data.responseEnd : null,
			apiRequests: api.length,
			renderedElements: document.querySelectorAll( '.crs-team__output *, .crs-team-rendered *' ).length,
			waterfall: {
				loader: mark( 'crs-team-loader' ) ?? firstRequest,
				dataStart: data ? data.startTime : null,
				dataEnd: data ? data.responseEnd : null,
				coreRequested: core ? core.startTime : null,
				coreArrived: core ? core.responseEnd : null,
				coreReady: mark( 'crs-team-core' ),
				renderStart: mark( 'crs-team-render' ),
				renderEnd: mark( 'crs-team-rendered' ),
				longTasks: bench.longTasks
			}
		};
	} );
}

/**
 * Slows the page's CPU by `rate` (1 = the machine's own speed).
 *
 * @param page
 * @param rate
 */
export async function throttleCpu( page: Page, rate: number ): Promise<CDPSession> {
	const cdp = await page.context().newCDPSession( page );
	await cdp.send( 'Emulation.setCPUThrottlingRate', { rate } );
	return cdp;
}

interface CoverageRange { startOffset: number; endOffset: number; count: number }
interface ScriptCoverage { scriptId: string; url: string; functions: { ranges: CoverageRange[] }[] }

/** Starts block coverage; call before the page navigates. */
export async function startCoverage( cdp: CDPSession ): Promise<void> {
	await cdp.send( 'Profiler.enable' );
	await cdp.send( 'Debugger.enable' );
	await cdp.send( 'Profiler.startPreciseCoverage', { callCount: false, detailed: true } );
}

/**
 * Bytes of a ResourceLoader module's code that ran, and that never ran,
 * so far: the module is found in load.php's answers by its name.
 *
 * @param cdp
 * @param moduleName e.g. ext.gadget.crs-team-core
 */
export async function moduleCoverage( cdp: CDPSession, moduleName: string ): Promise<{ used: number; unused: number }> {
	const { result } = await cdp.send( 'Profiler.takePreciseCoverage' ) as unknown as { result: ScriptCoverage[] };
	let used = 0;
	let unused = 0;
	for ( const script of result ) {
		if ( !script.url.includes( 'load.php' ) ) {
			continue;
		}
		const { scriptSource } = await cdp.send( 'Debugger.getScriptSource', { scriptId: script.scriptId } );
		const start = scriptSource.indexOf( `"${ moduleName }@` );
		if ( start === -1 ) {
			continue;
		}
		const next = scriptSource.indexOf( 'mw.loader.impl(', start );
		const end = next === -1 ? scriptSource.length : next;
		const ran = new Uint8Array( scriptSource.length );
		// Outer ranges first, so that an inner range overrides its parent.
		const ranges = script.functions.flatMap( ( fn ) => fn.ranges )
			.sort( ( a, b ) => a.startOffset - b.startOffset || b.endOffset - a.endOffset );
		for ( const range of ranges ) {
			ran.fill( range.count > 0 ? 1 : 0, range.startOffset, range.endOffset );
		}
		for ( let i = start; i < end; i++ ) {
			if ( ran[ i ] ) {
				used++;
			} else {
				unused++;
			}
		}
	}
	return { used, unused };
}
