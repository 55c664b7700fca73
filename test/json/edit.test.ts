import * as fs from 'fs';
import * as path from 'path';
import { applyChange, detectStyle, EditResult, insertArrayItem, replaceValue, setProperty } from '../../src/json/edit';

const SAMPLE = fs.readFileSync( path.join( __dirname, '..', 'fixtures', 'sample-page.json' ), 'utf8' );

/** Lines removed from `before` and added in `after` (the edits are contiguous). */
function lineDiff( before: string, after: string ): { removed: string[]; added: string[] } {
	const a = before.split( /\r?\n/ );
	const b = after.split( /\r?\n/ );
	let head = 0;
	while ( head < a.length && head < b.length && a[ head ] === b[ head ] ) {
		head++;
	}
	let tail = 0;
	while ( tail < a.length - head && tail < b.length - head && a[ a.length - 1 - tail ] === b[ b.length - 1 - tail ] ) {
		tail++;
	}
	return { removed: a.slice( head, a.length - tail ), added: b.slice( head, b.length - tail ) };
}

function ok( result: EditResult ): Extract<EditResult, { ok: true }> {
	if ( !result.ok ) {
		throw new Error( result.message );
	}
	return result;
}

/** Checks what every edit must guarantee. */
function checkEdit( before: string, result: Extract<EditResult, { ok: true }> ): void {
	expect( applyChange( before, result.change ) ).toBe( result.text );
	expect( () => JSON.parse( result.text ) ).not.toThrow();
	// Outside the change, the text is unchanged byte for byte.
	expect( result.text.slice( 0, result.change.start ) ).toBe( before.slice( 0, result.change.start ) );
	expect( result.text.slice( result.change.start + result.change.text.length ) ).toBe( before.slice( result.change.end ) );
}

const SESSION = { id: '2025-q3', start: '2025-08-14T15:00Z', end: '2025-08-14T16:00Z', title: { en: 'Summer', de: 'Sommer' } };

describe( 'detectStyle', () => {
	it( 'finds tabs, spaces, line breaks and the colon style', () => {
		expect( detectStyle( SAMPLE ) ).toEqual( { indent: '\t', newline: '\n', colon: ': ' } );
		const fourSpaces = JSON.stringify( { a: { b: [ 1 ] } }, null, 4 ).replace( /\n/g, '\r\n' );
		expect( detectStyle( fourSpaces ) ).toMatchObject( { indent: '    ', newline: '\r\n' } );
		expect( detectStyle( '{"a":1}' ) ).toMatchObject( { indent: '\t', newline: '\n' } );
	} );
} );

describe( 'insertArrayItem', () => {
	it( 'appends a session: only the last session\'s closing line gains a comma', () => {
		const result = ok( insertArrayItem( SAMPLE, 'conversationHours.sessions', SESSION ) );
		checkEdit( SAMPLE, result );
		const value = JSON.parse( result.text );
		expect( value.conversationHours.sessions ).toHaveLength( 3 );
		expect( value.conversationHours.sessions[ 2 ] ).toEqual( SESSION );
		const expected = JSON.parse( SAMPLE );
		expected.conversationHours.sessions.push( SESSION );
		expect( value ).toEqual( expected );
		// The line diff pairs the old closing `}` with the new last one, so the
		// old text loses no line: the comma and the new element are added lines.
		expect( lineDiff( SAMPLE, result.text ) ).toEqual( {
			removed: [],
			added: [
				'\t\t\t},',
				'\t\t\t{',
				'\t\t\t\t"id": "2025-q3",',
				'\t\t\t\t"start": "2025-08-14T15:00Z",',
				'\t\t\t\t"end": "2025-08-14T16:00Z",',
				'\t\t\t\t"title": {',
				'\t\t\t\t\t"en": "Summer",',
				'\t\t\t\t\t"de": "Sommer"',
				'\t\t\t\t}'
			]
		} );
		expect( result.change.start ).toBe( result.change.end );
		expect( JSON.parse( result.text.slice( result.range.start, result.range.end ) ) ).toEqual( SESSION );
	} );

	it( 'inserts before an element without touching any existing line', () => {
		const result = ok( insertArrayItem( SAMPLE, 'conversationHours.sessions', SESSION, 0 ) );
		checkEdit( SAMPLE, result );
		expect( JSON.parse( result.text ).conversationHours.sessions[ 0 ] ).toEqual( SESSION );
		const diff = lineDiff( SAMPLE, result.text );
		expect( diff.removed ).toEqual( [] );
		expect( diff.added ).toHaveLength( 9 );
		expect( result.change ).toMatchObject( { start: SAMPLE.indexOf( '{\n\t\t\t\t"id": "2025-q1"' ) } );
		expect( result.change.text.startsWith( '{\n\t\t\t\t"id": "2025-q3",' ) ).toBe( true );
		expect( result.change.text.endsWith( '\t\t\t},\n\t\t\t' ) ).toBe( true );
	} );

	it( 'keeps one-line arrays on one line, in their spacing', () => {
		const result = ok( insertArrayItem( SAMPLE, 'conversationHours.description', 'Second paragraph.' ) );
		checkEdit( SAMPLE, result );
		expect( lineDiff( SAMPLE, result.text ) ).toEqual( {
			removed: [ '\t\t"description": [ "Open conversation with the team." ],' ],
			added: [ '\t\t"description": [ "Open conversation with the team.", "Second paragraph." ],' ]
		} );
		const compact = '{"a":[1,2],"b":[]}';
		const r2 = ok( insertArrayItem( compact, 'a', { x: [ 1 ] }, 1 ) );
		expect( r2.text ).toBe( '{"a":[1,{"x":[1]},2],"b":[]}' );
		expect( ok( insertArrayItem( compact, 'b', 'z' ) ).text ).toBe( '{"a":[1,2],"b":["z"]}' );
	} );

	it( 'opens an empty array over several lines in a multi-line page', () => {
		const result = ok( insertArrayItem( SAMPLE, 'team.links', { page: 'Trust and Safety' } ) );
		checkEdit( SAMPLE, result );
		expect( lineDiff( SAMPLE, result.text ) ).toEqual( {
			removed: [ '\t\t"links": []' ],
			added: [ '\t\t"links": [', '\t\t\t{', '\t\t\t\t"page": "Trust and Safety"', '\t\t\t}', '\t\t]' ]
		} );
	} );

	it( 'reuses four-space indentation and CRLF line breaks', () => {
		const text = JSON.stringify( { subteams: [ { id: 'a', responsibilities: [ 'x' ] } ] }, null, 4 ).replace( /\n/g, '\r\n' ) + '\r\n';
		const result = ok( insertArrayItem( text, 'subteams', { id: 'b', responsibilities: [] } ) );
		checkEdit( text, result );
		expect( result.text ).toBe( JSON.stringify( {
			subteams: [ { id: 'a', responsibilities: [ 'x' ] }, { id: 'b', responsibilities: [] } ]
		}, null, 4 ).replace( /\n/g, '\r\n' ) + '\r\n' );
	} );

	it( 'says why it cannot insert', () => {
		expect( insertArrayItem( SAMPLE, 'team', 1 ) ).toEqual( { ok: false, message: 'team is not a list ([ … ]).' } );
		expect( insertArrayItem( SAMPLE, 'nothing.here', 1 ) ).toEqual( { ok: false, message: 'nothing.here is not in the page.' } );
		expect( insertArrayItem( SAMPLE, 'subteams', 1, 5 ) ).toMatchObject( { ok: false } );
		expect( insertArrayItem( SAMPLE, 'subteams', undefined ) ).toMatchObject( { ok: false } );
		expect( insertArrayItem( '{ "a": [ 1, ] }', 'a', 2 ) ).toEqual( {
			ok: false,
			message: 'The page is not valid JSON (line 1, column 11: Trailing comma: remove the \',\' before \']\'); fix that first.'
		} );
	} );
} );

describe( 'setProperty', () => {
	it( 'adds a translation to a one-line object, on the same line', () => {
		const result = ok( setProperty( SAMPLE, 'subteams[1].name', 'de', 'Community-Angelegenheiten' ) );
		checkEdit( SAMPLE, result );
		expect( lineDiff( SAMPLE, result.text ) ).toEqual( {
			removed: [ '\t\t\t"name": { "en": "Community Affairs" },' ],
			added: [ '\t\t\t"name": { "en": "Community Affairs", "de": "Community-Angelegenheiten" },' ]
		} );
		expect( result.text.slice( result.range.start, result.range.end ) ).toBe( '"de": "Community-Angelegenheiten"' );
	} );

	it( 'adds a property at the end of a multi-line object', () => {
		const result = ok( setProperty( SAMPLE, 'team.name', 'fr', 'Résilience' ) );
		checkEdit( SAMPLE, result );
		expect( lineDiff( SAMPLE, result.text ) ).toEqual( {
			removed: [ '\t\t\t"de": "Community-Resilienz und Nachhaltigkeit"' ],
			added: [ '\t\t\t"de": "Community-Resilienz und Nachhaltigkeit",', '\t\t\t"fr": "Résilience"' ]
		} );
	} );

	it( 'turns a plain text into translations, replacing only that value', () => {
		const result = ok( setProperty( SAMPLE, 'subteams[0]', 'name', { en: 'Trust and Safety', es: 'Confianza y Seguridad' } ) );
		checkEdit( SAMPLE, result );
		expect( lineDiff( SAMPLE, result.text ) ).toEqual( {
			removed: [ '\t\t\t"name": "Trust and Safety",' ],
			added: [ '\t\t\t"name": {', '\t\t\t\t"en": "Trust and Safety",', '\t\t\t\t"es": "Confianza y Seguridad"', '\t\t\t},' ]
		} );
		expect( result.text.slice( result.range.start, result.range.start + 7 ) ).toBe( '"name":' );
	} );

	it( 'adds to an empty object and to the root, with the page\'s colon style', () => {
		expect( ok( setProperty( '{"a":{}}', 'a', 'b', [ 1, 2 ] ) ).text ).toBe( '{"a":{"b":[1,2]}}' );
		const text = '{\n  "a" : 1\n}\n';
		const result = ok( setProperty( text, '', 'odd key', { x: true } ) );
		expect( result.text ).toBe( '{\n  "a" : 1,\n  "odd key" : {\n    "x": true\n  }\n}\n' );
	} );

	it( 'replaces the last occurrence of a repeated property', () => {
		const text = '{ "a": 1, "a": 2 }';
		const result = ok( setProperty( text, '', 'a', 3 ) );
		expect( result.text ).toBe( '{ "a": 1, "a": 3 }' );
	} );

	it( 'refuses values JSON cannot hold and paths that are not objects', () => {
		expect( setProperty( SAMPLE, 'team', 'x', undefined ) ).toMatchObject( { ok: false } );
		expect( setProperty( SAMPLE, 'subteams', 'x', 1 ) ).toEqual( { ok: false, message: 'subteams is not an object ({ … }).' } );
	} );
} );

describe( 'replaceValue', () => {
	it( 'replaces a scalar in place', () => {
		const result = ok( replaceValue( SAMPLE, 'conversationHours.sessions[0].start', '2025-02-20T15:00Z' ) );
		checkEdit( SAMPLE, result );
		expect( lineDiff( SAMPLE, result.text ) ).toEqual( {
			removed: [ '\t\t\t\t"start": "2025-02-13T15:00Z",' ],
			added: [ '\t\t\t\t"start": "2025-02-20T15:00Z",' ]
		} );
	} );
} );

describe( 'replaceValue in a container written on one line', () => {
	it( 'writes the new value on that line, in the container\'s spacing', () => {
		const page = '{\n\t"items": [ "Equity", "Safety" ],\n\t"tight": {"a":"x"}\n}\n';
		const spaced = ok( replaceValue( page, 'items[0]', { en: 'Equity', de: 'Gleichheit' } ) );
		expect( spaced.text ).toBe( '{\n\t"items": [ { "en": "Equity", "de": "Gleichheit" }, "Safety" ],\n\t"tight": {"a":"x"}\n}\n' );
		const tight = ok( replaceValue( page, 'tight.a', { en: 'x', de: 'y' } ) );
		expect( tight.text ).toBe( '{\n\t"items": [ "Equity", "Safety" ],\n\t"tight": {"a":{"en":"x","de":"y"}}\n}\n' );
	} );
} );
