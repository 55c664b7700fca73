/**
 * Places in a text, as the editor's cursor needs them. Pure.
 *
 * `offset` counts UTF-16 code units from the start of the text (as JavaScript
 * string indices, textarea selections and Ace's columns do); `line` and
 * `column` are 1-based, the column also in UTF-16 code units, so a character
 * outside the Basic Multilingual Plane (an emoji) is two columns wide. A line
 * ends at `\n`, `\r\n` or a lone `\r`, as in Ace and in the JSON grammar.
 */

/** A place in the text. */
export interface Position {
	/** 1-based line number. */
	readonly line: number;
	/** 1-based column, in UTF-16 code units. */
	readonly column: number;
	/** 0-based offset from the start of the text, in UTF-16 code units. */
	readonly offset: number;
}

/** A stretch of text: `start` is its first character, `end` just after its last. */
export interface Span {
	readonly start: Position;
	readonly end: Position;
}

const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;

/**
 * The line and column of `offset` in `text`, the offset clamped to the text.
 * An offset between the `\r` and `\n` of one line break is the start of the next line.
 *
 * @param text
 * @param offset
 */
export function positionAt( text: string, offset: number ): Position {
	const end = Math.max( 0, Math.min( offset, text.length ) );
	let line = 1;
	let lineStart = 0;
	for ( let i = 0; i < end; i++ ) {
		const c = text.charCodeAt( i );
		if ( c === CARRIAGE_RETURN && i + 1 < end && text.charCodeAt( i + 1 ) === LINE_FEED ) {
			i++;
		}
		if ( c === LINE_FEED || c === CARRIAGE_RETURN ) {
			line++;
			lineStart = i + 1;
		}
	}
	return { line, column: end - lineStart + 1, offset: end };
}

/**
 * The offset of 1-based `line` and `column` in `text`, clamped to the text
 * and to the end of that line (the inverse of `positionAt`).
 *
 * @param text
 * @param line
 * @param column
 */
export function offsetAt( text: string, line: number, column: number ): number {
	let offset = 0;
	for ( let l = 1; l < line; l++ ) {
		const lf = text.indexOf( '\n', offset );
		const cr = text.indexOf( '\r', offset );
		if ( lf === -1 && cr === -1 ) {
			return text.length;
		}
		if ( cr !== -1 && ( lf === -1 || cr < lf ) ) {
			offset = text.charCodeAt( cr + 1 ) === LINE_FEED ? cr + 2 : cr + 1;
		} else {
			offset = lf + 1;
		}
	}
	const lineEnd = text.slice( offset ).search( /[\r\n]|$/ );
	return offset + Math.max( 0, Math.min( column - 1, lineEnd ) );
}
