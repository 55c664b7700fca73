/**
 * The reader's conversation hours through the real gadget entry with the
 * strict mw fake (the sample data page, a reader, their stored choices), and
 * what the tests of the live view, its controls and its downloads do there.
 */
import { settle } from '../../support/tasks';
import * as fs from 'fs';
import * as path from 'path';
import { installFakeMw, pageResponse, FakeWiki } from '../../support/mw-fake';
import { renderPlaceholders } from '../../../src/gadgets/crs-team-core/index';
import { PREFS_OPTION } from '../../../src/calendar/prefs';
import { CALENDAR_TOOLS_MODULE } from '../../../src/mw/lazy-gadgets';
import { flushPromises, lazyGadgets } from '../../support/lazy-gadgets';

export const DATA_TITLE = 'Module:Community Resilience and Sustainability/data.json';
export const SAMPLE = fs.readFileSync( path.join( __dirname, '../../../data/team-page.json' ), 'utf8' );
export const NOW = new Date( '2026-11-23T12:00:00Z' );

/** The reader's device is set to `zone` (what `Intl` reports as the default). */
export function deviceZone( zone: string ): void {
	const Original = Intl.DateTimeFormat;
	jest.spyOn( Intl, 'DateTimeFormat' ).mockImplementation( ( ( locales?: string | string[], options?: Intl.DateTimeFormatOptions ) => new Original( locales, { timeZone: zone, ...options } ) ) as unknown as typeof Intl.DateTimeFormat );
}

export interface Reader {
	/** null: anonymous. */
	readonly userName?: string | null;
	readonly timecorrection?: string;
	readonly savedOption?: string | null;
	readonly storage?: Record<string, string>;
	readonly data?: unknown;
	readonly saveOption?: ( name: string, value: string | null ) => Promise<unknown>;
	readonly userLanguage?: string;
	/** The calendar's tools cannot be loaded. */
	readonly toolsFail?: boolean;
	/** The browser is never idle: the tools come only when a reader asks for them. */
	readonly noIdle?: boolean;
}

export async function view( reader: Reader = {} ): Promise<{ wiki: FakeWiki; root: HTMLElement }> {
	document.body.innerHTML = `<div id="mw-content-text"><div class="mw-parser-output"><h2>Conversation hours</h2><div class="crs-team" data-source="${ DATA_TITLE }" data-view="calendar"><p class="fallback">Fallback</p></div></div></div>`;
	const loggedIn = reader.userName !== undefined && reader.userName !== null;
	const wiki = installFakeMw( {
		config: {
			wgPageName: 'Community_Resilience_and_Sustainability',
			wgPageContentLanguage: 'en',
			wgContentLanguage: 'en',
			wgUserLanguage: reader.userLanguage || 'en',
			wgUserName: loggedIn ? reader.userName : null,
			wgTranslatePageTranslation: null,
			wgDBname: 'metawiki'
		},
		userOptions: loggedIn ? {
			timecorrection: reader.timecorrection || 'System|0',
			[ PREFS_OPTION ]: reader.savedOption === undefined ? null : reader.savedOption
		} : {},
		api: async () => pageResponse( DATA_TITLE, reader.data ? JSON.stringify( reader.data ) : SAMPLE, loggedIn ? { actions: { edit: false } } : {} ),
		storage: reader.storage,
		saveOption: reader.saveOption,
		modules: reader.toolsFail ? {} : { [ CALENDAR_TOOLS_MODULE ]: lazyGadgets()[ CALENDAR_TOOLS_MODULE ] }
	} );
	const root = document.getElementById( 'mw-content-text' ) as HTMLElement;
	// jsdom has no requestIdleCallback; unless the test gives one, the
	// browser is idle right after the first render, and the calendar's
	// tools (a gadget loaded on first use) arrive then.
	const idleWindow = window as unknown as { requestIdleCallback?: ( cb: () => void ) => number };
	const ownIdle = !!idleWindow.requestIdleCallback;
	const idle: ( () => void )[] = [];
	if ( !ownIdle && !reader.noIdle ) {
		idleWindow.requestIdleCallback = ( cb: () => void ) => idle.push( cb );
	}
	try {
		await settle( renderPlaceholders( root ) );
	} finally {
		if ( !ownIdle ) {
			delete idleWindow.requestIdleCallback;
		}
	}
	idle.forEach( ( cb ) => cb() );
	await flushPromises();
	return { wiki, root };
}

export { flushPromises as settle };

export function texts( root: ParentNode, selector: string ): string[] {
	return Array.prototype.map.call( root.querySelectorAll( selector ), ( n: Element ) => ( n.textContent || '' ).trim() ) as string[];
}

/** ICU puts narrow no-break spaces around times; compare with plain spaces. */
export function plain( s: string ): string {
	return s.replace( /[\u00a0\u2009\u202f]/g, ' ' );
}

export function whenOf( root: ParentNode, id: string ): string {
	return plain( ( root.querySelector( `[data-session-id="${ id }"] .crs-team-session__when time` ) as HTMLElement ).textContent || '' );
}

export function zoneInput( root: ParentNode ): HTMLInputElement {
	return root.querySelector( 'input[role="combobox"]' ) as HTMLInputElement;
}

export function key( target: Element, name: string, init: KeyboardEventInit = {} ): KeyboardEvent {
	const event = new KeyboardEvent( 'keydown', { key: name, bubbles: true, cancelable: true, ...init } );
	target.dispatchEvent( event );
	return event;
}

export function type( input: HTMLInputElement, text: string ): void {
	input.focus();
	input.value = text;
	input.dispatchEvent( new Event( 'input', { bubbles: true } ) );
}

export function options( root: ParentNode ): string[] {
	return texts( root, '[role="listbox"] [role="option"]' );
}

export function pickZone( root: ParentNode, query: string ): void {
	const input = zoneInput( root );
	type( input, query );
	key( input, 'Enter' );
}

export function button( root: ParentNode, label: string ): HTMLElement {
	const found = Array.prototype.find.call( root.querySelectorAll( 'button, a' ), ( b: Element ) => ( b.textContent || '' ).trim() === label );
	if ( !found ) {
		throw new Error( `no button "${ label }"` );
	}
	return found as HTMLElement;
}

/** Fake timers at NOW and a device in UTC for every test of the file. */
export function readerClock(): void {
	beforeEach( () => {
		deviceZone( 'UTC' );
		jest.useFakeTimers( { now: NOW, doNotFake: [ 'nextTick', 'queueMicrotask', 'setImmediate' ] } );
	} );
	afterEach( () => {
		jest.useRealTimers();
		jest.restoreAllMocks();
	} );
}
