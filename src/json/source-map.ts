/**
 * Parses JSON text into its value and a source map: where in the text each
 * value (and each property name) is, keyed by JSON path (see `path.ts`).
 * Accepts exactly what `JSON.parse` accepts and gives the same value; on a
 * syntax error it says, in plain language, what is wrong and where. Pure.
 *
 * Positions are those of `position.ts` (UTF-16 offsets, 1-based lines and
 * columns). The tokens are read by `scanner.ts`; this module keeps the
 * structure. The parser is iterative, so deeply nested text cannot overflow
 * the stack.
 */
import { appendIndex, appendKey } from './path';
import { Position, positionAt, Span } from './position';
import { isDigit, JsonScanner, JsonSyntaxFailure } from './scanner';

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

interface MutableEntry {
	key?: Span;
	value: { start: Position; end: Position };
	children?: string[];
}

/** An object or array being read. */
interface Frame {
	readonly isArray: boolean;
	readonly container: Record<string, unknown> | unknown[];
	readonly path: string;
	readonly entry: MutableEntry;
	readonly children: string[];
	/** Offset of the opening bracket (for "never closed" messages). */
	readonly open: number;
	/** Object frames: the property being read and where its name is. */
	key: string;
	keySpan: Span | undefined;
	/** Array frames: index of the element being read. */
	index: number;
}

const COLON = 58;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const QUOTE = 34;
const MINUS = 45;

const hasOwn = Object.prototype.hasOwnProperty;

/** The structural half of the parser: containers, paths, the map. */
class SourceMapParser {
	private readonly scanner: JsonScanner;

	private readonly map = new Map<string, SourceEntry>();

	private readonly warnings: JsonWarning[] = [];

	private readonly stack: Frame[] = [];

	private root: unknown;

	/** The path of the value about to be read, and its property name's span. */
	private path = '';

	private keySpan: Span | undefined;

	constructor( private readonly text: string ) {
		this.scanner = new JsonScanner( text );
	}

	parse(): JsonParseResult {
		const scanner = this.scanner;
		scanner.skipWhitespace();
		if ( scanner.atEnd ) {
			scanner.fail( 'The text is empty: expected a JSON value' );
		}
		for ( ;; ) {
			// Read one value at `pos` (whitespace already skipped); an opened
			// container's first member comes next.
			if ( this.readValue() && this.finishValues() ) {
				return { ok: true, value: this.root, map: this.map, warnings: this.warnings };
			}
		}
	}

	/** Reads the value at `pos`; true when it is complete (not an opened, non-empty container). */
	private readValue(): boolean {
		const scanner = this.scanner;
		const start = scanner.here();
		const c = scanner.peek();
		if ( c === OPEN_BRACE || c === OPEN_BRACKET ) {
			return this.openContainer( start, c === OPEN_BRACKET );
		}
		let value: unknown;
		if ( c === QUOTE ) {
			value = scanner.readString();
		} else if ( c === MINUS || isDigit( c ) ) {
			value = scanner.readNumber();
		} else {
			value = scanner.readLiteral();
			if ( value === undefined ) {
				scanner.failNoValue();
			}
		}
		this.place( { value: { start, end: scanner.here() } }, value );
		return true;
	}

	/** Records a value read at `this.path` in the map and in its parent. */
	private place( entry: MutableEntry, value: unknown ): void {
		if ( this.keySpan ) {
			entry.key = this.keySpan;
		}
		const parent = this.stack[ this.stack.length - 1 ];
		if ( parent ) {
			this.attach( parent, this.path, value );
		} else {
			this.root = value;
		}
		this.map.set( this.path, entry );
	}

	/** At `{` or `[`: an empty container is complete (true); otherwise it is pushed and its first member is next. */
	private openContainer( start: Position, isArray: boolean ): boolean {
		const scanner = this.scanner;
		const container: Record<string, unknown> | unknown[] = isArray ? [] : {};
		const children: string[] = [];
		const entry: MutableEntry = { value: { start, end: start }, children };
		const frame: Frame = {
			isArray, container, path: this.path, entry, children, open: scanner.pos,
			key: '', keySpan: undefined, index: 0
		};
		this.place( entry, container );
		scanner.pos++;
		scanner.skipWhitespace();
		if ( scanner.peek() === ( isArray ? CLOSE_BRACKET : CLOSE_BRACE ) ) {
			scanner.pos++;
			entry.value.end = scanner.here();
			return true;
		}
		this.stack.push( frame );
		this.nextMember( frame );
		return false;
	}

	/** Sets the path (and name span) of the frame's next member, reading its name in an object. */
	private nextMember( frame: Frame ): void {
		if ( frame.isArray ) {
			this.path = appendIndex( frame.path, frame.index );
			this.keySpan = undefined;
		} else {
			this.readKey( frame );
			this.path = appendKey( frame.path, frame.key );
			this.keySpan = frame.keySpan;
		}
	}

	/**
	 * After a complete value: closes the containers it completes, up to a `,`
	 * (then the next member is set up: false) or the end of the text (true).
	 */
	private finishValues(): boolean {
		const scanner = this.scanner;
		for ( ;; ) {
			scanner.skipWhitespace();
			const frame = this.stack[ this.stack.length - 1 ];
			if ( !frame ) {
				if ( !scanner.atEnd ) {
					scanner.fail( 'Unexpected text after the end of the JSON value: ' + scanner.describeChar() );
				}
				return true;
			}
			if ( scanner.atComma() ) {
				this.skipComma();
				if ( frame.isArray ) {
					frame.index++;
				}
				this.nextMember( frame );
				return false;
			}
			if ( scanner.peek() !== ( frame.isArray ? CLOSE_BRACKET : CLOSE_BRACE ) ) {
				this.failAfterMember( frame );
			}
			scanner.pos++;
			frame.entry.value.end = scanner.here();
			this.stack.pop();
		}
	}

	private skipComma(): void {
		const scanner = this.scanner;
		const comma = scanner.pos;
		scanner.pos++;
		scanner.skipWhitespace();
		const after = scanner.peek();
		if ( after === CLOSE_BRACKET || after === CLOSE_BRACE ) {
			scanner.fail( 'Trailing comma: remove the \',\' before \'' + this.text.charAt( scanner.pos ) + '\'', comma );
		}
	}

	/** Neither `,` nor the closing bracket after a member. */
	private failAfterMember( frame: Frame ): never {
		const scanner = this.scanner;
		if ( scanner.atEnd ) {
			const opened = positionAt( this.text, frame.open );
			scanner.fail( 'Unexpected end of the text: \'' + ( frame.isArray ? ']' : '}' ) + '\' is missing (the \'' +
				this.text.charAt( frame.open ) + '\' on line ' + opened.line + ' is never closed)' );
		}
		const next = scanner.peek();
		// `"start": 2025-02-13T15:00Z`
		const hint = ( next === MINUS || next === COLON ) && isDigit( scanner.peek( -1 ) ) ?
			' (write dates and times in double quotes)' : '';
		return scanner.fail( ( frame.isArray ?
			'Expected \',\' or \']\' after an array element' :
			'Expected \',\' or \'}\' after a property value' ) + hint );
	}

	/** In an object, after `{` or `,` and whitespace: reads `"name"`, `:` and whitespace. */
	private readKey( frame: Frame ): void {
		const scanner = this.scanner;
		if ( scanner.peek() !== QUOTE ) {
			scanner.failNoKey();
		}
		const start = scanner.here();
		frame.key = scanner.readString();
		frame.keySpan = { start, end: scanner.here() };
		scanner.skipWhitespace();
		if ( scanner.peek() !== COLON ) {
			scanner.fail( scanner.atEnd ?
				'Unexpected end of the text: expected \':\' after the property name' :
				'Expected \':\' after the property name' );
		}
		scanner.pos++;
		scanner.skipWhitespace();
	}

	private attach( frame: Frame, path: string, value: unknown ): void {
		if ( frame.isArray ) {
			( frame.container as unknown[] ).push( value );
			frame.children.push( path );
			return;
		}
		const object = frame.container as Record<string, unknown>;
		const key = frame.key;
		if ( hasOwn.call( object, key ) ) {
			this.warnDuplicate( path, key, frame.keySpan );
		} else {
			frame.children.push( path );
		}
		if ( key === '__proto__' ) {
			Object.defineProperty( object, key, { value, writable: true, enumerable: true, configurable: true } );
		} else {
			object[ key ] = value;
		}
	}

	/** A property written twice: warn, and forget where the overridden value's members were. */
	private warnDuplicate( path: string, key: string, keySpan: Span | undefined ): void {
		const at = keySpan ? keySpan.start : this.scanner.here();
		this.warnings.push( {
			message: 'Duplicate property name "' + key + '": only its last value counts',
			path,
			line: at.line,
			column: at.column,
			offset: at.offset
		} );
		for ( const p of Array.from( this.map.keys() ) ) {
			if ( p.length > path.length && p.startsWith( path ) &&
				( p.charAt( path.length ) === '.' || p.charAt( path.length ) === '[' ) ) {
				this.map.delete( p );
			}
		}
	}
}

/**
 * Parses `text` as JSON, keeping where every value is written.
 *
 * @param text
 * @return On success the value (equal to `JSON.parse( text )`), the source map
 *  and warnings (repeated property names); otherwise the first syntax error.
 */
export function parseWithSourceMap( text: string ): JsonParseResult {
	try {
		return new SourceMapParser( text ).parse();
	} catch ( e ) {
		if ( e instanceof JsonSyntaxFailure ) {
			const at = positionAt( text, e.offset );
			return { ok: false, error: { message: e.message, line: at.line, column: at.column, offset: at.offset } };
		}
		throw e;
	}
}
