import * as fs from 'fs';
import * as path from 'path';
import { positionAt } from '../../src/json/position';
import { parseWithSourceMap, SourceMap } from '../../src/json/source-map';

const SAMPLE = fs.readFileSync( path.join( __dirname, '..', 'fixtures', 'sample-page.json' ), 'utf8' );

function jsonParseOk( text: string ): boolean {
	try {
		JSON.parse( text );
		return true;
	} catch {
		return false;
	}
}

/** Texts JSON.parse accepts or rejects, some of them awkward. */
const CORPUS: string[] = [
	'', ' ', '\n', '0', '-0', '1', '-1', '01', '-01', '1.', '.5', '1.5', '1e5', '1E+5', '1e-5', '1e', '1e+',
	'+1', '-', '--1', '0x10', '1.5e3.2', '123456789012345678901234567890', '1e400', '-1e-400',
	'true', 'false', 'null', 'True', 'NULL', 'nul', 'truex', 'true false', 'NaN', 'Infinity', '-Infinity', 'undefined',
	'""', '"a"', '"\\"\\\\\\/\\b\\f\\n\\r\\t"', '"\\u00e9\\u00E9"', '"\\ud83d\\ude00"', '"\\ud83d"', '"\\u12"', '"\\u12G4"',
	'"\\x41"', '"\\\'"', '"a\tb"', '"a\nb"', '"a\u0000b"', '"a\u007fb"', '"é😀"', '"\ud800"', '"', '"abc', '"abc\\',
	'\'a\'', '[]', '[ ]', '[1]', '[1,]', '[,1]', '[1,,2]', '[1 2]', '[', ']', '[[[]]]', '[[[]]', '[1]]',
	'{}', '{ }', '{"a":1}', '{"a":1,}', '{,"a":1}', '{"a" 1}', '{"a":}', '{a:1}', '{\'a\':1}', '{"a":1 "b":2}',
	'{"a":1,"a":2}', '{"a":{"b":1},"a":{"c":2}}', '{"__proto__":{"x":1}}', '{"constructor":1,"toString":2}',
	'{"":1}', '{"a b":1,"1":2,"0":3}', '{"a":1}}', '{"a":1', '{"a"', '{"a":', '{"a":[1,{"b":null}]}',
	'\ufeff{}', '{}\ufeff', '\u00a0{}', '\u2028{}', '{} ', ' \t\r\n{}\r\n', '{}x', '{} {}', '//c\n{}', '/*c*/{}', '{}//',
	'[1]\r', '\r\n[\r\n1\r\n]', '{"a":[1,2,3],"b":{"c":[{"d":"e"}]}}', '[true,false,null,-0.0e-0]',
	'["\u2028\u2029"]', '[1e1000]', '[-]', '[- 1]', '[00]', '[0.]', '[.0]', '["a"\n"b"]',
	SAMPLE
];

describe( 'parseWithSourceMap agrees with JSON.parse', () => {
	it.each( CORPUS.map( ( t ) => [ JSON.stringify( t.slice( 0, 40 ) ), t ] ) )( '%s', ( _label, text ) => {
		const result = parseWithSourceMap( text );
		expect( result.ok ).toBe( jsonParseOk( text ) );
		if ( result.ok ) {
			expect( result.value ).toStrictEqual( JSON.parse( text ) );
		}
	} );

	it( 'keeps __proto__ as an own property, like JSON.parse', () => {
		const result = parseWithSourceMap( '{"__proto__":{"polluted":1}}' );
		expect( result.ok ).toBe( true );
		if ( result.ok ) {
			const value = result.value as Record<string, unknown>;
			expect( Object.getPrototypeOf( value ) ).toBe( Object.prototype );
			expect( Object.keys( value ) ).toEqual( [ '__proto__' ] );
			expect( ( {} as Record<string, unknown> ).polluted ).toBeUndefined();
		}
	} );

	it( 'handles deep nesting without overflowing the stack', () => {
		const depth = 100000;
		const text = '['.repeat( depth ) + ']'.repeat( depth );
		const result = parseWithSourceMap( text );
		expect( result.ok ).toBe( true );
		const broken = parseWithSourceMap( '['.repeat( depth ) + ']'.repeat( depth - 1 ) );
		expect( broken.ok ).toBe( false );
	} );

	it( 'agrees on random mutations of a real page', () => {
		// A small deterministic generator, so failures reproduce.
		let seed = 12345;
		const random = (): number => {
			// eslint-disable-next-line no-bitwise
			seed = ( seed * 1103515245 + 12345 ) & 0x7fffffff;
			return seed / 0x7fffffff;
		};
		const alphabet = '{}[]:,"\\ \n\t0123456789-+.eEtrufalsn\'/x\u0000é';
		let disagreements = 0;
		for ( let n = 0; n < 3000; n++ ) {
			let text = SAMPLE;
			const edits = 1 + Math.floor( random() * 3 );
			for ( let k = 0; k < edits; k++ ) {
				const at = Math.floor( random() * text.length );
				const op = random();
				if ( op < 0.4 ) {
					text = text.slice( 0, at ) + text.slice( at + 1 );
				} else if ( op < 0.8 ) {
					text = text.slice( 0, at ) + alphabet.charAt( Math.floor( random() * alphabet.length ) ) + text.slice( at );
				} else {
					text = text.slice( 0, at ) + alphabet.charAt( Math.floor( random() * alphabet.length ) ) + text.slice( at + 1 );
				}
			}
			const result = parseWithSourceMap( text );
			if ( result.ok !== jsonParseOk( text ) ) {
				disagreements++;
			} else if ( result.ok ) {
				expect( result.value ).toStrictEqual( JSON.parse( text ) );
			}
		}
		expect( disagreements ).toBe( 0 );
	} );
} );

describe( 'source map', () => {
	const result = parseWithSourceMap( SAMPLE );
	if ( !result.ok ) {
		throw new Error( 'sample does not parse' );
	}
	const map: SourceMap = result.map;

	function textOf( p: string, part: 'key' | 'value' = 'value' ): string {
		const entry = map.get( p );
		if ( !entry ) {
			throw new Error( `no entry for ${ p }` );
		}
		const span = part === 'key' ? entry.key : entry.value;
		if ( !span ) {
			throw new Error( `no ${ part } span for ${ p }` );
		}
		return SAMPLE.slice( span.start.offset, span.end.offset );
	}

	it( 'maps paths in the validator syntax to the written value', () => {
		expect( textOf( 'conversationHours.sessions[1].start' ) ).toBe( '"2025-05-15T15:00:00+02:00"' );
		expect( textOf( 'conversationHours.sessions[1].start', 'key' ) ).toBe( '"start"' );
		expect( textOf( 'team.about[1].fr' ) ).toBe( '"Deuxième paragraphe."' );
		expect( textOf( 'conversationHours.sessions[1].title["odd key"]' ) ).toBe( '"x"' );
		expect( textOf( '$schema' ) ).toBe( '"crs-team-data/1"' );
		expect( textOf( 'team.links' ) ).toBe( '[]' );
		expect( textOf( '' ) ).toBe( SAMPLE.trim() );
		expect( map.get( '' )?.key ).toBeUndefined();
		expect( map.get( 'subteams[0]' )?.key ).toBeUndefined();
	} );

	it( 'gives 1-based lines and columns that match the offsets', () => {
		for ( const [ p, entry ] of map ) {
			for ( const pos of [ entry.value.start, entry.value.end ] ) {
				expect( positionAt( SAMPLE, pos.offset ) ).toEqual( pos );
			}
			if ( entry.key ) {
				expect( positionAt( SAMPLE, entry.key.start.offset ) ).toEqual( entry.key.start );
			}
			expect( typeof p ).toBe( 'string' );
		}
		const start = map.get( 'conversationHours.sessions[0].start' );
		expect( start?.key?.start ).toMatchObject( { line: 39, column: 5 } );
		expect( start?.value.start ).toMatchObject( { line: 39, column: 14 } );
	} );

	it( 'lists the members of objects and arrays in written order', () => {
		expect( map.get( 'subteams' )?.children ).toEqual( [ 'subteams[0]', 'subteams[1]' ] );
		expect( map.get( 'team.name' )?.children ).toEqual( [ 'team.name.en', 'team.name.de' ] );
		expect( map.get( 'team.summary' )?.children ).toBeUndefined();
	} );

	it( 'counts CRLF and lone CR as one line break each', () => {
		const crlf = parseWithSourceMap( '{\r\n\t"a": [\r\n\t\t1\r\n\t],\r"b": 2\n}' );
		expect( crlf.ok ).toBe( true );
		if ( crlf.ok ) {
			expect( crlf.map.get( 'a[0]' )?.value.start ).toEqual( { line: 3, column: 3, offset: 14 } );
			expect( crlf.map.get( 'b' )?.key?.start ).toMatchObject( { line: 5, column: 1 } );
		}
	} );
} );

describe( 'syntax errors', () => {
	function errorOf( text: string ) {
		const result = parseWithSourceMap( text );
		if ( result.ok ) {
			throw new Error( 'expected a syntax error' );
		}
		return result.error;
	}

	it.each( [
		[ '{\n\t"a": 1\n\t"b": 2\n}', 'Expected \',\' or \'}\' after a property value', 3, 2 ],
		[ '[\n\t1\n\t2\n]', 'Expected \',\' or \']\' after an array element', 3, 2 ],
		[ '{\n\t"a": 1,\n}', 'Trailing comma: remove the \',\' before \'}\'', 2, 8 ],
		[ '[ 1, 2, ]', 'Trailing comma: remove the \',\' before \']\'', 1, 7 ],
		[ '{\n\t"a": "abc\n}', 'Unterminated string: the closing \'"\' is missing before the end of the line', 2, 7 ],
		[ '"abc', 'Unterminated string: the closing \'"\' is missing', 1, 1 ],
		[ '{ a: 1 }', 'Property names must be in double quotes', 1, 3 ],
		[ '{ "a" 1 }', 'Expected \':\' after the property name', 1, 7 ],
		[ '{ "a": }', 'Expected a value before \'}\'', 1, 8 ],
		[ '[ \'x\' ]', 'Strings must be in double quotes ("), not single quotes', 1, 3 ],
		[ '{ "a": True }', 'Unexpected \'True\': write true in lower case', 1, 8 ],
		[ '[ NaN ]', 'NaN is not allowed in JSON', 1, 3 ],
		[ '[ 01 ]', 'Invalid number: a number cannot start with 0 followed by more digits', 1, 3 ],
		[ '[ 1. ]', 'Invalid number: expected a digit after the decimal point', 1, 5 ],
		[ '"a\\qb"', 'Invalid escape \'\\q\' in a string (write \\\\ for a backslash)', 1, 3 ],
		[ '"a\tb"', 'Control character U+0009 in a string: a tab, write it as \\t', 1, 3 ],
		[ '// note\n{}', 'Comments are not allowed in JSON', 1, 1 ],
		[ '{} x', 'Unexpected text after the end of the JSON value: \'x\'', 1, 4 ],
		[ '  \n ', 'The text is empty: expected a JSON value', 2, 2 ],
		[ '{\n\t"a": [ 1,\n\t\t2\n', 'Unexpected end of the text: \']\' is missing (the \'[\' on line 2 is never closed)', 4, 1 ]
	] )( '%j', ( text, message, line, column ) => {
		expect( errorOf( text ) ).toEqual( expect.objectContaining( { message, line, column } ) );
		expect( errorOf( text ).offset ).toBe( positionAt( text, errorOf( text ).offset ).offset );
	} );
} );

describe( 'warnings', () => {
	it( 'warns about a property name written twice, pointing at the second', () => {
		const text = '{\n\t"a": { "x": 1 },\n\t"a": { "y": 2 }\n}';
		const result = parseWithSourceMap( text );
		expect( result.ok ).toBe( true );
		if ( result.ok ) {
			expect( result.warnings ).toEqual( [ {
				message: 'Duplicate property name "a": only its last value counts',
				path: 'a', line: 3, column: 2, offset: 21
			} ] );
			expect( result.map.has( 'a.x' ) ).toBe( false );
			expect( result.map.get( 'a.y' )?.value.start.line ).toBe( 3 );
			expect( result.map.get( '' )?.children ).toEqual( [ 'a' ] );
		}
	} );
} );

describe( 'the parser\'s positions are those of positionAt', () => {
	it.each( [
		[ 'line feeds', '{\n\t"a": [ 1,\n\t\t"😀" ],\n\t"b": { "c": null }\n}' ],
		[ 'Windows line breaks', '{\r\n\t"a": [ 1,\r\n\t\t"😀" ],\r\n\t"b": { "c": null }\r\n}' ],
		[ 'old Mac line breaks', '{\r\t"a": [ 1,\r\t\t"😀" ],\r\t"b": { "c": null }\r}' ]
	] )( 'with %s and astral characters', ( _, text ) => {
		const result = parseWithSourceMap( text );
		expect( result.ok ).toBe( true );
		if ( result.ok ) {
			expect( result.map.size ).toBe( 6 );
			for ( const entry of result.map.values() ) {
				for ( const position of [ entry.value.start, entry.value.end, ...( entry.key ? [ entry.key.start, entry.key.end ] : [] ) ] ) {
					expect( positionAt( text, position.offset ) ).toEqual( position );
				}
			}
			expect( result.map.get( 'b.c' )?.value.start.line ).toBe( 4 );
		}
	} );

	it( 'places a syntax error after Windows line breaks where the cursor goes', () => {
		const text = '{\r\n\t"a": 1,\r\n}';
		const result = parseWithSourceMap( text );
		expect( result.ok ? null : [ result.error.line, result.error.column ] ).toEqual( [ 2, 8 ] );
	} );
} );
