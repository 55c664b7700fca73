/** @jest-environment jsdom */
import * as fs from 'fs';
import * as path from 'path';
import { installFakeMw, pageResponse, FakeWiki } from '../support/mw-fake';
import { lazyGadgets } from '../support/lazy-gadgets';
import { renderPlaceholders } from '../../src/gadgets/crs-team-core/index';
import { DATA_WAIT_MS, loadDataPages } from '../../src/mw/load-data-pages';
import { settle } from '../support/tasks';

const DATA_TITLE = 'Module:Community Resilience and Sustainability/data.json';
const SAMPLE = fs.readFileSync( path.join( __dirname, '../../data/team-page.json' ), 'utf8' );
const NOW = new Date( '2026-11-23T12:00:00Z' );
const TIMEOUT_TEXT = 'The wiki did not send it within 20 seconds. Reload the page to try again.';

interface Reader {
	/** null: anonymous. */
	readonly userName: string | null;
	/** wgIsProbablyEditable: can they edit the page they read. */
	readonly canEditPage?: boolean;
	readonly api: ( params: Record<string, unknown> ) => Promise<unknown>;
}

function setUpPage( reader: Reader ): { wiki: FakeWiki; root: HTMLElement } {
	document.body.innerHTML = '<div id="mw-content-text">' + [ 'overview', 'subteams', 'calendar' ].map( ( view ) => `<div class="crs-team" data-source="${ DATA_TITLE }" data-view="${ view }"><p class="fallback">Fallback for ${ view }</p></div>`
	).join( '' ) + '</div>';
	const loggedIn = reader.userName !== null;
	const wiki = installFakeMw( {
		config: {
			wgPageName: 'Community_Resilience_and_Sustainability',
			wgPageContentLanguage: 'en',
			wgContentLanguage: 'en',
			wgUserLanguage: 'en',
			wgUserName: reader.userName,
			wgTranslatePageTranslation: null,
			wgDBname: 'metawiki',
			wgIsProbablyEditable: !!reader.canEditPage
		},
		userOptions: loggedIn ? { timecorrection: 'System|0', 'userjs-crs-team-calendar': null } : {},
		api: reader.api,
		modules: lazyGadgets()
	} );
	return { wiki, root: document.getElementById( 'mw-content-text' ) as HTMLElement };
}

function states( root: HTMLElement ): string[] {
	return Array.prototype.map.call( root.querySelectorAll( '.crs-team' ), ( p: Element ) => p.getAttribute( 'data-crs-state' ) ) as string[];
}

/** Fallback paragraphs a reader can see (not inside anything hidden). */
function visibleFallbacks( root: HTMLElement ): string[] {
	return ( Array.prototype.slice.call( root.querySelectorAll( '.fallback' ) ) as HTMLElement[] )
		.filter( ( f ) => {
			for ( let n: HTMLElement | null = f; n; n = n.parentElement ) {
				if ( n.hidden ) {
					return false;
				}
			}
			return true;
		} )
		.map( ( f ) => f.textContent || '' );
}

/** An API request that never settles. */
function neverAnswers(): Promise<unknown> {
	return new Promise( () => {
		// Never resolved, never rejected.
	} );
}

/**
 * Makes putting the rendered output into a placeholder throw, as a page
 * script or a browser quirk could (the DOM refuses the insertion).
 *
 * @param placeholder
 */
function refuseOutput( placeholder: Element ): void {
	placeholder.insertBefore = () => {
		throw new DOMException( 'The new child element contains the parent.', 'HierarchyRequestError' );
	};
}

beforeEach( () => {
	jest.useFakeTimers( { now: NOW, doNotFake: [ 'nextTick', 'queueMicrotask' ] } );
} );
afterEach( () => {
	jest.useRealTimers();
} );

describe( 'a data request that never gets an answer', () => {
	it( 'keeps the placeholders loading for 20 seconds, then fails them and shows the fallback again', async () => {
		const { root } = setUpPage( { userName: null, api: neverAnswers } );
		const done = renderPlaceholders( root );
		await jest.advanceTimersByTimeAsync( DATA_WAIT_MS - 1 );
		expect( states( root ) ).toEqual( [ 'loading', 'loading', 'loading' ] );

		await jest.advanceTimersByTimeAsync( 1 );
		await settle( done );
		expect( states( root ) ).toEqual( [ 'failed', 'failed', 'failed' ] );
		expect( visibleFallbacks( root ) ).toEqual( [ 'Fallback for overview', 'Fallback for subteams', 'Fallback for calendar' ] );
		// Anonymous readers are never told about the data page.
		expect( root.querySelectorAll( '.crs-team-problems' ) ).toHaveLength( 0 );
	} );

	it( 'tells a logged-in reader who can edit the page why, once', async () => {
		const { root } = setUpPage( { userName: 'Maintainer', canEditPage: true, api: neverAnswers } );
		const done = renderPlaceholders( root );
		await jest.advanceTimersByTimeAsync( DATA_WAIT_MS );
		await settle( done );
		expect( states( root ) ).toEqual( [ 'failed', 'failed', 'failed' ] );
		const problems = root.querySelectorAll( '.crs-team-problems' );
		expect( problems ).toHaveLength( 1 );
		expect( problems[ 0 ]!.textContent ).toContain( `The team page cannot be shown from ${ DATA_TITLE }.` );
		expect( problems[ 0 ]!.textContent ).toContain( TIMEOUT_TEXT );
		expect( visibleFallbacks( root ) ).toHaveLength( 3 );
	} );

	it( 'does not tell a logged-in reader who cannot edit the page', async () => {
		const { root } = setUpPage( { userName: 'Reader', canEditPage: false, api: neverAnswers } );
		const done = renderPlaceholders( root );
		await jest.advanceTimersByTimeAsync( DATA_WAIT_MS );
		await settle( done );
		expect( states( root ) ).toEqual( [ 'failed', 'failed', 'failed' ] );
		expect( root.querySelectorAll( '.crs-team-problems' ) ).toHaveLength( 0 );
	} );

	it( 'is aborted when the wait is over, and an answer in time is used as usual', async () => {
		const abort = jest.fn();
		const hanging = Object.assign( neverAnswers(), { abort } );
		const slow = { get: () => hanging } as unknown as mw.Api;
		const late = loadDataPages( slow, [ DATA_TITLE ], { checkEdit: false } );
		await jest.advanceTimersByTimeAsync( DATA_WAIT_MS );
		expect( ( await late ).get( DATA_TITLE ) ).toEqual( { kind: 'timeout', title: DATA_TITLE, seconds: 20 } );
		expect( abort ).toHaveBeenCalledTimes( 1 );

		const answer = new Promise( ( resolve ) => {
			setTimeout( () => resolve( pageResponse( DATA_TITLE, '{}' ) ), DATA_WAIT_MS - 1 );
		} );
		const inTime = loadDataPages( { get: () => answer } as unknown as mw.Api, [ DATA_TITLE ], { checkEdit: false } );
		await jest.advanceTimersByTimeAsync( DATA_WAIT_MS );
		expect( ( await inTime ).get( DATA_TITLE ) ).toMatchObject( { kind: 'ok', text: '{}' } );
	} );
} );

describe( 'a placeholder whose render throws', () => {
	it( 'fails on its own, with its fallback shown; the others still render', async () => {
		const { root, wiki } = setUpPage( { userName: null, api: async () => pageResponse( DATA_TITLE, SAMPLE ) } );
		refuseOutput( root.querySelector( '[data-view="overview"]' )! );
		await settle( renderPlaceholders( root ) );
		expect( states( root ) ).toEqual( [ 'failed', 'rendered', 'rendered' ] );
		expect( visibleFallbacks( root ) ).toEqual( [ 'Fallback for overview' ] );
		const overview = root.querySelector( '[data-view="overview"]' )!;
		expect( overview.querySelector( '.crs-team__output' ) ).toBeNull();
		expect( root.querySelectorAll( '.crs-team-subteam' ) ).toHaveLength( 3 );
		expect( root.querySelector( '.crs-team-calendar' ) ).not.toBeNull();
		expect( wiki.warnings ).toEqual( [ [ '[crs-team] could not render a placeholder; its own content stays:', expect.any( DOMException ) ] ] );
	} );

	it( 'fails every placeholder, not only the first, when each one throws', async () => {
		const { root } = setUpPage( { userName: null, api: async () => pageResponse( DATA_TITLE, SAMPLE ) } );
		root.querySelectorAll( '.crs-team' ).forEach( refuseOutput );
		await settle( renderPlaceholders( root ) );
		expect( states( root ) ).toEqual( [ 'failed', 'failed', 'failed' ] );
		expect( visibleFallbacks( root ) ).toHaveLength( 3 );
	} );

	it( 'leaves no placeholder loading when the page cannot be rendered at all', async () => {
		const { root } = setUpPage( { userName: null, api: async () => pageResponse( DATA_TITLE, SAMPLE ) } );
		// The reader's language cannot be read: nothing can be rendered.
		( mw.config as unknown as { get: () => never } ).get = () => {
			throw new Error( 'config unavailable' );
		};
		await expect( settle( renderPlaceholders( root ) ) ).rejects.toThrow( 'config unavailable' );
		expect( states( root ) ).toEqual( [ 'failed', 'failed', 'failed' ] );
		expect( visibleFallbacks( root ) ).toHaveLength( 3 );
	} );
} );
