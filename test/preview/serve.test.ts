/**
 * The preview server (`npm start`) on a free port: it answers what it can,
 * says what is missing, and keeps serving after an error.
 */
import * as fs from 'fs';
import * as http from 'http';
import { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { createPreviewServer } from '../../preview/serve';

const ROOT = path.resolve( __dirname, '..', '..' );

interface Reply {
	readonly status: number;
	readonly type: string;
	readonly body: string;
}

function get( base: string, pathname: string ): Promise<Reply> {
	return new Promise( ( resolve, reject ) => {
		http.get( base + pathname, ( res ) => {
			let body = '';
			res.setEncoding( 'utf8' );
			res.on( 'data', ( chunk: string ) => {
				body += chunk;
			} );
			res.on( 'end', () => resolve( { status: res.statusCode || 0, type: String( res.headers[ 'content-type' ] ), body } ) );
		} ).on( 'error', reject );
	} );
}

/**
 * Starts a preview server for `root` on a free loopback port.
 *
 * @param root The repository folder it serves
 */
async function startServer( root: string ): Promise<{ base: string; logged: string[]; stop: () => Promise<void> }> {
	const logged: string[] = [];
	const server = createPreviewServer( { root, log: ( message ) => logged.push( message ) } );
	await new Promise<void>( ( resolve ) => {
		server.listen( 0, '127.0.0.1', resolve );
	} );
	return {
		base: `http://127.0.0.1:${ ( server.address() as AddressInfo ).port }`,
		logged,
		stop: () => new Promise( ( resolve ) => {
			server.close( () => resolve() );
		} )
	};
}

describe( 'the preview server', () => {
	let preview: Awaited<ReturnType<typeof startServer>>;
	beforeAll( async () => {
		preview = await startServer( ROOT );
	} );
	afterAll( () => preview.stop() );

	it( 'serves the team page and its stand-in API', async () => {
		const page = await get( preview.base, '/' );
		expect( page.status ).toBe( 200 );
		expect( page.type ).toBe( 'text/html; charset=utf-8' );
		expect( page.body ).toContain( 'class="crs-team"' );
		const query = new URLSearchParams( {
			action: 'query', format: 'json', formatversion: '2', prop: 'revisions|info', rvprop: 'content|ids|timestamp', rvslots: 'main',
			titles: 'Module:Community Resilience and Sustainability/data.json'
		} );
		const api = await get( preview.base, `/w/api.php?${ query }` );
		expect( api.status ).toBe( 200 );
		expect( JSON.parse( api.body ).query.pages[ 0 ].revisions[ 0 ].slots.main.content ).toContain( '"version": 1' );
	} );

	it( 'answers 404 with what is missing for a gadget that was never built, and keeps serving', async () => {
		const missing = await get( preview.base, '/gadgets/Gadget-nope.js' );
		expect( missing.status ).toBe( 404 );
		expect( missing.body ).toContain( '/gadgets/Gadget-nope.js is not in gadgets/' );
		expect( ( await get( preview.base, '/' ) ).status ).toBe( 200 );
	} );

	it( 'answers 404 for pages it does not have', async () => {
		const other = await get( preview.base, '/wiki/Main_Page' );
		expect( other.status ).toBe( 404 );
		expect( other.body ).toContain( 'the preview only serves the team page' );
	} );

	it( 'renders a translation subpage in its language', async () => {
		const page = await get( preview.base, '/wiki/Community_Resilience_and_Sustainability/pt-br' );
		expect( page.body ).toContain( '"wgPageContentLanguage":"pt-br"' );
		expect( page.body ).toContain( '"wgTranslatePageTranslation":"translation"' );
	} );
} );

describe( 'the preview server while its files are missing or being replaced', () => {
	let root: string;
	let preview: Awaited<ReturnType<typeof startServer>>;
	beforeAll( async () => {
		// A repository without node_modules/ and without data/, as in the middle of `npm ci` or a checkout.
		root = fs.mkdtempSync( path.join( os.tmpdir(), 'crs-preview-' ) );
		fs.mkdirSync( path.join( root, 'gadgets' ) );
		fs.writeFileSync( path.join( root, 'gadgets', 'Gadget-crs-team.js' ), '// built' );
		preview = await startServer( root );
	} );
	afterAll( async () => {
		await preview.stop();
		fs.rmSync( root, { recursive: true, force: true } );
	} );

	it.each( [
		[ '/static/codex.css', 'codex.style.css' ],
		[ '/', 'team-page.wikitext' ]
	] )( '%s answers 500 naming the error, and the server keeps serving', async ( pathname, file ) => {
		const broken = await get( preview.base, pathname );
		expect( broken.status ).toBe( 500 );
		expect( broken.body ).toContain( `Error while answering ${ pathname }: ENOENT` );
		expect( broken.body ).toContain( file );
		expect( preview.logged.some( ( line ) => line.startsWith( `Error while answering ${ pathname }` ) ) ).toBe( true );

		const still = await get( preview.base, '/gadgets/Gadget-crs-team.js' );
		expect( [ still.status, still.body ] ).toEqual( [ 200, '// built' ] );
	} );
} );
