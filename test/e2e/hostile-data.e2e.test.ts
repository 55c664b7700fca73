/**
 * Hostile data and hostile placeholders on the real wiki, in Chromium:
 *
 * - payloads of the hostile corpus (test/fixtures/hostile/) in every string
 *   place of the data page, rendered by the module on the server and by the
 *   gadget: nothing runs (every payload that could run calls
 *   `window.__crsPwned`), no request leaves the wiki's host, nothing scrolls
 *   sideways, and every placeholder ends. In CI a representative subset
 *   (the first payload of each family and every 40th, in all places of one
 *   kind, and the 100,000-character
 *   word in texts: the time it takes is printed); `HOSTILE_E2E_ALL=1` runs
 *   every payload in every kind of place;
 * - a placeholder pointing at team JSON on a wikitext page, and placeholders
 *   whose `data-source` is no data page: the editor sees why, readers the
 *   fallback;
 * - two subteams views on one page: no duplicate id (axe-core).
 */
import { BrowserContext, Page } from 'playwright-core';
import { inject, PlaceKind, stringPlaces } from '../fixtures/hostile/string-places';
import { hostilePayloads, Payload, SENTINEL } from '../fixtures/hostile/payloads';
import {
	accessibilityViolations, expectNoErrors, horizontalOverflow, logIn, newReader, openTeamPage, placeholderStates, watchErrors, useTeamWiki
} from './support';
import { SAMPLE_DATA_TEXT } from './support/sample-data';

const HOSTILE_DATA_PAGE = 'Module:Hostile/data.json';
const HOSTILE_TEAM_PAGE = 'Hostile team page';
const WIKITEXT_DATA_PAGE = 'Team data on a wikitext page';
const WIKITEXT_SOURCE_PAGE = 'Placeholder with a wikitext source';
const TWO_SUBTEAMS_PAGE = 'Two subteams views';
const HOSTILE_SOURCES_PAGE = 'Hostile placeholder sources';
const ALL = process.env.HOSTILE_E2E_ALL === '1';

/** Sources that are no data page, and what the editor is told. */
const HOSTILE_SOURCES: readonly { readonly source: string; readonly reason: string }[] = [
	{ source: 'wikipedia:Team.json', reason: 'is a page on another wiki' },
	{ source: 'Special:Version', reason: 'is a special page or a media file' },
	{ source: 'Media:Example.png', reason: 'is a special page or a media file' },
	{ source: '[[Module:Community Resilience and Sustainability/data.json]]', reason: 'is not a valid page title' },
	{ source: '', reason: 'its data-source attribute is empty' },
	{ source: 'A'.repeat( 300 ), reason: 'is too long to be a page title (300 characters' },
	{ source: `<script>${ SENTINEL }('source')</script>`, reason: 'is not a valid page title' }
];

/** Wikitext for an attribute value: every character as an entity, so the parser sees no markup. */
function attributeValue( text: string ): string {
	return Array.from( text ).map( ( c ) => `&#${ c.codePointAt( 0 ) };` ).join( '' );
}

function placeholder( source: string, view: string, fallback: string ): string {
	return `<div class="crs-team" data-source="${ attributeValue( source ) }" data-view="${ view }">\n${ fallback }\n</div>\n`;
}

const suite = useTeamWiki( {
	setUp: async ( { teamWiki } ) => {
		const { api } = teamWiki;
		await api.create( HOSTILE_TEAM_PAGE, [ 'overview', 'subteams', 'calendar' ].map( ( view ) => placeholder( HOSTILE_DATA_PAGE, view,
			`{{#invoke:Community Resilience and Sustainability|${ view }|source=${ HOSTILE_DATA_PAGE }}}` ) ).join( '\n' ), 'Hostile team page' );
		await api.create( WIKITEXT_DATA_PAGE, SAMPLE_DATA_TEXT, 'Team JSON, saved as wikitext' );
		await api.create( WIKITEXT_SOURCE_PAGE, placeholder( WIKITEXT_DATA_PAGE, 'overview', 'Fallback: wikitext source' ), 'A placeholder' );
		await api.create( TWO_SUBTEAMS_PAGE, [
			placeholder( teamWiki.dataPage, 'subteams', 'Fallback 1' ),
			placeholder( teamWiki.dataPage, 'overview', 'Fallback 2' ),
			placeholder( teamWiki.dataPage, 'subteams', 'Fallback 3' )
		].join( '\n' ), 'Two subteams views' );
		await api.create( HOSTILE_SOURCES_PAGE, HOSTILE_SOURCES.map( ( s, i ) => placeholder( s.source, 'overview', `Fallback ${ i }` ) ).join( '\n' ), 'Hostile sources' );
	}
} );

interface Watch {
	/** Payload ids that ran (called the sentinel). */
	readonly ran: string[];
	/** Requests to any host but the wiki's. */
	readonly foreign: string[];
}

/**
 * A fresh anonymous reader whose pages record any payload that runs and any
 * request to another host (aborted).
 */
async function watchedReader(): Promise<{ context: BrowserContext; watch: Watch }> {
	const context = await newReader( suite.browser );
	const watch: Watch = { ran: [], foreign: [] };
	await context.exposeFunction( SENTINEL, ( id: unknown ) => {
		watch.ran.push( String( id ) );
	} );
	const wikiHost = new URL( suite.teamWiki.wiki.baseUrl ).host;
	await context.route( () => true, async ( route ) => {
		const url = new URL( route.request().url() );
		if ( url.protocol === 'data:' || url.protocol === 'blob:' || url.host === wikiHost ) {
			await route.continue();
		} else {
			watch.foreign.push( url.href.slice( 0, 120 ) );
			await route.abort();
		}
	} );
	return { context, watch };
}

const KINDS: readonly PlaceKind[] = [ 'text', 'target', 'string', 'language-key' ];
/** A data page must stay under MediaWiki's 2 MB: a huge payload goes into this many places only. */
const HUGE_PLACES = 8;

function cases(): { payload: Payload; kind: PlaceKind }[] {
	const payloads = hostilePayloads();
	if ( ALL ) {
		return payloads.flatMap( ( payload ) => KINDS.map( ( kind ) => ( { payload, kind } ) ) );
	}
	const firstOfFamily = new Set( payloads.filter( ( p, i ) => payloads.findIndex( ( q ) => q.family === p.family ) === i ) );
	return payloads
		// The 100,000-character word goes into texts, where it would cost seconds of layout if it were shown.
		.map( ( payload, i ) => ( { payload, kind: payload.id === 'long/word-100k' ? 'text' as const : KINDS[ i % KINDS.length ]!, i } ) )
		.filter( ( c ) => c.i % 40 === 0 || firstOfFamily.has( c.payload ) || c.payload.id === 'long/word-100k' )
		.map( ( { payload, kind } ) => ( { payload, kind } ) );
}

function hostileData( payload: Payload, kind: PlaceKind ): string {
	const places = stringPlaces().filter( ( p ) => p.kind === kind || ( kind === 'text' && p.kind === 'translation' ) );
	const huge = typeof payload.value === 'string' && payload.value.length > 10000;
	const data = ( huge ? places.slice( 0, HUGE_PLACES ) : places ).reduce<unknown>( ( d, place ) => inject( d, place, payload.value ), JSON.parse( SAMPLE_DATA_TEXT ) );
	return JSON.stringify( data, null, '\t' );
}

describe( 'hostile data on the real wiki', () => {
	let reader: { context: BrowserContext; watch: Watch };
	beforeAll( async () => {
		reader = await watchedReader();
	} );
	afterAll( () => reader.context.close() );

	it.each( cases().map( ( c ) => [ c.payload.id, c.kind, c ] as const ) )( '%s in every %s place: nothing runs, nothing leaves the wiki, nothing scrolls sideways', async ( _id, _kind, { payload, kind } ) => {
		const saved = await suite.teamWiki.api.save( HOSTILE_DATA_PAGE, hostileData( payload, kind ), `Hostile: ${ payload.id }` ).then( () => true, ( err ) => {
			if ( /invalid-json-data/.test( String( err ) ) ) {
				return false;
			}
			// mwn's network errors carry the socket (a circular object jest cannot report): keep the words only.
			throw new Error( `saving the data page with ${ payload.id } failed: ${ err instanceof Error ? err.message : String( err ) }` );
		} );
		if ( !saved ) {
			// MediaWiki refuses this JSON (a lone surrogate) on a JSON page, and only JSON pages are read: it cannot reach a reader.
			expect( payload.family ).toBe( 'surrogate' );
			return;
		}
		const page = await reader.context.newPage();
		const errors = watchErrors( page );
		const started = Date.now();
		await openTeamPage( page, suite.teamWiki, HOSTILE_TEAM_PAGE, { withGadget: true } );
		if ( payload.family === 'long' ) {
			console.log( `${ payload.id } in ${ kind } places: page loaded and rendered in ${ Date.now() - started } ms` );
		}
		expect( ( await placeholderStates( page ) ).every( ( s ) => s === 'rendered' || s === 'failed' ) ).toBe( true );
		// Give anything that would run late (timers, lazy images) a moment.
		await page.waitForTimeout( 200 );
		expect( await horizontalOverflow( page ) ).toEqual( { page: 0, ours: [] } );
		expect( reader.watch ).toEqual( { ran: [], foreign: [] } );
		expectNoErrors( errors );
		await page.close();
	} );
} );

describe( 'placeholders that point at no data page', () => {
	async function view( who: 'maintainer' | 'anonymous', title: string ): Promise<{ page: Page; context: BrowserContext; watch: Watch }> {
		const { context, watch } = await watchedReader();
		const page = await context.newPage();
		if ( who === 'maintainer' ) {
			await logIn( page, suite.teamWiki, suite.teamWiki.admin.username, suite.teamWiki.admin.password );
		}
		await openTeamPage( page, suite.teamWiki, title, { withGadget: true } );
		return { page, context, watch };
	}

	it( 'team JSON on a wikitext page is not rendered; the maintainer is told why', async () => {
		const { page, context } = await view( 'maintainer', WIKITEXT_SOURCE_PAGE );
		expect( await placeholderStates( page ) ).toEqual( [ 'failed' ] );
		expect( await page.getByRole( 'alert' ).innerText() ).toContain( 'It is not a JSON page (its content model is wikitext).' );
		expect( await page.locator( '.crs-team__fallback' ).innerText() ).toContain( 'Fallback: wikitext source' );
		await context.close();
	} );

	it( 'team JSON on a wikitext page: an anonymous reader sees the page\'s own content', async () => {
		const { page, context } = await view( 'anonymous', WIKITEXT_SOURCE_PAGE );
		expect( await placeholderStates( page ) ).toEqual( [ 'failed' ] );
		expect( await page.locator( '.crs-team-problems, .crs-team-rendered' ).count() ).toBe( 0 );
		expect( await page.locator( '.crs-team__fallback' ).isVisible() ).toBe( true );
		await context.close();
	} );

	it( 'the maintainer sees a plain-words reason for each hostile source', async () => {
		const { page, context, watch } = await view( 'maintainer', HOSTILE_SOURCES_PAGE );
		expect( await placeholderStates( page ) ).toEqual( HOSTILE_SOURCES.map( () => 'failed' ) );
		const reasons = await page.locator( '.crs-team' ).evaluateAll( ( all ) => all.map( ( p ) => ( p.querySelector( '.crs-team-problems' ) || { textContent: '' } ).textContent || '' ) );
		HOSTILE_SOURCES.forEach( ( s, i ) => expect( reasons[ i ] ).toContain( s.reason ) );
		expect( watch ).toEqual( { ran: [], foreign: [] } );
		expect( await horizontalOverflow( page ) ).toEqual( { page: 0, ours: [] } );
		expect( await accessibilityViolations( page ) ).toEqual( [] );
		await context.close();
	} );

	it( 'an anonymous reader sees every fallback and no message', async () => {
		const { page, context, watch } = await view( 'anonymous', HOSTILE_SOURCES_PAGE );
		expect( await placeholderStates( page ) ).toEqual( HOSTILE_SOURCES.map( () => 'failed' ) );
		expect( await page.locator( '.crs-team-problems' ).count() ).toBe( 0 );
		expect( await page.locator( '.crs-team__fallback' ).evaluateAll( ( all ) => all.every( ( f ) => !( f as HTMLElement ).hidden ) ) ).toBe( true );
		expect( watch ).toEqual( { ran: [], foreign: [] } );
		await context.close();
	} );
} );

describe( 'two subteams views on one page', () => {
	it( 'have no duplicate ids, and each card is labelled by its own heading', async () => {
		const context = await newReader( suite.browser );
		const page = await context.newPage();
		const errors = watchErrors( page );
		await openTeamPage( page, suite.teamWiki, TWO_SUBTEAMS_PAGE, { withGadget: true } );
		expect( await placeholderStates( page ) ).toEqual( [ 'rendered', 'rendered', 'rendered' ] );
		const labels = await page.locator( '.crs-team-subteam' ).evaluateAll( ( cards ) => cards.map( ( card ) => {
			const id = card.getAttribute( 'aria-labelledby' ) || '';
			return { unique: document.querySelectorAll( `[id="${ id }"]` ).length === 1, inside: card.contains( document.getElementById( id ) ) };
		} ) );
		expect( labels ).toHaveLength( 6 );
		expect( labels.every( ( l ) => l.unique && l.inside ) ).toBe( true );
		const violations = await accessibilityViolations( page );
		expect( violations.filter( ( v ) => /^duplicate-id/.test( v.id ) ) ).toEqual( [] );
		expect( violations ).toEqual( [] );
		expectNoErrors( errors );
		await context.close();
	} );
} );
