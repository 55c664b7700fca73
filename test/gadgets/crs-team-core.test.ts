/** @jest-environment jsdom */
import * as fs from 'fs';
import * as path from 'path';
import { installFakeMw, pageResponse, FakeWiki } from '../support/mw-fake';
import { lazyGadgets } from '../support/lazy-gadgets';
import { renderPlaceholders } from '../../src/gadgets/crs-team-core/index';
import { startDataRequest } from '../../src/mw/early-request';
import { installFakeFetch, removeFakeFetch } from '../support/fake-fetch';
import { settle } from '../support/tasks';

const DATA_TITLE = 'Module:Community Resilience and Sustainability/data.json';
const SAMPLE = fs.readFileSync( path.join( __dirname, '../../data/team-page.json' ), 'utf8' );
const NOW = new Date( '2026-11-23T12:00:00Z' );

interface Reader {
	readonly pageName?: string;
	readonly pageLanguage?: string;
	readonly userLanguage?: string;
	/** null: anonymous. */
	readonly userName?: string | null;
	readonly timecorrection?: string;
	/** The date format preference (user option `date`). */
	readonly date?: string;
	readonly api?: ( params: Record<string, unknown> ) => Promise<unknown>;
	readonly content?: string;
	readonly fallbackChain?: string[];
	/** The data request the loader started (a fetch of the fake wiki's answer), or one that found no connection. */
	readonly early?: 'requested' | 'failed';
	/** wgIsProbablyEditable: can the user edit the page they read? */
	readonly probablyEditable?: boolean;
	readonly storage?: Record<string, string>;
	readonly modules?: Record<string, unknown>;
	/** Modules the loader did not load with the renderer. */
	readonly notLoaded?: readonly string[];
	/** Filled with the placeholders' states after every timer (task) of the rendering. */
	readonly steps?: ( string | null )[][];
}

function placeholder( view: string | null, source = DATA_TITLE ): string {
	return `<div class="crs-team" data-source="${ source }"${ view ? ` data-view="${ view }"` : '' }><p class="fallback">Fallback for ${ view || 'all' }</p></div>`;
}

async function view( reader: Reader = {} ): Promise<{ wiki: FakeWiki; root: HTMLElement }> {
	// As on the team page (data/team-page.wikitext): the overview at the top, the others under a section heading each.
	document.body.innerHTML = `<div id="mw-content-text"><div class="mw-parser-output">${ reader.content ||
		placeholder( 'overview' ) + '<h2>Subteams</h2>' + placeholder( 'subteams' ) + '<h2>Conversation hours</h2>' + placeholder( 'calendar' ) }</div></div>`;
	const loggedIn = reader.userName !== undefined && reader.userName !== null;
	const wiki = installFakeMw( {
		config: {
			wgPageName: reader.pageName || 'Community_Resilience_and_Sustainability',
			wgPageContentLanguage: reader.pageLanguage || 'en',
			wgContentLanguage: 'en',
			wgUserLanguage: reader.userLanguage || 'en',
			wgUserName: reader.userName === undefined ? null : reader.userName,
			wgTranslatePageTranslation: null,
			wgDBname: 'metawiki',
			wgIsProbablyEditable: !!reader.probablyEditable
		},
		userOptions: loggedIn ? { timecorrection: reader.timecorrection || 'System|0', 'userjs-crs-team-calendar': null, date: reader.date || 'default' } : {},
		api: reader.api || ( async () => pageResponse( DATA_TITLE, SAMPLE, loggedIn ? { actions: { edit: true } } : {} ) ),
		fallbackChain: reader.fallbackChain,
		storage: reader.storage,
		modules: { ...lazyGadgets(), ...reader.modules },
		notLoaded: reader.notLoaded
	} );
	const root = document.getElementById( 'mw-content-text' ) as HTMLElement;
	let early = null;
	if ( reader.early ) {
		const api = reader.api || ( async () => pageResponse( DATA_TITLE, SAMPLE ) );
		installFakeFetch( async ( url ) => {
			if ( reader.early === 'failed' ) {
				throw new TypeError( 'Failed to fetch' );
			}
			return { status: 200, body: JSON.stringify( await api( Object.fromEntries( new URLSearchParams( url.split( '?' )[ 1 ] ) ) ) ) };
		} );
		early = startDataRequest( '/w/api.php', Array.prototype.map.call( root.querySelectorAll( '.crs-team' ),
			( p: Element ) => p.getAttribute( 'data-source' ) || '' ) as string[], loggedIn );
	}
	// With `steps`, the browser's scheduler.yield() is one the test lets go of, one yield at a time.
	const yields: ( () => void )[] = [];
	if ( reader.steps ) {
		( globalThis as unknown as { scheduler: unknown } ).scheduler = { yield: () => new Promise<void>( ( resolve ) => {
			yields.push( resolve );
		} ) };
	}
	const rendering = renderPlaceholders( root, early );
	if ( reader.steps ) {
		const progress = { done: false };
		rendering.finally( () => {
			progress.done = true;
		} ).catch( () => undefined );
		for ( let i = 0; !progress.done && i < 100; i++ ) {
			await jest.advanceTimersByTimeAsync( 0 );
			reader.steps.push( Array.prototype.map.call( root.querySelectorAll( '.crs-team' ), ( p: Element ) => p.getAttribute( 'data-crs-state' ) ) as ( string | null )[] );
			const next = yields.shift();
			if ( next ) {
				next();
			}
		}
		delete ( globalThis as unknown as { scheduler?: unknown } ).scheduler;
	}
	await settle( rendering );
	removeFakeFetch();
	return { wiki, root };
}

function texts( root: ParentNode, selector: string ): string[] {
	return Array.prototype.map.call( root.querySelectorAll( selector ), ( n: Element ) => ( n.textContent || '' ).trim() ) as string[];
}

function isShown( node: Element | null ): boolean {
	for ( let n = node; n; n = n.parentElement ) {
		if ( ( n as HTMLElement ).hidden ) {
			return false;
		}
	}
	return !!node;
}

beforeEach( () => {
	jest.useFakeTimers( { now: NOW, doNotFake: [ 'nextTick', 'queueMicrotask' ] } );
} );
afterEach( () => {
	jest.useRealTimers();
} );

describe( 'the sample data page, viewed by an anonymous reader', () => {
	it( 'renders all three views in place of the fallback content', async () => {
		const { root, wiki } = await view();
		expect( wiki.requests ).toHaveLength( 1 );
		const states = texts( root, '.crs-team' ).length;
		expect( states ).toBe( 3 );
		root.querySelectorAll( '.crs-team' ).forEach( ( p ) => expect( p.getAttribute( 'data-crs-state' ) ).toBe( 'rendered' ) );
		root.querySelectorAll( '.fallback' ).forEach( ( f ) => expect( isShown( f ) ).toBe( false ) );

		expect( texts( root, '.crs-team-overview__name' ) ).toEqual( [ 'Community Resilience and Sustainability' ] );
		expect( texts( root, '.crs-team-overview__place' ) ).toEqual( [ 'A team in the Legal department of the Wikimedia Foundation.' ] );
		expect( texts( root, '.crs-team-overview__lead' )[ 0 ] ).toContain( 'Maggie Dennis' );
		expect( texts( root, '.crs-team-goals__item' ) ).toEqual( [ 'Equity', 'Safety and inclusion' ] );

		expect( texts( root, '.crs-team-subteam__title' ) ).toEqual( [ 'Committee Support', 'Human Rights', 'Trust and Safety' ] );
		expect( root.querySelectorAll( '.crs-team-subteam.cdx-card' ) ).toHaveLength( 3 );

		const next = root.querySelector( '.crs-team-session--next' ) as HTMLElement;
		expect( next.getAttribute( 'data-session-id' ) ).toBe( '2026-12' );
		expect( next.querySelector( 'time' )!.getAttribute( 'datetime' ) ).toBe( '2026-12-10T16:00:00Z' );
		expect( texts( root, '.crs-team-calendar__group h3' ) ).toEqual( [ 'Planned', 'Past' ] );
		expect( texts( root, '.crs-team-planned li' ) ).toEqual( [ 'Q1 2027 – Date to be announced (sample data)' ] );
	} );

	it( 'renders the placeholders one task each (scheduler.yield between them), in page order, so that no task runs long', async () => {
		const steps: ( string | null )[][] = [];
		const { root } = await view( { steps } );
		const distinct = steps.map( ( s ) => s.join( ' ' ) ).filter( ( s, i, all ) => s !== all[ i - 1 ] );
		expect( distinct ).toEqual( [
			'loading loading loading',
			'rendered loading loading',
			'rendered rendered loading',
			'rendered rendered rendered'
		] );
		expect( Array.prototype.map.call( root.querySelectorAll( '.crs-team' ), ( p: Element ) => p.getAttribute( 'data-crs-state' ) ) )
			.toEqual( [ 'rendered', 'rendered', 'rendered' ] );
	} );

	it( 'shares one cacheable API request between the placeholders', async () => {
		const { wiki } = await view();
		expect( wiki.requests ).toEqual( [ expect.objectContaining( {
			action: 'query', titles: DATA_TITLE, uselang: 'content', maxage: 300, smaxage: 300, formatversion: 2
		} ) ] );
		expect( wiki.requests[ 0 ] ).not.toHaveProperty( 'intestactions' );
	} );

	it( 'renders from the data request the loader started, without a second request', async () => {
		const { wiki, root } = await view( { early: 'requested' } );
		expect( wiki.requests ).toHaveLength( 0 );
		expect( texts( root, '.crs-team-overview h2, .crs-team-overview h3' ).length ).toBeGreaterThan( 0 );
		expect( Array.prototype.map.call( root.querySelectorAll( '.crs-team' ), ( p: Element ) => p.getAttribute( 'data-crs-state' ) ) )
			.toEqual( [ 'rendered', 'rendered', 'rendered' ] );
	} );

	it( 'asks again itself, once, when the loader\'s request found no connection', async () => {
		const { wiki, root } = await view( { early: 'failed' } );
		expect( wiki.requests ).toHaveLength( 1 );
		expect( Array.prototype.map.call( root.querySelectorAll( '.crs-team' ), ( p: Element ) => p.getAttribute( 'data-crs-state' ) ) )
			.toEqual( [ 'rendered', 'rendered', 'rendered' ] );
	} );

	it( 'says once that the data is sample data', async () => {
		const { root } = await view();
		expect( root.querySelectorAll( '.crs-team-sample' ) ).toHaveLength( 1 );
	} );

	it( 'links wiki titles through mw.util.getUrl and marks external links', async () => {
		const { root } = await view();
		const notes = root.querySelector( '.crs-team-calendar__notes a' ) as HTMLAnchorElement;
		expect( notes.textContent ).toBe( 'Category:CR&S meetings' );
		expect( notes.getAttribute( 'href' ) ).toBe( '/wiki/Category%3ACR%26S_meetings' );
		const join = root.querySelector( '.crs-team-session--next a.cdx-button' ) as HTMLAnchorElement;
		expect( join.textContent ).toBe( 'Join the call' );
		expect( join.classList.contains( 'external' ) ).toBe( true );
	} );
} );

describe( 'two subteams views on one page', () => {
	it( 'gives every card its own id, so each card is labelled by its own heading', async () => {
		const { root } = await view( { content: placeholder( 'subteams' ) + placeholder( 'overview' ) + placeholder( 'subteams' ) } );
		const ids = Array.from( root.querySelectorAll( '[id]' ), ( n ) => n.id );
		expect( ids.length ).toBeGreaterThan( 2 );
		expect( new Set( ids ).size ).toBe( ids.length );
		const cards = Array.from( root.querySelectorAll( 'li.crs-team-subteam' ) );
		expect( cards ).toHaveLength( 6 );
		for ( const card of cards ) {
			const label = root.ownerDocument.getElementById( card.getAttribute( 'aria-labelledby' ) || '' );
			expect( label && card.contains( label ) ).toBe( true );
		}
		// The first placeholder keeps the ids it always had (links to #crs-team-subteam-… still work).
		expect( cards[ 0 ]!.getAttribute( 'aria-labelledby' ) ).toMatch( /^crs-team-subteam-/ );
		expect( cards[ 3 ]!.getAttribute( 'aria-labelledby' ) ).toMatch( /^crs-team-3-subteam-/ );
	} );
} );

describe( 'placeholders whose data-source is no data page', () => {
	/** What the fake wiki answers for each title, like MediaWiki 1.43 (formatversion 2). */
	function answer( params: Record<string, unknown> ): unknown {
		const pages: unknown[] = [];
		const interwiki: unknown[] = [];
		const normalized: unknown[] = [];
		for ( const title of String( params.titles ).split( '|' ) ) {
			if ( /^en:/i.test( title ) ) {
				interwiki.push( { title: 'en:' + title.slice( 3 ), iw: 'en' } );
				if ( !title.startsWith( 'en:' ) ) {
					normalized.push( { from: title, to: 'en:' + title.slice( 3 ) } );
				}
			} else if ( /^(Special|Media):/.test( title ) ) {
				pages.push( { ns: title.startsWith( 'Special' ) ? -1 : -2, title, special: true } );
			}
		}
		return { query: { normalized, interwiki, pages } };
	}

	it.each( [
		[ 'an interwiki title', 'en:Team.json', '"en:Team.json" is a page on another wiki. Team data is only read from pages on this wiki.' ],
		[ 'a special page', 'Special:Version', '"Special:Version" is a special page or a media file, not a page with content.' ],
		[ 'a media file', 'Media:Example.png', '"Media:Example.png" is a special page or a media file, not a page with content.' ],
		[ 'a wiki link', '[[Module:Team/data.json]]', '"[[Module:Team/data.json]]" is not a valid page title.' ],
		[ 'nothing', '  ', 'The placeholder names no data page: its data-source attribute is empty.' ],
		[ 'a 300-character title', 'A'.repeat( 300 ), 'The placeholder\'s data-source is too long to be a page title (300 characters; a title has at most 255 bytes).' ],
		[ 'markup', '<script>window.__crsPwned=1</script>', '"<script>window.__crsPwned=1</script>" is not a valid page title.' ]
	] )( 'names %s in plain words to editors, and nothing to readers', async ( _name, source, reason ) => {
		const content = `<div class="crs-team" data-source="${ source.replace( /"/g, '&quot;' ).replace( /</g, '&lt;' ) }"><p class="fallback">Fallback</p></div>`;
		const editor = await view( { userName: 'Maintainer', probablyEditable: true, content, api: async ( params ) => answer( params ) } );
		expect( editor.root.querySelector( '.crs-team' )!.getAttribute( 'data-crs-state' ) ).toBe( 'failed' );
		expect( texts( editor.root, '.cdx-message--error p' ).join( ' ' ) ).toContain( reason );
		expect( isShown( editor.root.querySelector( '.fallback' ) ) ).toBe( true );
		expect( Object.prototype.hasOwnProperty.call( window, '__crsPwned' ) ).toBe( false );
		const reader = await view( { userName: null, content, api: async ( params ) => answer( params ) } );
		expect( reader.root.querySelector( '.crs-team' )!.getAttribute( 'data-crs-state' ) ).toBe( 'failed' );
		expect( reader.root.querySelector( '.cdx-message' ) ).toBeNull();
		expect( isShown( reader.root.querySelector( '.fallback' ) ) ).toBe( true );
	} );
} );

describe( 'languages', () => {
	it( 'renders a /de translation page in German, marking English fallback text', async () => {
		const { root } = await view( { pageName: 'Community_Resilience_and_Sustainability/de', pageLanguage: 'de', userLanguage: 'en' } );
		expect( texts( root, '.crs-team-overview__about h2' ) ).toEqual( [ 'Was wir tun' ] );
		expect( texts( root, '.crs-team-calendar__next h3' ) ).toEqual( [ 'Nächste Gesprächsstunde' ] );
		const titles = root.querySelectorAll( '.crs-team-subteam__title' );
		expect( titles[ 1 ]!.textContent ).toBe( 'Menschenrechte' );
		expect( titles[ 1 ]!.hasAttribute( 'lang' ) ).toBe( false );
		expect( titles[ 0 ]!.getAttribute( 'lang' ) ).toBe( 'en' );
		expect( titles[ 0 ]!.getAttribute( 'dir' ) ).toBe( 'ltr' );
		expect( root.querySelector( '.crs-team-rendered' )!.getAttribute( 'lang' ) ).toBe( 'de' );
	} );

	it( 'loads the messages the loader could not guess from the code before rendering: Hebrew for a reader in Yiddish', async () => {
		// The loader asked for English messages and the locale bucket of `yi`.
		const { root, wiki } = await view( { userLanguage: 'yi', notLoaded: [ 'ext.gadget.crs-team-i18n-he' ] } );
		expect( wiki.loaded ).toContain( 'ext.gadget.crs-team-i18n-he' );
		expect( texts( root, '.crs-team-overview__about h2' ) ).toEqual( [ 'מה אנחנו עושים' ] );
		expect( root.querySelector( '.crs-team-rendered' )!.getAttribute( 'lang' ) ).toBe( 'yi' );
	} );

	it( 'asks for no language gadget the loader already loaded', async () => {
		const { wiki } = await view( { userLanguage: 'de' } );
		expect( wiki.loaded.filter( ( name ) => name.includes( 'i18n' ) || name.includes( 'locale' ) ) ).toEqual( [] );
	} );

	it( 'renders an ordinary page in the reader\'s language, right to left for Hebrew', async () => {
		const { root } = await view( { userLanguage: 'he' } );
		const rendered = root.querySelector( '.crs-team-rendered' )!;
		expect( rendered.getAttribute( 'lang' ) ).toBe( 'he' );
		expect( rendered.getAttribute( 'dir' ) ).toBe( 'rtl' );
		expect( texts( root, '.crs-team-overview__about h2' ) ).toEqual( [ 'מה אנחנו עושים' ] );
		// English data text inside Hebrew is marked so it is laid out left to right.
		const summary = root.querySelector( '.crs-team-overview__summary' )!;
		expect( [ summary.getAttribute( 'lang' ), summary.getAttribute( 'dir' ) ] ).toEqual( [ 'en', 'ltr' ] );
	} );
} );

describe( 'time zones', () => {
	// 12 March 2026, 15:00 UTC: the USA is on daylight time since 8 March, Germany not until 29 March.
	const content = placeholder( 'calendar' );
	async function timeOfMarchSession( timecorrection: string ): Promise<string> {
		jest.setSystemTime( new Date( '2026-03-01T00:00:00Z' ) );
		const { root } = await view( { userName: 'Reader', timecorrection, content } );
		const session = root.querySelector( '[data-session-id="2026-03"]' ) as HTMLElement;
		return session.querySelector( '.crs-team-session__when' )!.textContent || '';
	}

	it( 'shows a session in Europe/Berlin (winter time, UTC+1)', async () => {
		const text = await timeOfMarchSession( 'ZoneInfo|60|Europe/Berlin' );
		expect( text ).toMatch( /\b16:00–17:30\b/ );
		expect( text ).toMatch( /Europe\/Berlin/ );
		expect( text ).toMatch( /UTC\+1\b/ );
	} );

	it( 'shows the same session in America/Los_Angeles (daylight time, UTC−7)', async () => {
		const text = await timeOfMarchSession( 'ZoneInfo|-480|America/Los_Angeles' );
		expect( text ).toMatch( /\b08:00–09:30\b/ );
		expect( text ).toMatch( /America\/Los Angeles/ );
		expect( text ).toMatch( /UTC[−-]7\b/ );
	} );

	it( 'shows a session after the European change in summer time (UTC+2)', async () => {
		jest.setSystemTime( new Date( '2026-03-01T00:00:00Z' ) );
		const data = JSON.parse( SAMPLE );
		data.conversationHours.sessions.push( { id: 'after-dst', start: '2026-03-30T15:00:00Z', end: '2026-03-30T16:00:00Z' } );
		const { root } = await view( {
			userName: 'Reader', timecorrection: 'ZoneInfo|60|Europe/Berlin', content,
			api: async () => pageResponse( DATA_TITLE, JSON.stringify( data ) )
		} );
		const text = root.querySelector( '[data-session-id="after-dst"] .crs-team-session__when' )!.textContent || '';
		expect( text ).toMatch( /\b17:00–18:00\b/ );
		expect( text ).toMatch( /UTC\+2\b/ );
	} );

	it.each( [
		[ 'default', 'en', 'Thursday, 12 March 2026, 16:00–17:30 Europe/Berlin (UTC+1)' ],
		[ 'mdy', 'en', 'Thursday, March 12, 2026, 16:00–17:30 Europe/Berlin (UTC+1)' ],
		[ 'ISO 8601', 'en', 'Thursday, 2026-03-12, 16:00:00–17:30:00 Europe/Berlin (UTC+1)' ],
		[ 'default', 'de', 'Donnerstag, 12. März 2026, 16:00–17:30 Europe/Berlin (UTC+1)' ],
		[ 'ymd', 'de', 'Donnerstag, 2026 Mär 12, 16:00–17:30 Europe/Berlin (UTC+1)' ],
		[ 'default', 'he', 'יום חמישי, 12 במרץ 2026, 16:00–17:30 \u2068Europe/Berlin (UTC+1)\u2069' ]
	] )( 'writes times with the date preference %s in %s, as the wiki does', async ( date, userLanguage, line ) => {
		jest.setSystemTime( new Date( '2026-03-01T00:00:00Z' ) );
		const { root } = await view( { userName: 'Reader', timecorrection: 'ZoneInfo|60|Europe/Berlin', date, userLanguage, content } );
		expect( root.querySelector( '[data-session-id="2026-03"] .crs-team-session__when time' )!.textContent ).toBe( line );
	} );

	it( 'writes an anonymous reader\'s times in the language\'s default: 24-hour in English', async () => {
		jest.setSystemTime( new Date( '2026-03-01T00:00:00Z' ) );
		const { root } = await view( { userName: null, content } );
		expect( root.querySelector( '[data-session-id="2026-03"] .crs-team-session__when time' )!.textContent ).toMatch( /^Thursday, 12 March 2026, \d\d:00–\d\d:30 / );
	} );

	it( 'asks whether a logged-in reader can edit, and only then', async () => {
		const { wiki } = await view( { userName: 'Reader' } );
		expect( wiki.requests[ 0 ] ).toHaveProperty( 'intestactions', 'edit' );
	} );
} );

describe( 'a broken or unreachable data page never blanks the page', () => {
	it( 'keeps the fallback when the API fails, silently for readers', async () => {
		const { root, wiki } = await view( { api: () => Promise.reject( 'http' ) } );
		root.querySelectorAll( '.fallback' ).forEach( ( f ) => expect( isShown( f ) ).toBe( true ) );
		root.querySelectorAll( '.crs-team' ).forEach( ( p ) => expect( p.getAttribute( 'data-crs-state' ) ).toBe( 'failed' ) );
		expect( root.querySelector( '.cdx-message--error' ) ).toBeNull();
		expect( wiki.requests ).toHaveLength( 1 );
	} );

	it( 'tells a logged-in user who can edit this page why the request failed, with the fallback kept', async () => {
		const { root } = await view( {
			userName: 'Maintainer', probablyEditable: true, content: placeholder( 'overview' ),
			api: () => Promise.reject( new Error( 'x' ) )
		} );
		expect( root.querySelector( '.crs-team' )!.getAttribute( 'data-crs-state' ) ).toBe( 'failed' );
		expect( texts( root, '.cdx-message--error p' ).join( ' ' ) ).toContain( 'It could not be loaded' );
		expect( isShown( root.querySelector( '.fallback' ) ) ).toBe( true );
	} );

	it.each( [
		{ who: 'a maintainer', userName: 'Maintainer', edit: true },
		{ who: 'an anonymous reader', userName: null, edit: false }
	] )( 'never renders team JSON stored on a wikitext page; $who keeps the fallback', async ( { userName, edit } ) => {
		const { root } = await view( {
			userName, content: placeholder( 'overview' ),
			api: async () => {
				const answer = pageResponse( DATA_TITLE, SAMPLE, edit ? { actions: { edit: true }, contentmodel: 'wikitext' } : { contentmodel: 'wikitext' } ) as {
					query: { pages: { revisions: { slots: { main: { contentmodel: string } } }[] }[] };
				};
				answer.query.pages[ 0 ]!.revisions[ 0 ]!.slots.main.contentmodel = 'wikitext';
				return answer;
			}
		} );
		expect( root.querySelector( '.crs-team-rendered' ) ).toBeNull();
		expect( root.querySelector( '.crs-team' )!.getAttribute( 'data-crs-state' ) ).toBe( 'failed' );
		expect( isShown( root.querySelector( '.fallback' ) ) ).toBe( true );
		expect( texts( root, '.cdx-message--error p' ).join( ' ' ).replace( / Edit the data page · .*$/, '' ) ).toBe( edit ?
			`The team page cannot be shown from ${ DATA_TITLE }. It is not a JSON page (its content model is wikitext). ` +
			'Only pages with the JSON content model are read as team data, so that text on an ordinary page cannot pass for it. ' +
			'Save the data on a page with the JSON content model (a subpage of a module ending in .json, or change it with Special:ChangeContentModel).' :
			'' );
	} );

	it( 'shows people who can edit the data page the JSON syntax error with its line', async () => {
		const broken = '{\n\t"version": 1,\n\t"team": { "name": "X" },\n}\n';
		const { root } = await view( {
			userName: 'Maintainer',
			api: async () => pageResponse( DATA_TITLE, broken, { actions: { edit: true } } )
		} );
		const error = root.querySelector( '.cdx-message--error' ) as HTMLElement;
		expect( error.textContent ).toContain( DATA_TITLE );
		expect( error.textContent ).toMatch( /line 4, column 1/ );
		expect( error.querySelector( 'a' )!.getAttribute( 'href' ) ).toContain( 'action=edit' );
		expect( isShown( root.querySelector( '.fallback' ) ) ).toBe( true );
	} );

	it( 'keeps the fallback for readers who cannot edit a broken page', async () => {
		const { root } = await view( {
			userName: 'Reader',
			api: async () => pageResponse( DATA_TITLE, '{ "version": 1', { actions: { edit: false } } )
		} );
		expect( root.querySelector( '.cdx-message--error' ) ).toBeNull();
		expect( isShown( root.querySelector( '.fallback' ) ) ).toBe( true );
	} );

	it( 'tells editors that the data page is missing', async () => {
		const { root } = await view( {
			userName: 'Maintainer',
			api: async () => ( { query: { pages: [ { ns: 828, title: DATA_TITLE, missing: true, actions: { edit: true } } ] } } )
		} );
		expect( texts( root, '.cdx-message--error p' ) ).toContain( 'The data page does not exist.' );
	} );

	it( 'drops one impossible session, renders the rest, and tells editors where the problem is', async () => {
		const data = JSON.parse( SAMPLE );
		data.conversationHours.sessions[ 2 ].start = '2026-13-01T15:00:00Z';
		const { root } = await view( {
			userName: 'Maintainer', content: placeholder( 'calendar' ),
			api: async () => pageResponse( DATA_TITLE, JSON.stringify( data ), { actions: { edit: true } } )
		} );
		expect( root.querySelector( '[data-session-id="2026-09"]' ) ).toBeNull();
		expect( root.querySelector( '[data-session-id="2026-06"]' ) ).not.toBeNull();
		expect( texts( root, '.crs-team-problems__item' ) ).toEqual( [
			expect.stringMatching( /^conversationHours\.sessions\[2\]\.start: "2026-13-01T15:00:00Z" is not a date/ )
		] );
	} );

	it( 'reports the problems of a data page once, however many placeholders use it', async () => {
		const data = JSON.parse( SAMPLE );
		data.subteams[ 0 ].links[ 0 ] = 'https://';
		const { root } = await view( {
			userName: 'Maintainer',
			api: async () => pageResponse( DATA_TITLE, JSON.stringify( data ), { actions: { edit: true } } )
		} );
		expect( root.querySelectorAll( '.crs-team-problems' ) ).toHaveLength( 1 );
		expect( texts( root, '.crs-team-problems__item' ) ).toEqual( [ expect.stringMatching( /^subteams\[0\]\.links\[0\]: / ) ] );
		root.querySelectorAll( '.crs-team' ).forEach( ( p ) => expect( p.getAttribute( 'data-crs-state' ) ).toBe( 'rendered' ) );
	} );

	it( 'reports a broken data page once, and keeps every fallback', async () => {
		const { root } = await view( {
			userName: 'Maintainer',
			api: async () => pageResponse( DATA_TITLE, '{', { actions: { edit: true } } )
		} );
		expect( root.querySelectorAll( '.cdx-message--error' ) ).toHaveLength( 1 );
		root.querySelectorAll( '.fallback' ).forEach( ( f ) => expect( isShown( f ) ).toBe( true ) );
	} );

	it( 'tells editors about a view name it does not know', async () => {
		const { root } = await view( { userName: 'Maintainer', content: placeholder( 'agenda' ) } );
		expect( root.querySelector( '.cdx-message--error' )!.textContent ).toContain( 'Unknown view "agenda"' );
		expect( isShown( root.querySelector( '.fallback' ) ) ).toBe( true );
	} );

	it( 'does nothing at all on a page without placeholders', async () => {
		const { wiki } = await view( { content: '<p>Just an article.</p>' } );
		expect( wiki.requests ).toHaveLength( 0 );
	} );
} );

describe( 'the "help translate" line on a translation page', () => {
	const HELP = 'ext.gadget.crs-team-help-translate';
	const onGerman = { pageName: 'Community_Resilience_and_Sustainability/de', pageLanguage: 'de' };

	async function translatorView( reader: Reader ) {
		const shown: { anchor: HTMLElement; offer: unknown }[] = [];
		const modules = { [ HELP ]: { showHelpTranslate: ( anchor: HTMLElement, offer: unknown ) => shown.push( { anchor, offer } ) } };
		const result = await view( { ...onGerman, modules, ...reader } );
		await new Promise( process.nextTick );
		return { ...result, shown };
	}

	it( 'is offered, after the views rendered, to a logged-in user who can edit the data page, above the first view', async () => {
		const { wiki, root, shown } = await translatorView( { userName: 'Translator' } );
		expect( wiki.requests ).toHaveLength( 1 );
		// With the messages gadget of the user's language (English), which has the line's texts.
		expect( wiki.loaded ).toEqual( [ HELP, 'ext.gadget.crs-team-i18n-en' ] );
		expect( shown ).toHaveLength( 1 );
		expect( shown[ 0 ]!.anchor ).toBe( root.querySelector( '.crs-team' ) );
		expect( shown[ 0 ]!.offer ).toEqual( { index: 0, title: DATA_TITLE, text: SAMPLE, language: 'de' } );
		root.querySelectorAll( '.crs-team' ).forEach( ( p ) => expect( p.getAttribute( 'data-crs-state' ) ).toBe( 'rendered' ) );
	} );

	it( 'costs anonymous readers nothing: no rights asked, nothing loaded', async () => {
		const { wiki, shown } = await translatorView( { userName: null } );
		expect( wiki.requests ).toHaveLength( 1 );
		expect( wiki.requests[ 0 ] ).not.toHaveProperty( 'intestactions' );
		expect( wiki.loaded ).toEqual( [] );
		expect( shown ).toEqual( [] );
	} );

	it( 'is not offered to a logged-in user who cannot edit the data page', async () => {
		const { wiki } = await translatorView( { userName: 'Reader', api: async () => pageResponse( DATA_TITLE, SAMPLE, { actions: { edit: false } } ) } );
		expect( wiki.loaded ).toEqual( [] );
	} );

	it( 'is not offered once hidden for that language, nor on the source page', async () => {
		const hidden = await translatorView( { userName: 'Translator', storage: { 'crs-team-help-translate-hidden-de': '1' } } );
		expect( hidden.wiki.loaded ).toEqual( [] );
		const source = await translatorView( { userName: 'Translator', pageName: 'Community_Resilience_and_Sustainability', pageLanguage: 'en', userLanguage: 'de' } );
		expect( source.wiki.loaded ).toEqual( [] );
	} );

	it( 'leaves the rendered page as it is when its module cannot load', async () => {
		const { wiki, root } = await translatorView( { userName: 'Translator', modules: {} } );
		expect( wiki.loaded ).toEqual( [ HELP, 'ext.gadget.crs-team-i18n-en' ] );
		expect( wiki.warnings.map( ( w ) => w[ 0 ] ) ).toContain( '[crs-team] could not show the "help translate" line:' );
		root.querySelectorAll( '.crs-team' ).forEach( ( p ) => expect( p.getAttribute( 'data-crs-state' ) ).toBe( 'rendered' ) );
	} );
} );
