/** @jest-environment jsdom */
import { localeBucketOf } from '../../src/i18n/language-modules';
import { DATA_WAIT_MS } from '../../src/mw/load-data-pages';

const PLACEHOLDERS = '<div class="crs-team" data-source="Module:Team/data.json"><p>Fallback</p></div>'.repeat( 2 );

interface Loader {
	/** Runs the loader on the page content, as mw.hook( 'wikipage.content' ) does. */
	fire(): void;
	/** Everything the loader wrote to the console through mw.log.warn. */
	readonly warnings: unknown[][];
	readonly root: HTMLElement;
}

/**
 * Loads the loader gadget with a page of two placeholders and an `mw` whose
 * mw.loader.using answers with `using`.
 *
 * @param using What mw.loader.using( name ) returns, for the renderer
 *  (with the language gadgets: [ 'ext.gadget.crs-team-core', … ]) and the data request ('ext.gadget.crs-team-request')
 * @param config mw.config's values
 */
/** An English reader's page in an English wiki. */
const READER_CONFIG: Record<string, unknown> = {
	wgPageName: 'Team', wgPageContentLanguage: 'en', wgContentLanguage: 'en', wgUserLanguage: 'en', wgTranslatePageTranslation: null
};

function loadLoader( using: ( name: string | string[] ) => Promise<( name: string ) => unknown>, config: Record<string, unknown> = READER_CONFIG ): Loader {
	document.body.innerHTML = `<div id="mw-content-text">${ PLACEHOLDERS }</div>`;
	const root = document.getElementById( 'mw-content-text' ) as HTMLElement;
	const handlers: ( ( $content: unknown ) => void )[] = [];
	const warnings: unknown[][] = [];
	( globalThis as unknown as { mw: unknown } ).mw = {
		hook: () => ( { add: ( handler: ( $content: unknown ) => void ) => handlers.push( handler ) } ),
		loader: { using },
		config: { get: ( key: string ) => config[ key ] },
		log: { warn: ( ...args: unknown[] ) => warnings.push( args ) }
	};
	// The gadget registers its hook when it runs: run it afresh for this page.
	jest.isolateModules( () => {
		// eslint-disable-next-line @typescript-eslint/no-require-imports, n/no-missing-require -- a fresh copy per test; jest resolves .ts
		require( '../../src/gadgets/crs-team/index' );
	} );
	return { fire: () => handlers.forEach( ( handler ) => handler( [ root ] ) ), warnings, root };
}

function states( root: HTMLElement ): ( string | null )[] {
	return Array.prototype.map.call( root.querySelectorAll( '.crs-team' ), ( p: Element ) => p.getAttribute( 'data-crs-state' ) ) as ( string | null )[];
}

beforeEach( () => {
	jest.useFakeTimers( { doNotFake: [ 'nextTick', 'queueMicrotask' ] } );
} );
afterEach( () => {
	jest.useRealTimers();
} );

describe( 'the loader gadget', () => {
	test.each( [
		[ 'an English reader', READER_CONFIG, [ 'ext.gadget.crs-team-i18n-en' ] ],
		[ 'a reader in Austrian German', { ...READER_CONFIG, wgUserLanguage: 'de-at' }, [ 'ext.gadget.crs-team-i18n-de', `ext.gadget.crs-team-locale-${ localeBucketOf( 'de-at' ) }` ] ],
		[ 'a reader in Japanese (English messages, Japanese dates)', { ...READER_CONFIG, wgUserLanguage: 'ja' }, [ 'ext.gadget.crs-team-i18n-en', `ext.gadget.crs-team-locale-${ localeBucketOf( 'ja' ) }` ] ],
		[ 'an English reader of the Hebrew translation page', { ...READER_CONFIG, wgPageName: 'Team/he', wgPageContentLanguage: 'he', wgTranslatePageTranslation: 'translation' }, [ 'ext.gadget.crs-team-i18n-he' ] ]
	] )( 'requests the language gadgets of %s in the renderer\'s batch', async ( _who, config, languageModules ) => {
		const using = jest.fn( async ( _names: string | string[] ) => () => ( { renderPlaceholders: async () => undefined, requestDataPages: async () => new Map() } ) );
		const loader = loadLoader( using, config );
		loader.fire();
		await jest.advanceTimersByTimeAsync( 0 );
		expect( using.mock.calls.map( ( call ) => call[ 0 ] ) ).toContainEqual( [ 'ext.gadget.crs-team-core', ...languageModules ] );
	} );

	it( 'hands the page to the renderer once it has loaded', async () => {
		const renderPlaceholders = jest.fn( async ( root: HTMLElement ) => {
			root.querySelectorAll( '.crs-team' ).forEach( ( p ) => p.setAttribute( 'data-crs-state', 'rendered' ) );
		} );
		const loader = loadLoader( async () => () => ( { renderPlaceholders } ) );
		loader.fire();
		await jest.advanceTimersByTimeAsync( DATA_WAIT_MS * 2 );
		expect( renderPlaceholders ).toHaveBeenCalledWith( loader.root, expect.any( Promise ) );
		expect( states( loader.root ) ).toEqual( [ 'rendered', 'rendered' ] );
		expect( loader.warnings ).toEqual( [] );
	} );

	it( 'starts the data request before the renderer has loaded, and hands its answer over', async () => {
		const answer = new Map( [ [ 'Module:Team/data.json', { kind: 'missing', title: 'Module:Team/data.json', canEdit: false } ] ] );
		const requestDataPages = jest.fn( async () => answer );
		let coreLoaded: () => void = () => undefined;
		const renderPlaceholders = jest.fn( async ( root: HTMLElement, early: Promise<unknown> ) => {
			expect( await early ).toBe( answer );
			root.querySelectorAll( '.crs-team' ).forEach( ( p ) => p.setAttribute( 'data-crs-state', 'rendered' ) );
		} );
		const loader = loadLoader( ( name ) => name === 'ext.gadget.crs-team-request' ?
			Promise.resolve( () => ( { requestDataPages } ) ) :
			new Promise( ( resolve ) => {
				coreLoaded = () => resolve( () => ( { renderPlaceholders } ) );
			} ) );
		loader.fire();
		await jest.advanceTimersByTimeAsync( 0 );
		// The renderer is still loading; the request is under way, once for the page.
		expect( requestDataPages ).toHaveBeenCalledTimes( 1 );
		expect( requestDataPages ).toHaveBeenCalledWith( [ 'Module:Team/data.json', 'Module:Team/data.json' ] );
		expect( renderPlaceholders ).not.toHaveBeenCalled();
		coreLoaded();
		await jest.advanceTimersByTimeAsync( 0 );
		expect( states( loader.root ) ).toEqual( [ 'rendered', 'rendered' ] );
		expect( loader.warnings ).toEqual( [] );
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
		expect( loader.warnings ).toEqual( [ [ '[crs-team] could not render the team page:', 'ext.gadget.crs-team-core did not load within 20000 ms' ] ] );
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
		expect( loader.warnings ).toEqual( [ [ '[crs-team] could not render the team page:', expect.any( Error ) ] ] );
	} );
} );
