/**
 * Code shared between our gadgets without bundling it twice.
 *
 * A gadget that shares code (crs-team-core) has `src/gadgets/<name>/shared.ts`,
 * exporting `shared`: every module other gadgets may take from it, keyed by
 * its path under `src/` without the extension (`render/dom`); its entry
 * re-exports it, so on the wiki `require( 'ext.gadget.<name>' ).shared[ 'render/dom' ]`
 * is that module, the very instance the provider runs.
 *
 * A gadget that names the provider in `dependencies=` gets, for every import
 * that resolves to a file the provider bundles, a two-line stub that reads
 * the module from there. Importing a file the provider bundles but does not
 * share fails the build and says which file to add.
 */
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as path from 'path';

export interface Provider {
	/** The ResourceLoader module, `ext.gadget.<name>`. */
	readonly module: string;
	readonly name: string;
	/** Every file the provider bundles, absolute. */
	readonly inputs: ReadonlySet<string>;
	/** The keys of its `shared` export. */
	readonly shared: ReadonlySet<string>;
}

/**
 * A built gadget as a provider of shared modules, or null when it shares none.
 *
 * @param root The repository.
 * @param name The gadget's name.
 * @param inputs The files its bundle holds, relative to `root`.
 */
export function provider( root: string, name: string, inputs: readonly string[] ): Provider | null {
	const file = path.join( root, 'src', 'gadgets', name, 'shared.ts' );
	if ( !fs.existsSync( file ) ) {
		return null;
	}
	// eslint-disable-next-line @typescript-eslint/no-require-imports, security/detect-non-literal-require
	const shared = ( require( file ) as { shared: Record<string, unknown> } ).shared;
	return {
		module: `ext.gadget.${ name }`,
		name,
		inputs: new Set( inputs.map( ( f ) => path.resolve( root, f ) ) ),
		shared: new Set( Object.keys( shared ) )
	};
}

/**
 * The key a source file is shared under: its path under `src/`, no extension.
 *
 * @param file Absolute.
 */
function sharedKey( file: string ): string {
	const parts = file.split( path.sep );
	const src = parts.lastIndexOf( 'src' );
	return parts.slice( src + 1 ).join( '/' ).replace( /\.(ts|js|json)$/, '' );
}

/**
 * The esbuild plugin that takes from `providers` what they bundle.
 *
 * @param gadget The gadget being built (named in errors).
 * @param providers
 */
export function fromProvider( gadget: string, providers: readonly Provider[] ): esbuild.Plugin {
	return {
		name: 'from-provider',
		setup( build ) {
			build.onResolve( { filter: /^\.\.?\// }, async ( args ) => {
				if ( args.pluginData === 'resolving' ) {
					return undefined;
				}
				const resolved = await build.resolve( args.path, { resolveDir: args.resolveDir, kind: args.kind, importer: args.importer, pluginData: 'resolving' } );
				const owner = resolved.errors.length ? undefined : providers.find( ( p ) => p.inputs.has( resolved.path ) );
				if ( !owner ) {
					return undefined;
				}
				const key = sharedKey( resolved.path );
				if ( !owner.shared.has( key ) ) {
					return { errors: [ { text: `${ gadget } imports src/${ key }, which ${ owner.name } bundles but does not share: add it to src/gadgets/${ owner.name }/shared.ts` } ] };
				}
				return { path: key, namespace: 'provided', pluginData: owner.module };
			} );
			build.onLoad( { filter: /.*/, namespace: 'provided' }, ( args ) => ( {
				contents: `module.exports = require( ${ JSON.stringify( args.pluginData ) } ).shared[ ${ JSON.stringify( args.path ) } ];`,
				loader: 'js'
			} ) );
		}
	};
}
