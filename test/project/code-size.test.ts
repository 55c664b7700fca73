/**
 * Rooms a reader can see across: no production module over 400 lines and no
 * function over 100 (a nested function counts in its parent, since that is
 * the room a reader has to hold in mind). The Scribunto module's Lua files
 * (src/lua/) obey the same two limits.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { repoFiles, repoRoot } from './repo-files';

const MAX_MODULE_LINES = 400;
const MAX_FUNCTION_LINES = 100;

/** Production code: what ships to the wiki, and the tools that build and deploy it. */
const PRODUCTION = /^(src|build|deploy|preview)\/.*\.ts$/;
const modules = repoFiles().filter( ( file ) => PRODUCTION.test( file ) && !file.endsWith( '.d.ts' ) );
/** The Scribunto module and its submodules. */
const luaModules = repoFiles().filter( ( file ) => /^src\/lua\/.*\.lua$/.test( file ) );

function lineCount( text: string ): number {
	return text.replace( /\n$/, '' ).split( '\n' ).length;
}

function isFunctionLike( node: ts.Node ): boolean {
	return ts.isFunctionDeclaration( node ) || ts.isFunctionExpression( node ) ||
		ts.isArrowFunction( node ) || ts.isMethodDeclaration( node ) ||
		ts.isConstructorDeclaration( node ) || ts.isGetAccessorDeclaration( node ) ||
		ts.isSetAccessorDeclaration( node );
}

/** The outermost functions of a module, with their length in lines. */
function outermostFunctions( file: string ): { name: string; lines: number }[] {
	const text = readFileSync( path.join( repoRoot, file ), 'utf8' );
	const source = ts.createSourceFile( file, text, ts.ScriptTarget.Latest, true );
	const found: { name: string; lines: number }[] = [];
	const visit = ( node: ts.Node ): void => {
		if ( isFunctionLike( node ) ) {
			const start = source.getLineAndCharacterOfPosition( node.getStart( source ) ).line;
			const end = source.getLineAndCharacterOfPosition( node.getEnd() ).line;
			const named = node as ts.FunctionLikeDeclaration;
			const name = named.name ? named.name.getText( source ) : `(anonymous, line ${ start + 1 })`;
			found.push( { name: `${ file } ${ name }`, lines: end - start + 1 } );
			return;
		}
		ts.forEachChild( node, visit );
	};
	visit( source );
	return found;
}

/**
 * The outermost functions of a Lua file, with their length in lines. The
 * module's style makes them easy to find: an outermost function starts at
 * the line's start (`local function name(` or `function p.name(`) and ends
 * at the first `end` there; everything inside is indented.
 */
function outermostLuaFunctions( file: string ): { name: string; lines: number }[] {
	const lines = readFileSync( path.join( repoRoot, file ), 'utf8' ).split( '\n' );
	const found: { name: string; lines: number }[] = [];
	let open: { name: string; start: number } | null = null;
	lines.forEach( ( line, i ) => {
		const start = /^(?:local )?function ([\w.:]+)/.exec( line );
		if ( !open && start ) {
			open = { name: `${ file } ${ start[ 1 ] }`, start: i };
		} else if ( open && /^end\b/.test( line ) ) {
			found.push( { name: open.name, lines: i - open.start + 1 } );
			open = null;
		}
	} );
	if ( open ) {
		found.push( { name: `${ ( open as { name: string } ).name } (no end at the line's start)`, lines: Infinity } );
	}
	return found;
}

describe( 'code size', () => {
	it( 'finds the production modules', () => {
		expect( modules.length ).toBeGreaterThan( 50 );
	} );

	it( `keeps every production module within ${ MAX_MODULE_LINES } lines`, () => {
		const tooLong = modules
			.map( ( file ) => ( { file, lines: lineCount( readFileSync( path.join( repoRoot, file ), 'utf8' ) ) } ) )
			.filter( ( { lines } ) => lines > MAX_MODULE_LINES );
		expect( tooLong ).toEqual( [] );
	} );

	it( `keeps every function within ${ MAX_FUNCTION_LINES } lines, nested functions counted in their parent`, () => {
		const tooLong = modules
			.flatMap( outermostFunctions )
			.filter( ( { lines } ) => lines > MAX_FUNCTION_LINES );
		expect( tooLong ).toEqual( [] );
	} );

	it( `keeps every Lua file of the Scribunto module within ${ MAX_MODULE_LINES } lines`, () => {
		expect( luaModules.length ).toBeGreaterThan( 1 );
		const tooLong = luaModules
			.map( ( file ) => ( { file, lines: lineCount( readFileSync( path.join( repoRoot, file ), 'utf8' ) ) } ) )
			.filter( ( { lines } ) => lines > MAX_MODULE_LINES );
		expect( tooLong ).toEqual( [] );
	} );

	it( `keeps every Lua function within ${ MAX_FUNCTION_LINES } lines, nested functions counted in their parent`, () => {
		const functions = luaModules.flatMap( outermostLuaFunctions );
		expect( functions.length ).toBeGreaterThan( 50 );
		expect( functions.filter( ( { lines } ) => lines > MAX_FUNCTION_LINES ) ).toEqual( [] );
	} );
} );
