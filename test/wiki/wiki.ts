/**
 * A throw-away local MediaWiki for integration and end-to-end tests.
 *
 * Every call of startWiki() installs a fresh wiki from the Debian `mediawiki`
 * package (see scripts/install-system-deps.sh) into a new temporary folder:
 * SQLite database, LocalSettings.php and server log all live there, and
 * stop() removes it. Nothing outside that folder is written, so several wikis
 * can run side by side and runs never see each other's data.
 *
 * The wiki is served by PHP's built-in web server on a free loopback port.
 * Pages are reached through index.php (`/index.php?title=…` or
 * `/index.php/Title`); there are no short URLs. The Debian package's own
 * LocalSettings.php symlink is not used: the server and the maintenance
 * scripts are pointed at ours with the MW_CONFIG_FILE environment variable.
 *
 * Loaded: Gadgets, Scribunto, CodeEditor, WikiEditor; skins Vector (default
 * vector-2022), MinervaNeue, MonoBook and Timeless. `Module:…/data.json`
 * pages get the JSON content model from Scribunto even without a Lua binary;
 * when one is on PATH, Lua modules run too (luastandalone engine).
 * Page language can be changed (Special:PageLanguage, API action=setpagelanguage),
 * bot passwords are on, e-mail is off, the object cache is off so edits show
 * immediately, and exceptions are shown in full.
 *
 * Manual use (prints the URLs and the admin login, stops on Ctrl-C):
 *
 *     npx tsx test/wiki/wiki.ts [--port 8080]
 */
import { ChildProcess, execFile, spawn } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';

export interface StartWikiOptions {
	/** TCP port on 127.0.0.1; a free one is picked when omitted. */
	port?: number;
	/** $wgSitename. */
	siteName?: string;
	adminUser?: string;
	adminPassword?: string;
	/** Where MediaWiki is installed (the Debian package by default). */
	mediawikiDir?: string;
	/** PHP code appended to LocalSettings.php after our settings. */
	extraSettings?: string;
	/** Worker processes of the PHP web server (PHP_CLI_SERVER_WORKERS). */
	workers?: number;
	/**
	 * Serve as a production wiki does: PHP's OPcache on (the CLI web server
	 * has it off, so every request compiles MediaWiki again), APCu as the
	 * local server cache (ResourceLoader keeps minified modules there; without
	 * it, every load.php request minifies them again), and the object and
	 * parser caches in the database. The tests run without any of these
	 * (APCu is turned off), so that an edit shows on the next request. For
	 * the benchmarks.
	 */
	productionLike?: boolean;
	/** Milliseconds to wait for the API to answer after the server started. */
	startTimeout?: number;
}

export interface TestWiki {
	/** `http://127.0.0.1:PORT` */
	readonly baseUrl: string;
	/** `http://127.0.0.1:PORT/api.php` */
	readonly apiUrl: string;
	/** `http://127.0.0.1:PORT/index.php` */
	readonly indexUrl: string;
	/** $wgScriptPath: '' (the wiki is served from the root). */
	readonly scriptPath: string;
	readonly adminUser: string;
	readonly adminPassword: string;
	/** The temporary folder holding LocalSettings.php, the database and server.log. */
	readonly dir: string;
	/** Stops the web server and removes `dir`. Safe to call twice. */
	stop(): Promise<void>;
}

const DEFAULTS = {
	siteName: 'CRS Test Wiki',
	adminUser: 'Admin',
	// Long enough for the default password policy, and not a common password.
	adminPassword: 'crs-test-wiki-admin-password',
	mediawikiDir: '/usr/share/mediawiki',
	workers: 4,
	startTimeout: 30000
};

/** The caches a production wiki has (memcached there; the database here). */
const PRODUCTION_CACHES = [
	'$wgMainCacheType = CACHE_DB;',
	'$wgParserCacheType = CACHE_DB;',
	'$wgMessageCacheType = CACHE_DB;'
].join( '\n' );

const EXTENSIONS = [ 'Gadgets', 'Scribunto', 'CodeEditor', 'WikiEditor' ];
const SKINS = [ 'Vector', 'MinervaNeue', 'MonoBook', 'Timeless' ];

/** Web servers still running, stopped if the process exits without stop(). */
const running = new Set<ChildProcess>();
process.on( 'exit', () => {
	for ( const child of running ) {
		signalGroup( child, 'SIGKILL' );
	}
} );

/**
 * Signals the web server and its workers. With PHP_CLI_SERVER_WORKERS the
 * server forks workers that outlive a killed parent, so the server runs in
 * its own process group and the whole group is signalled.
 */
function signalGroup( child: ChildProcess, signal: NodeJS.Signals | 0 ): boolean {
	try {
		process.kill( -( child.pid as number ), signal );
		return true;
	} catch {
		return false;
	}
}

/** Quotes a string as a PHP single-quoted literal. */
export function phpString( value: string ): string {
	return `'${ value.replace( /[\\']/g, ( c ) => `\\${ c }` ) }'`;
}

/**
 * The settings appended to the installer's LocalSettings.php. Pure.
 *
 * @param luaPath Absolute path of a Lua 5.1 interpreter, or null if none
 * @return PHP source
 */
export function localSettingsAdditions( luaPath: string | null ): string {
	const lines = [
		'',
		'# ---- test/wiki/wiki.ts ----',
		'$wgShowExceptionDetails = true;',
		'$wgDevelopmentWarnings = false;',
		'',
		'# Skins and extensions (the installer loaded them; these are our choices).',
		'$wgDefaultSkin = \'vector-2022\';',
		'$wgGadgetsRepo = \'definition\';',
		'$wgScribuntoDefaultEngine = \'luastandalone\';',
		luaPath ?
			`$wgScribuntoEngineConf['luastandalone']['luaPath'] = ${ phpString( luaPath ) };` :
			'# No Lua interpreter on PATH: modules do not run, Module:…/data.json pages still get the JSON content model.',
		'$wgScribuntoUseCodeEditor = true;',
		'',
		'# Page language can be set per page (Special:PageLanguage).',
		'$wgPageLanguageUseDB = true;',
		'$wgGroupPermissions[\'sysop\'][\'pagelang\'] = true;',
		'',
		'# Accounts: bot passwords for API clients, no e-mail.',
		'$wgEnableBotPasswords = true;',
		'$wgEnableEmail = false;',
		'$wgEnableUserEmail = false;',
		'$wgEmailAuthentication = false;',
		'',
		'# The deploy saves some 60 pages in a row, over the edit rate limit (90 a',
		'# minute, and a page created counts twice); deploy/deploy.ts would wait a',
		'# minute out each time, in every suite that starts a wiki.',
		'$wgRateLimits[\'edit\'][\'user\'] = [ 1000, 60 ];',
		'$wgRateLimits[\'edit\'][\'newbie\'] = [ 1000, 60 ];',
		'',
		'# No object cache, so every edit shows on the next request.',
		'$wgMainCacheType = CACHE_NONE;',
		'$wgParserCacheType = CACHE_NONE;',
		'$wgMessageCacheType = CACHE_NONE;',
		'$wgSessionCacheType = CACHE_DB;',
		'$wgResourceLoaderMaxage = [ \'versioned\' => 60, \'unversioned\' => 5 ];',
		'$wgResourceLoaderDebug = false;',
		'',
		'# Jobs run in the request that queued them, so results do not lag.',
		'$wgJobRunRate = 1;',
		'$wgRunJobsAsync = false;',
		''
	];
	return lines.join( '\n' );
}

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number> {
	return new Promise( ( resolve, reject ) => {
		const server = net.createServer();
		server.unref();
		server.on( 'error', reject );
		server.listen( 0, '127.0.0.1', () => {
			const address = server.address() as net.AddressInfo;
			server.close( () => resolve( address.port ) );
		} );
	} );
}

/** The first of the given programs found on PATH, or null. */
function which( names: readonly string[] ): string | null {
	for ( const dir of ( process.env.PATH || '' ).split( path.delimiter ) ) {
		for ( const name of names ) {
			const file = path.join( dir, name );
			try {
				fs.accessSync( file, fs.constants.X_OK );
				return file;
			} catch {
				// not here
			}
		}
	}
	return null;
}

interface RunResult {
	readonly stdout: string;
	readonly stderr: string;
}

function run( command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv; input?: string } ): Promise<RunResult> {
	return new Promise( ( resolve, reject ) => {
		const child = execFile( command, args, {
			cwd: options.cwd,
			env: options.env || process.env,
			maxBuffer: 16 * 1024 * 1024
		}, ( err, stdout, stderr ) => {
			if ( err ) {
				reject( new Error( `${ command } ${ args.join( ' ' ) } failed: ${ err.message }\n${ stdout }\n${ stderr }`.trim() ) );
			} else {
				resolve( { stdout, stderr } );
			}
		} );
		if ( options.input !== undefined && child.stdin ) {
			child.stdin.end( options.input );
		}
	} );
}

/** Where a wiki's settings live, as the environment the PHP processes need. */
function wikiEnv( dir: string ): NodeJS.ProcessEnv {
	return { ...process.env, MW_CONFIG_FILE: path.join( dir, 'LocalSettings.php' ) };
}

const mediawikiDirs = new WeakMap<TestWiki, string>();

/**
 * Runs a maintenance script of the wiki (`php maintenance/run.php SCRIPT …`).
 *
 * @param wiki A running test wiki
 * @param script Script name, e.g. `edit` or `createBotPassword`
 * @param args Its options and arguments
 * @param input Text for its standard input
 * @return The script's standard output
 */
export async function runMaintenance( wiki: TestWiki, script: string, args: readonly string[] = [], input?: string ): Promise<string> {
	const cwd = mediawikiDirs.get( wiki ) || DEFAULTS.mediawikiDir;
	const result = await run( 'php', [ 'maintenance/run.php', script, ...args ], { cwd, env: wikiEnv( wiki.dir ), input } );
	return result.stdout;
}

/**
 * Creates a bot password for the admin account, as Special:BotPasswords does.
 *
 * @param wiki A running test wiki
 * @param appId Bot name, e.g. `deploy`
 * @param grants Grant names, e.g. `[ 'basic', 'editsiteconfig' ]`
 * @return The login name (`Admin@deploy`) and its 32-character password
 */
export async function createBotPassword( wiki: TestWiki, appId: string, grants: readonly string[] ): Promise<{ username: string; password: string }> {
	// BotPassword::canonicalizeLoginData() only recognises [0-9a-w] passwords.
	const alphabet = '0123456789abcdefghijklmnopqrstuvw';
	let password = '';
	for ( let i = 0; i < 32; i++ ) {
		password += alphabet[ crypto.randomInt( alphabet.length ) ];
	}
	await runMaintenance( wiki, 'createBotPassword', [ `--appid=${ appId }`, `--grants=${ grants.join( ',' ) }`, wiki.adminUser, password ] );
	return { username: `${ wiki.adminUser }@${ appId }`, password };
}

/**
 * Saves a page as the admin through the `edit` maintenance script, bypassing
 * the API (so tests can make "edits by hand").
 *
 * @param wiki A running test wiki
 * @param title Page title
 * @param text New page text
 * @param summary Edit summary
 */
export async function editPage( wiki: TestWiki, title: string, text: string, summary = 'Edited by hand' ): Promise<void> {
	await runMaintenance( wiki, 'edit', [ `--user=${ wiki.adminUser }`, `--summary=${ summary }`, title ], text );
}

function sleep( ms: number ): Promise<void> {
	return new Promise( ( resolve ) => {
		setTimeout( resolve, ms );
	} );
}

/**
 * GETs `url` and reads its answer as text, whatever its status.
 *
 * @param url
 * @return The status and the body
 */
export function getText( url: string | URL ): Promise<{ status: number; body: string }> {
	return new Promise( ( resolve, reject ) => {
		http.get( url, ( response ) => {
			let body = '';
			response.setEncoding( 'utf8' );
			response.on( 'data', ( chunk: string ) => {
				body += chunk;
			} );
			response.on( 'end', () => resolve( { status: response.statusCode || 0, body } ) );
		} ).on( 'error', reject );
	} );
}

/**
 * GETs an API URL with `format=json&formatversion=2` and the given parameters.
 *
 * @param apiUrl URL of api.php
 * @param params Query parameters
 * @return The decoded answer
 */
export function getJson( apiUrl: string, params: Record<string, string> ): Promise<any> {
	const url = new URL( apiUrl );
	for ( const [ key, value ] of Object.entries( { format: 'json', formatversion: '2', ...params } ) ) {
		url.searchParams.set( key, value );
	}
	return getText( url ).then( ( { status, body } ) => {
		if ( status !== 200 ) {
			throw new Error( `HTTP ${ status } from ${ url }` );
		}
		try {
			return JSON.parse( body );
		} catch {
			throw new Error( `Not JSON from ${ url }: ${ body.slice( 0, 200 ) }` );
		}
	} );
}

async function waitForApi( apiUrl: string, child: ChildProcess, timeout: number, log: string ): Promise<void> {
	const deadline = Date.now() + timeout;
	let lastError = '';
	while ( Date.now() < deadline ) {
		if ( child.exitCode !== null ) {
			throw new Error( `php -S exited with code ${ child.exitCode }:\n${ readTail( log ) }` );
		}
		try {
			const body = await getJson( apiUrl, { action: 'query', meta: 'siteinfo' } ) as { query?: { general?: unknown } };
			if ( body.query && body.query.general ) {
				return;
			}
			lastError = 'no siteinfo in the answer';
		} catch ( e ) {
			lastError = ( e as Error ).message;
		}
		await sleep( 100 );
	}
	throw new Error( `The test wiki did not answer at ${ apiUrl } within ${ timeout } ms (${ lastError }):\n${ readTail( log ) }` );
}

function readTail( file: string ): string {
	try {
		return fs.readFileSync( file, 'utf8' ).split( '\n' ).slice( -30 ).join( '\n' );
	} catch {
		return '';
	}
}

async function stopChild( child: ChildProcess ): Promise<void> {
	running.delete( child );
	signalGroup( child, 'SIGTERM' );
	// Wait until every process of the group is gone, so the port is free.
	const deadline = Date.now() + 5000;
	while ( signalGroup( child, 0 ) ) {
		if ( Date.now() > deadline ) {
			signalGroup( child, 'SIGKILL' );
		}
		await sleep( 50 );
	}
}

/**
 * Installs a fresh wiki in a new temporary folder and serves it on 127.0.0.1.
 *
 * @param options See StartWikiOptions
 * @return The running wiki; call stop() when done
 */
export async function startWiki( options: StartWikiOptions = {} ): Promise<TestWiki> {
	const settings = { ...DEFAULTS, ...options };
	const port = options.port || await freePort();
	const baseUrl = `http://127.0.0.1:${ port }`;
	const dir = fs.mkdtempSync( path.join( os.tmpdir(), 'crs-test-wiki-' ) );
	let child: ChildProcess | null = null;
	const cleanUp = async (): Promise<void> => {
		if ( child ) {
			await stopChild( child );
		}
		fs.rmSync( dir, { recursive: true, force: true } );
	};
	try {
		const passFile = path.join( dir, 'admin-password' );
		fs.writeFileSync( passFile, settings.adminPassword, { mode: 0o600 } );
		await run( 'php', [
			'maintenance/run.php', 'install',
			'--dbtype=sqlite', `--dbpath=${ dir }`, '--dbname=wiki',
			`--server=${ baseUrl }`, '--scriptpath=',
			`--confpath=${ dir }`, `--passfile=${ passFile }`,
			`--extensions=${ EXTENSIONS.join( ',' ) }`, `--skins=${ SKINS.join( ',' ) }`,
			'--lang=en', '--quiet',
			settings.siteName, settings.adminUser
		], { cwd: settings.mediawikiDir, env: { ...process.env, MW_CONFIG_FILE: '' } } );
		fs.unlinkSync( passFile );
		const localSettings = path.join( dir, 'LocalSettings.php' );
		fs.appendFileSync( localSettings, localSettingsAdditions( which( [ 'lua5.1', 'lua' ] ) ) +
			( settings.productionLike ? `\n${ PRODUCTION_CACHES }\n` : '' ) +
			( settings.extraSettings ? `\n${ settings.extraSettings }\n` : '' ) );

		const log = path.join( dir, 'server.log' );
		const logFd = fs.openSync( log, 'a' );
		const caches = settings.productionLike ? [ '-d', 'opcache.enable_cli=1', '-d', 'apc.enabled=1' ] : [ '-d', 'apc.enabled=0' ];
		child = spawn( 'php', [ ...caches, '-S', `127.0.0.1:${ port }`, '-t', settings.mediawikiDir ], {
			cwd: settings.mediawikiDir,
			env: { ...wikiEnv( dir ), PHP_CLI_SERVER_WORKERS: String( settings.workers ) },
			stdio: [ 'ignore', logFd, logFd ],
			detached: true
		} );
		fs.closeSync( logFd );
		running.add( child );
		await waitForApi( `${ baseUrl }/api.php`, child, settings.startTimeout, log );
	} catch ( e ) {
		await cleanUp();
		throw e;
	}

	let stopped: Promise<void> | null = null;
	const wiki: TestWiki = {
		baseUrl,
		apiUrl: `${ baseUrl }/api.php`,
		indexUrl: `${ baseUrl }/index.php`,
		scriptPath: '',
		adminUser: settings.adminUser,
		adminPassword: settings.adminPassword,
		dir,
		stop: () => {
			stopped = stopped || cleanUp();
			return stopped;
		}
	};
	mediawikiDirs.set( wiki, settings.mediawikiDir );
	return wiki;
}

async function main( argv: readonly string[] ): Promise<void> {
	const portIndex = argv.indexOf( '--port' );
	const port = portIndex === -1 ? undefined : Number( argv[ portIndex + 1 ] );
	if ( port !== undefined && !( port > 0 && port < 65536 ) ) {
		throw new Error( 'Usage: tsx test/wiki/wiki.ts [--port N]' );
	}
	const wiki = await startWiki( { port } );
	console.log( [
		'Test wiki running (stop with Ctrl-C; it is deleted then):',
		`  Main page: ${ wiki.indexUrl }?title=Main_Page`,
		`  API:       ${ wiki.apiUrl }`,
		`  Login:     ${ wiki.adminUser } / ${ wiki.adminPassword }`,
		`  Folder:    ${ wiki.dir } (server.log, LocalSettings.php)`
	].join( '\n' ) );
	const stop = (): void => {
		wiki.stop().then( () => process.exit( 0 ), () => process.exit( 1 ) );
	};
	process.once( 'SIGINT', stop );
	process.once( 'SIGTERM', stop );
}

if ( require.main === module ) {
	main( process.argv.slice( 2 ) ).catch( ( err: Error ) => {
		console.error( err.message );
		process.exit( 1 );
	} );
}
