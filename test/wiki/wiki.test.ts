import * as fs from 'fs';
import * as net from 'net';
import { Mwn } from 'mwn';
import { createBotPassword, editPage, getJson, getText, startWiki, TestWiki } from './wiki';

function api( wiki: TestWiki, params: Record<string, string> ): Promise<any> {
	return getJson( wiki.apiUrl, params );
}

function portIsFree( port: number ): Promise<boolean> {
	return new Promise( ( resolve ) => {
		const socket = net.connect( port, '127.0.0.1' );
		socket.once( 'connect', () => {
			socket.destroy();
			resolve( false );
		} );
		socket.once( 'error', () => resolve( true ) );
	} );
}

describe( 'the test wiki harness', () => {
	it( 'installs a fresh, configured wiki and removes it on stop, twice in a row', async () => {
		for ( let run = 0; run < 2; run++ ) {
			const wiki = await startWiki();
			try {
				expect( wiki.indexUrl ).toBe( `${ wiki.baseUrl }/index.php` );
				expect( wiki.apiUrl ).toBe( `${ wiki.baseUrl }/api.php` );
				expect( wiki.scriptPath ).toBe( '' );
				expect( fs.existsSync( `${ wiki.dir }/LocalSettings.php` ) ).toBe( true );

				const info = await api( wiki, { action: 'query', meta: 'siteinfo', siprop: 'general|extensions|skins' } );
				expect( info.query.general.generator ).toMatch( /^MediaWiki 1\.43\./ );
				expect( info.query.general.server ).toBe( wiki.baseUrl );
				const extensions = info.query.extensions.map( ( e: { name: string } ) => e.name );
				expect( extensions ).toEqual( expect.arrayContaining( [ 'Gadgets', 'Scribunto', 'CodeEditor', 'WikiEditor' ] ) );
				const skins = info.query.skins.map( ( s: { code: string } ) => s.code );
				expect( skins ).toEqual( expect.arrayContaining( [ 'vector-2022', 'minerva', 'monobook', 'timeless' ] ) );
				expect( info.query.skins.find( ( s: { default?: boolean } ) => s.default ).code ).toBe( 'vector-2022' );

				// Fresh every time: no page from an earlier run.
				const pages = await api( wiki, { action: 'query', titles: 'Harness test|Module:Harness/data.json', prop: 'info' } );
				const byTitle = new Map( pages.query.pages.map( ( p: { title: string } ) => [ p.title, p ] ) );
				expect( byTitle.get( 'Harness test' ) ).toMatchObject( { missing: true } );
				expect( byTitle.get( 'Module:Harness/data.json' ) ).toMatchObject( { contentmodel: 'json' } );
				await editPage( wiki, 'Harness test', `Run ${ run }` );

				const admin = await api( wiki, { action: 'query', list: 'users', ususers: wiki.adminUser, usprop: 'groups|rights' } );
				expect( admin.query.users[ 0 ].groups ).toEqual( expect.arrayContaining( [ 'sysop', 'interface-admin', 'bureaucrat' ] ) );
				expect( admin.query.users[ 0 ].rights ).toEqual( expect.arrayContaining( [ 'pagelang', 'editsitejs' ] ) );

				const index = await getText( `${ wiki.indexUrl }?title=Harness_test` );
				expect( index.status ).toBe( 200 );
				expect( index.body ).toContain( `Run ${ run }` );

				// A bot password works, and a page's language can be set (to German).
				const login = await createBotPassword( wiki, 'harness', [ 'basic', 'editpage' ] );
				expect( login.username ).toBe( `${ wiki.adminUser }@harness` );
				expect( login.password ).toMatch( /^[0-9a-w]{32}$/ );
				const bot = new Mwn( { apiUrl: wiki.apiUrl, username: login.username, password: login.password, silent: true } );
				await bot.login();
				await bot.request( { action: 'setpagelanguage', title: 'Harness test', lang: 'de', token: bot.csrfToken } );
				const language = await api( wiki, { action: 'query', titles: 'Harness test', prop: 'info' } );
				expect( language.query.pages[ 0 ].pagelanguage ).toBe( 'de' );

				// Lua modules run, on Scribunto's standalone engine with Lua 5.1.
				await editPage( wiki, 'Module:Harness', 'return { version = function () return _VERSION end }' );
				const parsed = await api( wiki, { action: 'parse', text: '{{#invoke:Harness|version}}', contentmodel: 'wikitext', prop: 'text' } );
				expect( parsed.parse.text ).toContain( 'Lua 5.1' );
			} finally {
				await wiki.stop();
			}
			expect( fs.existsSync( wiki.dir ) ).toBe( false );
			expect( await portIsFree( Number( new URL( wiki.baseUrl ).port ) ) ).toBe( true );
			// Stopping twice is harmless.
			await wiki.stop();
		}
	} );
} );
