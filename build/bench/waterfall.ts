/**
 * The critical path of the team page with the gadget, on a real MediaWiki
 * 1.43 in Chromium, at 1× and 4× CPU: when the loader ran, when the data
 * request started and was answered, when the renderer was requested,
 * arrived and ran, when rendering started and ended, and the long tasks.
 * Medians of fresh readers (no cache, no module store); asserts nothing.
 * Usage: npx tsx build/bench/waterfall.ts (BENCH_RUNS=5 by default);
 * npm run bench prints the same rows after its table.
 */
import { Browser } from 'playwright-core';
import { launchChromium } from '../../test/e2e/browser';
import { DESKTOP, startTeamWiki, TeamWiki } from '../../test/e2e/support';
import { buildGadgets } from '../../test/wiki/build-gadgets';
import { measure, median, Run } from './page-runs';
import type { Waterfall } from './page-probes';

const RUNS = Number( process.env.BENCH_RUNS || 5 );
const CPU_RATES = [ 1, 4 ];

type Step = Exclude<keyof Waterfall, 'longTasks'>;

const STEPS: readonly [ Step | 'dcl' | 'done', string ][] = [
	[ 'dcl', 'DOMContentLoaded' ],
	[ 'loader', 'loader found the placeholders' ],
	[ 'dataStart', 'data request sent' ],
	[ 'coreRequested', 'renderer requested (load.php)' ],
	[ 'coreArrived', 'renderer arrived' ],
	[ 'coreReady', 'renderer ran' ],
	[ 'dataEnd', 'data answer received' ],
	[ 'renderStart', 'rendering started' ],
	[ 'renderEnd', 'rendering ended' ],
	[ 'done', 'every placeholder rendered or failed' ]
];

function at( run: Run, step: Step | 'dcl' | 'done' ): number {
	if ( step === 'dcl' ) {
		return run.domContentLoaded;
	}
	if ( step === 'done' ) {
		return run.doneAt ?? NaN;
	}
	return run.waterfall[ step ] ?? NaN;
}

const ms = ( value: number ): string => Number.isFinite( value ) ? `${ value.toFixed( 0 ) } ms` : '–';

/**
 * Prints the waterfall of `runs` fresh readers per CPU rate.
 *
 * @param browser
 * @param teamWiki
 * @param runs
 */
export async function printWaterfall( browser: Browser, teamWiki: TeamWiki, runs: number ): Promise<void> {
	const url = teamWiki.url( teamWiki.teamPage, { withgadget: 'crs-team' } );
	const byCpu: Run[][] = [];
	for ( const cpu of CPU_RATES ) {
		const list: Run[] = [];
		for ( let i = 0; i < runs; i++ ) {
			list.push( await measure( browser, url, DESKTOP, cpu ) );
		}
		byCpu.push( list );
	}
	console.log( `\nThe gadget's critical path (ms since navigation; medians of ${ runs } fresh readers)\n` );
	console.log( `  ${ ''.padEnd( 40 ) }${ CPU_RATES.map( ( r ) => `${ r }× CPU`.padStart( 11 ) ).join( '' ) }` );
	for ( const [ step, label ] of STEPS ) {
		console.log( `  ${ label.padEnd( 40 ) }${ byCpu.map( ( list ) => ms( median( list.map( ( r ) => at( r, step ) ) ) ).padStart( 11 ) ).join( '' ) }` );
	}
	console.log( `  ${ 'longest task'.padEnd( 40 ) }${ byCpu.map( ( list ) => ms( median( list.map( ( r ) => r.longestTask ) ) ).padStart( 11 ) ).join( '' ) }` );
	byCpu.forEach( ( list, i ) => {
		const slowest = list.slice().sort( ( a, b ) => b.longestTask - a.longestTask )[ Math.floor( list.length / 2 ) ];
		const tasks = slowest ? slowest.waterfall.longTasks.map( ( t ) => `${ t.start.toFixed( 0 ) }+${ t.duration.toFixed( 0 ) }` ).join( ', ' ) : '';
		console.log( `  long tasks at ${ CPU_RATES[ i ] }× (start+duration, one reader): ${ tasks || 'none' }` );
	} );
}

async function main(): Promise<void> {
	await buildGadgets();
	const [ teamWiki, browser ] = await Promise.all( [ startTeamWiki( { productionLike: true } ), launchChromium() ] );
	try {
		await printWaterfall( browser, teamWiki, RUNS );
	} finally {
		await Promise.all( [ browser.close(), teamWiki.stop() ] );
	}
}

if ( require.main === module ) {
	main().catch( ( err: Error ) => {
		console.error( err.stack || err.message );
		process.exit( 1 );
	} );
}
