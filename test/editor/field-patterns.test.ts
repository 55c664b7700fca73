import * as fs from 'fs';
import * as path from 'path';
import { LINK_PATTERNS, MAX_WALK_DEPTH, TEXT_PATTERNS, walkFields } from '../../src/editor/field-patterns';

type Schema = {
	readonly $ref?: string;
	readonly type?: string;
	readonly properties?: Readonly<Record<string, Schema>>;
	readonly items?: Schema;
};

const SCHEMA = JSON.parse( fs.readFileSync( path.join( __dirname, '../../data/team-page.schema.json' ), 'utf8' ) ) as Schema & {
	readonly definitions: Readonly<Record<string, Schema>>;
};

/**
 * Every path pattern of the schema whose value is one of `kinds` (the names
 * of `definitions` entries: `text`, `link`), following `$ref`s and arrays.
 */
function schemaPatterns( kinds: readonly string[] ): Set<string> {
	const found = new Set<string>();
	const visit = ( schema: Schema, pattern: string ): void => {
		const ref = schema.$ref && schema.$ref.replace( '#/definitions/', '' );
		if ( ref && kinds.includes( ref ) ) {
			found.add( pattern );
			return;
		}
		const resolved = ref ? SCHEMA.definitions[ ref ] : schema;
		if ( !resolved ) {
			throw new Error( `no definition for ${ schema.$ref }` );
		}
		if ( resolved.items ) {
			visit( resolved.items, pattern + '[]' );
		}
		for ( const [ key, property ] of Object.entries( resolved.properties || {} ) ) {
			visit( property, pattern ? `${ pattern }.${ key }` : key );
		}
	};
	visit( SCHEMA, '' );
	return found;
}

describe( 'the editor knows every link and text field of the published format', () => {
	it( 'lists every link of data/team-page.schema.json, and nothing else', () => {
		expect( [ ...LINK_PATTERNS ].sort() ).toEqual( [ ...schemaPatterns( [ 'link' ] ) ].sort() );
	} );

	it( 'offers every text of the schema for translation, and every link label', () => {
		const expected = [ ...schemaPatterns( [ 'text' ] ), ...[ ...LINK_PATTERNS ].map( ( link ) => link + '.label' ) ];
		expect( [ ...TEXT_PATTERNS ].sort() ).toEqual( expected.sort() );
	} );

	it( 'finds the schema\'s texts at all (so the comparison above means something)', () => {
		expect( schemaPatterns( [ 'text' ] ) ).toContain( 'subteams[].responsibilities[]' );
		expect( schemaPatterns( [ 'link' ] ) ).toContain( 'conversationHours.sessions[].recording' );
	} );
} );

describe( 'walkFields', () => {
	it( 'gives each value its path and its pattern', () => {
		const seen: string[] = [];
		walkFields( { subteams: [ { name: 'A', 'odd key': 1 } ] }, '', '', ( _, p, pattern ) => seen.push( `${ p } ${ pattern }` ) );
		expect( seen ).toEqual( [
			' ',
			'subteams subteams',
			'subteams[0] subteams[]',
			'subteams[0].name subteams[].name',
			'subteams[0]["odd key"] subteams[]["odd key"]'
		] );
	} );

	it( 'stops MAX_WALK_DEPTH levels down, so a page nested 100,000 levels deep cannot overflow the stack', () => {
		const depth = 100000;
		const deep = JSON.parse( '['.repeat( depth ) + ']'.repeat( depth ) );
		let visited = 0;
		walkFields( deep, '', '', () => {
			visited++;
		} );
		expect( visited ).toBe( MAX_WALK_DEPTH + 1 );
	} );
} );
