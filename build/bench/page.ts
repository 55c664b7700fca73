/**
 * The team page in a real MediaWiki 1.43 and Chromium, with the gadget and
 * without it, side by side in one run, at the machine's CPU speed and slowed
 * four times: layout shift, when the content is there, the bytes the gadget
 * adds, code that never ran, long tasks, opening the zone list, and the cost
 * of 1000 times the data. Prints figures beside the targets; asserts nothing.
 * Usage: npm run bench (BENCH_RUNS=5 by default: medians of that many readers).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../test/e2e/browser';
import { DESKTOP, startTeamWiki, TeamWiki } from '../../test/e2e/support';
import { buildGadgets } from '../../test/wiki/build-gadgets';
import { getText } from '../../test/wiki/wiki';
import { addProbe, throttleCpu } from './page-probes';
import { coverageFigures, measure, median, repeat, timeInteraction, waitUntilDone } from './page-runs';
import { scaledData } from './scale-data';
import { teamPageFigures } from './team-page-figures';
import { printWaterfall } from './waterfall';

const ROOT = path.resolve( __dirname, '../..' );
const RUNS = Number( process.env.BENCH_RUNS || 5 );
const SCALE_SESSIONS = 4000;
const SCALE_DATA_TITLE = 'Module:Community Resilience and Sustainability/bench.json';
const SCALE_PAGE_TITLE = 'Team page with 1000 times the data';
const CPU_RATES = [ 1, 4 ];

const ms = ( value: number ): string => Number.isFinite( value ) ? `${ value.toFixed( 0 ) } ms` : '–';
const kb = ( bytes: number ): string => `${ ( bytes / 1000 ).toFixed( 1 ) } kB`;
const num = ( value: number, digits = 3 ): string => Number.isFinite( value ) ? value.toFixed( digits ) : '–';

function row( label: string, values: readonly string[], target: string ): void {
	console.log( `  ${ label.padEnd( 50 ) }${ values.map( ( v ) => v.padStart( 11 ) ).join( '' ) }   ${ target }` );
}

/** Opens a page with the gadget at a CPU speed and waits for it to be done. */
async function openWithGadget( browser: Browser, target: string, cpu: number ): Promise<Page> {
	const context = await browser.newContext( { ...DESKTOP, locale: 'en-GB', timezoneId: 'Europe/Berlin' } );
	const page = await context.newPage();
	// At 1000 times the data and a slowed CPU, one interaction can take seconds.
	page.setDefaultTimeout( 180000 );
	await addProbe( page );
	await throttleCpu( page, cpu );
	await page.goto( target );
	await waitUntilDone( page, true );
	return page;
}

async function zoneListOpening( browser: Browser, target: string, cpu: number ): Promise<number> {
	const times: number[] = [];
	for ( let i = 0; i < RUNS; i++ ) {
		const page = await openWithGadget( browser, target, cpu );
		const input = page.locator( '.crs-team-zone-picker__input' ).first();
		times.push( await timeInteraction( page, () => input.click(),
			() => page.waitForFunction( () => document.querySelectorAll( '.crs-team-zone-picker [role="option"]' ).length > 50 ) ) );
		await page.context().close();
	}
	return median( times );
}

async function zoneSwitching( browser: Browser, target: string, cpu: number ): Promise<number> {
	const times: number[] = [];
	for ( let i = 0; i < RUNS; i++ ) {
		const page = await openWithGadget( browser, target, cpu );
		const input = page.locator( '.crs-team-zone-picker__input' ).first();
		await input.click();
		await input.fill( 'Tokyo' );
		await page.waitForFunction( () => document.querySelector( '.crs-team-zone-picker [role="option"]' ) !== null );
		times.push( await timeInteraction( page, () => input.press( 'Enter' ),
			() => page.waitForFunction( () => /Tokyo/.test( ( document.querySelector( '.crs-team-zone-picker__input' ) as HTMLInputElement ).value ) ) ) );
		await page.context().close();
	}
	return median( times );
}

/** Publishes 1000 times the sample's sessions on a page of its own. */
async function publishScaledPage( teamWiki: TeamWiki ): Promise<string> {
	const sample = JSON.parse( fs.readFileSync( path.join( ROOT, 'data', 'team-page.json' ), 'utf8' ) );
	await teamWiki.api.save( SCALE_DATA_TITLE, JSON.stringify( scaledData( sample, SCALE_SESSIONS, Date.now() ), null, '\t' ), 'Benchmark data' );
	const wikitext = fs.readFileSync( path.join( ROOT, 'data', 'team-page.wikitext' ), 'utf8' )
		.split( teamWiki.dataPage ).join( SCALE_DATA_TITLE );
	await teamWiki.api.save( SCALE_PAGE_TITLE, wikitext, 'Benchmark page' );
	// The module renders 4,000 sessions on the server: parse the page once
	// here, so the readers below get it from the parser cache.
	await getText( teamWiki.url( SCALE_PAGE_TITLE, {} ) );
	return teamWiki.url( SCALE_PAGE_TITLE, { withgadget: 'crs-team' } );
}

async function scaleFigures( browser: Browser, target: string, cpu: number ): Promise<{ dataToDom: number; elements: number; zoneSwitch: number }> {
	const runs = await repeat( RUNS, () => measure( browser, target, DESKTOP, cpu ) );
	return {
		dataToDom: median( runs.map( ( r ) => ( r.doneAt ?? NaN ) - ( r.dataResponseEnd ?? NaN ) ) ),
		elements: median( runs.map( ( r ) => r.renderedElements ) ),
		zoneSwitch: await zoneSwitching( browser, target, cpu )
	};
}

/**
 * One figure's measurement; if it fails (a busy machine, a page that never
 * finishes), the others are still printed, this one as "–".
 *
 * @param label
 * @param fn
 * @param fallback
 */
async function attempt<T>( label: string, fn: () => Promise<T>, fallback: T ): Promise<T> {
	try {
		return await fn();
	} catch ( err ) {
		console.error( `(${ label }: not measured: ${ String( ( err as Error ).message || err ).split( '\n' )[ 0 ] })` );
		return fallback;
	}
}

/**
 * The loader's code as ResourceLoader serves it to readers (its minifier
 * drops the page's header comment), gzipped: the module's function body
 * from load.php, without ResourceLoader's own wrapper and registry lines,
 * which every module has.
 *
 * @param teamWiki
 */
async function loaderAsServed( teamWiki: TeamWiki ): Promise<number> {
	const url = `${ teamWiki.wiki.baseUrl }/load.php?modules=ext.gadget.crs-team&only=scripts&lang=en&skin=vector-2022&debug=false`;
	const text = ( await getText( url ) ).body;
	// mw.loader.impl(function(){return["ext.gadget.crs-team@…",{"main":"…","files":{"….js":function(require,module,exports){ CODE }}}];});
	// mw.loader.state({…});
	const match = /function\s*\(\s*require\s*,\s*module\s*,\s*exports\s*\)\s*\{([\s\S]*)\}\s*\}\s*\}\s*\]\s*;?\s*\}\s*\)\s*;/.exec( text );
	if ( !match || !match[ 1 ] ) {
		throw new Error( `load.php did not answer with the loader's code: ${ text.slice( 0, 200 ) }` );
	}
	return zlib.gzipSync( match[ 1 ] ).length;
}

async function printFigures( browser: Browser, teamWiki: TeamWiki ): Promise<void> {
	const gadgetUrl = teamWiki.url( teamWiki.teamPage, { withgadget: 'crs-team' } );
	const page: { cpu: number; figures: Record<string, number> }[] = [];
	for ( const cpu of CPU_RATES ) {
		page.push( { cpu, figures: await teamPageFigures( browser, teamWiki, cpu, RUNS ) } );
	}
	const coverage = await attempt( 'code coverage', () => coverageFigures( browser, teamWiki ), { used: NaN, unused: NaN } );
	const zoneList: number[] = [];
	for ( const cpu of CPU_RATES ) {
		zoneList.push( await attempt( `opening the zone list at ${ cpu }×`, () => zoneListOpening( browser, gadgetUrl, cpu ), NaN ) );
	}
	const scaleUrl = await publishScaledPage( teamWiki );
	const scale: { dataToDom: number; elements: number; zoneSwitch: number }[] = [];
	for ( const cpu of CPU_RATES ) {
		scale.push( await attempt( `1000 times the data at ${ cpu }×`, () => scaleFigures( browser, scaleUrl, cpu ),
			{ dataToDom: NaN, elements: NaN, zoneSwitch: NaN } ) );
	}
	const loader = zlib.gzipSync( fs.readFileSync( path.join( ROOT, 'gadgets', 'Gadget-crs-team.js' ) ) ).length;
	const served = await attempt( 'the loader as load.php serves it', () => loaderAsServed( teamWiki ), NaN );
	const f = ( key: string, format: ( n: number ) => string ): string[] => page.map( ( p ) => format( p.figures[ key ] as number ) );

	console.log( `\nThe team page on MediaWiki 1.43 in Chromium (medians of ${ RUNS } fresh readers; CPU 1× and slowed 4×;` +
		' the wiki served as in production: OPcache, object and parser caches)\n' );
	row( 'figure', CPU_RATES.map( ( r ) => `${ r }× CPU` ), 'target' );
	row( 'layout shift with the gadget, desktop (CLS)', f( 'clsDesktop', num ), '< 0.01' );
	row( 'layout shift with the gadget, Minerva 390 px', f( 'clsPhone', num ), '< 0.01' );
	row( '  the same, opened at #Conversation_hours, desktop', f( 'clsDesktopAtCalendar', num ), '< 0.01' );
	row( '  the same, opened at #Conversation_hours, Minerva', f( 'clsPhoneAtCalendar', num ), '< 0.01' );
	row( 'layout shift without the gadget', f( 'clsWithout', num ), '(reference)' );
	row( 'content rendered ÷ DOMContentLoaded', f( 'ratio', ( n ) => `${ num( n, 2 ) }×` ), '≤ 1.5×' );
	row( '  content rendered', f( 'done', ms ), '' );
	row( '  DOMContentLoaded', f( 'dcl', ms ), '' );
	row( '  first contentful paint', f( 'fcp', ms ), '' );
	row( '  data answer received', f( 'dataEnd', ms ), '' );
	row( 'bytes the gadget adds (gzip)', f( 'addedBytes', kb ), '≤ 24 kB' );
	row( 'renderer code not run at first render', [ Number.isFinite( coverage.used ) ? `${ kb( coverage.unused ) } of ${ kb( coverage.used + coverage.unused ) }` : '–', '' ], 'loaded on first use' );
	row( 'longest task with the gadget', f( 'longestWith', ms ), '≤ 200 ms at 4×' );
	row( 'longest task without the gadget', f( 'longestWithout', ms ), '(reference)' );
	row( 'opening the zone list', zoneList.map( ms ), '≤ 100 ms at 4×' );
	row( `data → DOM, ${ SCALE_SESSIONS } sessions`, scale.map( ( s ) => ms( s.dataToDom ) ), '≤ 500 ms' );
	row( `elements rendered, ${ SCALE_SESSIONS } sessions`, scale.map( ( s ) => String( s.elements ) ), '' );
	row( `switching the zone, ${ SCALE_SESSIONS } sessions`, scale.map( ( s ) => ms( s.zoneSwitch ) ), '≤ 300 ms' );
	row( 'loader on every page (gzip, as load.php serves it)', [ `${ num( served, 0 ) } B`, `(built page with its header comment: ${ loader } B)` ], '≤ 1 kB' );
	row( 'API requests per view', f( 'apiRequests', String ), '1' );
}

async function main(): Promise<void> {
	await buildGadgets();
	const [ teamWiki, browser ] = await Promise.all( [ startTeamWiki( { productionLike: true } ), launchChromium() ] );
	try {
		await printFigures( browser, teamWiki );
		await printWaterfall( browser, teamWiki, RUNS );
	} finally {
		await Promise.all( [ browser.close(), teamWiki.stop() ] );
	}
}

main().catch( ( err: Error ) => {
	console.error( err.stack || err.message );
	process.exit( 1 );
} );
