/**
 * Runs the whole end-to-end suite several times in a row, to show it is
 * stable: `npm run test:e2e:repeat [-- N]` (default 10). Stops at the first
 * failing run; prints each run's time and the total.
 */
import { spawnSync } from 'child_process';
import * as path from 'path';

const ROOT = path.resolve( __dirname, '..', '..' );
const JEST = path.join( ROOT, 'node_modules', '.bin', 'jest' );
const DEFAULT_RUNS = 10;

function seconds( ms: number ): string {
	return `${ ( ms / 1000 ).toFixed( 1 ) } s`;
}

function main( argv: readonly string[] ): number {
	const runs = argv.length ? Number( argv[ 0 ] ) : DEFAULT_RUNS;
	if ( !Number.isInteger( runs ) || runs < 1 ) {
		console.error( 'Usage: npm run test:e2e:repeat [-- N]   (N runs, default 10)' );
		return 2;
	}
	const times: number[] = [];
	let failed = false;
	for ( let run = 1; run <= runs && !failed; run++ ) {
		console.log( `\n== End-to-end run ${ run } of ${ runs }` );
		const start = Date.now();
		const result = spawnSync( JEST, [ '--config', 'jest.e2e.config.js' ], { cwd: ROOT, stdio: 'inherit' } );
		times.push( Date.now() - start );
		failed = result.status !== 0;
	}
	const total = times.reduce( ( sum, t ) => sum + t, 0 );
	console.log( '\n== End-to-end runs' );
	times.forEach( ( t, i ) => {
		const verdict = failed && i === times.length - 1 ? 'FAILED' : 'passed';
		console.log( `  run ${ String( i + 1 ).padStart( 2 ) }  ${ seconds( t ).padStart( 8 ) }  ${ verdict }` );
	} );
	console.log( `  total   ${ seconds( total ).padStart( 8 ) }  (mean ${ seconds( total / times.length ) })` );
	console.log( failed ?
		`Run ${ times.length } of ${ runs } failed; stopped.` :
		`${ runs } of ${ runs } runs passed in a row.` );
	return failed ? 1 : 0;
}

process.exitCode = main( process.argv.slice( 2 ) );
