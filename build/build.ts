/**
 * Builds every gadget named in Gadgets-definition.txt from src/gadgets/<name>/
 * into gadgets/, one file per wiki page:
 *   src/gadgets/<name>/index.ts          → gadgets/Gadget-<name>.js
 *   src/gadgets/<name>/styles.css        → gadgets/Gadget-<name>.css
 *   src/gadgets/<name>/description.wikitext → gadgets/Gadget-<name>
 *   src/gadgets/section-<s>.wikitext     → gadgets/Gadget-section-<s>
 * The language gadgets (crs-team-i18n-<lang>, crs-team-locale-<n>) have no
 * folder: build/language-packs.ts generates their script and description.
 * ResourceLoader modules from the gadget's `dependencies=` stay external.
 * A gadget that depends on another of ours (`ext.gadget.crs-team-core`) takes
 * every source file that gadget bundles from it (build/shared-modules.ts),
 * so no code is bundled twice.
 *
 * Usage: tsx build/build.ts [--quiet]
 */
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as path from 'path';
import { dependenciesOf, GadgetDefinition, parseGadgetsDefinition, sectionsOf } from './gadgets-definition';
import { findForbiddenWikitext, findSyntaxAbove, NOWIKI_CLOSE, NOWIKI_OPEN, unwrap } from './checks';
import { formatStamp, readBuildState, stampHeader } from './stamp';
import { fromProvider, Provider, provider } from './shared-modules';
import { languagePackDescription, languagePackScript } from './language-packs';

const ROOT = path.resolve( __dirname, '..' );
const OUT = path.join( ROOT, 'gadgets' );
const SRC = path.join( ROOT, 'src', 'gadgets' );

export interface BuiltPage {
	/** File name in gadgets/, which is the page name without `MediaWiki:`. */
	readonly file: string;
	readonly bytes: number;
}

function currentStamp(): string {
	try {
		return formatStamp( readBuildState( ROOT ) );
	} catch {
		return 'unknown commit';
	}
}

function header( gadget: string, stamp: string ): string {
	const pkg = JSON.parse( fs.readFileSync( path.join( ROOT, 'package.json' ), 'utf8' ) );
	return stampHeader( `${ pkg.name } ${ pkg.version }`, gadget, stamp );
}

function assertClean( file: string, code: string, isScript: boolean ): void {
	const problems = findForbiddenWikitext( unwrap( code ) );
	if ( isScript ) {
		const syntax = findSyntaxAbove( code, 2016 );
		if ( syntax ) {
			problems.push( syntax );
		}
	}
	if ( problems.length ) {
		throw new Error( `Refusing to emit gadgets/${ file }:\n` +
			problems.map( ( p ) => `  line ${ p.line }: ${ p.message }` ).join( '\n' ) );
	}
}

function wrap( head: string, body: string ): string {
	return `${ head }\n${ NOWIKI_OPEN }\n${ body.trim() }\n${ NOWIKI_CLOSE }\n`;
}

export interface BuiltScript {
	readonly text: string;
	/** Every source file bundled, relative to the repository (esbuild's metafile). */
	readonly inputs: readonly string[];
}

async function buildScript( gadget: GadgetDefinition, commit: string, providers: ReadonlyMap<string, Provider> ): Promise<BuiltScript> {
	const pack = languagePackScript( gadget.name );
	if ( pack !== null ) {
		return { text: wrap( header( gadget.name, commit ), pack ), inputs: [] };
	}
	const entry = path.join( SRC, gadget.name, 'index.ts' );
	const from = dependenciesOf( gadget ).map( ( d ) => providers.get( d ) ).filter( ( p ): p is Provider => !!p );
	const result = await esbuild.build( {
		entryPoints: [ entry ],
		bundle: true,
		write: false,
		format: 'cjs',
		platform: 'browser',
		target: 'es2016',
		absWorkingDir: ROOT,
		charset: 'utf8',
		minify: true,
		legalComments: 'none',
		external: [ ...dependenciesOf( gadget ) ],
		define: { 'process.env.NODE_ENV': '"production"' },
		metafile: true,
		plugins: from.length ? [ fromProvider( gadget.name, from ) ] : [],
		logLevel: 'silent'
	} );
	return {
		text: wrap( header( gadget.name, commit ), onlyOutput( result, gadget.name ) ),
		inputs: Object.keys( result.metafile.inputs ).filter( ( f ) => !f.includes( ':' ) )
	};
}

async function buildStyles( gadget: GadgetDefinition, commit: string ): Promise<string> {
	const entry = path.join( SRC, gadget.name, 'styles.css' );
	const result = await esbuild.build( {
		entryPoints: [ entry ],
		bundle: true,
		write: false,
		charset: 'utf8',
		minify: true,
		logLevel: 'silent'
	} );
	return wrap( header( gadget.name, commit ), onlyOutput( result, gadget.name ) );
}

/** The one file esbuild wrote to memory for a gadget. */
function onlyOutput( result: esbuild.BuildResult<{ write: false }>, name: string ): string {
	const file = result.outputFiles[ 0 ];
	if ( !file ) {
		throw new Error( `esbuild produced no output for ${ name }` );
	}
	return file.text;
}

function readWikitext( file: string ): string {
	if ( !fs.existsSync( file ) ) {
		throw new Error( `Missing ${ path.relative( ROOT, file ) }` );
	}
	return fs.readFileSync( file, 'utf8' ).trim() + '\n';
}

/**
 * Builds every gadget's script (a gadget before those that depend on it,
 * as the definition lists them) and returns each one's text and inputs.
 *
 * @param gadgets
 * @param commit
 */
export async function buildScripts( gadgets: readonly GadgetDefinition[], commit: string ): Promise<Map<string, BuiltScript>> {
	const providers = new Map<string, Provider>();
	const scripts = new Map<string, BuiltScript>();
	for ( const gadget of gadgets ) {
		if ( !gadget.pages.includes( `${ gadget.name }.js` ) ) {
			continue;
		}
		const script = await buildScript( gadget, commit, providers );
		scripts.set( gadget.name, script );
		const shared = provider( ROOT, gadget.name, script.inputs );
		if ( shared ) {
			providers.set( `ext.gadget.${ gadget.name }`, shared );
		}
	}
	return scripts;
}

export async function build(): Promise<BuiltPage[]> {
	const definition = fs.readFileSync( path.join( ROOT, 'Gadgets-definition.txt' ), 'utf8' );
	const gadgets = parseGadgetsDefinition( definition );
	if ( !gadgets.length ) {
		throw new Error( 'Gadgets-definition.txt defines no gadget' );
	}
	const commit = currentStamp();
	const scripts = await buildScripts( gadgets, commit );
	const pages = new Map<string, string>();
	for ( const gadget of gadgets ) {
		for ( const page of gadget.pages ) {
			const file = `Gadget-${ page }`;
			const script = scripts.get( gadget.name );
			if ( page === `${ gadget.name }.js` && script ) {
				pages.set( file, script.text );
			} else if ( page === `${ gadget.name }.css` ) {
				pages.set( file, await buildStyles( gadget, commit ) );
			} else {
				throw new Error( `Gadget ${ gadget.name }: no rule builds page "${ page }" (expected ${ gadget.name }.js or ${ gadget.name }.css)` );
			}
			assertClean( file, pages.get( file ) as string, page.endsWith( '.js' ) );
		}
		pages.set( `Gadget-${ gadget.name }`, languagePackScript( gadget.name ) !== null ?
			languagePackDescription( gadget.name ) :
			readWikitext( path.join( SRC, gadget.name, 'description.wikitext' ) ) );
	}
	for ( const section of sectionsOf( gadgets ) ) {
		pages.set( `Gadget-section-${ section }`, readWikitext( path.join( SRC, `section-${ section }.wikitext` ) ) );
	}

	fs.mkdirSync( OUT, { recursive: true } );
	for ( const old of fs.readdirSync( OUT ) ) {
		if ( old.startsWith( 'Gadget-' ) && !pages.has( old ) ) {
			fs.unlinkSync( path.join( OUT, old ) );
		}
	}
	const built: BuiltPage[] = [];
	for ( const [ file, text ] of pages ) {
		fs.writeFileSync( path.join( OUT, file ), text );
		built.push( { file, bytes: Buffer.byteLength( text ) } );
	}
	return built;
}

if ( require.main === module ) {
	build().then( ( built ) => {
		if ( !process.argv.includes( '--quiet' ) ) {
			for ( const page of built ) {
				console.log( `gadgets/${ page.file.padEnd( 40 ) } ${ String( page.bytes ).padStart( 7 ) } bytes` );
			}
		}
	}, ( err: Error ) => {
		console.error( `build failed: ${ err.message }` );
		process.exit( 1 );
	} );
}
