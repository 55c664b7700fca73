/** @jest-environment jsdom */
import { DATA_WAIT_MS, queryParams, queryString } from '../../src/mw/data-query';
import { FakeFetch, installFakeFetch, removeFakeFetch } from '../support/fake-fetch';
import { localeBucketOf } from '../../src/i18n/language-modules';
import * as fs from 'fs';
import * as path from 'path';

/** The gadgets the wiki registers, as its Gadgets definition lists them (hidden ones too). */
const REGISTERED = new Set( ( fs.readFileSync( path.join( __dirname, '../../Gadgets-definition.txt' ), 'utf8' ).match( /^\* *[^[|\s]+/gm ) || [] )
	.map( ( line ) => `ext.gadget.${ line.replace( /^\* */, '' ) }` ) );

const PLACEHOLDERS = '<div class="crs-team" data-source="Module:Team/data.json"><p>Fallback</p></div>'.repeat( 2 );

interface Loader {
	/** Runs the loader on the page content, as mw.hook( 'wikipage.content' ) does. */
	fire(): void;
	/** Everything the loader wrote to the console through mw.log.warn. */
	readonly warnings: unknown[][];
	readonly root: HTMLElement;
	/** The data requests the loader sent. */
	readonly fetched: FakeFetch;
}

/** An anonymous English reader's page in an English wiki. */
const READER_CONFIG: Record<string, unknown> = {
	wgScriptPath: '/w', wgUserName: null,
	wgPageName: 'Team', wgPageContentLanguage: 'en', wgContentLanguage: 'en', wgUserLanguage: 'en', wgTranslatePageTranslation: null
};

/**
 * Loads the loader gadget with a page of two placeholders and an `mw` whose
 * mw.loader.using answers with `using`.
 *
 * @param using What mw.loader.using( names ) returns, for the renderer
 *  with the language gadgets ([ 'ext.gadget.crs-team-core', … ])
 * @param config mw.config's values
 */
function loadLoader( using: ( name: string | string[] ) => Promise<( name: string ) => unknown>, config: Record<string, unknown> = READER_CONFIG ): Loader {
	document.body.innerHTML = `<div id="mw-content-text">${ PLACEHOLDERS }</div>`;
	const root = document.getElementById( 'mw-content-text' ) as HTMLElement;
	const handlers: ( ( $content: unknown ) => void )[] = [];
	const warnings: unknown[][] = [];
	( globalThis as unknown as { mw: unknown } ).mw = {
		hook: () => ( { add: ( handler: ( $content: unknown ) => void ) => handlers.push( handler ) } ),
		loader: { using, getState: ( name: string ) => REGISTERED.has( name ) ? 'registered' : null },
		log: { warn: ( ...args: unknown[] ) => warnings.push( args ) },
		config: { get: ( key: string ) => config[ key ] }
	};
	const fetched = installFakeFetch( async () => ( { status: 200, body: '{"query":{"pages":[]}}' } ) );
	// The gadget registers its hook when it runs: run it afresh for this page.
	jest.isolateModules( () => {
		// eslint-disable-next-line @typescript-eslint/no-require-imports, n/no-missing-require -- a fresh copy per test; jest resolves .ts
		require( '../../src/gadgets/crs-team/index' );
	} );
	return { fire: () => handlers.forEach( ( handler ) => handler( [ root ] ) ), warnings, root, fetched };
}

function states( root: HTMLElement ): ( string | null )[] {
	return Array.prototype.map.call( root.querySelectorAll( '.crs-team' ), ( p: Element ) => p.getAttribute( 'data-crs-state' ) ) as ( string | null )[];
}

beforeEach( () => {
	jest.useFakeTimers( { doNotFake: [ 'nextTick', 'queueMicrotask' ] } );
} );
afterEach( () => {
	jest.useRealTimers();
	removeFakeFetch();
} );

describe( 'the loader gadget', () => {
	test.each( [
		[ 'an English reader', READER_CONFIG, [ 'ext.gadget.crs-team-i18n-en' ] ],
		[ 'a reader in Austrian German', { ...READER_CONFIG, wgUserLanguage: 'de-at' }, [ 'ext.gadget.crs-team-i18n-de', `ext.gadget.crs-team-locale-${ localeBucketOf( 'de-at' ) }` ] ],
		[ 'a reader in Japanese (English messages, Japanese dates)', { ...READER_CONFIG, wgUserLanguage: 'ja' }, [ 'ext.gadget.crs-team-i18n-en', `ext.gadget.crs-team-locale-${ localeBucketOf( 'ja' ) }` ] ],
		[ 'an English reader of the Hebrew translation page', { ...READER_CONFIG, wgPageName: 'Team/he', wgPageContentLanguage: 'he', wgTranslatePageTranslation: 'translation' }, [ 'ext.gadget.crs-team-i18n-he' ] ],
		// Guesses the loader leaves to the renderer to put right (it loads crs-team-i18n-he, crs-team-i18n-en).
		[ 'a reader in Yiddish (by the code alone)', { ...READER_CONFIG, wgUserLanguage: 'yi' }, [ 'ext.gadget.crs-team-i18n-en', `ext.gadget.crs-team-locale-${ localeBucketOf( 'yi' ) }` ] ],
		[ 'a German reader of the English translation page of an English wiki (the reader\'s language)', { ...READER_CONFIG, wgPageName: 'Team/en', wgUserLanguage: 'de', wgTranslatePageTranslation: 'translation' }, [ 'ext.gadget.crs-team-i18n-de' ] ]
	] )( 'requests the language gadgets of %s in the renderer\'s batch', async ( _who, config, languageModules ) => {
		const using = jest.fn( async ( _names: string | string[] ) => () => ( { renderPlaceholders: async () => undefined, requestDataPages: async () => new Map() } ) );
		const loader = loadLoader( using, config );
		loader.fire();
		await jest.advanceTimersByTimeAsync( 0 );
		expect( using.mock.calls.map( ( call ) => call[ 0 ] ) ).toContainEqual( [ 'ext.gadget.crs-team-core', ...languageModules ] );
	} );

	it( 'warms the browser\'s date formatting for the page\'s language, in a task of its own', async () => {
		const formats = jest.spyOn( Intl, 'DateTimeFormat' );
		const loader = loadLoader( () => new Promise( () => {
			// The renderer is still loading.
		} ), { ...READER_CONFIG, wgPageName: 'Team/he', wgPageContentLanguage: 'he', wgTranslatePageTranslation: 'translation' } );
		loader.fire();
		expect( formats ).not.toHaveBeenCalled();
		await jest.advanceTimersByTimeAsync( 0 );
		expect( formats ).toHaveBeenCalledWith( 'he', expect.objectContaining( { timeStyle: 'full' } ) );
		formats.mockRestore();
	} );

	it( 'hands the page to the renderer once it has loaded', async () => {
		const renderPlaceholders = jest.fn( async ( root: HTMLElement ) => {
			root.querySelectorAll( '.crs-team' ).forEach( ( p ) => p.setAttribute( 'data-crs-state', 'rendered' ) );
		} );
		const loader = loadLoader( async () => () => ( { renderPlaceholders } ) );
		loader.fire();
		await jest.advanceTimersByTimeAsync( DATA_WAIT_MS * 2 );
		expect( renderPlaceholders ).toHaveBeenCalledWith( loader.root, expect.objectContaining( { answer: expect.any( Promise ) } ) );
		expect( states( loader.root ) ).toEqual( [ 'rendered', 'rendered' ] );
		expect( loader.warnings ).toEqual( [] );
	} );

	it( 'sends the data request itself before the renderer has loaded, and hands it over', async () => {
		let coreLoaded: () => void = () => undefined;
		const renderPlaceholders = jest.fn( async ( root: HTMLElement, early: { query: string; answer: Promise<{ text(): Promise<string> }> } ) => {
			expect( await ( await early.answer ).text() ).toBe( '{"query":{"pages":[]}}' );
			root.querySelectorAll( '.crs-team' ).forEach( ( p ) => p.setAttribute( 'data-crs-state', 'rendered' ) );
		} );
		const using = jest.fn( () => new Promise<( name: string ) => unknown>( ( resolve ) => {
			coreLoaded = () => resolve( () => ( { renderPlaceholders } ) );
		} ) );
		const loader = loadLoader( using );
		loader.fire();
		// No module is loaded for the request: the one load is the renderer's, still under way.
		expect( using.mock.calls ).toEqual( [ [ [ 'ext.gadget.crs-team-core', 'ext.gadget.crs-team-i18n-en' ] ] ] );
		// One request for the page, the two placeholders' one title asked once, as the renderer would ask.
		const query = queryString( queryParams( [ 'Module:Team/data.json' ], { checkEdit: false } ) );
		expect( loader.fetched.urls ).toEqual( [ `/w/api.php?${ query }` ] );
		expect( loader.fetched.params()[ 0 ] ).toMatchObject( { titles: 'Module:Team/data.json', uselang: 'content', maxage: '300', smaxage: '300' } );
		coreLoaded();
		await jest.advanceTimersByTimeAsync( 0 );
		expect( renderPlaceholders ).toHaveBeenCalledWith( loader.root, { query, answer: expect.any( Promise ) } );
		expect( states( loader.root ) ).toEqual( [ 'rendered', 'rendered' ] );
		expect( loader.warnings ).toEqual( [] );
	} );

	it( 'asks a logged-in reader\'s rights, with an answer no cache keeps', () => {
		const loader = loadLoader( () => new Promise( () => {
			// The renderer is still loading.
		} ), { ...READER_CONFIG, wgUserName: 'Maintainer' } );
		loader.fire();
		const params = loader.fetched.params()[ 0 ];
		expect( params ).toMatchObject( { intestactions: 'edit' } );
		expect( params ).not.toHaveProperty( 'maxage' );
		expect( params ).not.toHaveProperty( 'smaxage' );
	} );

	it( 'does nothing on a page without placeholders: no request, no module', () => {
		const using = jest.fn( () => new Promise<( name: string ) => unknown>( () => {
			// Never asked for.
		} ) );
		const loader = loadLoader( using );
		loader.root.innerHTML = '<p>An article.</p>';
		loader.fire();
		expect( loader.fetched.urls ).toEqual( [] );
		expect( using ).not.toHaveBeenCalled();
	} );

	it( 'marks the placeholders failed when the renderer never loads, after 20 seconds', async () => {
		const loader = loadLoader( () => new Promise( () => {
			// mw.loader.using never settles (a stalled load.php request).
		} ) );
		loader.fire();
		await jest.advanceTimersByTimeAsync( DATA_WAIT_MS - 1 );
		expect( states( loader.root ) ).toEqual( [ null, null ] );
		await jest.advanceTimersByTimeAsync( 1 );
		expect( states( loader.root ) ).toEqual( [ 'failed', 'failed' ] );
		expect( loader.warnings ).toEqual( [ [ '[crs-team] not rendered:', 'renderer timeout' ] ] );
	} );

	it( 'marks the placeholders failed at once when the renderer cannot be loaded', async () => {
		const loader = loadLoader( () => Promise.reject( new Error( 'Module ext.gadget.crs-team-core failed.' ) ) );
		loader.fire();
		await jest.advanceTimersByTimeAsync( 0 );
		expect( states( loader.root ) ).toEqual( [ 'failed', 'failed' ] );
		expect( loader.warnings ).toHaveLength( 1 );
		// The timer is gone: nothing more happens later.
		await jest.advanceTimersByTimeAsync( DATA_WAIT_MS );
		expect( loader.warnings ).toHaveLength( 1 );
	} );

	it( 'leaves placeholders the renderer took over to the renderer', async () => {
		const loader = loadLoader( async () => () => ( {
			renderPlaceholders: async ( root: HTMLElement ) => {
				root.querySelectorAll( '.crs-team' ).forEach( ( p ) => p.setAttribute( 'data-crs-state', 'loading' ) );
				throw new Error( 'render failed half-way' );
			}
		} ) );
		loader.fire();
		await jest.advanceTimersByTimeAsync( DATA_WAIT_MS );
		// The renderer ends its own placeholders (see stuck-states.test.ts); the loader only reports.
		expect( states( loader.root ) ).toEqual( [ 'loading', 'loading' ] );
		expect( loader.warnings ).toEqual( [ [ '[crs-team] not rendered:', expect.any( Error ) ] ] );
	} );
} );
