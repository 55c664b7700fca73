/**
 * Parses JSON text into its value and a source map: where in the text each
 * value (and each property name) is, keyed by JSON path (see `path.ts`).
 * Accepts exactly what `JSON.parse` accepts and gives the same value; on a
 * syntax error it says, in plain language, what is wrong and where. Pure.
 *
 * Positions: `offset` counts UTF-16 code units from the start of the text (as
 * JavaScript string indices and textarea selections do); `line` and `column`
 * are 1-based, the column also in UTF-16 code units. A line ends at `\n`,
 * `\r\n` or a lone `\r`.
 *
 * The parser is iterative, so deeply nested text cannot overflow the stack.
 */
import { appendIndex, appendKey } from './path';

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

/** Where one value of the document is written. */
export interface SourceEntry {
	/** The property name including its quotes; absent for array elements and the root. */
	readonly key?: Span;
	/** The value, from its first character (`{`, `[`, `"`, digit…) to just after its last. */
	readonly value: Span;
	/**
	 * For objects and arrays: the paths of the members in the order they are
	 * written (a repeated property name is listed once, where it first appears).
	 */
	readonly children?: readonly string[];
}

/** JSON path → where that value is written. */
export type SourceMap = ReadonlyMap<string, SourceEntry>;

/** Something valid but probably unintended (a property name written twice). */
export interface JsonWarning {
	readonly message: string;
	readonly path: string;
	readonly line: number;
	readonly column: number;
	readonly offset: number;
}

/** Why the text is not JSON, and where. */
export interface JsonSyntaxError {
	readonly message: string;
	readonly line: number;
	readonly column: number;
	readonly offset: number;
}

export type JsonParseResult =
	| {
		readonly ok: true;
		readonly value: unknown;
		readonly map: SourceMap;
		readonly warnings: readonly JsonWarning[];
	}
	| { readonly ok: false; readonly error: JsonSyntaxError };

/** The line and column of `offset` in `text` (counted from the start). */
export function positionAt( text: string, offset: number ): Position {
	const end = Math.max( 0, Math.min( offset, text.length ) );
	let line = 1;
	let lineStart = 0;
	for ( let i = 0; i < end; i++ ) {
		const c = text.charCodeAt( i );
		if ( c === 10 ) {
			line++;
			lineStart = i + 1;
		} else if ( c === 13 ) {
			if ( text.charCodeAt( i + 1 ) === 10 && i + 1 < end ) {
				i++;
			}
			line++;
			lineStart = i + 1;
		}
	}
	return { line, column: end - lineStart + 1, offset: end };
}

/**
 * The offset of 1-based `line` and `column` in `text`, clamped to the text
 * and to the end of that line (the inverse of `positionAt`).
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
			offset = text.charCodeAt( cr + 1 ) === 10 ? cr + 2 : cr + 1;
		} else {
			offset = lf + 1;
		}
	}
	const rest = /^[^\r\n]*/.exec( text.slice( offset ) )![ 0 ];
	return offset + Math.max( 0, Math.min( column - 1, rest.length ) );
}

/** Thrown inside the parser only; turned into `{ ok: false }`. */
class SyntaxProblem {
	constructor( readonly message: string, readonly offset: number ) {}
}

interface MutableEntry {
	key?: Span;
	value: { start: Position; end: Position };
	children?: string[];
}

interface Frame {
	readonly isArray: boolean;
	readonly container: Record<string, unknown> | unknown[];
	readonly path: string;
	readonly entry: MutableEntry;
	readonly children: string[];
	/** Offset of the opening bracket (for "never closed" messages). */
	readonly open: number;
	/** Object frames: the property being read. */
	key: string;
	keyPath: string;
	keySpan: Span | undefined;
	/** Array frames: index of the element being read. */
	index: number;
}

const hasOwn = Object.prototype.hasOwnProperty;

function describeChar( text: string, offset: number ): string {
	const code = text.charCodeAt( offset );
	if ( code < 0x20 || ( code >= 0x7f && code <= 0xa0 ) || code === 0xfeff || ( code >= 0xd800 && code <= 0xdfff ) ) {
		return 'U+' + ( '000' + code.toString( 16 ).toUpperCase() ).slice( -4 );
	}
	return '\'' + text.charAt( offset ) + '\'';
}

const CONTROL_NAMES: Record<number, string> = {
	8: 'a backspace, write it as \\b',
	9: 'a tab, write it as \\t',
	10: 'a line break, write it as \\n',
	12: 'a form feed, write it as \\f',
	13: 'a carriage return, write it as \\r'
};

function isDigit( c: number ): boolean {
	return c >= 48 && c <= 57;
}

function isWordStart( c: number ): boolean {
	return ( c >= 65 && c <= 90 ) || ( c >= 97 && c <= 122 ) || c === 95 || c === 36;
}

function isWordPart( c: number ): boolean {
	return isWordStart( c ) || isDigit( c );
}

function hexValue( c: number ): number {
	if ( c >= 48 && c <= 57 ) {
		return c - 48;
	}
	if ( c >= 65 && c <= 70 ) {
		return c - 55;
	}
	if ( c >= 97 && c <= 102 ) {
		return c - 87;
	}
	return -1;
}

/**
 * Parses `text` as JSON, keeping where every value is written.
 *
 * @return On success the value (equal to `JSON.parse( text )`), the source map
 *  and warnings (repeated property names); otherwise the first syntax error.
 */
export function parseWithSourceMap( text: string ): JsonParseResult {
	const length = text.length;
	const map = new Map<string, SourceEntry>();
	const warnings: JsonWarning[] = [];
	let pos = 0;
	let line = 1;
	let lineStart = 0;

	function here(): Position {
		return { line, column: pos - lineStart + 1, offset: pos };
	}

	function fail( message: string, offset: number = pos ): never {
		throw new SyntaxProblem( message, offset );
	}

	function skipWhitespace(): void {
		while ( pos < length ) {
			const c = text.charCodeAt( pos );
			if ( c === 32 || c === 9 ) {
				pos++;
			} else if ( c === 10 ) {
				pos++;
				line++;
				lineStart = pos;
			} else if ( c === 13 ) {
				pos++;
				if ( text.charCodeAt( pos ) === 10 ) {
					pos++;
				}
				line++;
				lineStart = pos;
			} else {
				return;
			}
		}
	}

	/** Reads a string starting at the opening quote at `pos`. */
	function readString(): string {
		const open = pos;
		let i = pos + 1;
		let chunkStart = i;
		let result = '';
		for ( ;; ) {
			if ( i >= length ) {
				fail( 'Unterminated string: the closing \'"\' is missing', open );
			}
			const c = text.charCodeAt( i );
			if ( c === 34 ) {
				result += text.slice( chunkStart, i );
				pos = i + 1;
				return result;
			}
			if ( c === 92 ) {
				result += text.slice( chunkStart, i );
				const e = text.charCodeAt( i + 1 );
				switch ( e ) {
					case 34:
						result += '"';
						break;
					case 92:
						result += '\\';
						break;
					case 47:
						result += '/';
						break;
					case 98:
						result += '\b';
						break;
					case 102:
						result += '\f';
						break;
					case 110:
						result += '\n';
						break;
					case 114:
						result += '\r';
						break;
					case 116:
						result += '\t';
						break;
					case 117: {
						let code = 0;
						for ( let k = 2; k < 6; k++ ) {
							const h = hexValue( text.charCodeAt( i + k ) );
							if ( h === -1 ) {
								fail( 'Invalid Unicode escape: \\u must be followed by four hexadecimal digits', i );
							}
							code = code * 16 + h;
						}
						result += String.fromCharCode( code );
						i += 4;
						break;
					}
					default:
						if ( i + 1 >= length ) {
							fail( 'Unterminated string: the closing \'"\' is missing', open );
						}
						fail( 'Invalid escape \'\\' + text.charAt( i + 1 ) + '\' in a string (write \\\\ for a backslash)', i );
				}
				i += 2;
				chunkStart = i;
				continue;
			}
			if ( c < 0x20 ) {
				if ( c === 10 || c === 13 ) {
					fail( 'Unterminated string: the closing \'"\' is missing before the end of the line', open );
				}
				fail( 'Control character ' + describeChar( text, i ) + ' in a string: ' +
					( CONTROL_NAMES[ c ] || 'write it as \\u' + ( '000' + c.toString( 16 ) ).slice( -4 ) ), i );
			}
			i++;
		}
	}

	function readNumber(): number {
		const start = pos;
		let i = pos;
		if ( text.charCodeAt( i ) === 45 ) {
			i++;
			if ( text.startsWith( 'Infinity', i ) ) {
				fail( '-Infinity is not allowed in JSON', start );
			}
		}
		const first = text.charCodeAt( i );
		if ( first === 48 ) {
			i++;
			if ( isDigit( text.charCodeAt( i ) ) ) {
				fail( 'Invalid number: a number cannot start with 0 followed by more digits', start );
			}
		} else if ( isDigit( first ) ) {
			while ( isDigit( text.charCodeAt( i ) ) ) {
				i++;
			}
		} else {
			fail( 'Invalid number: expected a digit after \'-\'', i );
		}
		if ( text.charCodeAt( i ) === 46 ) {
			i++;
			if ( !isDigit( text.charCodeAt( i ) ) ) {
				fail( 'Invalid number: expected a digit after the decimal point', i );
			}
			while ( isDigit( text.charCodeAt( i ) ) ) {
				i++;
			}
		}
		const e = text.charCodeAt( i );
		if ( e === 101 || e === 69 ) {
			i++;
			const sign = text.charCodeAt( i );
			if ( sign === 43 || sign === 45 ) {
				i++;
			}
			if ( !isDigit( text.charCodeAt( i ) ) ) {
				fail( 'Invalid number: expected a digit in the exponent', i );
			}
			while ( isDigit( text.charCodeAt( i ) ) ) {
				i++;
			}
		}
		pos = i;
		return Number( text.slice( start, i ) );
	}

	/** Explains a character that cannot start a value. */
	function failNoValue(): never {
		if ( pos >= length ) {
			fail( 'Unexpected end of the text: expected a value' );
		}
		const c = text.charCodeAt( pos );
		if ( isWordStart( c ) ) {
			let end = pos + 1;
			while ( end < length && isWordPart( text.charCodeAt( end ) ) ) {
				end++;
			}
			const word = text.slice( pos, end );
			const lower = word.toLowerCase();
			if ( lower === 'true' || lower === 'false' || lower === 'null' ) {
				fail( 'Unexpected \'' + word + '\': write ' + lower + ' in lower case' );
			}
			if ( word === 'NaN' || word === 'Infinity' || word === 'undefined' ) {
				fail( word + ' is not allowed in JSON' );
			}
			fail( 'Unexpected \'' + word + '\': text values must be in double quotes' );
		}
		switch ( c ) {
			case 39:
				fail( 'Strings must be in double quotes ("), not single quotes' );
				break;
			case 44:
				fail( 'Expected a value before \',\'' );
				break;
			case 93:
			case 125:
				fail( 'Expected a value before \'' + text.charAt( pos ) + '\'' );
				break;
			case 46:
				fail( 'Invalid number: write a digit before the decimal point (0.5, not .5)' );
				break;
			case 43:
				fail( 'Invalid number: a number cannot start with \'+\'' );
				break;
			case 47:
				if ( text.charCodeAt( pos + 1 ) === 47 || text.charCodeAt( pos + 1 ) === 42 ) {
					fail( 'Comments are not allowed in JSON' );
				}
				break;
			case 0xfeff:
				fail( 'Unexpected byte order mark (U+FEFF): remove it' );
				break;
		}
		fail( 'Unexpected character ' + describeChar( text, pos ) + ': expected a value' );
	}

	/** In an object, after `{` or `,` and whitespace: reads `"name"`, `:` and whitespace. */
	function readKey( frame: Frame ): void {
		if ( text.charCodeAt( pos ) !== 34 ) {
			if ( pos >= length ) {
				fail( 'Unexpected end of the text: expected a property name' );
			}
			const c = text.charCodeAt( pos );
			if ( isWordStart( c ) || c === 39 ) {
				fail( 'Property names must be in double quotes' );
			}
			fail( 'Expected a property name in double quotes, found ' + describeChar( text, pos ) );
		}
		const start = here();
		frame.key = readString();
		frame.keySpan = { start, end: here() };
		frame.keyPath = appendKey( frame.path, frame.key );
		skipWhitespace();
		if ( text.charCodeAt( pos ) !== 58 ) {
			if ( pos >= length ) {
				fail( 'Unexpected end of the text: expected \':\' after the property name' );
			}
			fail( 'Expected \':\' after the property name' );
		}
		pos++;
		skipWhitespace();
	}

	function attach( frame: Frame, path: string, value: unknown ): void {
		if ( frame.isArray ) {
			( frame.container as unknown[] ).push( value );
			frame.children.push( path );
			return;
		}
		const object = frame.container as Record<string, unknown>;
		const key = frame.key;
		if ( hasOwn.call( object, key ) ) {
			const at = ( frame.keySpan as Span ).start;
			warnings.push( {
				message: 'Duplicate property name "' + key + '": only its last value counts',
				path,
				line: at.line,
				column: at.column,
				offset: at.offset
			} );
			// Forget where the earlier, overridden value's members were.
			const prefix = path;
			for ( const p of Array.from( map.keys() ) ) {
				if ( p.length > prefix.length && p.startsWith( prefix ) &&
					( p.charAt( prefix.length ) === '.' || p.charAt( prefix.length ) === '[' ) ) {
					map.delete( p );
				}
			}
		} else {
			frame.children.push( path );
		}
		if ( key === '__proto__' ) {
			Object.defineProperty( object, key, { value, writable: true, enumerable: true, configurable: true } );
		} else {
			object[ key ] = value;
		}
	}

	function closerOf( frame: Frame ): string {
		return frame.isArray ? ']' : '}';
	}

	try {
		skipWhitespace();
		if ( pos >= length ) {
			fail( 'The text is empty: expected a JSON value' );
		}
		const stack: Frame[] = [];
		let root: unknown;
		// The path of the value about to be read, and its property name span.
		let path = '';
		let keySpan: Span | undefined;

		for ( ;; ) {
			// 1. Read one value at `pos` (whitespace already skipped).
			const start = here();
			const c = text.charCodeAt( pos );
			let value: unknown;
			let closed = true;
			if ( c === 123 || c === 91 ) {
				const isArray = c === 91;
				const container: Record<string, unknown> | unknown[] = isArray ? [] : {};
				const children: string[] = [];
				const entry: MutableEntry = { value: { start, end: start }, children };
				if ( keySpan ) {
					entry.key = keySpan;
				}
				const frame: Frame = {
					isArray, container, path, entry, children, open: pos,
					key: '', keyPath: '', keySpan: undefined, index: 0
				};
				if ( stack.length ) {
					attach( stack[ stack.length - 1 ], path, container );
				} else {
					root = container;
				}
				map.set( path, entry );
				pos++;
				skipWhitespace();
				if ( text.charCodeAt( pos ) === ( isArray ? 93 : 125 ) ) {
					pos++;
					entry.value.end = here();
				} else {
					stack.push( frame );
					if ( isArray ) {
						path = appendIndex( frame.path, 0 );
						keySpan = undefined;
					} else {
						readKey( frame );
						path = frame.keyPath;
						keySpan = frame.keySpan;
					}
					closed = false;
				}
				value = container;
			} else {
				if ( c === 34 ) {
					value = readString();
				} else if ( c === 45 || isDigit( c ) ) {
					value = readNumber();
				} else if ( text.startsWith( 'true', pos ) && !isWordPart( text.charCodeAt( pos + 4 ) ) ) {
					pos += 4;
					value = true;
				} else if ( text.startsWith( 'false', pos ) && !isWordPart( text.charCodeAt( pos + 5 ) ) ) {
					pos += 5;
					value = false;
				} else if ( text.startsWith( 'null', pos ) && !isWordPart( text.charCodeAt( pos + 4 ) ) ) {
					pos += 4;
					value = null;
				} else {
					failNoValue();
				}
				const entry: MutableEntry = { value: { start, end: here() } };
				if ( keySpan ) {
					entry.key = keySpan;
				}
				if ( stack.length ) {
					attach( stack[ stack.length - 1 ], path, value );
				} else {
					root = value;
				}
				map.set( path, entry );
			}
			if ( !closed ) {
				continue;
			}

			// 2. After a complete value: a separator, a closing bracket or the end.
			for ( ;; ) {
				skipWhitespace();
				if ( !stack.length ) {
					if ( pos < length ) {
						fail( 'Unexpected text after the end of the JSON value: ' + describeChar( text, pos ) );
					}
					return { ok: true, value: root, map, warnings };
				}
				const frame = stack[ stack.length - 1 ];
				const next = text.charCodeAt( pos );
				if ( next === 44 ) {
					const comma = pos;
					pos++;
					skipWhitespace();
					const after = text.charCodeAt( pos );
					if ( after === 93 || after === 125 ) {
						fail( 'Trailing comma: remove the \',\' before \'' + text.charAt( pos ) + '\'', comma );
					}
					if ( frame.isArray ) {
						frame.index++;
						path = appendIndex( frame.path, frame.index );
						keySpan = undefined;
					} else {
						readKey( frame );
						path = frame.keyPath;
						keySpan = frame.keySpan;
					}
					break;
				}
				if ( next === ( frame.isArray ? 93 : 125 ) ) {
					pos++;
					frame.entry.value.end = here();
					stack.pop();
					continue;
				}
				if ( pos >= length ) {
					const opened = positionAt( text, frame.open );
					fail( 'Unexpected end of the text: \'' + closerOf( frame ) + '\' is missing (the \'' +
						text.charAt( frame.open ) + '\' on line ' + opened.line + ' is never closed)' );
				}
				let hint = '';
				if ( ( next === 45 || next === 58 ) && isDigit( text.charCodeAt( pos - 1 ) ) ) {
					// `"start": 2025-02-13T15:00Z`
					hint = ' (write dates and times in double quotes)';
				}
				fail( ( frame.isArray ?
					'Expected \',\' or \']\' after an array element' :
					'Expected \',\' or \'}\' after a property value' ) + hint );
			}
		}
	} catch ( e ) {
		if ( e instanceof SyntaxProblem ) {
			const at = positionAt( text, e.offset );
			return { ok: false, error: { message: e.message, line: at.line, column: at.column, offset: at.offset } };
		}
		throw e;
	}
}
