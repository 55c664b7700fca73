import * as fs from 'fs';
import * as path from 'path';
import type { DataProblem, ValidationResult } from '../../src/data/types';
import { diagnose, Diagnostic, locatePath, messageWithoutPath, sortDiagnostics } from '../../src/editor/diagnostics';
import { parseWithSourceMap, SourceMap } from '../../src/json/source-map';

const FIXTURES = path.join( __dirname, '..', 'fixtures' );
const SAMPLE = fs.readFileSync( path.join( FIXTURES, 'sample-page.json' ), 'utf8' );

function read( name: string ): string {
	return fs.readFileSync( path.join( FIXTURES, 'broken', name ), 'utf8' );
}

/** A validator stand-in that reports fixed problems. */
function reporting( problems: DataProblem[] ): ( raw: unknown ) => ValidationResult {
	return () => ( { data: null, problems } );
}

function mapOf( text: string ): SourceMap {
	const parsed = parseWithSourceMap( text );
	if ( !parsed.ok ) {
		throw new Error( parsed.error.message );
	}
	return parsed.map;
}

describe( 'syntax errors of broken pages', () => {
	it.each( [
		[ 'missing-comma.json', 'Expected \',\' or \'}\' after a property value', 6, 2 ],
		[ 'trailing-comma.json', 'Trailing comma: remove the \',\' before \']\'', 3, 16 ],
		[ 'unterminated-string.json', 'Unterminated string: the closing \'"\' is missing before the end of the line', 3, 11 ],
		[ 'unclosed.json', 'Unexpected end of the text: \'}\' is missing (the \'{\' on line 1 is never closed)', 3, 1 ],
		[ 'unquoted-key.json', 'Property names must be in double quotes', 2, 2 ],
		[ 'empty.json', 'The text is empty: expected a JSON value', 1, 1 ],
		[ 'bare-date.json', 'Expected \',\' or \'}\' after a property value (write dates and times in double quotes)', 2, 31 ],
		[ 'comment.json', 'Expected a property name in double quotes, found \'/\'', 2, 2 ]
	] )( '%s', ( file, message, line, column ) => {
		const text = read( file );
		const validate = jest.fn( reporting( [] ) );
		const report = diagnose( text, validate );
		expect( report.diagnostics ).toEqual( [ expect.objectContaining( { severity: 'error', message, line, column, path: null } ) ] );
		expect( report.value ).toBeUndefined();
		expect( report.validation ).toBeNull();
		// The validator never sees text that is not JSON.
		expect( validate ).not.toHaveBeenCalled();
		const d = report.diagnostics[ 0 ]!;
		expect( text.slice( 0, d.offset ).split( '\n' ).length ).toBe( d.line );
	} );
} );

describe( 'validator problems', () => {
	it( 'points at the value of the path, with line and column', () => {
		const report = diagnose( SAMPLE, reporting( [
			{ path: 'conversationHours.sessions[1].start', message: 'conversationHours.sessions[1].start: not a date', severity: 'error' }
		] ) );
		expect( report.diagnostics ).toEqual( [ {
			severity: 'error',
			message: 'conversationHours.sessions[1].start: not a date',
			path: 'conversationHours.sessions[1].start',
			at: 'conversationHours.sessions[1].start',
			line: 45,
			column: 14,
			offset: SAMPLE.indexOf( '"2025-05-15T15:00:00+02:00"' )
		} ] );
		expect( messageWithoutPath( report.diagnostics[ 0 ]! ) ).toBe( 'not a date' );
	} );

	it( 'points at the nearest written ancestor of a missing property', () => {
		const report = diagnose( SAMPLE, reporting( [
			{ path: 'subteams[1].responsibilities[0]', message: 'A subteam with no responsibilities', severity: 'warning' },
			{ path: 'conversationHours.sessions[0].title', message: 'Missing title', severity: 'warning' },
			{ path: '', message: 'Whole page', severity: 'error' },
			{ path: '%%% not a path', message: 'Odd path', severity: 'error' }
		] ) );
		const byMessage = ( m: string ): Diagnostic => report.diagnostics.find( ( d ) => d.message === m ) as Diagnostic;
		expect( byMessage( 'A subteam with no responsibilities' ) ).toMatchObject( {
			at: 'subteams[1].responsibilities', line: 29, column: 24
		} );
		expect( byMessage( 'Missing title' ) ).toMatchObject( { at: 'conversationHours.sessions[0]', line: 37, column: 4 } );
		expect( byMessage( 'Whole page' ) ).toMatchObject( { at: '', line: 1, column: 1, offset: 0 } );
		expect( byMessage( 'Odd path' ) ).toMatchObject( { at: '', line: 1, column: 1 } );
	} );

	it( 'sorts by position, errors first at the same place, and adds repeated-name warnings', () => {
		const text = '{\n\t"a": 1,\n\t"b": "x",\n\t"a": 2\n}';
		const report = diagnose( text, reporting( [
			{ path: 'b', message: 'b is odd', severity: 'warning' },
			{ path: 'b', message: 'b is wrong', severity: 'error' },
			{ path: 'c', message: 'c is missing', severity: 'error' }
		] ) );
		expect( report.diagnostics.map( ( d ) => [ d.message, d.line ] ) ).toEqual( [
			[ 'c is missing', 1 ],
			[ 'b is wrong', 3 ],
			[ 'b is odd', 3 ],
			[ 'Duplicate property name "a": only its last value counts', 4 ]
		] );
		expect( report.value ).toEqual( { a: 2, b: 'x' } );
	} );

	it( 'passes the parsed value to the validator and keeps its result', () => {
		const validation: ValidationResult = { data: null, problems: [] };
		const validate = jest.fn( () => validation );
		const report = diagnose( SAMPLE, validate );
		expect( validate ).toHaveBeenCalledWith( JSON.parse( SAMPLE ) );
		expect( report.validation ).toBe( validation );
		expect( report.diagnostics ).toEqual( [] );
	} );

	it( 'reports a validator that throws instead of failing', () => {
		const report = diagnose( '{}', () => {
			throw new Error( 'boom' );
		} );
		expect( report.diagnostics ).toEqual( [ expect.objectContaining( {
			severity: 'error', message: 'The page could not be checked: boom', line: 1, column: 1
		} ) ] );
	} );

	it( 'checks syntax only without a validator', () => {
		expect( diagnose( SAMPLE ).diagnostics ).toEqual( [] );
		expect( diagnose( SAMPLE ).validation ).toBeNull();
	} );
} );

describe( 'helpers', () => {
	it( 'locatePath walks up to the root', () => {
		const map = mapOf( '{ "a": { "b": [ 1 ] } }' );
		expect( locatePath( map, 'a.b[0]' ) ).toMatchObject( { at: 'a.b[0]', position: { column: 17 } } );
		expect( locatePath( map, 'a.b[3].x' ) ).toMatchObject( { at: 'a.b' } );
		expect( locatePath( map, 'z' ) ).toMatchObject( { at: '' } );
		expect( locatePath( new Map(), 'z' ) ).toBeNull();
	} );

	it( 'sortDiagnostics is stable', () => {
		const d = ( message: string, offset: number ): Diagnostic => ( {
			severity: 'warning', message, path: null, at: null, line: 1, column: offset + 1, offset
		} );
		expect( sortDiagnostics( [ d( 'x', 5 ), d( 'y', 1 ), d( 'z', 5 ) ] ).map( ( x ) => x.message ) ).toEqual( [ 'y', 'x', 'z' ] );
	} );
} );
