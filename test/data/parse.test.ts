import { parseDataPage } from '../../src/data/parse';
import { parseWithSourceMap } from '../../src/json/source-map';

describe( 'parseDataPage', () => {
	it.each( [
		[ 'line feeds', '{\n\t"version": 1,\n' ],
		[ 'Windows line breaks', '{\r\n\t"version": 1,\r\n' ],
		[ 'old Mac line breaks', '{\r\t"version": 1,\r' ]
	] )( 'places a syntax error in text with %s where the editor places it', ( _, text ) => {
		const parsed = parseDataPage( text );
		const inEditor = parseWithSourceMap( text );
		expect( parsed.ok ).toBe( false );
		expect( inEditor.ok ).toBe( false );
		if ( !parsed.ok && !inEditor.ok ) {
			expect( [ parsed.syntax.line, parsed.syntax.column ] ).toEqual( [ inEditor.error.line, inEditor.error.column ] );
			expect( parsed.syntax.line ).toBe( 3 );
		}
	} );

	it( 'says what JSON.parse says, without the engine\'s position wording', () => {
		const parsed = parseDataPage( '{\n\t"version": 1,\n' );
		expect( parsed.ok ).toBe( false );
		if ( !parsed.ok ) {
			expect( parsed.syntax.message ).not.toMatch( /position/ );
		}
	} );

	it( 'validates text that is JSON', () => {
		const parsed = parseDataPage( '{ "version": 1, "team": { "name": "Team" } }' );
		expect( parsed.ok && parsed.result.data && parsed.result.data.team.name ).toEqual( { en: 'Team' } );
	} );
} );
