/**
 * Small edits on JSON source text that keep every other character as it was:
 * insert an array element, add or replace one property. The new text reuses
 * the document's own style (tabs or N spaces, `\n` or `\r\n`, `": "` or `":"`,
 * containers written on one line stay on one line). Pure.
 *
 * The form helpers of the editor gadget are thin on top of these: they build a
 * plain value (a session, a subteam, a translation) and call one function;
 * the result says which text changed (`change`, to apply to the edit box
 * keeping its undo history) and where the new value is (`range`, to select it).
 *
 * Offsets are UTF-16 code units, as in `source-map.ts`.
 */
import { appendKey, pathAndAncestors } from './path';
import { parseWithSourceMap, SourceEntry, SourceMap } from './source-map';

/** A stretch of text by offsets: `start` inclusive, `end` exclusive. */
export interface TextRange {
	readonly start: number;
	readonly end: number;
}

/** Replace `[ start, end )` of the old text by `text`. */
export interface TextChange {
	readonly start: number;
	readonly end: number;
	readonly text: string;
}

export type EditResult =
	| {
		readonly ok: true;
		/** The whole new text. */
		readonly text: string;
		/** The one change that turns the old text into the new one. */
		readonly change: TextChange;
		/** Where the written value (or property, for `setProperty`) is in the new text. */
		readonly range: TextRange;
	}
	| { readonly ok: false; readonly message: string };

/** How a document is written. */
export interface JsonStyle {
	/** One level of indentation: `\t` or some spaces. */
	readonly indent: string;
	/** `\n` or `\r\n`. */
	readonly newline: string;
	/** Between a property name and its value, e.g. `: `. */
	readonly colon: string;
}

/** Applies a change to the text it was computed for. */
export function applyChange( text: string, change: TextChange ): string {
	return text.slice( 0, change.start ) + change.text + text.slice( change.end );
}

function lineStart( text: string, offset: number ): number {
	let i = offset;
	while ( i > 0 ) {
		const c = text.charCodeAt( i - 1 );
		if ( c === 10 || c === 13 ) {
			break;
		}
		i--;
	}
	return i;
}

/** The spaces and tabs at the start of the line that `offset` is on. */
function indentationAt( text: string, offset: number ): string {
	const start = lineStart( text, offset );
	return /^[ \t]*/.exec( text.slice( start, offset ) )![ 0 ];
}

/** True when only spaces and tabs come before `offset` on its line. */
function startsLine( text: string, offset: number ): boolean {
	return /^[ \t]*$/.test( text.slice( lineStart( text, offset ), offset ) );
}

function hasLineBreak( text: string ): boolean {
	return /[\r\n]/.test( text );
}

/**
 * Detects the document's indentation unit, line break and property
 * separator. Defaults (for a document that shows none): tab, `\n`, `: `.
 */
export function detectStyle( text: string, map?: SourceMap ): JsonStyle {
	const newlineMatch = /\r\n|\n|\r/.exec( text );
	const newline = newlineMatch ? newlineMatch[ 0 ] : '\n';
	let indent = '';
	let smallestSpaces = Infinity;
	const re = /(?:^|\r\n|\n|\r)([ \t]+)(?=\S)/g;
	let m: RegExpExecArray | null;
	while ( ( m = re.exec( text ) ) ) {
		const lead = m[ 1 ] || '';
		if ( !indent && lead.charAt( 0 ) === '\t' ) {
			indent = '\t';
			break;
		}
		if ( /^ +$/.test( lead ) ) {
			smallestSpaces = Math.min( smallestSpaces, lead.length );
		}
	}
	if ( !indent ) {
		indent = smallestSpaces === Infinity ? '\t' : ' '.repeat( smallestSpaces );
	}
	let colon = ': ';
	if ( map ) {
		for ( const entry of map.values() ) {
			if ( entry.key ) {
				const between = text.slice( entry.key.end.offset, entry.value.start.offset );
				if ( !hasLineBreak( between ) ) {
					colon = between;
				}
				break;
			}
		}
	}
	return { indent, newline, colon };
}

/** JSON of `value` written on one line, with or without spaces inside brackets. */
function inlineJson( value: unknown, spaced: boolean ): string {
	const compact = JSON.stringify( value );
	if ( !spaced ) {
		return compact;
	}
	// Re-serialise with spaces, as in `{ "en": "x", "de": "y" }`.
	const write = ( v: unknown ): string => {
		if ( Array.isArray( v ) ) {
			return v.length ? '[ ' + v.map( ( x ) => write( x === undefined ? null : x ) ).join( ', ' ) + ' ]' : '[]';
		}
		if ( v && typeof v === 'object' && typeof ( v as { toJSON?: unknown } ).toJSON !== 'function' ) {
			const parts = Object.keys( v ).filter( ( k ) => JSON.stringify( ( v as Record<string, unknown> )[ k ] ) !== undefined )
				.map( ( k ) => JSON.stringify( k ) + ': ' + write( ( v as Record<string, unknown> )[ k ] ) );
			return parts.length ? '{ ' + parts.join( ', ' ) + ' }' : '{}';
		}
		return JSON.stringify( v );
	};
	return write( value );
}

/** JSON of `value` over several lines, nested lines starting with `base`. */
function blockJson( value: unknown, style: JsonStyle, base: string ): string {
	return JSON.stringify( value, null, style.indent ).split( '\n' ).join( style.newline + base );
}

interface Container {
	readonly entry: SourceEntry;
	/** Where each member is written, in order. */
	readonly members: readonly SourceEntry[];
	/** Offset of `{` / `[` and of `}` / `]`. */
	readonly open: number;
	readonly close: number;
	/** Written over several lines (or, when empty, in a multi-line document). */
	readonly multiline: boolean;
	/** `[ 1 ]` rather than `[1]` (for one-line containers). */
	readonly spaced: boolean;
	/** Between `,` and the next member when on one line. */
	readonly separator: string;
}

function memberStart( entry: SourceEntry ): number {
	return entry.key ? entry.key.start.offset : entry.value.start.offset;
}

function describeContainer( text: string, map: SourceMap, entry: SourceEntry ): Container {
	const open = entry.value.start.offset;
	const close = entry.value.end.offset - 1;
	const members = ( entry.children || [] ).map( ( path ) => map.get( path ) )
		.filter( ( member ): member is SourceEntry => member !== undefined );
	let multiline: boolean;
	let spaced: boolean;
	let separator: string;
	const [ first, second ] = members;
	if ( first ) {
		const before = text.slice( open + 1, memberStart( first ) );
		multiline = hasLineBreak( before );
		spaced = before.length > 0;
		separator = spaced ? ' ' : '';
		if ( second ) {
			const between = text.slice( first.value.end.offset, memberStart( second ) );
			const afterComma = between.slice( between.indexOf( ',' ) + 1 );
			if ( !hasLineBreak( afterComma ) ) {
				separator = afterComma;
			}
		}
	} else {
		multiline = hasLineBreak( text.slice( 0, open ) ) || hasLineBreak( text.slice( close ) );
		spaced = close > open + 1;
		separator = ' ';
	}
	return { entry, members, open, close, multiline, spaced, separator };
}

type Located = { ok: true; map: SourceMap; style: JsonStyle; entry: SourceEntry } | { ok: false; message: string };

function locate( text: string, path: string, kind: 'array' | 'object' ): Located {
	const parsed = parseWithSourceMap( text );
	if ( !parsed.ok ) {
		const e = parsed.error;
		return { ok: false, message: `The page is not valid JSON (line ${ e.line }, column ${ e.column }: ${ e.message }); fix that first.` };
	}
	const entry = parsed.map.get( path );
	const where = path === '' ? 'The page' : path;
	if ( !entry ) {
		return { ok: false, message: `${ where } is not in the page.` };
	}
	const opener = text.charAt( entry.value.start.offset );
	if ( opener !== ( kind === 'array' ? '[' : '{' ) ) {
		return { ok: false, message: `${ where } is not ${ kind === 'array' ? 'a list ([ … ])' : 'an object ({ … })' }.` };
	}
	return { ok: true, map: parsed.map, style: detectStyle( text, parsed.map ), entry };
}

function serialisable( value: unknown ): boolean {
	return JSON.stringify( value ) !== undefined;
}

/**
 * Inserts `member` (already serialised, possibly over several lines written
 * for the indentation the member will have) into a container as its
 * `index`-th member. `write( indent )` gives the member text for a member
 * line indentation; for one-line containers it is called with `null`.
 */
function insertMember(
	text: string, style: JsonStyle, container: Container, index: number,
	write: ( indent: string | null ) => string
): EditResult {
	const { members, open, close, multiline, spaced, separator } = container;
	let start: number;
	let end: number;
	let before: string;
	let member: string;
	let after: string;
	const last = members[ members.length - 1 ];
	const next = members[ index ];
	if ( !last ) {
		start = open + 1;
		end = close;
		if ( multiline ) {
			const outer = indentationAt( text, open );
			const inner = outer + style.indent;
			before = style.newline + inner;
			member = write( inner );
			after = style.newline + outer;
		} else {
			member = write( null );
			before = spaced ? ' ' : '';
			after = before;
		}
	} else if ( !next ) {
		const lastEnd = Math.max( ...members.map( ( m ) => m.value.end.offset ) );
		start = end = lastEnd;
		if ( multiline ) {
			const lastStart = memberStart( last );
			const indent = startsLine( text, lastStart ) ? indentationAt( text, lastStart ) : indentationAt( text, open ) + style.indent;
			before = ',' + style.newline + indent;
			member = write( indent );
		} else {
			before = ',' + separator;
			member = write( null );
		}
		after = '';
	} else {
		const nextStart = memberStart( next );
		start = end = nextStart;
		before = '';
		if ( multiline ) {
			const indent = startsLine( text, nextStart ) ? indentationAt( text, nextStart ) : indentationAt( text, open ) + style.indent;
			member = write( indent );
			after = ',' + style.newline + indent;
		} else {
			member = write( null );
			after = ',' + separator;
		}
	}
	const change = { start, end, text: before + member + after };
	const rangeStart = start + before.length;
	return {
		ok: true,
		text: applyChange( text, change ),
		change,
		range: { start: rangeStart, end: rangeStart + member.length }
	};
}

/**
 * Inserts `value` into the array at `path` as element `index` (default: at
 * the end).
 *
 * @param text JSON source
 * @param path JSON path of an array, e.g. `conversationHours.sessions`
 * @param value Any JSON-serialisable value
 * @param index 0 … length; omitted: append
 */
export function insertArrayItem( text: string, path: string, value: unknown, index?: number ): EditResult {
	if ( !serialisable( value ) ) {
		return { ok: false, message: 'The new element cannot be written as JSON.' };
	}
	const found = locate( text, path, 'array' );
	if ( !found.ok ) {
		return found;
	}
	const container = describeContainer( text, found.map, found.entry );
	const count = container.members.length;
	const at = index === undefined ? count : index;
	if ( !( at >= 0 && at <= count && Math.floor( at ) === at ) ) {
		return { ok: false, message: `Cannot insert at position ${ at }: ${ path || 'the list' } has ${ count } elements.` };
	}
	return insertMember( text, found.style, container, at, ( indent ) => indent === null ? inlineJson( value, container.spaced ) : blockJson( value, found.style, indent ) );
}

/**
 * Replaces the value at `path` (any value but the whole document) by `value`,
 * keeping the property name and everything around it.
 */
export function replaceValue( text: string, path: string, value: unknown ): EditResult {
	if ( !serialisable( value ) ) {
		return { ok: false, message: 'The new value cannot be written as JSON.' };
	}
	const parsed = parseWithSourceMap( text );
	if ( !parsed.ok ) {
		const e = parsed.error;
		return { ok: false, message: `The page is not valid JSON (line ${ e.line }, column ${ e.column }: ${ e.message }); fix that first.` };
	}
	const entry = parsed.map.get( path );
	if ( !entry ) {
		return { ok: false, message: `${ path === '' ? 'The page' : path } is not in the page.` };
	}
	const style = detectStyle( text, parsed.map );
	const start = entry.value.start.offset;
	const end = entry.value.end.offset;
	const old = text.slice( start, end );
	const oldIsInlineContainer = ( old.charAt( 0 ) === '{' || old.charAt( 0 ) === '[' ) && !hasLineBreak( old );
	// An element or property of a container written on one line stays on that line.
	const parentPath = pathAndAncestors( path )[ 1 ];
	const parent = parentPath === undefined ? undefined : parsed.map.get( parentPath );
	const parentText = parent ? text.slice( parent.value.start.offset, parent.value.end.offset ) : '';
	const inParentLine = !!parent && !hasLineBreak( parentText );
	let written: string;
	if ( oldIsInlineContainer || !hasLineBreak( text ) ) {
		written = inlineJson( value, oldIsInlineContainer ? /^[{[]\s/.test( old ) : true );
	} else if ( inParentLine ) {
		written = inlineJson( value, /^[{[]\s/.test( parentText ) );
	} else {
		written = blockJson( value, style, indentationAt( text, start ) );
	}
	const change = { start, end, text: written };
	return { ok: true, text: applyChange( text, change ), change, range: { start, end: start + written.length } };
}

/**
 * Sets property `key` of the object at `path` to `value`: replaces the value
 * when the property exists (its last occurrence), otherwise adds the property
 * after the object's last one.
 *
 * @param text JSON source
 * @param path JSON path of an object, `` for the whole page
 * @param key Property name
 * @param value Any JSON-serialisable value
 */
export function setProperty( text: string, path: string, key: string, value: unknown ): EditResult {
	if ( !serialisable( value ) ) {
		return { ok: false, message: `The value of "${ key }" cannot be written as JSON.` };
	}
	const found = locate( text, path, 'object' );
	if ( !found.ok ) {
		return found;
	}
	const childPath = appendKey( path, key );
	if ( found.map.has( childPath ) ) {
		const replaced = replaceValue( text, childPath, value );
		if ( !replaced.ok ) {
			return replaced;
		}
		const keySpan = ( found.map.get( childPath ) as SourceEntry ).key;
		return keySpan ? { ...replaced, range: { start: keySpan.start.offset, end: replaced.range.end } } : replaced;
	}
	const container = describeContainer( text, found.map, found.entry );
	const name = JSON.stringify( key ) + found.style.colon;
	return insertMember( text, found.style, container, container.members.length, ( indent ) => name + ( indent === null ? inlineJson( value, container.spaced ) : blockJson( value, found.style, indent ) ) );
}
