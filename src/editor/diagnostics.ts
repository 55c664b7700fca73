/**
 * Turns what is wrong with a data page — a JSON syntax error, repeated
 * property names, the validator's problems — into diagnostics that point at a
 * line and column of the text, sorted by position. Pure.
 *
 * The validator is a parameter, so this module works (syntax only) without it.
 */
import type { DataProblem, ValidationResult } from '../data/types';
import { pathAndAncestors } from '../json/path';
import { Position } from '../json/position';
import { JsonSyntaxError, parseWithSourceMap, SourceMap } from '../json/source-map';

/** Checks a parsed data page, e.g. `validateTeamData`. */
export type Validate = ( raw: unknown ) => ValidationResult;

/**
 * More checks of a parsed data page (the editor's own, see editor-checks.ts);
 * `validation` is `null` when no validator was given.
 */
export type ExtraChecks = ( raw: unknown, map: SourceMap, validation: ValidationResult | null ) => readonly DataProblem[];

export type Severity = 'error' | 'warning';

/** One problem, with the place in the text to show it at. */
export interface Diagnostic {
	readonly severity: Severity;
	/** Plain-language description. */
	readonly message: string;
	/** The JSON path the problem is about; `null` for a syntax error. */
	readonly path: string | null;
	/**
	 * The written path the position belongs to: `path` itself, or its nearest
	 * ancestor when `path` is not in the text (e.g. a missing property).
	 */
	readonly at: string | null;
	/** 1-based line and column, 0-based offset (UTF-16 code units). */
	readonly line: number;
	readonly column: number;
	readonly offset: number;
}

/** Everything the editor needs after checking the text once. */
export interface DiagnosticsReport {
	/** Sorted by position; errors before warnings at the same place. */
	readonly diagnostics: readonly Diagnostic[];
	/** The parsed page, `undefined` when the text is not JSON. */
	readonly value: unknown;
	readonly map: SourceMap | null;
	/** The validator's result; `null` when the text is not JSON or no validator was given. */
	readonly validation: ValidationResult | null;
}

/** A diagnostic for a JSON syntax error. */
function syntaxDiagnostic( error: JsonSyntaxError ): Diagnostic {
	return {
		severity: 'error',
		message: error.message,
		path: null,
		at: null,
		line: error.line,
		column: error.column,
		offset: error.offset
	};
}

/**
 * Where to point for `path`: the start of its value, or of its nearest
 * ancestor that is written in the text; `null` only for an empty map.
 */
export function locatePath( map: SourceMap, path: string ): { at: string; position: Position } | null {
	for ( const candidate of pathAndAncestors( path ) ) {
		const entry = map.get( candidate );
		if ( entry ) {
			return { at: candidate, position: entry.value.start };
		}
	}
	return null;
}

/** Diagnostics for the validator's problems, placed with the source map. */
function problemDiagnostics( problems: readonly DataProblem[], map: SourceMap ): Diagnostic[] {
	const result: Diagnostic[] = [];
	for ( const problem of problems ) {
		const found = locatePath( map, problem.path );
		const position = found ? found.position : { line: 1, column: 1, offset: 0 };
		result.push( {
			severity: problem.severity,
			message: problem.message,
			path: problem.path,
			at: found ? found.at : null,
			line: position.line,
			column: position.column,
			offset: position.offset
		} );
	}
	return result;
}

/** Sorted by offset; at the same offset errors first; otherwise in the given order. */
export function sortDiagnostics( diagnostics: readonly Diagnostic[] ): Diagnostic[] {
	return diagnostics
		.map( ( d, i ) => ( { d, i } ) )
		.sort( ( a, b ) => ( a.d.offset - b.d.offset ) ||
			( ( a.d.severity === 'error' ? 0 : 1 ) - ( b.d.severity === 'error' ? 0 : 1 ) ) ||
			( a.i - b.i ) )
		.map( ( x ) => x.d );
}

/**
 * Checks the text of a data page.
 *
 * @param text The edit box's content
 * @param validate The data page validator; omitted: check JSON syntax only
 * @param extra Further checks, run after the validator
 */
export function diagnose( text: string, validate?: Validate, extra?: ExtraChecks ): DiagnosticsReport {
	const parsed = parseWithSourceMap( text );
	if ( !parsed.ok ) {
		return { diagnostics: [ syntaxDiagnostic( parsed.error ) ], value: undefined, map: null, validation: null };
	}
	const diagnostics: Diagnostic[] = parsed.warnings.map( ( w ) => ( {
		severity: 'warning' as const,
		message: w.message,
		path: w.path,
		at: w.path,
		line: w.line,
		column: w.column,
		offset: w.offset
	} ) );
	let validation: ValidationResult | null = null;
	if ( validate ) {
		try {
			validation = validate( parsed.value );
			diagnostics.push( ...problemDiagnostics( validation.problems, parsed.map ) );
		} catch ( e ) {
			const root = parsed.map.get( '' );
			const start = root ? root.value.start : { line: 1, column: 1, offset: 0 };
			diagnostics.push( {
				severity: 'error',
				message: 'The page could not be checked: ' + ( e instanceof Error ? e.message : String( e ) ),
				path: '',
				at: '',
				line: start.line,
				column: start.column,
				offset: start.offset
			} );
		}
	}
	if ( extra ) {
		diagnostics.push( ...problemDiagnostics( extra( parsed.value, parsed.map, validation ), parsed.map ) );
	}
	return { diagnostics: sortDiagnostics( diagnostics ), value: parsed.value, map: parsed.map, validation };
}

/**
 * The message without a leading copy of its path (validators often write
 * `path: message`), for showing the path separately.
 */
export function messageWithoutPath( diagnostic: Diagnostic ): string {
	const { path, message } = diagnostic;
	if ( path && message.startsWith( path + ': ' ) ) {
		return message.slice( path.length + 2 );
	}
	return message;
}
