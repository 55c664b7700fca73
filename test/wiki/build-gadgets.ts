/**
 * Builds gadgets/ from the current tree with the project's own build
 * (`npm run build`), for the suites that deploy it into a real wiki.
 */
import { execFile } from 'child_process';
import * as path from 'path';

const ROOT = path.resolve( __dirname, '..', '..' );
const TSX = path.join( ROOT, 'node_modules', '.bin', 'tsx' );

export function buildGadgets(): Promise<void> {
	return new Promise( ( resolve, reject ) => {
		execFile( TSX, [ 'build/build.ts', '--quiet' ], { cwd: ROOT }, ( err, stdout, stderr ) => {
			if ( err ) {
				reject( new Error( `npm run build failed: ${ stderr || stdout }` ) );
			} else {
				resolve();
			}
		} );
	} );
}
