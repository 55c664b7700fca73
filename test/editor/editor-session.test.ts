/** @jest-environment jsdom */
import { createDiagnosticsPanel } from '../../src/editor/diagnostics-panel';
import { CHECK_DELAY_MS, LOOKUP_DELAY_MS, startEditorSession } from '../../src/editor/editor-session';
import { createEditorSurface } from '../../src/editor/editor-surface';
import { createLivePreview } from '../../src/editor/live-preview';
import { createWikiFacts } from '../../src/mw/wiki-facts';
import { renderViews } from '../../src/render/views';
import { createRenderContext } from '../../src/mw/environment';
import { UTC_ZONE } from '../../src/time/zones';
import { installFakeMw } from '../support/mw-fake';
import { messageFormatter } from '../support/messages';

const NOW = Date.parse( '2026-01-01T00:00:00Z' );

function page( links: string[], extra: Record<string, unknown> = {} ): string {
	return JSON.stringify( {
		version: 1,
		team: { name: { en: 'Team', 'en-xx': 'Team (xx)' }, about: [ 'We help.' ], links },
		subteams: [],
		conversationHours: { description: [ 'Talk to us.' ], sessions: [] },
		...extra
	}, null, '\t' );
}

/** A debounce on jest's fake timers, like mw.util.debounce. */
function debounce( fn: () => void, ms: number ): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	return () => {
		clearTimeout( timer );
		timer = setTimeout( fn, ms );
	};
}

function setUp( text: string ) {
	installFakeMw( { config: { wgUserLanguage: 'en' }, api: () => Promise.reject( new Error( 'not via mw' ) ), fallbackChain: [ 'en' ] } );
	document.body.innerHTML = '<textarea id="wpTextbox1"></textarea>';
	const textarea = document.getElementById( 'wpTextbox1' ) as HTMLTextAreaElement;
	textarea.value = text;
	const requests: Record<string, unknown>[] = [];
	const api = {
		get( params: Record<string, string | number | boolean> ): Promise<unknown> {
			requests.push( params );
			if ( params.meta === 'siteinfo' ) {
				return Promise.resolve( { query: { languages: [ { code: 'en' }, { code: 'de' } ] } } );
			}
			const titles = String( params.titles ).split( '|' );
			return Promise.resolve( { query: { pages: titles.map( ( title ) => title.startsWith( 'Missing' ) ? { title, missing: true } : { title, pageid: 1 } ) } } );
		}
	};
	const msg = messageFormatter();
	const panel = createDiagnosticsPanel( document, { onSelect: () => undefined, msg } );
	const preview = createLivePreview( document, {
		msg,
		zones: [ { value: 'UTC', label: 'UTC', zone: UTC_ZONE } ],
		initialLanguage: 'en',
		render: ( data, lang, zone ) => renderViews( createRenderContext( lang, zone, NOW ), data )
	} );
	const surface = createEditorSurface( textarea );
	const session = startEditorSession( {
		surface, panel, preview, msg, debounce,
		facts: createWikiFacts( api ),
		now: () => NOW
	} );
	const type = ( value: string ) => {
		textarea.value = value;
		textarea.dispatchEvent( new Event( 'input' ) );
	};
	const shown = () => Array.from( panel.element.querySelectorAll( 'button' ) ).map( ( b ) => b.textContent );
	return { session, requests, type, shown, preview };
}

describe( 'editor session', () => {
	beforeEach( () => {
		jest.useFakeTimers();
	} );
	afterEach( () => {
		jest.useRealTimers();
	} );

	it( 'checks at once, then shows what the wiki says about links and languages', async () => {
		const { session, requests, shown, preview } = setUp( page( [ 'Help:Contents', 'Missing page' ] ) );
		expect( shown() ).toEqual( [] );
		expect( preview.element.querySelector( '.crs-team-rendered' ) ).not.toBeNull();
		await session.lookUp();
		expect( requests ).toEqual( [
			{ action: 'query', titles: 'Help:Contents|Missing page', formatversion: 2 },
			{ action: 'query', meta: 'siteinfo', siprop: 'languages', formatversion: 2 }
		] );
		expect( shown() ).toEqual( [
			'Line 6, column 13: team.name["en-xx"]: MediaWiki does not know the language code "en-xx"; readers never get this text in their language.',
			'Line 13, column 4: team.links[1]: The page "Missing page" does not exist on this wiki.'
		] );
	} );

	it( 'checks again after typing pauses, and asks the wiki once, later, for new links only', async () => {
		const { session, requests, type, shown } = setUp( page( [ 'Help:Contents' ] ) );
		await session.lookUp();
		const asked = requests.length;
		type( page( [ 'Help:Contents', 'M' ] ) );
		type( page( [ 'Help:Contents', 'Missing' ] ) );
		type( '{ "version": 1, ' );
		jest.advanceTimersByTime( CHECK_DELAY_MS );
		expect( shown()[ 0 ] ).toMatch( /^Line 1, column 17: / );
		type( page( [ 'Help:Contents', 'Missing one' ] ) );
		jest.advanceTimersByTime( CHECK_DELAY_MS );
		expect( requests ).toHaveLength( asked );
		jest.advanceTimersByTime( LOOKUP_DELAY_MS );
		await Promise.resolve();
		await session.lookUp();
		expect( requests.slice( asked ).filter( ( r ) => r.titles ) ).toEqual( [ { action: 'query', titles: 'Missing one', formatversion: 2 } ] );
		expect( shown().some( ( t ) => t!.includes( '"Missing one" does not exist' ) ) ).toBe( true );
	} );

	it( 'warns about a past session still scheduled without notes', () => {
		const { shown } = setUp( page( [], {
			conversationHours: { description: [ 'x' ], sessions: [ { id: 's1', start: '2025-03-01T15:00:00Z', end: '2025-03-01T16:00:00Z' } ] }
		} ) );
		expect( shown().some( ( t ) => t!.includes( 'conversationHours.sessions[0]: This session ended (2025-03-01T16:00:00Z)' ) ) ).toBe( true );
	} );

	it( 'gives the save guard the errors of the text as it is now', () => {
		const { session, type } = setUp( page( [] ) );
		expect( session.errors() ).toEqual( [] );
		type( '{' );
		expect( session.errors() ).toHaveLength( 1 );
	} );
} );
