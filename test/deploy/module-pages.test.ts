import * as fs from 'fs';
import * as path from 'path';
import { readModulePages } from '../../deploy/deploy';
import { messagesPageText, MODULE_MESSAGES_TITLE, MODULE_TITLE, modulePages } from '../../deploy/module-pages';

const ROOT = path.resolve( __dirname, '..', '..' );
const LUA = fs.readFileSync( path.join( ROOT, 'src', 'lua', 'Community Resilience and Sustainability.lua' ), 'utf8' );

describe( 'messagesPageText', () => {
	it( 'merges banana folders per language, leaving out qqq and @metadata, sorted', () => {
		const text = messagesPageText( [
			{ en: { '@metadata': { authors: [] }, b: 'B', a: 'A' }, qqq: { a: 'doc' }, de: { a: 'Ä' } },
			{ en: { c: 'C' }, he: { c: 'ג' } }
		] );
		expect( JSON.parse( text ) ).toEqual( { de: { a: 'Ä' }, en: { a: 'A', b: 'B', c: 'C' }, he: { c: 'ג' } } );
		expect( Object.keys( JSON.parse( text ) ) ).toEqual( [ 'de', 'en', 'he' ] );
		expect( Object.keys( JSON.parse( text ).en ) ).toEqual( [ 'a', 'b', 'c' ] );
	} );

	it( 'gives the same text for the same messages in any file order', () => {
		expect( messagesPageText( [ { en: { a: 'A', b: 'B' } } ] ) ).toBe( messagesPageText( [ { en: { b: 'B', a: 'A' } } ] ) );
	} );
} );

describe( 'modulePages', () => {
	it( 'publishes the messages, then the module, then the hidden category named by the module\'s message', () => {
		const pages = modulePages( { lua: 'return {}', readerMessages: { en: { x: 'X' } }, moduleMessages: { en: { 'crs-team-static-broken-category': 'Broken team pages' } } } );
		expect( pages.map( ( p ) => [ p.title, p.kind, p.contentModel ] ) ).toEqual( [
			[ MODULE_MESSAGES_TITLE, 'module', 'json' ],
			[ MODULE_TITLE, 'module', undefined ],
			[ 'Category:Broken team pages', 'module', undefined ]
		] );
		expect( pages[ 1 ]?.text ).toBe( 'return {}' );
		expect( pages[ 2 ]?.text ).toMatch( /^__HIDDENCAT__\n/ );
	} );

	it( 'refuses module messages without the category name', () => {
		expect( () => modulePages( { lua: '', readerMessages: {}, moduleMessages: { en: {} } } ) ).toThrow( /crs-team-static-broken-category/ );
	} );
} );

describe( 'the repository\'s module pages', () => {
	const pages = readModulePages( ROOT );
	const messages = JSON.parse( pages[ 0 ]?.text || '{}' );

	it( 'have an English text for every message the module asks for', () => {
		const keys = new Set( LUA.match( /'crs-team-[a-z-]+'/g )?.map( ( k ) => k.slice( 1, -1 ) ) );
		// Keys made from a prefix and a value the module checks (cadence, status).
		const made = [ 'weekly', 'monthly', 'quarterly', 'yearly', 'irregular' ].map( ( c ) => `crs-team-cadence-${ c }` )
			.concat( [ 'cancelled', 'postponed' ].map( ( s ) => `crs-team-status-${ s }` ) );
		const missing = [ ...keys ].filter( ( key ) => !key.endsWith( '-' ) && key !== 'crs-team-broken-data-category' )
			.concat( made )
			.filter( ( key ) => !( key in messages.en ) );
		expect( missing ).toEqual( [] );
	} );

	it( 'name the messages page the module reads', () => {
		expect( LUA ).toContain( `'${ MODULE_MESSAGES_TITLE }'` );
	} );
} );
