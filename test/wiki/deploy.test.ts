/**
 * The deploy command against a real MediaWiki 1.43: a fresh test wiki, the
 * current build, and the command run as a deployer would run it.
 */
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { GadgetDefinition, parseGadgetsDefinition } from '../../build/gadgets-definition';
import { readModulePages } from '../../deploy/deploy';
import { MODULE_MESSAGES_TITLE, MODULE_TITLE } from '../../deploy/module-pages';
import { buildGadgets } from './build-gadgets';
import { createBotPassword, editPage, getJson, startWiki, TestWiki } from './wiki';

const ROOT = path.resolve( __dirname, '..', '..' );
const TSX = path.join( ROOT, 'node_modules', '.bin', 'tsx' );
const DEFINITION = parseGadgetsDefinition( fs.readFileSync( path.join( ROOT, 'Gadgets-definition.txt' ), 'utf8' ) );
const OUR_SECTION = DEFINITION[ 0 ]!.section;
const DATA_TITLE = 'Module:CRS test/data.json';
const TEAM_PAGE_TITLE = 'CRS test team page';
/** Every page a full deploy publishes: built pages, the module with its submodules, messages and tracking category, data, team page, definition (counted once the build has run). */
let PAGE_COUNT = 0;

let wiki: TestWiki;
let credentials: { username: string; password: string };

interface Run {
	readonly code: number;
	readonly stdout: string;
	readonly stderr: string;
}

/** Runs `npm run deploy` (its tsx command) against the test wiki with the bot password. */
function deploy( ...args: string[] ): Promise<Run> {
	const all = [
		'deploy/cli.ts', '--api', wiki.apiUrl, '--allow-dirty',
		'--data', '--data-file', 'test/fixtures/team-page-data.json', '--data-title', DATA_TITLE,
		'--team-page-title', TEAM_PAGE_TITLE, '--team-page-file', 'test/fixtures/team-page.wikitext',
		...args
	];
	return new Promise( ( resolve ) => {
		execFile( TSX, all, {
			cwd: ROOT,
			env: { ...process.env, CI: 'true', MW_USERNAME: credentials.username, MW_PASSWORD: credentials.password }
		}, ( err, stdout, stderr ) => {
			resolve( { code: err ? ( typeof err.code === 'number' ? err.code : 1 ) : 0, stdout, stderr } );
		} );
	} );
}

function api( params: Record<string, string> ): Promise<any> {
	return getJson( wiki.apiUrl, params );
}

/** Revisions saved by the deploy command (their summaries start with "Repo at"). */
async function deployEdits(): Promise<number> {
	const result = await api( { action: 'query', list: 'allrevisions', arvprop: 'comment', arvlimit: 'max' } );
	let count = 0;
	for ( const page of result.query.allrevisions ) {
		count += page.revisions.filter( ( r: { comment: string } ) => r.comment.startsWith( 'Repo at ' ) ).length;
	}
	return count;
}

async function pageText( title: string ): Promise<string> {
	const result = await api( { action: 'query', prop: 'revisions', rvprop: 'content', rvslots: 'main', titles: title } );
	return result.query.pages[ 0 ].revisions[ 0 ].slots.main.content;
}

async function gadgets(): Promise<Map<string, any>> {
	const result = await api( { action: 'query', list: 'gadgets', gaprop: 'id|metadata' } );
	return new Map( result.query.gadgets.map( ( g: { id: string; metadata: unknown } ) => [ g.id, g.metadata ] ) );
}

/** What list=gadgets reports for a gadget defined by this line. */
function expectedMetadata( gadget: GadgetDefinition ): Record<string, unknown> {
	const has = ( name: string ): boolean => gadget.options.has( name );
	return {
		settings: expect.objectContaining( {
			category: gadget.section,
			package: has( 'package' ),
			hidden: has( 'hidden' ),
			supportsUrlLoad: has( 'supportsUrlLoad' ),
			actions: gadget.options.get( 'actions' ) || [],
			skins: gadget.options.get( 'skins' ) || [],
			rights: gadget.options.get( 'rights' ) || []
		} ),
		module: expect.objectContaining( {
			dependencies: gadget.options.get( 'dependencies' ) || [],
			scripts: gadget.pages.filter( ( p ) => p.endsWith( '.js' ) ).map( ( p ) => `MediaWiki:Gadget-${ p }` ),
			styles: gadget.pages.filter( ( p ) => p.endsWith( '.css' ) ).map( ( p ) => `MediaWiki:Gadget-${ p }` )
		} )
	};
}

async function expectOurGadgets(): Promise<Map<string, any>> {
	const listed = await gadgets();
	for ( const gadget of DEFINITION ) {
		expect( listed.get( gadget.name ) ).toEqual( expectedMetadata( gadget ) );
	}
	return listed;
}

beforeAll( async () => {
	await buildGadgets();
	PAGE_COUNT = fs.readdirSync( path.join( ROOT, 'gadgets' ) ).filter( ( f ) => f.startsWith( 'Gadget-' ) ).length +
		readModulePages( ROOT ).length + 3;
	wiki = await startWiki();
	credentials = await createBotPassword( wiki, 'deploy', [ 'basic', 'editsiteconfig', 'createeditmovepage' ] );
}, 120000 );

afterAll( async () => {
	if ( wiki ) {
		await wiki.stop();
	}
} );

// The tests build on each other, in order, on one wiki.
describe( 'npm run deploy against a fresh MediaWiki 1.43', () => {
	it( 'dry run: lists every page to create with its diff, saves nothing, prints no secret', async () => {
		const run = await deploy( '--dry-run' );
		expect( run.stderr ).toBe( '' );
		expect( run.code ).toBe( 0 );
		expect( run.stdout ).toContain( `Logged in to ${ wiki.apiUrl } as ${ wiki.adminUser }.` );
		expect( run.stdout ).toContain( `${ PAGE_COUNT } to create, 0 to change, 0 unchanged` );
		expect( run.stdout ).toMatch( /^MediaWiki:Gadgets-definition +create +\+\d+ -0$/m );
		expect( run.stdout ).toContain( `+== ${ OUR_SECTION } ==` );
		expect( run.stdout ).toContain( 'Dry run: nothing was saved.' );
		expect( run.stdout + run.stderr ).not.toContain( credentials.password );
		expect( await deployEdits() ).toBe( 0 );
	} );

	it( 'refuses to create pages without --create, naming them', async () => {
		const run = await deploy();
		expect( run.code ).toBe( 1 );
		expect( run.stderr ).toMatch( /Refusing to create \d+ page\(s\) .*MediaWiki:Gadgets-definition/ );
		expect( await deployEdits() ).toBe( 0 );
	} );

	it( 'publishes everything with --create; the gadgets appear with our options', async () => {
		const run = await deploy( '--create' );
		expect( run.stderr ).toBe( '' );
		expect( run.code ).toBe( 0 );
		expect( run.stdout ).toContain( `${ PAGE_COUNT } edit(s) saved.` );
		expect( await deployEdits() ).toBe( PAGE_COUNT );
		await expectOurGadgets();

		const luaTitles = readModulePages( ROOT ).filter( ( p ) => p.source.endsWith( '.lua' ) ).map( ( p ) => p.title );
		expect( luaTitles ).toContain( MODULE_TITLE );
		const info = await api( { action: 'query', prop: 'info|revisions', rvprop: 'comment', titles: [ DATA_TITLE, TEAM_PAGE_TITLE, MODULE_MESSAGES_TITLE, ...luaTitles ].join( '|' ) } );
		const byTitle = new Map( info.query.pages.map( ( p: { title: string } ) => [ p.title, p ] ) );
		expect( byTitle.get( DATA_TITLE ) ).toMatchObject( { contentmodel: 'json' } );
		for ( const title of luaTitles ) {
			expect( byTitle.get( title ) ).toMatchObject( { title, contentmodel: 'Scribunto' } );
		}
		expect( byTitle.get( MODULE_MESSAGES_TITLE ) ).toMatchObject( { contentmodel: 'json' } );
		expect( byTitle.get( TEAM_PAGE_TITLE ) ).toMatchObject( { contentmodel: 'wikitext' } );
		expect( ( byTitle.get( DATA_TITLE ) as any ).revisions[ 0 ].comment ).toMatch( /^Repo at [0-9a-f]{10}/ );
		expect( JSON.parse( await pageText( DATA_TITLE ) ) ).toEqual( JSON.parse( fs.readFileSync( path.join( ROOT, 'test/fixtures/team-page-data.json' ), 'utf8' ) ) );
	} );

	it( 'a second run right after makes zero edits', async () => {
		const run = await deploy( '--create' );
		expect( run.code ).toBe( 0 );
		expect( run.stdout ).toContain( `0 to create, 0 to change, ${ PAGE_COUNT } unchanged` );
		expect( run.stdout ).toContain( 'Nothing to save.' );
		expect( await deployEdits() ).toBe( PAGE_COUNT );
	} );

	it( 'restores a page changed by hand, showing the change in the dry run', async () => {
		const title = `MediaWiki:Gadget-${ DEFINITION[ 0 ]!.name }`;
		const ours = await pageText( title );
		await editPage( wiki, title, `${ ours }\nAdded by hand.` );
		const dry = await deploy( '--dry-run' );
		expect( dry.stdout ).toContain( `0 to create, 1 to change, ${ PAGE_COUNT - 1 } unchanged` );
		expect( dry.stdout ).toContain( '\n-Added by hand.\n' );
		const run = await deploy();
		expect( run.code ).toBe( 0 );
		expect( await pageText( title ) ).toBe( ours );
		expect( await deployEdits() ).toBe( PAGE_COUNT + 1 );
	} );

	it( 'keeps another gadget added by hand to the definition page, byte for byte, while fixing our lines', async () => {
		const ours = await pageText( 'MediaWiki:Gadgets-definition' );
		const other = [
			'<!-- Local gadgets, added by hand. -->',
			'== tools ==',
			'*  hand-made [ ResourceLoader | default ] | hand-made.js',
			'',
			''
		].join( '\n' );
		// Also make one of our lines outdated, so the deploy must edit the page.
		const outdated = DEFINITION[ 0 ]!.line.replace( /\|[^|]+$/, '|old-name.js' );
		const byHand = other + ours.replace( DEFINITION[ 0 ]!.line, outdated );
		await editPage( wiki, 'MediaWiki:Gadget-hand-made.js', 'mw.log( "hand-made" );' );
		await editPage( wiki, 'MediaWiki:Gadgets-definition', byHand );
		expect( ( await gadgets() ).has( 'hand-made' ) ).toBe( true );

		const before = await deployEdits();
		const run = await deploy();
		expect( run.code ).toBe( 0 );
		expect( run.stdout ).toMatch( /^MediaWiki:Gadgets-definition +change +\+1 -1$/m );
		expect( await deployEdits() ).toBe( before + 1 );
		expect( await pageText( 'MediaWiki:Gadgets-definition' ) ).toBe( other + ours );
		const listed = await expectOurGadgets();
		expect( listed.get( 'hand-made' ) ).toEqual( expect.objectContaining( {
			settings: expect.objectContaining( { category: 'tools', default: true } )
		} ) );

		const again = await deploy();
		expect( again.stdout ).toContain( 'Nothing to save.' );
		expect( await deployEdits() ).toBe( before + 1 );
	} );

	it( 'refuses an ambiguous definition page and leaves it as it is', async () => {
		const current = await pageText( 'MediaWiki:Gadgets-definition' );
		const ambiguous = `${ current }\n\n== ${ OUR_SECTION } ==\n* another|another.js`;
		await editPage( wiki, 'MediaWiki:Gadgets-definition', ambiguous );
		const before = await deployEdits();
		const run = await deploy();
		expect( run.code ).toBe( 1 );
		expect( run.stderr ).toContain( `MediaWiki:Gadgets-definition: our section "== ${ OUR_SECTION } ==" appears 2 times` );
		expect( await pageText( 'MediaWiki:Gadgets-definition' ) ).toBe( ambiguous );
		expect( await deployEdits() ).toBe( before );
	} );
} );
