/**
 * MediaWiki:Gadgets-definition as the Gadgets extension reads it, line by
 * line: physical lines with their own terminators, comments (one-line and
 * multi-line), section headings and gadget lines. Pure; used by
 * definition-merge.ts, which changes only our lines.
 */
import { GadgetDefinition, parseGadgetLine, parseSectionHeading } from '../build/gadgets-definition';

export const DEFINITION_PAGE = 'MediaWiki:Gadgets-definition';

/** The page cannot be merged without guessing; nothing should be saved. */
export class DefinitionMergeError extends Error {
	constructor( message: string ) {
		super( `${ DEFINITION_PAGE }: ${ message }` );
		this.name = 'DefinitionMergeError';
	}
}

export const COMMENT_RE = /<!--[\s\S]*?-->/g;

/** One physical line of the page. */
export interface Line {
	text: string;
	/** The line terminator (`\n`, `\r\n`, `\r`), or '' on a last line without one. */
	eol: string;
}

export function splitLines( text: string ): Line[] {
	const lines: Line[] = [];
	const re = /([^\r\n]*)(\r\n|\r|\n|$)/g;
	let m: RegExpExecArray | null;
	while ( re.lastIndex < text.length && ( m = re.exec( text ) ) !== null ) {
		lines.push( { text: m[ 1 ] ?? '', eol: m[ 2 ] ?? '' } );
	}
	return lines;
}

export function joinLines( lines: readonly Line[] ): string {
	return lines.map( ( l ) => l.text + l.eol ).join( '' );
}

/** What the Gadgets extension sees on a line, and how comments touch it. */
export interface LineInfo {
	/** The line without its comments. */
	readonly live: string;
	/** A comment starts or ends on this line and spans a line break. */
	readonly multiLineComment: boolean;
	/** Comments that start and end on this line, as written. */
	readonly comments: readonly string[];
}

export function describeLines( text: string, lines: readonly Line[] ): LineInfo[] {
	const ranges: [ number, number ][] = [];
	COMMENT_RE.lastIndex = 0;
	let m: RegExpExecArray | null;
	let lastEnd = 0;
	while ( ( m = COMMENT_RE.exec( text ) ) !== null ) {
		ranges.push( [ m.index, m.index + m[ 0 ].length ] );
		lastEnd = m.index + m[ 0 ].length;
	}
	const unclosed = text.indexOf( '<!--', lastEnd );
	if ( unclosed !== -1 ) {
		const line = text.slice( 0, unclosed ).split( /\r\n|\r|\n/ ).length;
		throw new DefinitionMergeError( `line ${ line } opens a comment ("<!--") that is never closed. Fix the page by hand, then deploy again.` );
	}
	const infos: LineInfo[] = [];
	let start = 0;
	for ( const line of lines ) {
		const end = start + line.text.length;
		let live = '';
		let multiLineComment = false;
		const comments: string[] = [];
		let pos = start;
		for ( const [ from, to ] of ranges ) {
			if ( to <= start || from >= end ) {
				continue;
			}
			if ( from < start || to > end ) {
				multiLineComment = true;
			} else {
				comments.push( text.slice( from, to ) );
			}
			if ( from > pos ) {
				live += text.slice( pos, from );
			}
			pos = Math.max( pos, Math.min( to, end ) );
		}
		if ( pos < end ) {
			live += text.slice( pos, end );
		}
		infos.push( { live, multiLineComment, comments } );
		start = end + line.eol.length;
	}
	return infos;
}

/** A gadget line of the page, as the extension reads it. */
export interface PageGadget {
	readonly line: Line;
	readonly definition: GadgetDefinition;
	readonly info: LineInfo;
}

export interface PageSection {
	readonly name: string;
	readonly heading: Line;
	readonly info: LineInfo;
	/** Lines from the heading (exclusive) to the next heading (exclusive). */
	readonly body: Line[];
}

export interface PageModel {
	readonly sections: PageSection[];
	readonly gadgets: PageGadget[];
	readonly infos: Map<Line, LineInfo>;
	readonly sectionOf: Map<Line, string>;
}

export function readPage( text: string, lines: readonly Line[] ): PageModel {
	const infoList = describeLines( text, lines );
	const infos = new Map<Line, LineInfo>();
	const sectionOf = new Map<Line, string>();
	const sections: PageSection[] = [];
	const gadgets: PageGadget[] = [];
	let section = '';
	let current: PageSection | null = null;
	lines.forEach( ( line, i ) => {
		const info = infoList[ i ] as LineInfo;
		infos.set( line, info );
		const heading = parseSectionHeading( info.live );
		if ( heading !== null ) {
			section = heading;
			const opened: PageSection = { name: heading, heading: line, info, body: [] };
			current = opened;
			sections.push( opened );
			sectionOf.set( line, heading );
			return;
		}
		sectionOf.set( line, section );
		const open: PageSection | null = current;
		if ( open ) {
			open.body.push( line );
		}
		const definition = parseGadgetLine( info.live, section );
		if ( definition ) {
			gadgets.push( { line, definition, info } );
		}
	} );
	return { sections, gadgets, infos, sectionOf };
}

export function lineNumber( lines: readonly Line[], line: Line ): number {
	return lines.indexOf( line ) + 1;
}
