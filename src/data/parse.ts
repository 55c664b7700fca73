/**
 * Turns the data page's text into the domain model, or says exactly what is
 * wrong: a JSON syntax error with its line and column, or validation problems
 * with their JSON paths. Pure.
 */
import { positionAt } from '../json/position';
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
 * Where JSON.parse says the error is. Engines word it differently:
 * V8 "… at position 42 (line 3 column 7)", Firefox "… at line 3 column 7 of
 * the JSON data", Safari gives no position.
 *
 * @param text
 * @param message
 */
function locateSyntaxError( text: string, message: string ): { line: number; column: number } {
	// The offset first: the engine's own line count may differ from the editor's on `\r`.
	const position = /at position (\d+)/.exec( message );
	if ( position ) {
		const { line, column } = positionAt( text, Number( position[ 1 ] ) );
		return { line, column };
	}
	const lineColumn = /line (\d+) column (\d+)/.exec( message );
	if ( lineColumn ) {
		return { line: Number( lineColumn[ 1 ] ), column: Number( lineColumn[ 2 ] ) };
	}
	if ( /end of (JSON )?(input|data)/i.test( message ) ) {
		const { line, column } = positionAt( text, text.length );
		return { line, column };
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
