/**
 * Turns the data page's text into the domain model, or says exactly what is
 * wrong: a JSON syntax error with its line and column, or validation problems
 * with their JSON paths. Pure.
 */
import { validateTeamData } from './validate';
import { ValidationResult } from './types';

export interface SyntaxProblem {
	readonly message: string;
	/** 1-based; 0 when the engine did not say. */
	readonly line: number;
	readonly column: number;
}

export type ParsedDataPage =
	| { readonly ok: true; readonly result: ValidationResult }
	| { readonly ok: false; readonly syntax: SyntaxProblem };

/**
 * Line and column (1-based) of a character offset.
 *
 * @param text
 * @param offset
 */
export function lineColumnAt( text: string, offset: number ): { line: number; column: number } {
	const before = text.slice( 0, Math.max( 0, Math.min( offset, text.length ) ) );
	const lines = before.split( '\n' );
	return { line: lines.length, column: lines[ lines.length - 1 ].length + 1 };
}

/**
 * Where JSON.parse says the error is. Engines word it differently:
 * V8 "… at position 42 (line 3 column 7)", Firefox "… at line 3 column 7 of
 * the JSON data", Safari gives no position.
 *
 * @param text
 * @param message
 */
function locateSyntaxError( text: string, message: string ): { line: number; column: number } {
	const lineColumn = /line (\d+) column (\d+)/.exec( message );
	if ( lineColumn ) {
		return { line: Number( lineColumn[ 1 ] ), column: Number( lineColumn[ 2 ] ) };
	}
	const position = /at position (\d+)/.exec( message );
	if ( position ) {
		return lineColumnAt( text, Number( position[ 1 ] ) );
	}
	if ( /end of (JSON )?(input|data)/i.test( message ) ) {
		return lineColumnAt( text, text.length );
	}
	return { line: 0, column: 0 };
}

export function parseDataPage( text: string ): ParsedDataPage {
	let raw: unknown;
	try {
		raw = JSON.parse( text );
	} catch ( e ) {
		const message = ( e as Error ).message
			.replace( /^JSON\.parse: /, '' )
			.replace( / in JSON at position \d+.*$/, '' )
			.replace( / at line \d+ column \d+ of the JSON data$/, '' );
		return { ok: false, syntax: { message, ...locateSyntaxError( text, ( e as Error ).message ) } };
	}
	return { ok: true, result: validateTeamData( raw ) };
}
