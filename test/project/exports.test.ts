/**
 * No dead exports in src/: a function, class or constant exported from a
 * module is used by another file (production code, tools or tests).
 * Types may be exported for the signatures they belong to.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { repoFiles, repoRoot } from './repo-files';

const files = repoFiles().filter( ( file ) => /^(src|test|build|deploy|preview)\/.*\.ts$/.test( file ) );
const texts = new Map( files.map( ( file ) => [ file, readFileSync( path.join( repoRoot, file ), 'utf8' ) ] ) );

/** Words of a text, for finding a name as a whole word without building a pattern from it. */
function words( text: string ): Set<string> {
	return new Set( text.split( /[^\w$]+/ ) );
}

const wordsOf = new Map( [ ...texts ].map( ( [ file, text ] ) => [ file, words( text ) ] ) );

describe( 'exports', () => {
	const exported = [ ...texts ].filter( ( [ file ] ) => file.startsWith( 'src/' ) ).flatMap( ( [ file, text ] ) => {
		const names = [ ...text.matchAll( /^export (?:async )?(?:function|const|let|class)\s+([\w$]+)/gm ) ].map( ( m ) => m[ 1 ] as string );
		return names.map( ( name ) => ( { file, name } ) );
	} );

	it( 'finds the exports of src/', () => {
		expect( exported.length ).toBeGreaterThan( 100 );
	} );

	it( 'exports from src/ only what another file uses', () => {
		const unused = exported.filter( ( { file, name } ) => ![ ...wordsOf ].some( ( [ other, otherWords ] ) => other !== file && otherWords.has( name ) ) );
		expect( unused ).toEqual( [] );
	} );
} );
