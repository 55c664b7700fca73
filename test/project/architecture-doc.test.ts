/**
 * ARCHITECTURE.md is the newcomer's map: every file or folder it names in
 * `code spans` must exist, and its folder map must match `src/`.
 */
import { readFileSync, existsSync } from 'fs';
import * as path from 'path';
import { repoFiles, repoRoot } from './repo-files';

const doc = readFileSync( path.join( repoRoot, 'ARCHITECTURE.md' ), 'utf8' );
const files = repoFiles().filter( ( file ) => existsSync( path.join( repoRoot, file ) ) );
const FILE_EXTENSIONS = /\.(ts|js|json|css|lua|md|txt|wikitext|sh)$/;

/** Letters, digits, `.`, `*`, `-` and `_` in segments joined by `/`, perhaps ending in `/`. */
function looksLikePath( span: string ): boolean {
	const segments = span.replace( /\/$/, '' ).split( '/' );
	return segments.every( ( segment ) => /^[\w.*-]+$/.test( segment ) );
}

/** Code spans that name a path: a folder (`x/`), a file with an extension, or a glob of either. */
function namedPaths( markdown: string ): string[] {
	const spans = markdown.match( /`[^`\n]+`/g ) || [];
	return spans
		.map( ( span ) => span.slice( 1, -1 ) )
		.filter( looksLikePath )
		.filter( ( span ) => span.includes( '/' ) || FILE_EXTENSIONS.test( span ) )
		.filter( ( span ) => !span.startsWith( '.' ) );
}

/** Whether a segment matches a glob segment, where `*` stands for any run of characters. */
function segmentMatches( glob: string, segment: string ): boolean {
	const parts = glob.split( '*' );
	const first = parts[ 0 ] as string;
	const last = parts[ parts.length - 1 ] as string;
	if ( parts.length === 1 ) {
		return glob === segment;
	}
	if ( !segment.startsWith( first ) || !segment.endsWith( last ) || segment.length < first.length + last.length ) {
		return false;
	}
	let at = first.length;
	for ( const middle of parts.slice( 1, -1 ) ) {
		const found = segment.indexOf( middle, at );
		if ( found === -1 ) {
			return false;
		}
		at = found + middle.length;
	}
	return at <= segment.length - last.length;
}

/** Whether a file is the named path, or lies inside it (a folder). */
function fileMatches( named: string, file: string ): boolean {
	const wanted = named.replace( /\/$/, '' ).split( '/' );
	const have = file.split( '/' );
	return have.length >= wanted.length &&
		wanted.every( ( glob, i ) => segmentMatches( glob, have[ i ] as string ) );
}

/** Folders the build and the tests write, which git ignores (see .gitignore). */
const GENERATED = readFileSync( path.join( repoRoot, '.gitignore' ), 'utf8' )
	.split( '\n' ).map( ( line ) => line.trim() ).filter( ( line ) => line.endsWith( '/' ) );

/** A path exists when it names a file or folder from the root, from `src/`, or (a bare file name) anywhere. */
function exists( named: string ): boolean {
	if ( GENERATED.some( ( folder ) => named.startsWith( folder ) ) ) {
		return true;
	}
	if ( !named.includes( '/' ) ) {
		return files.some( ( file ) => segmentMatches( named, file.split( '/' ).pop() as string ) );
	}
	return [ named, `src/${ named }` ].some( ( candidate ) => files.some( ( file ) => fileMatches( candidate, file ) ) );
}

describe( 'ARCHITECTURE.md', () => {
	const named = Array.from( new Set( namedPaths( doc ) ) );

	it( 'names files and folders, so this check has something to check', () => {
		expect( named.length ).toBeGreaterThan( 40 );
	} );

	it.each( named )( 'names %s, which exists', ( name ) => {
		expect( exists( name ) ).toBe( true );
	} );

	it( 'opens with a map of the folders that matches src/', () => {
		const srcFolders = Array.from( new Set( files
			.filter( ( file ) => file.startsWith( 'src/' ) && file.split( '/' ).length > 2 )
			.map( ( file ) => file.split( '/' )[ 1 ] ) ) ).sort();
		const firstSection = doc.split( /\n## /, 3 ).slice( 0, 2 ).join( '\n' );
		const mapped = srcFolders.filter( ( folder ) => firstSection.includes( `${ folder }/` ) );
		expect( mapped ).toEqual( srcFolders );
	} );
} );
