import { appendIndex, appendKey, formatPath, parsePath, pathAndAncestors } from '../../src/json/path';

describe( 'JSON paths', () => {
	it( 'writes identifiers with dots, other names quoted, indexes in brackets', () => {
		expect( formatPath( [] ) ).toBe( '' );
		expect( formatPath( [ 'conversationHours', 'sessions', 2, 'start' ] ) ).toBe( 'conversationHours.sessions[2].start' );
		expect( formatPath( [ 'odd key', 'x' ] ) ).toBe( '["odd key"].x' );
		expect( formatPath( [ 'name', 'pt-br' ] ) ).toBe( 'name["pt-br"]' );
		expect( formatPath( [ '$schema' ] ) ).toBe( '$schema' );
		expect( formatPath( [ '' ] ) ).toBe( '[""]' );
		expect( formatPath( [ 'a"b' ] ) ).toBe( '["a\\"b"]' );
		expect( appendKey( '', '1' ) ).toBe( '["1"]' );
		expect( appendIndex( 'a', 0 ) ).toBe( 'a[0]' );
	} );

	it.each( [
		[ '', [] ],
		[ 'a', [ 'a' ] ],
		[ 'a.b[2].c', [ 'a', 'b', 2, 'c' ] ],
		[ '["odd key"].x', [ 'odd key', 'x' ] ],
		[ 'a["b]c"][0]', [ 'a', 'b]c', 0 ] ],
		[ 'a["q\\"x"]', [ 'a', 'q"x' ] ],
		[ '[0][1]', [ 0, 1 ] ],
		[ '.a.b', [ 'a', 'b' ] ],
		[ 'a[\'x y\']', [ 'a', 'x y' ] ]
	] )( 'reads %j', ( text, segments ) => {
		expect( parsePath( text ) ).toEqual( segments );
	} );

	it.each( [ 'a..b', 'a[', 'a[x]', 'a.1', 'a b', '.', 'a["x"', 'a[-1]' ] )( 'rejects %j', ( text ) => {
		expect( parsePath( text ) ).toBeNull();
	} );

	it( 'round-trips', () => {
		for ( const p of [ 'a.b[2].c', '["odd key"].x[0]["pt-br"]', '' ] ) {
			expect( formatPath( parsePath( p ) as ( string | number )[] ) ).toBe( p );
		}
	} );

	it( 'lists a path and its ancestors, nearest first', () => {
		expect( pathAndAncestors( 'a.b[1]' ) ).toEqual( [ 'a.b[1]', 'a.b', 'a', '' ] );
		expect( pathAndAncestors( '' ) ).toEqual( [ '' ] );
		expect( pathAndAncestors( 'a[\'x\']' ) ).toEqual( [ 'a[\'x\']', 'a.x', 'a', '' ] );
		expect( pathAndAncestors( 'not a path' ) ).toEqual( [ 'not a path', '' ] );
	} );
} );
