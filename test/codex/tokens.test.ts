/**
 * Our CSS stays in step with Codex, both the Codex MediaWiki 1.43 ships
 * (1.14, /usr/share/mediawiki/resources/lib/codex-design-tokens/) and the
 * current one (the npm package @wikimedia/codex-design-tokens, 2.x):
 *
 * - every `var( --token, fallback )` names a token that 1.14 defines as a
 *   CSS variable (so a 1.43 wiki's night mode recolours it), with the 2.x
 *   value as fallback;
 * - every literal with a comment naming its token (`/* @spacing-50 *\/`,
 *   `/* @spacing-25 @spacing-50 *\/` for two values, `calc(@a - @b)`, or
 *   `@token in 1.14` for a value kept from 1.14) has that token's value;
 *   a token whose value differs between the two is marked `in 1.14` or
 *   `in 2.x`, saying which one we follow;
 * - in src/codex/ (Codex's components) no size or colour is written
 *   without its token.
 *
 * When Codex changes: run this test, then update the fallback or literal
 * it names (or mark the value `in 1.14` and say why in ARCHITECTURE.md).
 */
import * as fs from 'fs';
import * as path from 'path';
import { repoFiles, repoRoot } from '../project/repo-files';

const MW_TOKENS = '/usr/share/mediawiki/resources/lib/codex-design-tokens';
const NPM_TOKENS = path.join( repoRoot, 'node_modules/@wikimedia/codex-design-tokens/dist' );

/** `--name: value;` lines of a token stylesheet. */
function cssVariables( file: string ): Map<string, string> {
	const found = new Map<string, string>();
	for ( const m of fs.readFileSync( file, 'utf8' ).matchAll( /^\s*(--[\w-]+):\s*([^;]+);/gm ) ) {
		found.set( m[ 1 ] as string, ( m[ 2 ] as string ).trim() );
	}
	return found;
}

/** 1.14 ships no JSON: its Less file, `@name: value; // comment`, references resolved. */
function lessTokens( file: string ): Map<string, string> {
	const raw = new Map<string, string>();
	// Our own stylesheets and Codex's token files, a line at a time: no input to fear.
	// eslint-disable-next-line security/detect-unsafe-regex
	for ( const m of fs.readFileSync( file, 'utf8' ).matchAll( /^@([\w-]+):\s*(.+?);(?:\s*\/\/.*)?$/gm ) ) {
		// `var( --x, value )`: the value.
		raw.set( m[ 1 ] as string, ( m[ 2 ] as string ).replace( /^var\(\s*--[\w-]+,\s*(.*)\)$/, '$1' ).trim() );
	}
	const resolve = ( value: string, depth = 0 ): string => depth > 5 ? value :
		value.replace( /@([\w-]+)/g, ( all, name: string ) => raw.has( name ) ? resolve( raw.get( name ) as string, depth + 1 ) : all );
	return new Map( Array.from( raw, ( [ name, value ] ) => [ name, resolve( value ) ] ) );
}

/** 2.x's JSON: every token's name and resolved value. */
function jsonTokens( file: string ): Map<string, string> {
	const found = new Map<string, string>();
	const walk = ( node: unknown ): void => {
		if ( node && typeof node === 'object' ) {
			const leaf = node as { name?: unknown; value?: unknown };
			if ( typeof leaf.name === 'string' && leaf.value !== undefined ) {
				found.set( leaf.name, String( leaf.value ) );
				return;
			}
			Object.values( node ).forEach( walk );
		}
	};
	walk( JSON.parse( fs.readFileSync( file, 'utf8' ) ) );
	return found;
}

const codex114 = {
	variables: cssVariables( path.join( MW_TOKENS, 'theme-wikimedia-ui-root.css' ) ),
	night: cssVariables( path.join( MW_TOKENS, 'theme-wikimedia-ui-mode-dark.css' ) ),
	tokens: lessTokens( path.join( MW_TOKENS, 'theme-wikimedia-ui.less' ) )
};
const codex2 = {
	variables: cssVariables( path.join( NPM_TOKENS, 'theme-wikimedia-ui-root.css' ) ),
	night: cssVariables( path.join( NPM_TOKENS, 'theme-wikimedia-ui-mode-dark.css' ) ),
	tokens: jsonTokens( path.join( NPM_TOKENS, 'theme-wikimedia-ui.json' ) )
};

/**
 * Tokens 2.x's night mode recolours and 1.14's does not: on a 1.43 wiki they
 * keep their day value at night, as they do in Codex 1.14's own components.
 */
const DAY_COLOUR_AT_NIGHT_IN_1_14 = [
	'--border-color-progressive', '--border-color-progressive--hover', '--border-color-progressive--active',
	'--color-disabled'
];

/** Lower case, no spaces, numbers written one way (`0.2` and `.2`), `#ffffff` as `#fff`. */
function normalise( value: string ): string {
	return value.toLowerCase().replace( /\s+/g, ' ' ).replace( /\s*([(),/])\s*/g, '$1' ).trim()
		.replace( /#([0-9a-f])\1([0-9a-f])\2([0-9a-f])\3\b/g, '#$1$2$3' )
		.replace( /(\d*\.\d+|\d+)/g, ( n ) => String( Number( n ) ) );
}

/** `value` without its `var( … )` calls (nested parentheses included). */
function withoutVariables( value: string ): string {
	let out = '';
	let depth = 0;
	for ( let i = 0; i < value.length; i++ ) {
		if ( depth === 0 && value.startsWith( 'var(', i ) ) {
			depth = 1;
			i += 3;
			out += 'VAR';
		} else if ( depth > 0 ) {
			depth += value[ i ] === '(' ? 1 : value[ i ] === ')' ? -1 : 0;
		} else {
			out += value[ i ];
		}
	}
	return out;
}

/** Sizes and colours written in a value, outside variables and URLs; zeros are no token's. */
function literals( value: string ): string[] {
	const bare = withoutVariables( value ).replace( /url\([^)]*\)/g, '' );
	return ( bare.match( /rgba?\([^)]*\)|#[0-9a-f]{3,8}\b|-?\d*\.?\d+(?:px|rem|em|ms|s|%)?/gi ) || [] )
		.filter( ( literal ) => !/^-?0*\.?0+$/.test( literal ) );
}

interface Declaration {
	readonly file: string;
	readonly line: number;
	readonly property: string;
	readonly value: string;
	/** The comment on the declaration's line, or alone on the line before it. */
	readonly comment?: string;
}

/** One declaration a line (the project's CSS style); comments spanning lines are skipped. */
function declarations( file: string ): Declaration[] {
	const lines = fs.readFileSync( path.join( repoRoot, file ), 'utf8' ).split( '\n' );
	const found: Declaration[] = [];
	let inComment = false;
	let pending: string | undefined;
	lines.forEach( ( text, i ) => {
		if ( inComment ) {
			inComment = !text.includes( '*/' );
			return;
		}
		const alone = /^\s*\/\*(.*)\*\/\s*$/.exec( text );
		if ( alone ) {
			pending = ( alone[ 1 ] as string ).trim();
			return;
		}
		if ( /^\s*\/\*/.test( text ) ) {
			inComment = !text.includes( '*/' );
			return;
		}
		// Our own stylesheets and Codex's token files, a line at a time: no input to fear.
		// eslint-disable-next-line security/detect-unsafe-regex
		const m = /^\s*(-?[a-z][\w-]*)\s*:\s*(.+?);\s*(?:\/\*(.*?)\*\/)?\s*$/.exec( text );
		if ( m ) {
			const comment = m[ 3 ] !== undefined ? m[ 3 ].trim() : pending;
			found.push( { file, line: i + 1, property: m[ 1 ] as string, value: m[ 2 ] as string, comment } );
		}
		pending = undefined;
	} );
	return found;
}

const TERM = /@[\w-]+|calc\([^)]*\)/g;
// Our own stylesheets and Codex's token files, a line at a time: no input to fear.
// eslint-disable-next-line security/detect-unsafe-regex
const TOKEN_COMMENT = /^(?:(?:@[\w-]+|calc\([^)]*\))\s*)+(?:in (?:1\.14|2\.x))?$/;

/** A term's value in one Codex: `@token`, or `calc(@a - @b + @c)` in px. */
function termValue( term: string, tokens: ReadonlyMap<string, string> ): string | undefined {
	if ( term.startsWith( '@' ) ) {
		return tokens.get( term.slice( 1 ) );
	}
	let total = 0;
	for ( const [ , sign, name ] of term.matchAll( /([-+]?)\s*@([\w-]+)/g ) ) {
		const value = tokens.get( name as string );
		if ( !value || !/^\d+px$/.test( value.replace( /\s/g, '' ) ) ) {
			return undefined;
		}
		total += ( sign === '-' ? -1 : 1 ) * parseFloat( value );
	}
	return `${ total }px`;
}

/** What is wrong with a declaration's token comment; `[]` when it matches. */
function commentProblems( d: Declaration ): string[] {
	const where = `${ d.file }:${ d.line } (${ d.property })`;
	const comment = d.comment as string;
	const follows114 = / in 1\.14$/.test( comment );
	/** `in 2.x`: the 2.x value on purpose, where 1.14's differs. */
	const follows2 = / in 2\.x$/.test( comment );
	const terms = comment.match( TERM ) || [];
	const problems: string[] = [];
	for ( const term of terms ) {
		for ( const [ version, tokens ] of [ [ '1.14', codex114.tokens ], [ '2.x', codex2.tokens ] ] as const ) {
			if ( termValue( term, tokens ) === undefined ) {
				problems.push( `${ where }: ${ term } is no token of Codex ${ version }` );
			}
		}
	}
	if ( problems.length ) {
		return problems;
	}
	const followed = follows114 ? codex114.tokens : codex2.tokens;
	const other = follows114 ? codex2.tokens : codex114.tokens;
	const expected = terms.map( ( term ) => normalise( termValue( term, followed ) as string ) );
	const written = literals( d.value ).map( ( literal ) => normalise( literal.replace( /^-/, '' ) ) );
	const whole = terms.length === 1 && normalise( withoutVariables( d.value ) ) === expected[ 0 ];
	if ( !whole && written.join( ' ' ) !== expected.join( ' ' ) ) {
		problems.push( `${ where }: "${ d.value }" should be ${ expected.join( ' ' ) } (${ comment }, Codex ${ follows114 ? '1.14' : '2.x' })` );
	}
	const differs = terms.filter( ( term ) => normalise( termValue( term, other ) as string ) !== normalise( termValue( term, followed ) as string ) );
	if ( !follows114 && !follows2 && differs.length ) {
		problems.push( `${ where }: ${ differs.join( ' ' ) } differs in Codex 1.14: write "in 1.14" or "in 2.x" after the token to say which we follow, and why in ARCHITECTURE.md` );
	}
	return problems;
}

/** Every `var( --token, fallback )` of a declaration, our own `--crs-` properties left out. */
function variables( value: string ): { name: string; fallback?: string }[] {
	// Our own stylesheets and Codex's token files, a line at a time: no input to fear.
	// eslint-disable-next-line security/detect-unsafe-regex
	return Array.from( value.matchAll( /var\(\s*(--[\w-]+)\s*(?:,\s*((?:[^()]|\([^()]*\))+?))?\s*\)/g ),
		( m ) => ( { name: m[ 1 ] as string, fallback: m[ 2 ] } ) ).filter( ( v ) => !v.name.startsWith( '--crs-' ) );
}

const cssFiles = repoFiles().filter( ( file ) => /^src\/.*\.css$/.test( file ) );
const all = cssFiles.flatMap( declarations );
const ownComponents = all.filter( ( d ) => d.file.startsWith( 'src/codex/' ) );

describe( 'Codex design tokens in our CSS', () => {
	it( 'reads the tokens of both Codex versions', () => {
		expect( codex114.variables.get( '--color-base' ) ).toBe( '#202122' );
		expect( codex2.variables.get( '--color-base' ) ).toBe( '#202122' );
		expect( codex114.tokens.get( 'spacing-50' ) ).toBe( '8px' );
		expect( codex2.tokens.get( 'spacing-50' ) ).toBe( '8px' );
		expect( ownComponents.length ).toBeGreaterThan( 100 );
	} );

	it( 'every colour variable is one of Codex 1.14, with Codex 2.x\'s value as fallback', () => {
		const problems: string[] = [];
		for ( const d of all ) {
			for ( const v of variables( d.value ) ) {
				const where = `${ d.file }:${ d.line } ${ v.name }`;
				if ( !codex114.variables.has( v.name ) ) {
					problems.push( `${ where }: no CSS variable in Codex 1.14 (MediaWiki 1.43 never defines it)` );
				}
				const current = codex2.variables.get( v.name );
				if ( current === undefined ) {
					problems.push( `${ where }: no CSS variable in Codex 2.x` );
				} else if ( v.fallback === undefined || normalise( v.fallback ) !== normalise( current ) ) {
					problems.push( `${ where }: fallback ${ v.fallback } should be ${ current }` );
				}
			}
		}
		expect( problems ).toEqual( [] );
	} );

	it( 'every variable 2.x recolours at night is recoloured by 1.14 too, or is a known gap of 1.14', () => {
		const used = new Set( all.flatMap( ( d ) => variables( d.value ).map( ( v ) => v.name ) ) );
		const gaps = Array.from( used ).filter( ( name ) => codex2.night.has( name ) && !codex114.night.has( name ) ).sort();
		expect( gaps ).toEqual( DAY_COLOUR_AT_NIGHT_IN_1_14.filter( ( name ) => used.has( name ) ).sort() );
	} );

	it( 'every literal with a token comment has that token\'s value', () => {
		const problems = all.filter( ( d ) => d.comment && TOKEN_COMMENT.test( d.comment ) ).flatMap( commentProblems );
		expect( problems ).toEqual( [] );
	} );

	it( 'in Codex\'s components (src/codex/), every size and colour names its token', () => {
		const bare = ownComponents.filter( ( d ) => literals( d.value ).some( ( l ) => !/(%|em)$/.test( l ) || /rem$/.test( l ) ) &&
			!( d.comment && TOKEN_COMMENT.test( d.comment ) ) && !/^(opacity|flex-grow|flex-shrink)$/.test( d.property ) );
		expect( bare.map( ( d ) => `${ d.file }:${ d.line } ${ d.property }: ${ d.value }` ) ).toEqual( [] );
	} );

	it( 'finds a wrong fallback, a token 1.14 lacks and a wrong literal (the checks can fail)', () => {
		const wrong = { file: 'x.css', line: 1, property: 'padding', value: '6px', comment: '@spacing-50' };
		expect( commentProblems( wrong ) ).toEqual( [ expect.stringContaining( 'should be 8px' ) ] );
		const changed = { file: 'x.css', line: 1, property: 'line-height', value: '1.375rem', comment: '@line-height-small' };
		expect( commentProblems( changed ) ).toEqual( [ expect.stringContaining( 'differs in Codex 1.14' ) ] );
		expect( codex114.variables.has( '--background-color-interactive-subtle--hover' ) ).toBe( false );
		expect( variables( 'inset 0 0 0 1px var( --a, rgba( 0, 0, 0, 0.2 ) ), var( --crs-x )' ) ).toEqual( [ { name: '--a', fallback: 'rgba( 0, 0, 0, 0.2 )' } ] );
	} );
} );
