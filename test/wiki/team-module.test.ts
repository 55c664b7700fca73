/* eslint-disable no-script-url -- hostile links are what these tests feed in */
/**
 * The Scribunto module (src/lua/) on a real MediaWiki 1.43 with the
 * standalone Lua engine: what it renders, that nothing from the data page
 * becomes markup, what a broken data page does, how long the parser cache
 * may keep a rendering, that an edit of the data page reaches the team page
 * through the links tables and the job queue, and that it renders the same
 * team page as the gadget.
 */
import * as path from 'path';
import { Mwn } from 'mwn';
import { JSDOM } from 'jsdom';
import { readModulePages } from '../../deploy/deploy';
import { MODULE_SOURCE, MODULE_TITLE } from '../../deploy/module-pages';
import { aroundNow, brokenItems, hostile, HOSTILE, Json, manySessions, missingFields, sampleData, SOURCE_MARKER_HASHES, translated, withSourceMarkers } from './data-variants';
import { gadgetShape, moduleShape } from './parity';
import { hostileTextNodes, HOSTILE as OVERRIDE, ISOLATION_PAGE, isolateOf } from '../support/isolation';
import { validateTeamData } from '../../src/data/validate';
import * as fs from 'fs';
import { createBotPassword, getJson, getText, runMaintenance, startWiki, TestWiki } from './wiki';

const ROOT = path.resolve( __dirname, '..', '..' );
const MODULE_NAME = MODULE_TITLE.replace( /^Module:/, '' );
const CATEGORY = 'Pages with a broken team data page';

let wiki: TestWiki;
let bot: Mwn;

interface Parsed {
	readonly html: string;
	readonly categories: { category: string; hidden?: boolean }[];
	readonly templates: string[];
	readonly links: string[];
	readonly externallinks: string[];
	readonly ttl: number;
	readonly document: Document;
}

function invoke( view: string, source: string, extra = '' ): string {
	return `{{#invoke:${ MODULE_NAME }|${ view }|source=${ source }${ extra }}}`;
}

/** action=parse of wikitext as a page with the given title. */
async function parse( wikitext: string, title = 'Team page test' ): Promise<Parsed> {
	const result = await bot.request( {
		action: 'parse', text: wikitext, title, contentmodel: 'wikitext', disablelimitreport: false,
		prop: 'text|categories|templates|links|externallinks|limitreportdata', formatversion: '2'
	} );
	const parsed = result.parse;
	const report = ( parsed.limitreportdata as { name: string; 0: unknown }[] ).find( ( r ) => r.name === 'cachereport-ttl' );
	return {
		html: parsed.text,
		categories: parsed.categories,
		templates: parsed.templates.map( ( t: { title: string } ) => t.title ),
		links: parsed.links.map( ( l: { title: string } ) => l.title ),
		externallinks: parsed.externallinks,
		ttl: Number( report ? report[ 0 ] : NaN ),
		document: new JSDOM( parsed.text ).window.document
	};
}

async function saveData( title: string, data: Json | string, contentmodel = 'json' ): Promise<void> {
	await bot.save( title, typeof data === 'string' ? data : JSON.stringify( data, null, '\t' ), 'Test data', { contentmodel } as never );
}

beforeAll( async () => {
	wiki = await startWiki( {
		// A real parser cache, and jobs only when runJobs runs them, as on a busy wiki.
		extraSettings: [ '$wgParserCacheType = CACHE_DB;', '$wgJobRunRate = 0;' ].join( '\n' )
	} );
	const login = await createBotPassword( wiki, 'module', [ 'basic', 'editpage', 'createeditmovepage', 'editsiteconfig' ] );
	bot = new Mwn( { apiUrl: wiki.apiUrl, username: login.username, password: login.password, silent: true, maxRetries: 0 } );
	await bot.login();
	for ( const page of readModulePages( ROOT ) ) {
		await bot.save( page.title, page.text, 'Module test', page.contentModel ? { contentmodel: page.contentModel } as never : undefined );
	}
	await saveData( 'Module:Team/data.json', sampleData() );
	await runMaintenance( wiki, 'runJobs' );
}, 120000 );

afterAll( async () => {
	if ( wiki ) {
		await wiki.stop();
	}
} );

describe( 'the team page module', () => {
	it( 'renders each view of the sample data with headings, lists, links and UTC times, without script errors', async () => {
		const data = sampleData();
		const page = await parse( [ 'overview', 'subteams', 'calendar' ].map( ( v ) => invoke( v, 'Module:Team/data.json' ) ).join( '\n\n' ) );
		expect( page.html ).not.toContain( 'scribunto-error' );
		const doc = page.document;
		expect( doc.querySelector( '.crs-static-overview__name' )?.textContent ).toBe( data.team.name );
		expect( Array.from( doc.querySelectorAll( 'h3' ), ( h ) => h.textContent ) ).toEqual( expect.arrayContaining( [ 'What we do', 'Goals 2023–2024', 'Committee Support', 'Human Rights', 'Trust and Safety', 'Next conversation hour', 'Planned' ] ) );
		expect( doc.querySelectorAll( '.crs-static-sample' ) ).toHaveLength( 3 );
		const times = Array.from( doc.querySelectorAll( '[data-crs-session] time' ) );
		expect( times.map( ( t ) => t.getAttribute( 'datetime' ) ).sort() ).toEqual( data.conversationHours.sessions.map( ( s: Json ) => s.start ).sort() );
		expect( doc.querySelector( '[data-crs-session="2026-12"] time' )?.textContent ).toBe( 'Thursday 10 December 2026, 16:00–17:30 UTC' );
		expect( doc.body.textContent ).toContain( 'Times are shown in Coordinated Universal Time (UTC).' );
		expect( page.links ).toEqual( expect.arrayContaining( [ 'User:Maggie Dennis (WMF)', 'Category:CR&S meetings', 'Movement Charter' ] ) );
		// The notes: one sentence with one link, as the gadget's.
		const notes = doc.querySelector( '.crs-static-calendar__notes' );
		expect( notes?.textContent ).toBe( 'For a list of these conversations and notes, including from 2022 and earlier, see Category:CR&S meetings.' );
		expect( notes?.querySelectorAll( 'a' ) ).toHaveLength( 1 );
		expect( page.externallinks ).toEqual( expect.arrayContaining( [ 'https://wikimedia.zoom.us/j/0000000000' ] ) );
		expect( page.categories ).toEqual( [] );
		// The data page is recorded as used, so that editing it re-renders this page.
		expect( page.templates ).toEqual( expect.arrayContaining( [ MODULE_TITLE, 'Module:Team/data.json' ] ) );
	} );

	it.each( [
		// Our messages: MediaWiki's default format after the weekday (MediaWiki's own weekday names: חמישי).
		[ 'he', 'חמישי, 10 בדצמבר 2026, 16:00–17:30 UTC' ],
		[ 'fr', 'jeudi 10 décembre 2026, 16:00–17:30 UTC' ],
		// No messages of its own: MediaWiki's Russian default (j xg Y) from the published date format table.
		[ 'ru', 'четверг, 10 декабря 2026, 16:00–17:30 UTC' ]
	] )( 'writes a session\'s time in the %s page language\'s default format', async ( lang, expected ) => {
		const title = `Team page dates ${ lang }`;
		await bot.save( title, lang, 'Page language test' );
		await bot.request( { action: 'setpagelanguage', title, lang, token: bot.csrfToken } );
		const page = await parse( invoke( 'calendar', 'Module:Team/data.json' ), title );
		expect( page.html ).not.toContain( 'scribunto-error' );
		expect( page.document.querySelector( '[data-crs-session="2026-12"] time' )?.textContent ).toBe( expected );
	} );

	it( 'main renders the three views under their own h2, with one sample notice; samplenotice=no leaves it out', async () => {
		const page = await parse( invoke( 'main', 'Module:Team/data.json' ) );
		expect( Array.from( page.document.querySelectorAll( 'h2' ), ( h ) => h.textContent ) ).toEqual( expect.arrayContaining( [ 'About the team', 'Subteams', 'Conversation hours' ] ) );
		expect( Array.from( page.document.querySelectorAll( '[data-crs-view]' ), ( v ) => v.getAttribute( 'data-crs-view' ) ) ).toEqual( [ 'overview', 'subteams', 'calendar' ] );
		expect( page.document.querySelectorAll( '.crs-static-sample' ) ).toHaveLength( 1 );
		// headinglevel=2: the overview at the top of a page, under its h1 (data/team-page.wikitext).
		const top = await parse( invoke( 'overview', 'Module:Team/data.json', '|headinglevel=2' ) );
		expect( Array.from( top.document.querySelectorAll( 'h2' ), ( h ) => h.textContent ) ).toEqual( expect.arrayContaining( [ 'What we do', 'Goals 2023–2024' ] ) );
		expect( top.document.querySelectorAll( 'h3' ) ).toHaveLength( 0 );
		const quiet = await parse( invoke( 'subteams', 'Module:Team/data.json', '|samplenotice=no' ) );
		expect( quiet.document.querySelectorAll( '.crs-static-sample' ) ).toHaveLength( 0 );
	} );

	it( 'shows every data string as text: no category, template, link, magic word or element comes from the data', async () => {
		await saveData( 'Module:Hostile/data.json', hostile() );
		const page = await parse( `Before.\n\n${ invoke( 'main', 'Module:Hostile/data.json' ) }\n\n== After ==\nAfter.` );
		expect( page.html ).not.toContain( 'scribunto-error' );
		expect( page.categories ).toEqual( [] );
		// The module, its submodules (every one takes part in rendering main), its messages and the data.
		const modules = readModulePages( ROOT ).filter( ( p ) => p.source.endsWith( '.lua' ) ).map( ( p ) => p.title );
		expect( page.templates.sort() ).toEqual( [ ...modules, `${ MODULE_TITLE }/i18n.json`, 'Module:Hostile/data.json' ].sort() );
		const doc = page.document;
		// __NOTOC__ stayed text: the table of contents is still there (MediaWiki's, with its own style).
		expect( doc.querySelector( '#toc' ) ).not.toBeNull();
		doc.querySelector( '#toc' )?.remove();
		expect( doc.querySelectorAll( 'script, style, img, sup.reference, table, hr, i, b' ) ).toHaveLength( 0 );
		expect( doc.querySelector( '[style]' ) ).toBeNull();
		const text = doc.body.textContent || '';
		for ( const hostileText of HOSTILE ) {
			expect( text ).toContain( hostileText );
		}
		// Only the links the data asks for, each as a link with its label as text.
		expect( page.links.sort() ).toEqual( [
			'Category:CR&S meetings', 'Category:Injected', 'Foo NOTOC bar', 'Help:Example', 'Notes', "O'Brien",
			'Template:Injected template', "User:''X''"
		].sort() );
		// MediaWiki decodes what need not be encoded; brackets stay encoded, as they must.
		expect( page.externallinks.sort() ).toEqual( [
			"https://example.org/a''b''__NOTOC__'", 'https://example.org/%5Dx%5B',
			'https://wikimedia.zoom.us/j/0000000000', 'https://www.youtube.com/@WikimediaFoundation/streams'
		].sort() );
		const labels = Array.from( doc.querySelectorAll( '.crs-static-link a' ), ( a ) => a.textContent );
		expect( labels ).toEqual( expect.arrayContaining( [ '[[Category:Injected]]', '{{Injected template}}', '~~~~', ']] | [[' ] ) );
	} );

	it( 'puts every data string in its own bidi isolate, so a U+202E never reorders the interface words around it', async () => {
		await saveData( 'Module:Isolation/data.json', { version: 1, ...ISOLATION_PAGE } as unknown as Json );
		const doc = ( await parse( invoke( 'main', 'Module:Isolation/data.json' ) ) ).document;
		// MediaWiki's own table of contents repeats the headings; only our output is checked.
		doc.querySelector( '#toc' )?.remove();
		const texts = hostileTextNodes( doc.body );
		expect( texts.length ).toBeGreaterThanOrEqual( 20 );
		for ( const text of texts ) {
			expect( isolateOf( text ).textContent ).toBe( OVERRIDE );
		}
		const cancelled = doc.querySelector( '[data-crs-session="c"] .crs-static-session__title' )!;
		expect( cancelled.querySelector( 'strong' )!.getAttribute( 'dir' ) ).toBe( 'auto' );
		expect( cancelled.querySelector( '.crs-static-session__status' )!.textContent ).toBe( 'Cancelled' );
		expect( Array.from( doc.querySelectorAll( '.crs-static-overview__place bdi' ), ( b ) => b.textContent ) ).toEqual( [ OVERRIDE, OVERRIDE ] );
	} );

	it( 'a missing, invalid or unusable data page gives a short neutral sentence and the hidden tracking category, never a script error', async () => {
		await saveData( 'Module:Not JSON/data.json', '{ "version": 1, "team": { "name": "X" }, }', 'text' );
		await saveData( 'Module:No name/data.json', { version: 1, team: { summary: 'No name' } } );
		await saveData( 'Module:Old format/data.json', { version: 2, team: { name: 'Later format' } } );
		// Valid team JSON, but on a wikitext page (anyone's user page could hold it): never data.
		await saveData( 'Team JSON on a wikitext page', sampleData(), 'wikitext' );
		for ( const source of [
			'Module:Missing/data.json', 'Module:Not JSON/data.json', 'Module:No name/data.json', 'Module:Old format/data.json', 'Not a <title>',
			'Team JSON on a wikitext page'
		] ) {
			const page = await parse( invoke( 'calendar', source ) );
			expect( page.html ).not.toContain( 'scribunto-error' );
			expect( page.document.querySelector( '.crs-static-unavailable' )?.textContent ).toBe( 'The team\'s details cannot be shown here at the moment.' );
			expect( page.categories ).toEqual( [ expect.objectContaining( { category: CATEGORY.replace( / /g, '_' ), hidden: true } ) ] );
		}
	} );

	it( 'a submodule missing on the wiki gives the same neutral sentence and category, never a script error', async () => {
		// A copy of the entry module whose submodules were never published.
		const entry = fs.readFileSync( path.join( ROOT, MODULE_SOURCE ), 'utf8' );
		const orphan = entry.split( `'${ MODULE_TITLE }/'` ).join( '\'Module:Never published/\'' );
		expect( orphan ).not.toBe( entry );
		await bot.save( 'Module:Orphan', orphan, 'Module test' );
		const page = await parse( '{{#invoke:Orphan|main|source=Module:Team/data.json}}' );
		expect( page.html ).not.toContain( 'scribunto-error' );
		expect( page.document.querySelector( '.crs-static-unavailable' )?.textContent ).toBe( 'The team\'s details cannot be shown here at the moment.' );
		expect( page.categories ).toEqual( [ expect.objectContaining( { category: CATEGORY.replace( / /g, '_' ), hidden: true } ) ] );
	} );

	it( 'lowers the parser cache expiry to the next full hour when a session starts or ends within a day, else to midnight UTC', async () => {
		const now = Date.now();
		const secondsToMidnight = 86400 - Math.floor( ( now % 86400000 ) / 1000 );
		const soon = aroundNow( now );
		soon.conversationHours.sessions = [ { id: 'soon', start: new Date( now + 5 * 3600e3 ).toISOString(), end: new Date( now + 6 * 3600e3 ).toISOString() } ];
		await saveData( 'Module:Soon/data.json', soon );
		const hourly = await parse( invoke( 'calendar', 'Module:Soon/data.json' ) );
		expect( hourly.ttl ).toBeLessThanOrEqual( 3600 + 17 );

		const later = aroundNow( now );
		later.conversationHours.sessions = [ { id: 'later', start: new Date( now + 10 * 86400e3 ).toISOString(), end: new Date( now + 10 * 86400e3 + 3600e3 ).toISOString() } ];
		await saveData( 'Module:Later/data.json', later );
		const daily = await parse( invoke( 'calendar', 'Module:Later/data.json' ) );
		expect( daily.ttl ).toBeLessThanOrEqual( secondsToMidnight + 17 );
		expect( daily.ttl ).toBeGreaterThan( Math.min( secondsToMidnight - 60, 3600 + 17 ) );

		// Nothing ahead: the wiki's own expiry (a day by default) applies.
		const over = await parse( invoke( 'overview', 'Module:Later/data.json' ) );
		expect( over.ttl ).toBe( 86400 );
	} );

	it( 'an edit of the data page reaches the cached team page once the job queue has run', async () => {
		const title = 'Team page cache test';
		await saveData( 'Module:Cached/data.json', sampleData() );
		await bot.save( title, `<div class="crs-team" data-source="Module:Cached/data.json">\n${ invoke( 'main', 'Module:Cached/data.json' ) }\n</div>`, 'Team page' );
		await runMaintenance( wiki, 'runJobs' );
		const view = async (): Promise<string> => ( await getText( `${ wiki.indexUrl }?title=${ encodeURIComponent( title.replace( / /g, '_' ) ) }` ) ).body;
		expect( await view() ).toContain( 'Community Resilience and Sustainability' );
		const used = await getJson( wiki.apiUrl, { action: 'query', titles: title, prop: 'templates', tlnamespace: '828' } );
		expect( used.query.pages[ 0 ].templates.map( ( t: { title: string } ) => t.title ) ).toContain( 'Module:Cached/data.json' );

		// MediaWiki keeps page_touched and the parser cache's time to the second:
		// an edit within the second of the cached rendering would look no newer.
		await new Promise<void>( ( resolve ) => {
			setTimeout( resolve, 1100 );
		} );
		const changed = sampleData();
		changed.team.name = 'Renamed by the data page';
		await saveData( 'Module:Cached/data.json', changed );
		// Until the jobs run, readers get the cached rendering.
		expect( await view() ).not.toContain( 'Renamed by the data page' );
		const queued = await runMaintenance( wiki, 'showJobs', [ '--group' ] );
		expect( queued ).toMatch( /htmlCacheUpdate|refreshLinks/ );
		await runMaintenance( wiki, 'runJobs' );
		const after = await view();
		expect( after ).toContain( 'Renamed by the data page' );
		const parsed = await getJson( wiki.apiUrl, { action: 'parse', page: title, prop: 'text' } );
		expect( parsed.parse.text ).toContain( 'Renamed by the data page' );
	} );
} );

describe( 'the module and the gadget render the same team page', () => {
	const variants: [ string, ( now: number ) => Json ][] = [
		[ 'the sample', () => sampleData() ],
		[ 'sessions around now (past, live, upcoming, postponed)', aroundNow ],
		[ 'missing optional fields', missingFields ],
		[ 'broken items among good ones', brokenItems ],
		[ 'many sessions', manySessions ]
	];

	it.each( variants )( '%s', async ( name, make ) => {
		const now = Date.now();
		const json = JSON.stringify( make( now ), null, '\t' );
		const source = `Module:Parity ${ variants.findIndex( ( v ) => v[ 0 ] === name ) }/data.json`;
		await saveData( source, json );
		const page = await parse( invoke( 'main', source ) );
		expect( page.html ).not.toContain( 'scribunto-error' );
		const server = moduleShape( page.html, wiki.baseUrl );
		const gadget = gadgetShape( json, 'en', now, wiki.baseUrl );
		expect( server.sessions.length ).toBeGreaterThan( 0 );
		expect( server ).toEqual( gadget );
	} );

	it( 'in the page\'s language (German), with the same fallbacks marked', async () => {
		const now = Date.now();
		const json = JSON.stringify( translated( now ), null, '\t' );
		await saveData( 'Module:Parity de/data.json', json );
		const title = 'Team page in German';
		await bot.save( title, 'Deutsch', 'German page' );
		await bot.request( { action: 'setpagelanguage', title, lang: 'de', token: bot.csrfToken } );
		const page = await parse( invoke( 'main', 'Module:Parity de/data.json' ), title );
		const server = moduleShape( page.html, wiki.baseUrl );
		const gadget = gadgetShape( json, 'de', now, wiki.baseUrl );
		expect( server.teamName ).toBe( 'Gemeinschaftliche Resilienz und Nachhaltigkeit' );
		expect( server.subteams.map( ( s ) => [ s.name, s.nameLang ] ) ).toEqual( [
			[ 'Committee Support', 'en' ], [ 'Menschenrechte', null ], [ 'Trust and Safety', 'en' ]
		] );
		expect( server ).toEqual( gadget );
		expect( page.document.querySelector( '.crs-static' )?.getAttribute( 'lang' ) ).toBe( 'de' );
		expect( page.document.body.textContent ).toContain( 'Nächste Runde' );
	} );

	it( 'with Translate mode\'s `_source` markers: never shown, and the same texts chosen (English and German pages)', async () => {
		const now = Date.now();
		const json = JSON.stringify( withSourceMarkers( now ), null, '\t' );
		await saveData( 'Module:Parity source/data.json', json );
		const title = 'Team page with source markers in German';
		await bot.save( title, 'Deutsch', 'German page' );
		await bot.request( { action: 'setpagelanguage', title, lang: 'de', token: bot.csrfToken } );
		for ( const [ lang, pageTitle ] of [ [ 'en', 'Team page with source markers' ], [ 'de', title ] ] as const ) {
			const page = await parse( invoke( 'main', 'Module:Parity source/data.json' ), pageTitle );
			expect( page.html ).not.toContain( 'scribunto-error' );
			expect( page.html ).not.toContain( '_source' );
			for ( const hash of SOURCE_MARKER_HASHES ) {
				expect( page.html ).not.toContain( hash );
			}
			const server = moduleShape( page.html, wiki.baseUrl );
			expect( server ).toEqual( gadgetShape( json, lang, now, wiki.baseUrl ) );
			// The responsibility with only a marker is dropped by both.
			expect( server.subteams[ 0 ]!.responsibilities ).toHaveLength( sampleData().subteams[ 0 ].responsibilities.length );
		}
		const german = await parse( invoke( 'overview', 'Module:Parity source/data.json' ), title );
		expect( german.document.body.textContent ).toContain( 'Wikimedia Foundation (Stiftung)' );
	} );

	it( 'on a right-to-left page (Hebrew), with English fallbacks marked left to right', async () => {
		const now = Date.now();
		const json = JSON.stringify( translated( now ), null, '\t' );
		await saveData( 'Module:Parity he/data.json', json );
		const title = 'Team page in Hebrew';
		await bot.save( title, 'עברית', 'Hebrew page' );
		await bot.request( { action: 'setpagelanguage', title, lang: 'he', token: bot.csrfToken } );
		const page = await parse( invoke( 'main', 'Module:Parity he/data.json' ), title );
		expect( moduleShape( page.html, wiki.baseUrl ) ).toEqual( gadgetShape( json, 'he', now, wiki.baseUrl ) );
		const root = page.document.querySelector( '.crs-static' );
		expect( [ root?.getAttribute( 'lang' ), root?.getAttribute( 'dir' ) ] ).toEqual( [ 'he', 'rtl' ] );
		const english = Array.from( page.document.querySelectorAll( '.crs-static [lang="en"]' ) );
		expect( english.length ).toBeGreaterThan( 3 );
		expect( english.every( ( node ) => node.getAttribute( 'dir' ) === 'ltr' ) ).toBe( true );
		expect( page.document.body.textContent ).toContain( 'השיחה הבאה' );
	} );
} );

/** Dates, ids, language codes and link targets at the edges of the format. */
const EDGE_DATES = [
	'2026-12-10T16:00:00Z', '2026-12-10T16:00Z', '2026-12-10T17:00:00+01:00', '2026-12-10T17:00+01:00',
	'2026-12-10T16:00:00.5Z', '2026-12-10T16:00:00.123Z', '2026-12-10T16:00:00.1234Z', '2026-12-10T16:00:00',
	'2026-13-01T15:00:00Z', '2026-00-01T15:00:00Z', '2026-02-29T15:00:00Z', '2028-02-29T15:00:00Z', '2100-02-29T00:00:00Z',
	'2000-02-29T00:00:00Z', '2026-04-31T00:00:00Z', '2026-12-10T24:00:00Z', '2026-12-10T23:60:00Z', '2026-12-10T23:59:60Z',
	'2026-12-10T10:00:00+14:00', '2026-12-10T10:00:00+14:01', '2026-12-10T10:00:00-12:00', '2026-12-10T10:00:00+05:45',
	'2026-12-10T10:00:00+0100', '2026-12-10 16:00:00Z', '2026-12-10t16:00:00z', '26-12-10T16:00:00Z', '1970-01-01T00:00:00Z',
	'1969-12-31T23:59:59Z', '0001-01-01T00:00:00Z', '0999-12-31T23:59:59Z', '1000-01-01T00:00:00Z', '9999-12-31T23:59:59Z',
	' 2026-12-10T16:00:00Z', ''
];
const EDGE_IDS = [ 'a', 'ab', 'a-b', 'a.b', 'a_b', '-a', 'a-', 'A', 'a b', 'ä', '2026-12', 'x'.repeat( 64 ), 'x'.repeat( 65 ) ];
const EDGE_LANGUAGES = [ 'en', 'de', 'pt-br', 'be-tarask', 'zh-hans', 'de-formal', 'EN', 'e', 'engl', 'en-', 'en-a', 'en-abcdefghi', 'en--us', 'abc-12', 'x-y' ];
const EDGE_LINKS = [
	'Foo', 'Category:CR&S meetings', ':Category:X', 'Foo#Bar', 'javascript:alert(1)', 'JavaScript:x', 'data:text/html,x',
	'vbscript:x', 'mailto:a@b.org', 'file:///etc/passwd', 'File:Example.png', '//example.org', 'ftp://example.org', 'irc://x',
	'https://example.org', 'HTTPS://EXAMPLE.ORG/Path', 'http://example.org:8080/a?b=c#d', 'https://', 'https:///x',
	'https://user@example.org/x', 'https://example.org/Café', 'https://example.org/a b', "https://example.org/a'b?q=it's",
	'https://example.org/__x__', 'https://example.org/a"b', 'https://example.org/<b>', 'https://EXAMPLE.org', 'https:/\\example.org/x', 'Foo|Bar', 'Foo[1]', 'Foo{x}', 'a<b', 'Tab\there', ' Padded ', '', '   ', 'x'.repeat( 256 ), 'x'.repeat( 255 ),
	// The length limit (2,000 characters, counted in code points by both)
	'https://example.org/' + 'a'.repeat( 1980 ), 'https://example.org/' + 'a'.repeat( 1981 ), 'https://example.org/' + 'é'.repeat( 1980 )
];
/** Subteam names at the length limit (5,000 characters, counted in code points by both). */
const EDGE_NAMES: Record<string, Json> = {
	'len-5000': 'x'.repeat( 5000 ), 'len-5001': 'x'.repeat( 5001 ), 'len-astral': '\ud83d\ude00'.repeat( 5000 ),
	'len-translation': { en: 'x'.repeat( 5001 ), de: 'y' }, 'len-spaces': ` ${ 'x'.repeat( 4999 ) } `
};

function edgeCaseData(): Json {
	return {
		version: 1,
		team: {
			name: Object.fromEntries( EDGE_LANGUAGES.map( ( lang ) => [ lang, `name in ${ lang }` ] ) ),
			links: EDGE_LINKS
		},
		subteams: [
			...EDGE_IDS.map( ( id ) => ( { id, name: `Subteam ${ id }` } ) ),
			...Object.keys( EDGE_NAMES ).map( ( id ) => ( { id, name: EDGE_NAMES[ id ] } ) )
		],
		conversationHours: {
			sessions: [
				...EDGE_DATES.map( ( start, i ) => ( { id: `d-${ i }`, start, end: '2199-01-01T00:00:00Z' } ) ),
				...[ 0, 1, 2147483647, 2147483648, -1, 1.5, '1' ].map( ( sequence, i ) => ( {
					id: `q-${ i }`, start: '2026-12-10T16:00:00Z', end: '2026-12-10T17:00:00Z', sequence
				} ) )
			]
		}
	};
}

describe( 'the module and the gadget agree on the edges of the format', () => {
	it( 'dates, ids, language codes and link targets (the module\'s own functions, in Scribunto\'s console)', async () => {
		const data = edgeCaseData();
		// The entry module's text; its submodules are the ones saved on the wiki above.
		const lua = fs.readFileSync( path.join( ROOT, MODULE_SOURCE ), 'utf8' );
		const question = `=mw.text.jsonEncode( (function ( d )
			local out = { languages = {}, links = {}, subteams = {}, sessions = {} }
			for lang in pairs( d.team.name ) do if lang ~= '_order' then table.insert( out.languages, lang ) end end
			table.sort( out.languages )
			for _, l in ipairs( d.team.links ) do table.insert( out.links, l.target.kind == 'wiki' and ( 'wiki:' .. l.target.title ) or l.target.url ) end
			for _, s in ipairs( d.subteams ) do table.insert( out.subteams, s.id ) end
			for _, s in ipairs( d.conversationHours.sessions ) do table.insert( out.sessions, s.id .. '@' .. string.format( '%d', s.start ) ) end
			return out
		end )( p.readTeamData( mw.text.jsonDecode( ${ JSON.stringify( JSON.stringify( data ) ) } ) ) ) )`;
		const answer = await bot.request( { action: 'scribunto-console', title: MODULE_TITLE, content: lua, question, token: bot.csrfToken } );
		expect( answer.type ).toBe( 'normal' );
		const server = JSON.parse( answer.return );

		const { data: gadget } = validateTeamData( data );
		expect( gadget ).not.toBeNull();
		expect( {
			languages: Object.keys( gadget!.team.name ).sort(),
			links: gadget!.team.links.map( ( l ) => l.target.kind === 'wiki' ? `wiki:${ l.target.title }` : decodeURI( l.target.url ) ),
			subteams: gadget!.subteams.map( ( s ) => s.id ),
			sessions: gadget!.conversationHours.sessions.map( ( s ) => `${ s.id }@${ s.start }` )
		} ).toEqual( {
			languages: server.languages,
			// Equal once decoded: the module also encodes what wikitext would read as markup.
			links: server.links.map( ( l: string ) => l.startsWith( 'wiki:' ) ? l : decodeURI( l ) ),
			subteams: server.subteams,
			sessions: server.sessions
		} );
	} );
} );
