/**
 * The lexical half of the JSON parser in `source-map.ts`: reads one token
 * (string, number, literal) at a time, skips whitespace while counting lines,
 * and explains in plain language what is wrong where a token cannot start.
 * Pure.
 */
import { Position } from './position';

/** Thrown by the scanner and the parser only; `parseWithSourceMap` turns it into `{ ok: false }`. */
export class JsonSyntaxFailure {
	constructor( readonly message: string, readonly offset: number ) {}
}

const TAB = 9;
const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;
const SPACE = 32;
const QUOTE = 34;
const PLUS = 43;
const COMMA = 44;
const MINUS = 45;
const DOT = 46;
const SLASH = 47;
const ZERO = 48;
const BACKSLASH = 92;
const CLOSE_BRACKET = 93;
const CLOSE_BRACE = 125;
const APOSTROPHE = 39;
const STAR = 42;
const BYTE_ORDER_MARK = 0xfeff;

/** `\x` escapes other than `\u`, by the code of `x`. */
const SIMPLE_ESCAPES: Readonly<Record<number, string>> = {
	34: '"', 92: '\\', 47: '/', 98: '\b', 102: '\f', 110: '\n', 114: '\r', 116: '\t'
};

const CONTROL_NAMES: Readonly<Record<number, string>> = {
	8: 'a backspace, write it as \\b',
	9: 'a tab, write it as \\t',
	10: 'a line break, write it as \\n',
	12: 'a form feed, write it as \\f',
	13: 'a carriage return, write it as \\r'
};

/** What a character that cannot start a value was probably meant to be. */
const NO_VALUE_HINTS: Readonly<Record<number, string>> = {
	39: 'Strings must be in double quotes ("), not single quotes',
	44: 'Expected a value before \',\'',
	46: 'Invalid number: write a digit before the decimal point (0.5, not .5)',
	43: 'Invalid number: a number cannot start with \'+\'',
	0xfeff: 'Unexpected byte order mark (U+FEFF): remove it'
};

const LITERALS: readonly [ string, boolean | null ][] = [ [ 'true', true ], [ 'false', false ], [ 'null', null ] ];

export function isDigit( c: number ): boolean {
	return c >= ZERO && c <= ZERO + 9;
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

export class JsonScanner {
	/** The offset of the next character to read. */
	pos = 0;

	private line = 1;

	private lineStart = 0;

	constructor( readonly text: string ) {}

	get atEnd(): boolean {
		return this.pos >= this.text.length;
	}

	/** The UTF-16 code at `pos` (NaN at the end). */
	peek( ahead = 0 ): number {
		return this.text.charCodeAt( this.pos + ahead );
	}

	here(): Position {
		return { line: this.line, column: this.pos - this.lineStart + 1, offset: this.pos };
	}

	fail( message: string, offset: number = this.pos ): never {
		throw new JsonSyntaxFailure( message, offset );
	}

	/** `'x'` for a printable character, `U+0009` for others. */
	describeChar( offset: number = this.pos ): string {
		const code = this.text.charCodeAt( offset );
		if ( code < 0x20 || ( code >= 0x7f && code <= 0xa0 ) || code === BYTE_ORDER_MARK || ( code >= 0xd800 && code <= 0xdfff ) ) {
			return 'U+' + ( '000' + code.toString( 16 ).toUpperCase() ).slice( -4 );
		}
		return '\'' + this.text.charAt( offset ) + '\'';
	}

	skipWhitespace(): void {
		while ( !this.atEnd ) {
			const c = this.peek();
			if ( c === SPACE || c === TAB ) {
				this.pos++;
			} else if ( c === LINE_FEED || c === CARRIAGE_RETURN ) {
				this.pos += c === CARRIAGE_RETURN && this.peek( 1 ) === LINE_FEED ? 2 : 1;
				this.line++;
				this.lineStart = this.pos;
			} else {
				return;
			}
		}
	}

	/** Reads a string starting at the opening quote at `pos`. */
	readString(): string {
		const open = this.pos;
		const text = this.text;
		let i = open + 1;
		let chunkStart = i;
		let result = '';
		for ( ;; ) {
			if ( i >= text.length ) {
				this.fail( 'Unterminated string: the closing \'"\' is missing', open );
			}
			const c = text.charCodeAt( i );
			if ( c === QUOTE ) {
				this.pos = i + 1;
				return result + text.slice( chunkStart, i );
			}
			if ( c === BACKSLASH ) {
				const escape = this.readEscape( i, open );
				result += text.slice( chunkStart, i ) + escape.value;
				i += escape.length;
				chunkStart = i;
			} else if ( c < 0x20 ) {
				if ( c === LINE_FEED || c === CARRIAGE_RETURN ) {
					this.fail( 'Unterminated string: the closing \'"\' is missing before the end of the line', open );
				}
				this.fail( 'Control character ' + this.describeChar( i ) + ' in a string: ' +
					( CONTROL_NAMES[ c ] || 'write it as \\u' + ( '000' + c.toString( 16 ) ).slice( -4 ) ), i );
			} else {
				i++;
			}
		}
	}

	/** The escape at `backslash` in the string opened at `open`: what it stands for and its length. */
	private readEscape( backslash: number, open: number ): { value: string; length: number } {
		const e = this.text.charCodeAt( backslash + 1 );
		const simple = SIMPLE_ESCAPES[ e ];
		if ( simple !== undefined ) {
			return { value: simple, length: 2 };
		}
		if ( e === 117 ) {
			let code = 0;
			for ( let k = 2; k < 6; k++ ) {
				const h = hexValue( this.text.charCodeAt( backslash + k ) );
				if ( h === -1 ) {
					this.fail( 'Invalid Unicode escape: \\u must be followed by four hexadecimal digits', backslash );
				}
				code = code * 16 + h;
			}
			return { value: String.fromCharCode( code ), length: 6 };
		}
		if ( backslash + 1 >= this.text.length ) {
			this.fail( 'Unterminated string: the closing \'"\' is missing', open );
		}
		return this.fail( 'Invalid escape \'\\' + this.text.charAt( backslash + 1 ) + '\' in a string (write \\\\ for a backslash)', backslash );
	}

	/** The end of the digits starting at `i`. */
	private skipDigits( i: number ): number {
		while ( isDigit( this.text.charCodeAt( i ) ) ) {
			i++;
		}
		return i;
	}

	/** Reads a number starting at `pos` (a digit or '-'). */
	readNumber(): number {
		const text = this.text;
		const start = this.pos;
		let i = start;
		if ( text.charCodeAt( i ) === MINUS ) {
			i++;
			if ( text.startsWith( 'Infinity', i ) ) {
				this.fail( '-Infinity is not allowed in JSON', start );
			}
		}
		const first = text.charCodeAt( i );
		if ( first === ZERO ) {
			i++;
			if ( isDigit( text.charCodeAt( i ) ) ) {
				this.fail( 'Invalid number: a number cannot start with 0 followed by more digits', start );
			}
		} else if ( isDigit( first ) ) {
			i = this.skipDigits( i );
		} else {
			this.fail( 'Invalid number: expected a digit after \'-\'', i );
		}
		if ( text.charCodeAt( i ) === DOT ) {
			i++;
			if ( !isDigit( text.charCodeAt( i ) ) ) {
				this.fail( 'Invalid number: expected a digit after the decimal point', i );
			}
			i = this.skipDigits( i );
		}
		const e = text.charCodeAt( i );
		if ( e === 101 || e === 69 ) {
			i++;
			const sign = text.charCodeAt( i );
			if ( sign === PLUS || sign === MINUS ) {
				i++;
			}
			if ( !isDigit( text.charCodeAt( i ) ) ) {
				this.fail( 'Invalid number: expected a digit in the exponent', i );
			}
			i = this.skipDigits( i );
		}
		this.pos = i;
		return Number( text.slice( start, i ) );
	}

	/** Reads `true`, `false` or `null` at `pos`; `undefined` (nothing read) when there is none. */
	readLiteral(): boolean | null | undefined {
		for ( const [ word, value ] of LITERALS ) {
			if ( this.text.startsWith( word, this.pos ) && !isWordPart( this.peek( word.length ) ) ) {
				this.pos += word.length;
				return value;
			}
		}
		return undefined;
	}

	/** Explains why no value can start at `pos`. */
	failNoValue(): never {
		if ( this.atEnd ) {
			this.fail( 'Unexpected end of the text: expected a value' );
		}
		const c = this.peek();
		if ( isWordStart( c ) ) {
			this.failOnWord();
		}
		const hint = NO_VALUE_HINTS[ c ];
		if ( hint ) {
			this.fail( hint );
		}
		if ( c === CLOSE_BRACKET || c === CLOSE_BRACE ) {
			this.fail( 'Expected a value before \'' + this.text.charAt( this.pos ) + '\'' );
		}
		if ( c === SLASH && ( this.peek( 1 ) === SLASH || this.peek( 1 ) === STAR ) ) {
			this.fail( 'Comments are not allowed in JSON' );
		}
		return this.fail( 'Unexpected character ' + this.describeChar() + ': expected a value' );
	}

	/** A bare word where a value should be: `True`, `NaN`, `undefined`, `text`. */
	private failOnWord(): never {
		let end = this.pos + 1;
		while ( end < this.text.length && isWordPart( this.text.charCodeAt( end ) ) ) {
			end++;
		}
		const word = this.text.slice( this.pos, end );
		const lower = word.toLowerCase();
		if ( lower === 'true' || lower === 'false' || lower === 'null' ) {
			this.fail( 'Unexpected \'' + word + '\': write ' + lower + ' in lower case' );
		}
		if ( word === 'NaN' || word === 'Infinity' || word === 'undefined' ) {
			this.fail( word + ' is not allowed in JSON' );
		}
		return this.fail( 'Unexpected \'' + word + '\': text values must be in double quotes' );
	}

	/** In an object, at a property name: anything but `"` is explained. */
	failNoKey(): never {
		if ( this.atEnd ) {
			this.fail( 'Unexpected end of the text: expected a property name' );
		}
		const c = this.peek();
		if ( isWordStart( c ) || c === APOSTROPHE ) {
			this.fail( 'Property names must be in double quotes' );
		}
		return this.fail( 'Expected a property name in double quotes, found ' + this.describeChar() );
	}

	/** True at a `,` (and not at the end). */
	atComma(): boolean {
		return this.peek() === COMMA;
	}
}
