'use strict';

/**
 * A Jest transformer that compiles TypeScript with esbuild, the same compiler
 * the gadget build uses. Type checking is `npm run typecheck`'s job.
 */
const esbuild = require( 'esbuild' );

module.exports = {
	process( source, filename ) {
		const result = esbuild.transformSync( source, {
			loader: 'ts',
			format: 'cjs',
			target: 'node20',
			sourcemap: 'inline',
			sourcefile: filename
		} );
		return { code: result.code };
	}
};
