import * as fs from 'fs';
import * as path from 'path';
import { readLuaFiles, readModulePages } from '../../deploy/deploy';
import { luaPages, messagesPageText, MODULE_MESSAGES_TITLE, MODULE_TITLE, modulePages, moduleTitleForPath } from '../../deploy/module-pages';

const ROOT = path.resolve( __dirname, '..', '..' );
/** The entry module and every submodule, as one text. */
const LUA = readLuaFiles( ROOT ).map( ( file ) => file.text ).join( '\n' );
const ENTRY = { path: 'Community Resilience and Sustainability.lua', text: 'return {}' };

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

describe( 'moduleTitleForPath', () => {
	it( 'maps a Lua file under src/lua/ to its path without .lua in the Module: namespace', () => {
		expect( moduleTitleForPath( 'Community Resilience and Sustainability.lua' ) ).toBe( MODULE_TITLE );
		expect( moduleTitleForPath( 'Community Resilience and Sustainability/dates.lua' ) ).toBe( `${ MODULE_TITLE }/dates` );
		expect( moduleTitleForPath( 'A/b/c d.lua' ) ).toBe( 'Module:A/b/c d' );
	} );

	it( 'refuses what is not a relative path to a .lua file, naming it', () => {
		for ( const bad of [ 'i18n/en.json', '/abs.lua', '../up.lua', 'a//b.lua', 'a/./b.lua', '.lua.txt' ] ) {
			expect( () => moduleTitleForPath( bad ) ).toThrow( `src/lua/${ bad } is not a Lua module file` );
		}
	} );
} );

describe( 'luaPages', () => {
	it( 'publishes the submodules sorted by title, then the entry module, each with its source file', () => {
		const pages = luaPages( [
			ENTRY,
			{ path: 'Community Resilience and Sustainability/values.lua', text: 'v' },
			{ path: 'Community Resilience and Sustainability/calendar.lua', text: 'c' }
		] );
		expect( pages.map( ( p ) => [ p.title, p.source, p.text, p.kind ] ) ).toEqual( [
			[ `${ MODULE_TITLE }/calendar`, 'src/lua/Community Resilience and Sustainability/calendar.lua', 'c', 'module' ],
			[ `${ MODULE_TITLE }/values`, 'src/lua/Community Resilience and Sustainability/values.lua', 'v', 'module' ],
			[ MODULE_TITLE, 'src/lua/Community Resilience and Sustainability.lua', 'return {}', 'module' ]
		] );
	} );
} );

describe( 'modulePages', () => {
	const messages = { en: { 'crs-team-static-broken-category': 'Broken team pages' } };

	it( 'publishes the messages, then the submodules and the module, then the hidden category named by the module\'s message', () => {
		const lua = [ ENTRY, { path: 'Community Resilience and Sustainability/html.lua', text: 'h' } ];
		const pages = modulePages( { lua, readerMessages: { en: { x: 'X' } }, moduleMessages: messages } );
		expect( pages.map( ( p ) => [ p.title, p.kind, p.contentModel ] ) ).toEqual( [
			[ MODULE_MESSAGES_TITLE, 'module', 'json' ],
			[ `${ MODULE_TITLE }/html`, 'module', undefined ],
			[ MODULE_TITLE, 'module', undefined ],
			[ 'Category:Broken team pages', 'module', undefined ]
		] );
		expect( pages[ 2 ]?.text ).toBe( 'return {}' );
		expect( pages[ 3 ]?.text ).toMatch( /^__HIDDENCAT__\n/ );
	} );

	it( 'refuses module messages without the category name', () => {
		expect( () => modulePages( { lua: [ ENTRY ], readerMessages: {}, moduleMessages: { en: {} } } ) ).toThrow( /crs-team-static-broken-category/ );
	} );

	it( 'refuses Lua files without the entry module', () => {
		expect( () => modulePages( { lua: [ { path: 'Other.lua', text: '' } ], readerMessages: {}, moduleMessages: messages } ) )
			.toThrow( 'src/lua/Community Resilience and Sustainability.lua is missing' );
	} );
} );

describe( 'the repository\'s module pages', () => {
	const pages = readModulePages( ROOT );
	const messages = JSON.parse( pages[ 0 ]?.text || '{}' );

	it( 'publish every .lua file under src/lua/, subfolders included, and nothing else there', () => {
		const onDisk = fs.readdirSync( path.join( ROOT, 'src', 'lua' ), { recursive: true, encoding: 'utf8' } )
			.filter( ( file ) => file.endsWith( '.lua' ) ).map( ( file ) => file.split( path.sep ).join( '/' ) ).sort();
		expect( onDisk.length ).toBeGreaterThan( 1 );
		expect( readLuaFiles( ROOT ).map( ( f ) => f.path ) ).toEqual( onDisk );
		const published = pages.filter( ( p ) => p.source.endsWith( '.lua' ) ).map( ( p ) => p.title ).sort();
		expect( published ).toEqual( onDisk.map( moduleTitleForPath ).sort() );
	} );

	it( 'have every submodule the Lua code requires, and no submodule that nothing requires', () => {
		const required = new Set( [ ...LUA.matchAll( /require\( '(Module:[^']+)' \)/g ) ].map( ( m ) => m[ 1 ] ) );
		// The entry module loads its submodules by name when first used: parts.<name>,
		// and the functions it forwards (FORWARDED = { name = '<submodule>', … }).
		const forwarded = /local FORWARDED = \{([^}]*)\}/.exec( LUA )?.[ 1 ] || '';
		for ( const m of [ ...LUA.matchAll( /parts\.([a-z]+)/g ), ...forwarded.matchAll( /= '([a-z]+)'/g ) ] ) {
			required.add( `${ MODULE_TITLE }/${ m[ 1 ] }` );
		}
		const submodules = pages.filter( ( p ) => p.source.endsWith( '.lua' ) && p.title !== MODULE_TITLE ).map( ( p ) => p.title );
		expect( [ ...required ].sort() ).toEqual( submodules.sort() );
	} );

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
