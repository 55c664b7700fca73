/**
 * Local preview of the team page: serves a page that loads the REAL built
 * gadgets (gadgets/*.js, *.css) and the real Codex CSS, with a minimal `mw`
 * runtime (preview/runtime/mw.ts) and a stand-in api.php that answers from
 * data/team-page.json (re-read on every request: edit it and reload).
 *
 * Usage: tsx preview/serve.ts [--port N] [--screenshot FILE [--url PATH] [--width W]]
 *   /                                   the team page in English
 *   /wiki/Community_Resilience_and_Sustainability/de   the German translation page
 *   ?uselang=he                         interface language (RTL for he)
 *   ?timezone=Asia/Kolkata              a logged-in reader with that time zone preference
 *   ?night=1                            night mode (Codex dark tokens)
 *   ?date=mdy                           a date format preference (dmy, mdy, ymd, ISO 8601)
 *   ?data=broken                        a broken data page, as an editor sees it
 */
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import { AddressInfo } from 'net';
import { wikitextToHtml } from './wikitext';
import { answerApi } from './api';
import { languageGadgetNames } from '../build/language-packs';

const ROOT = path.resolve( __dirname, '..' );
const TEAM_PAGE = 'Community_Resilience_and_Sustainability';

function argValue( name: string ): string | undefined {
	const i = process.argv.indexOf( name );
	return i !== -1 ? process.argv[ i + 1 ] : undefined;
}

function read( root: string, ...parts: string[] ): string {
	return fs.readFileSync( path.join( root, ...parts ), 'utf8' );
}

let runtimeJs: string | null = null;
function runtime(): string {
	if ( !runtimeJs ) {
		const [ output ] = esbuild.buildSync( {
			entryPoints: [ path.join( __dirname, 'runtime', 'mw.ts' ) ],
			bundle: true, write: false, format: 'iife', target: 'es2017'
		} ).outputFiles;
		if ( !output ) {
			throw new Error( 'esbuild wrote no preview runtime' );
		}
		runtimeJs = output.text;
	}
	return runtimeJs;
}

function darkTokens( root: string ): string {
	const css = read( root, 'node_modules', '@wikimedia', 'codex-design-tokens', 'dist', 'theme-wikimedia-ui-mode-dark.css' );
	return css.replace( /:root\s*\{/, 'html.skin-theme-clientpref-night {' );
}

function escapeHtml( text: string ): string {
	return text.replace( /&/g, '&amp;' ).replace( /</g, '&lt;' ).replace( />/g, '&gt;' ).replace( /"/g, '&quot;' );
}

/**
 * The language code a translation subpage ends in (`Team/de`, `Team/pt-br`), or null.
 *
 * @param pageName
 */
function subpageLanguage( pageName: string ): string | null {
	const slash = pageName.lastIndexOf( '/' );
	const [ language = '', ...variants ] = pageName.slice( slash + 1 ).split( '-' );
	const isCode = slash !== -1 && /^[a-z]{2,3}$/.test( language ) && variants.every( ( part ) => /^[a-z0-9]+$/.test( part ) );
	return isCode ? pageName.slice( slash + 1 ) : null;
}

function pageHtml( url: URL, root: string ): string {
	const pageName = url.pathname.startsWith( '/wiki/' ) ? decodeURIComponent( url.pathname.slice( 6 ) ) : TEAM_PAGE;
	const langSubpage = subpageLanguage( pageName );
	const pageLang = langSubpage || 'en';
	const userLang = url.searchParams.get( 'uselang' ) || 'en';
	const rtl = [ 'he', 'ar', 'fa', 'ur', 'yi' ].includes( userLang );
	const zone = url.searchParams.get( 'timezone' );
	const night = url.searchParams.get( 'night' ) === '1';
	const dataVariant = url.searchParams.get( 'data' ) || '';
	const config = {
		wgPageName: pageName,
		wgTitle: pageName.replace( /_/g, ' ' ),
		wgPageContentLanguage: pageLang,
		wgContentLanguage: 'en',
		wgUserLanguage: userLang,
		wgUserName: zone || dataVariant ? 'Preview user' : null,
		wgScriptPath: '/w',
		wgDBname: 'previewwiki',
		wgTranslatePageTranslation: langSubpage ? 'translation' : null
	};
	const options = { timecorrection: zone ? `ZoneInfo|0|${ zone }` : 'System|0', date: url.searchParams.get( 'date' ) || 'default' };
	const content = wikitextToHtml( read( root, 'data', 'team-page.wikitext' ) )
		.replace( /data-source="([^"]*)"/g, ( _m, src: string ) => `data-source="${ dataVariant ? `${ src }?variant=${ encodeURIComponent( dataVariant ) }` : src }"` );
	return `<!DOCTYPE html>
<html lang="${ userLang }" dir="${ rtl ? 'rtl' : 'ltr' }" class="${ night ? 'skin-theme-clientpref-night' : 'skin-theme-clientpref-day' }">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${ escapeHtml( pageName.replace( /_/g, ' ' ) ) } – crs-team-gadgets preview</title>
<style>${ darkTokens( root ) }</style>
<link rel="stylesheet" href="/static/preview.css">
<link rel="stylesheet" href="/gadgets/Gadget-crs-team-core.css">
<link rel="stylesheet" href="/gadgets/Gadget-crs-team-help-translate.css">
</head>
<body>
<header class="preview-header"><strong>crs-team-gadgets</strong> local preview — the real built gadgets and Codex CSS; data from <code>data/team-page.json</code></header>
<main class="preview-page">
<h1 class="firstHeading" lang="${ pageLang }">${ escapeHtml( pageName.replace( /_/g, ' ' ) ) }</h1>
<div id="mw-content-text" class="mw-body-content" lang="${ pageLang }" dir="${ [ 'he', 'ar' ].includes( pageLang ) ? 'rtl' : 'ltr' }">
${ content }
</div>
</main>
<script src="/static/mw.js"></script>
<script>
mw.config.set(${ JSON.stringify( config ) });
mw.user.options.set(${ JSON.stringify( options ) });
mw.loader.register('ext.gadget.crs-team', '/gadgets/Gadget-crs-team.js');
mw.loader.register('ext.gadget.crs-team-core', '/gadgets/Gadget-crs-team-core.js');
mw.loader.register('ext.gadget.crs-team-help-translate', '/gadgets/Gadget-crs-team-help-translate.js');
mw.loader.register('ext.gadget.crs-team-calendar-tools', '/gadgets/Gadget-crs-team-calendar-tools.js');
mw.loader.register('ext.gadget.crs-team-problems', '/gadgets/Gadget-crs-team-problems.js');
${ languageGadgetNames().map( ( name ) => `mw.loader.register('ext.gadget.${ name }', '/gadgets/Gadget-${ name }.js');` ).join( '\n' ) }
mw.loader.using('ext.gadget.crs-team').then(function () {
	mw.hook('wikipage.content').fire([document.getElementById('mw-content-text')]);
});
</script>
</body>
</html>
`;
}

const PREVIEW_CSS = `
body { margin: 0; font-family: sans-serif; font-size: 16px; line-height: 1.6;
	background: var(--background-color-base, #fff); color: var(--color-base, #202122); }
.preview-header { padding: 8px 16px; font-size: 14px; border-bottom: 1px solid var(--border-color-subtle, #c8ccd1);
	background: var(--background-color-interactive-subtle, #f8f9fa); }
.preview-page { max-width: 960px; margin: 0 auto; padding: 8px 16px 48px; }
h1, h2 { font-family: 'Linux Libertine', Georgia, Times, serif; font-weight: normal;
	border-bottom: 1px solid var(--border-color-subtle, #c8ccd1); margin: 1em 0 0.25em; }
h1 { font-size: 1.8em; } h2 { font-size: 1.5em; }
h3 { font-size: 1.2em; margin: 0.6em 0 0.2em; } h4 { font-size: 1em; margin: 0.6em 0 0.2em; }
a { color: var(--color-progressive, #36c); }
`;

const STATIC: Record<string, ( root: string ) => [ string, string ]> = {
	'/static/codex.css': ( root ) => [ 'text/css', read( root, 'node_modules', '@wikimedia', 'codex', 'dist', 'codex.style.css' ) ],
	'/static/preview.css': () => [ 'text/css', PREVIEW_CSS ],
	'/static/mw.js': () => [ 'text/javascript', runtime() ]
};

/** An answer, built in full before anything is sent. */
interface Answer {
	readonly status: number;
	readonly type: string;
	readonly body: string | Buffer;
	/** Never cached: the files change while the preview runs. */
	readonly fresh?: boolean;
}

function text( status: number, message: string ): Answer {
	return { status, type: 'text/plain', body: `${ message }\n` };
}

function isMissingFile( err: unknown ): boolean {
	return ( err as NodeJS.ErrnoException ).code === 'ENOENT';
}

/**
 * What to answer for a URL: the page, the stand-in API, the built gadgets,
 * Codex CSS, or a 404 that says what is missing.
 *
 * @param url
 * @param root The repository's folder
 */
function answer( url: URL, root: string ): Answer {
	if ( url.pathname === '/w/api.php' ) {
		return { status: 200, type: 'application/json', body: JSON.stringify( answerApi( url.searchParams, root ) ), fresh: true };
	}
	if ( Object.prototype.hasOwnProperty.call( STATIC, url.pathname ) ) {
		const [ type, body ] = STATIC[ url.pathname ]!( root );
		return { status: 200, type, body };
	}
	if ( /^\/gadgets\/Gadget-[\w.-]+$/.test( url.pathname ) ) {
		const type = url.pathname.endsWith( '.css' ) ? 'text/css' : 'text/javascript';
		try {
			return { status: 200, type, body: fs.readFileSync( path.join( root, url.pathname ) ), fresh: true };
		} catch ( err ) {
			if ( isMissingFile( err ) ) {
				return text( 404, `Not found: ${ url.pathname } is not in gadgets/ (npm run build builds the gadgets named in Gadgets-definition.txt)` );
			}
			throw err;
		}
	}
	if ( url.pathname === '/' || url.pathname.startsWith( `/wiki/${ TEAM_PAGE }` ) ) {
		return { status: 200, type: 'text/html', body: pageHtml( url, root ), fresh: true };
	}
	return text( 404, `Not found: ${ url.pathname } (the preview only serves the team page)` );
}

export interface PreviewServerOptions {
	/** The repository's folder (the one holding gadgets/, data/, node_modules/). */
	readonly root?: string;
	/** Where errors while answering are reported; the console by default. */
	readonly log?: ( message: string ) => void;
}

/**
 * The preview's web server. An error while answering one request (a file
 * missing or being replaced, e.g. by `npm ci`) answers that request with a
 * 500 naming the error; the server keeps serving.
 *
 * @param options
 */
export function createPreviewServer( options: PreviewServerOptions = {} ): http.Server {
	const root = options.root || ROOT;
	const log = options.log || ( ( message: string ) => console.error( message ) );
	return http.createServer( ( req, res ) => {
		const url = new URL( req.url || '/', 'http://preview.invalid' );
		let result: Answer;
		try {
			result = answer( url, root );
		} catch ( err ) {
			const message = `Error while answering ${ url.pathname }: ${ ( err as Error ).message || String( err ) }`;
			log( message );
			result = text( 500, `${ message }\n(the preview keeps running: fix the cause, e.g. run npm run build or wait for npm ci, and reload)` );
		}
		res.writeHead( result.status, {
			'Content-Type': `${ result.type }; charset=utf-8`,
			...( result.fresh || result.status !== 200 ? { 'Cache-Control': 'no-store' } : {} )
		} );
		res.end( result.body );
	} );
}

async function screenshot( base: string, file: string, pagePath: string, width: number ): Promise<void> {
	const { launchChromium } = await import( '../test/e2e/browser' );
	const browser = await launchChromium();
	try {
		const page = await browser.newPage( { viewport: { width, height: 900 } } );
		await page.goto( base + pagePath );
		await page.waitForSelector( '.crs-team[data-crs-state="rendered"], .crs-team[data-crs-state="failed"]' );
		await page.waitForFunction( () => !document.querySelector( '.crs-team[data-crs-state="loading"]' ) );
		fs.mkdirSync( path.dirname( path.resolve( file ) ), { recursive: true } );
		await page.screenshot( { path: file, fullPage: true } );
	} finally {
		await browser.close();
	}
}

if ( require.main === module ) {
	if ( !fs.existsSync( path.join( ROOT, 'gadgets', 'Gadget-crs-team-core.js' ) ) ) {
		console.error( 'No built gadgets in gadgets/: run `npm run build` first (or `npm start`, which does both).' );
		process.exit( 1 );
	}
	const shot = argValue( '--screenshot' );
	const port = Number( argValue( '--port' ) || process.env.PORT || ( shot ? 0 : 8080 ) );
	const server = createPreviewServer();
	server.listen( port, '127.0.0.1', () => {
		const base = `http://127.0.0.1:${ ( server.address() as AddressInfo ).port }`;
		if ( shot ) {
			screenshot( base, shot, argValue( '--url' ) || '/', Number( argValue( '--width' ) || 1200 ) ).then( () => {
				console.log( `Saved a screenshot of ${ base }${ argValue( '--url' ) || '/' } to ${ shot }` );
				server.close();
			}, ( err: Error ) => {
				console.error( `Screenshot failed: ${ err.message }` );
				server.close();
				process.exitCode = 1;
			} );
			return;
		}
		console.log( 'The team page, rendered by the built gadgets from data/team-page.json:\n' );
		console.log( `  ${ base }/                       English` );
		console.log( `  ${ base }/wiki/${ TEAM_PAGE }/de  German translation page` );
		console.log( `  ${ base }/?uselang=he&night=1     Hebrew interface, night mode` );
		console.log( `  ${ base }/?timezone=Asia/Kolkata  a reader whose preference is Asia/Kolkata` );
		console.log( `  ${ base }/?data=broken            a broken data page, as its editors see it\n` );
		console.log( 'Edit data/team-page.json and reload to see the change. Press Ctrl+C to stop.' );
	} );
}
