import { offsetAt, positionAt } from '../../src/json/position';

describe( 'positionAt', () => {
	it.each( [
		[ 'line feeds', 'ab\ncd', 3, 2, 1 ],
		[ 'Windows line breaks', 'ab\r\ncd', 4, 2, 1 ],
		[ 'old Mac line breaks', 'ab\rcd', 3, 2, 1 ],
		[ 'a blank line between Windows line breaks', 'a\r\n\r\nb', 5, 3, 1 ],
		[ 'mixed line breaks', 'a\nb\r\nc\rd', 7, 4, 1 ],
		[ 'a character after an emoji (two UTF-16 units, as the cursor counts)', '"😀x"', 3, 1, 4 ],
		[ 'an emoji on the second line', '{\n"😀": 1', 5, 2, 4 ]
	] )( 'counts %s', ( _, text, offset, line, column ) => {
		expect( positionAt( text, offset ) ).toEqual( { line, column, offset } );
	} );

	it( 'puts the character after a Windows line break at the start of the next line, not one column in', () => {
		const text = '{\r\n\t"x": tru\r\n}';
		expect( positionAt( text, text.indexOf( '"x"' ) ) ).toEqual( { line: 2, column: 2, offset: 4 } );
		expect( positionAt( text, text.indexOf( '}' ) ) ).toEqual( { line: 3, column: 1, offset: text.length - 1 } );
	} );

	it( 'clamps offsets outside the text', () => {
		expect( positionAt( 'ab\ncd', -5 ) ).toEqual( { line: 1, column: 1, offset: 0 } );
		expect( positionAt( 'ab\ncd', 99 ) ).toEqual( { line: 2, column: 3, offset: 5 } );
	} );
} );

describe( 'offsetAt, where the editor puts the cursor', () => {
	it( 'is the inverse of positionAt for every place a cursor can be, whatever the line breaks', () => {
		const text = 'ab\r\ncd\ref\n\ngh😀i';
		for ( let o = 0; o <= text.length; o++ ) {
			if ( text.charAt( o - 1 ) === '\r' && text.charAt( o ) === '\n' ) {
				continue; // between \r and \n: not a place a cursor can be
			}
			const p = positionAt( text, o );
			expect( offsetAt( text, p.line, p.column ) ).toBe( o );
		}
	} );

	it( 'clamps to the end of the line and of the text', () => {
		const text = 'ab\r\ncd';
		expect( offsetAt( text, 1, 99 ) ).toBe( 2 );
		expect( offsetAt( text, 99, 1 ) ).toBe( text.length );
		expect( offsetAt( text, 1, 0 ) ).toBe( 0 );
	} );
} );
