/**
 * Styles live in the gadgets' CSS (Codex tokens, night mode, right-to-left),
 * never in inline styles set from code: a `style` attribute escapes the
 * skin's and the reader's styles and cannot follow a theme.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { repoFiles, repoRoot } from './repo-files';

// json/ speaks of a document's formatting style, not of CSS.
const CODE = /^src\/(?!json\/).*\.ts$/;
const INLINE_STYLE = /\.style\s*(?:\.|\[|=)|\.cssText\b|setProperty\(\s*'--|setAttribute\(\s*['"]style['"]/;

describe( 'inline styles', () => {
	it( 'are set nowhere in the gadgets\' code', () => {
		const linesOf = ( file: string ): string[] => readFileSync( path.join( repoRoot, file ), 'utf8' ).split( '\n' )
			.map( ( line, i ) => ( INLINE_STYLE.test( line ) ? `${ file }:${ i + 1 }: ${ line.trim() }` : '' ) )
			.filter( Boolean );
		const offenders = repoFiles().filter( ( file ) => CODE.test( file ) ).flatMap( linesOf );
		expect( offenders ).toEqual( [] );
	} );
} );
