/**
 * Checks a built page must pass before it is written or published. Pure.
 */
import * as acorn from 'acorn';

/** Wikitext that a save would expand inside a JS/CSS page, breaking the code. */
const FORBIDDEN = [ '~~~~', '{{subst:', '</nowiki>' ] as const;

export interface Problem {
	readonly message: string;
	readonly line: number;
}

/**
 * Lines of `code` containing signature tildes, `{{subst:` or `</nowiki>`.
 *
 * @param code
 */
export function findForbiddenWikitext( code: string ): Problem[] {
	const problems: Problem[] = [];
	code.split( '\n' ).forEach( ( text, index ) => {
		for ( const needle of FORBIDDEN ) {
			if ( text.toLowerCase().includes( needle ) ) {
				problems.push( { message: `contains "${ needle }"`, line: index + 1 } );
			}
		}
	} );
	return problems;
}

/**
 * A syntax error when `code` is not valid ECMAScript of the given edition (script goal).
 *
 * @param code
 * @param ecmaVersion
 */
export function findSyntaxAbove( code: string, ecmaVersion: 2016 | 2017 | 2020 = 2016 ): Problem | null {
	try {
		acorn.parse( code, { ecmaVersion, sourceType: 'script', allowReturnOutsideFunction: true } );
		return null;
	} catch ( e ) {
		const err = e as SyntaxError & { loc?: { line: number } };
		return { message: `not ES${ ecmaVersion }: ${ err.message }`, line: err.loc ? err.loc.line : 0 };
	}
}

export const NOWIKI_OPEN = '/* <nowiki> */';
export const NOWIKI_CLOSE = '/* </nowiki> */';

/**
 * The text between our nowiki wrapper, i.e. what the checks look at.
 *
 * @param page
 */
export function unwrap( page: string ): string {
	const start = page.indexOf( NOWIKI_OPEN );
	const end = page.lastIndexOf( NOWIKI_CLOSE );
	if ( start === -1 || end === -1 || end < start ) {
		return page;
	}
	return page.slice( start + NOWIKI_OPEN.length, end );
}
