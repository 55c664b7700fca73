/** @jest-environment jsdom */
/**
 * The reader's conversation-hours view, through the real gadget entry with
 * the strict mw fake: switching the time zone, remembering choices, the
 * month view, the .ics downloads and the live states.
 */
import * as fs from 'fs';
import * as path from 'path';
import ICAL from 'ical.js';
import { installFakeMw, pageResponse, FakeWiki } from '../support/mw-fake';
import { renderPlaceholders } from '../../../src/gadgets/crs-team-core/index';
import { PREFS_OPTION, PREFS_STORAGE_KEY } from '../../../src/calendar/prefs';

const DATA_TITLE = 'Module:Community Resilience and Sustainability/data.json';
const SAMPLE = fs.readFileSync( path.join( __dirname, '../../../data/team-page.json' ), 'utf8' );
const NOW = new Date( '2026-11-23T12:00:00Z' );

/** The reader's device is set to `zone` (what `Intl` reports as the default). */
function deviceZone( zone: string ): void {
	const Original = Intl.DateTimeFormat;
	jest.spyOn( Intl, 'DateTimeFormat' ).mockImplementation( ( ( locales?: string | string[], options?: Intl.DateTimeFormatOptions ) => new Original( locales, { timeZone: zone, ...options } ) ) as unknown as typeof Intl.DateTimeFormat );
}

interface Reader {
	/** null: anonymous. */
	readonly userName?: string | null;
	readonly timecorrection?: string;
	readonly savedOption?: string | null;
	readonly storage?: Record<string, string>;
	readonly data?: unknown;
	readonly saveOption?: ( name: string, value: string | null ) => Promise<unknown>;
	readonly userLanguage?: string;
}

async function view( reader: Reader = {} ): Promise<{ wiki: FakeWiki; root: HTMLElement }> {
	document.body.innerHTML = `<div id="mw-content-text"><div class="crs-team" data-source="${ DATA_TITLE }" data-view="calendar"><p class="fallback">Fallback</p></div></div>`;
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
		saveOption: reader.saveOption
	} );
	const root = document.getElementById( 'mw-content-text' ) as HTMLElement;
	await renderPlaceholders( root );
	return { wiki, root };
}

function texts( root: ParentNode, selector: string ): string[] {
	return Array.prototype.map.call( root.querySelectorAll( selector ), ( n: Element ) => ( n.textContent || '' ).trim() ) as string[];
}

/** ICU puts narrow no-break spaces around times; compare with plain spaces. */
function plain( s: string ): string {
	return s.replace( /[\u00a0\u2009\u202f]/g, ' ' );
}

function whenOf( root: ParentNode, id: string ): string {
	return plain( ( root.querySelector( `[data-session-id="${ id }"] .crs-team-session__when time` ) as HTMLElement ).textContent || '' );
}

function zoneInput( root: ParentNode ): HTMLInputElement {
	return root.querySelector( 'input[role="combobox"]' ) as HTMLInputElement;
}

function key( target: Element, name: string, init: KeyboardEventInit = {} ): KeyboardEvent {
	const event = new KeyboardEvent( 'keydown', { key: name, bubbles: true, cancelable: true, ...init } );
	target.dispatchEvent( event );
	return event;
}

function type( input: HTMLInputElement, text: string ): void {
	input.focus();
	input.value = text;
	input.dispatchEvent( new Event( 'input', { bubbles: true } ) );
}

function options( root: ParentNode ): string[] {
	return texts( root, '[role="listbox"] [role="option"]' );
}

function pickZone( root: ParentNode, query: string ): void {
	const input = zoneInput( root );
	type( input, query );
	key( input, 'Enter' );
}

function button( root: ParentNode, label: string ): HTMLElement {
	const found = Array.prototype.find.call( root.querySelectorAll( 'button, a' ), ( b: Element ) => ( b.textContent || '' ).trim() === label );
	if ( !found ) {
		throw new Error( `no button "${ label }"` );
	}
	return found as HTMLElement;
}

beforeEach( () => {
	deviceZone( 'UTC' );
	jest.useFakeTimers( { now: NOW, doNotFake: [ 'nextTick', 'queueMicrotask', 'setImmediate' ] } );
} );
afterEach( () => {
	jest.useRealTimers();
	jest.restoreAllMocks();
} );

describe( 'the time zone picker', () => {
	it( 'is a labelled combobox showing the reader\'s own zone', async () => {
		jest.restoreAllMocks();
		deviceZone( 'Europe/Berlin' );
		const { root } = await view();
		const input = zoneInput( root );
		const label = root.querySelector( `label[for="${ input.id }"]` ) as HTMLLabelElement;
		expect( label.textContent ).toBe( 'Time zone' );
		expect( input.value ).toBe( 'Your time zone: Europe/Berlin (UTC+1)' );
		expect( input.getAttribute( 'aria-expanded' ) ).toBe( 'false' );
		expect( document.getElementById( input.getAttribute( 'aria-controls' ) as string )!.getAttribute( 'role' ) ).toBe( 'listbox' );
		expect( whenOf( root, '2026-12' ) ).toMatch( /5:00 – 6:30 PM Europe\/Berlin \(UTC\+1\)$/ );
	} );

	it( 'lists my zone and UTC first, then every zone with its offset', async () => {
		jest.restoreAllMocks();
		// Browsers report the old name Asia/Katmandu; readers see the current one.
		deviceZone( 'Asia/Katmandu' );
		const { root } = await view();
		const input = zoneInput( root );
		input.focus();
		key( input, 'ArrowDown' );
		expect( input.getAttribute( 'aria-expanded' ) ).toBe( 'true' );
		const all = options( root );
		expect( all.slice( 0, 2 ) ).toEqual( [ 'Your time zone: Asia/Kathmandu (UTC+5:45)', 'Coordinated Universal Time (UTC)' ] );
		expect( all.length ).toBeGreaterThan( 300 );
		expect( all ).toContain( 'Australia/Lord Howe (UTC+11)' );
		expect( all ).toContain( 'America/New York (UTC\u22125)' );
		expect( all ).toContain( 'Asia/Kolkata (UTC+5:30)' );
		// The first entry is highlighted and announced as the active one.
		const first = root.querySelector( '[role="option"]' ) as HTMLElement;
		expect( input.getAttribute( 'aria-activedescendant' ) ).toBe( first.id );
		expect( first.getAttribute( 'aria-selected' ) ).toBe( 'true' );
	} );

	it( 'finds zones by city or area name, ignoring case and accents', async () => {
		const { root } = await view();
		type( zoneInput( root ), 'kathm' );
		expect( options( root ) ).toEqual( [ 'Asia/Kathmandu (UTC+5:45)' ] );
		expect( texts( root, '.crs-team-zone-picker [role="status"]' ) ).toEqual( [ 'One time zone matches.' ] );
		type( zoneInput( root ), 'sao paulo' );
		expect( options( root ) ).toEqual( [ 'America/Sao Paulo (UTC\u22123)' ] );
		type( zoneInput( root ), 'São' );
		expect( options( root ) ).toContain( 'America/Sao Paulo (UTC\u22123)' );
		type( zoneInput( root ), 'australia' );
		expect( options( root ).length ).toBeGreaterThan( 5 );
		expect( options( root ).every( ( o ) => o.startsWith( 'Australia/' ) ) ).toBe( true );
		type( zoneInput( root ), 'Atlantis' );
		expect( options( root ) ).toEqual( [] );
		expect( texts( root, '.crs-team-zone-picker [role="status"]' ) ).toEqual( [ 'No time zone matches "Atlantis".' ] );
	} );

	it( 'switching the zone changes every printed time and the zone label', async () => {
		const { root } = await view();
		expect( whenOf( root, '2026-12' ) ).toMatch( /4:00 – 5:30 PM UTC$/ );
		pickZone( root, 'Kathmandu' );
		const whens = texts( root, '.crs-team-session__when time' ).map( plain );
		expect( whens ).toHaveLength( 4 );
		whens.forEach( ( w ) => expect( w ).toContain( 'Asia/Kathmandu (UTC+5:45)' ) );
		expect( whenOf( root, '2026-12' ) ).toMatch( /^Thursday, December 10, 2026, 9:45 – 11:15 PM Asia\/Kathmandu \(UTC\+5:45\)/ );
		expect( texts( root, '.crs-team-calendar__zone' ) ).toEqual( [ 'Times are shown in Asia/Kathmandu (UTC+5:45).' ] );
		expect( zoneInput( root ).value ).toBe( 'Asia/Kathmandu (UTC+5:45)' );
		expect( zoneInput( root ).getAttribute( 'aria-expanded' ) ).toBe( 'false' );
		// The datetime attributes stay in UTC.
		expect( root.querySelector( '[data-session-id="2026-12"] time' )!.getAttribute( 'datetime' ) ).toBe( '2026-12-10T16:00:00Z' );

		pickZone( root, 'New York' );
		expect( whenOf( root, '2026-12' ) ).toMatch( /11:00 AM – 12:30 PM America\/New York \(UTC\u22125\)$/ );
		// A summer session in the same zone: daylight time.
		expect( whenOf( root, '2026-06' ) ).toMatch( /11:00 AM – 12:30 PM America\/New York \(UTC\u22124\)$/ );
	} );

	it( 'a session spanning midnight in the chosen zone shows both dates', async () => {
		const data = JSON.parse( SAMPLE );
		data.conversationHours.sessions.push( { id: 'late', start: '2026-12-20T17:30:00Z', end: '2026-12-20T19:00:00Z' } );
		const { root } = await view( { data } );
		expect( whenOf( root, 'late' ) ).not.toContain( '21' );
		pickZone( root, 'Kolkata' );
		// 23:00 on the 20th to 00:30 on the 21st in India (UTC+5:30).
		expect( whenOf( root, 'late' ) ).toMatch( /December 20, 2026 at 11:00 PM – Monday, December 21, 2026 at 12:30 AM Asia\/Kolkata \(UTC\+5:30\)/ );
	} );

	it( 'Escape and Tab leave the zone as it was; arrows and Enter pick', async () => {
		const { root } = await view();
		const input = zoneInput( root );
		type( input, 'Berl' );
		key( input, 'Escape' );
		expect( input.getAttribute( 'aria-expanded' ) ).toBe( 'false' );
		expect( input.value ).toBe( 'Your time zone: UTC' );
		expect( whenOf( root, '2026-12' ) ).toContain( 'UTC' );
		type( input, 'Berl' );
		key( input, 'Tab' );
		expect( input.value ).toBe( 'Your time zone: UTC' );
		input.focus();
		key( input, 'ArrowDown' );
		key( input, 'ArrowDown' );
		expect( document.getElementById( input.getAttribute( 'aria-activedescendant' ) as string )!.textContent ).toBe( 'Coordinated Universal Time (UTC)' );
		key( input, 'ArrowUp' );
		key( input, 'ArrowUp' );
		// Wraps around to the last zone.
		const last = options( root )[ options( root ).length - 1 ];
		expect( document.getElementById( input.getAttribute( 'aria-activedescendant' ) as string )!.textContent ).toBe( last );
		key( input, 'Enter' );
		expect( input.value ).toBe( last );
		expect( whenOf( root, '2026-12' ) ).toContain( last.replace( / \(.*$/, '' ) );
	} );

	it( 'an entry can be picked with the mouse', async () => {
		const { root } = await view();
		type( zoneInput( root ), 'Lord' );
		const option = root.querySelector( '[role="option"]' ) as HTMLElement;
		option.dispatchEvent( new MouseEvent( 'mousedown', { bubbles: true, cancelable: true } ) );
		option.click();
		expect( whenOf( root, '2026-12' ) ).toMatch( /Australia\/Lord Howe \(UTC\+11\)$/ );
		expect( whenOf( root, '2026-06' ) ).toMatch( /Australia\/Lord Howe \(UTC\+10:30\)$/ );
	} );
} );

describe( 'remembering the choice', () => {
	it( 'anonymous readers: in mw.storage, read back on the next page view', async () => {
		const first = await view();
		pickZone( first.root, 'Tokyo' );
		expect( JSON.parse( first.wiki.storage[ PREFS_STORAGE_KEY ] ) ).toEqual( { zone: 'Asia/Tokyo' } );
		expect( first.wiki.savedOptions ).toEqual( [] );

		const second = await view( { storage: first.wiki.storage } );
		expect( zoneInput( second.root ).value ).toBe( 'Asia/Tokyo (UTC+9)' );
		expect( whenOf( second.root, '2026-12' ) ).toMatch( /Asia\/Tokyo \(UTC\+9\)$/ );

		// Back to the reader's own zone: nothing is remembered any more.
		const reset = button( second.root, 'Use your time zone (UTC)' );
		expect( reset.hidden ).toBe( false );
		reset.click();
		expect( second.wiki.storage ).toEqual( {} );
		expect( whenOf( second.root, '2026-12' ) ).toMatch( / UTC$/ );
		expect( reset.hidden ).toBe( true );
		expect( document.activeElement ).toBe( zoneInput( second.root ) );
	} );

	it( 'logged-in readers: a user option, which overrides their time zone preference', async () => {
		const { root, wiki } = await view( {
			userName: 'Reader', timecorrection: 'ZoneInfo|60|Europe/Berlin', savedOption: '{"zone":"Asia/Tokyo"}'
		} );
		expect( whenOf( root, '2026-12' ) ).toMatch( /Asia\/Tokyo \(UTC\+9\)$/ );
		expect( button( root, 'Use your time zone (Europe/Berlin (UTC+1))' ).hidden ).toBe( false );

		pickZone( root, 'Kathmandu' );
		expect( wiki.savedOptions ).toEqual( [ [ PREFS_OPTION, '{"zone":"Asia/Kathmandu"}' ] ] );
		expect( mw.user.options.get( PREFS_OPTION ) ).toBe( '{"zone":"Asia/Kathmandu"}' );
		expect( wiki.storage ).toEqual( {} );

		// "Your time zone" is the preference again.
		zoneInput( root ).focus();
		key( zoneInput( root ), 'ArrowDown' );
		expect( options( root )[ 0 ] ).toBe( 'Your time zone: Europe/Berlin (UTC+1)' );
		key( zoneInput( root ), 'Enter' );
		expect( wiki.savedOptions[ 1 ] ).toEqual( [ PREFS_OPTION, null ] );
		expect( whenOf( root, '2026-12' ) ).toMatch( /Europe\/Berlin \(UTC\+1\)$/ );
	} );

	it( 'offers the device\'s zone when it differs from the preference', async () => {
		jest.restoreAllMocks();
		deviceZone( 'America/New_York' );
		const { root, wiki } = await view( { userName: 'Reader', timecorrection: 'ZoneInfo|60|Europe/Berlin' } );
		const input = zoneInput( root );
		input.focus();
		key( input, 'ArrowDown' );
		expect( options( root ).slice( 0, 3 ) ).toEqual( [
			'Your time zone: Europe/Berlin (UTC+1)', 'This device: America/New York (UTC\u22125)', 'Coordinated Universal Time (UTC)'
		] );
		key( input, 'ArrowDown' );
		key( input, 'Enter' );
		expect( wiki.savedOptions ).toEqual( [ [ PREFS_OPTION, '{"zone":"America/New_York"}' ] ] );
		expect( whenOf( root, '2026-12' ) ).toMatch( /America\/New York \(UTC\u22125\)$/ );
		key( input, 'ArrowDown' );
		expect( root.querySelector( '[role="option"][aria-selected="true"]' )!.textContent ).toBe( 'This device: America/New York (UTC\u22125)' );
	} );

	it( 'a failed save keeps the choice locally and never breaks the page', async () => {
		const { root, wiki } = await view( {
			userName: 'Reader', timecorrection: 'ZoneInfo|60|Europe/Berlin',
			saveOption: () => Promise.reject( 'readonly' )
		} );
		pickZone( root, 'Tokyo' );
		await Promise.resolve();
		await Promise.resolve();
		expect( whenOf( root, '2026-12' ) ).toMatch( /Asia\/Tokyo \(UTC\+9\)$/ );
		expect( JSON.parse( wiki.storage[ PREFS_STORAGE_KEY ] ) ).toEqual( { zone: 'Asia/Tokyo' } );
		expect( wiki.warnings ).toHaveLength( 1 );
	} );

	it( 'ignores a stored value it cannot use', async () => {
		const { root } = await view( { storage: { [ PREFS_STORAGE_KEY ]: '{"zone":"Mars/Olympus_Mons","view":"year"}' } } );
		expect( zoneInput( root ).value ).toBe( 'Your time zone: UTC' );
		expect( root.querySelector( '[role="grid"]' ) ).toBeNull();
	} );
} );

describe( 'planned slots and cadence', () => {
	it( 'shows a slot without a date as such, with its note or "date to be announced"', async () => {
		const data = JSON.parse( SAMPLE );
		data.conversationHours.planned.push( { label: 'Q2 2027' } );
		const { root } = await view( { data } );
		expect( texts( root, '.crs-team-planned li' ) ).toEqual( [ 'Q1 2027 – Date to be announced (sample data)', 'Q2 2027 – date to be announced' ] );
		expect( texts( root, '.crs-team-calendar__cadence' ) ).toEqual( [ 'Held every quarter.' ] );
		// Never in the month grid: it has no date.
		button( root, 'Month' ).click();
		expect( texts( root, '.crs-team-planned li' ) ).toHaveLength( 2 );
		expect( root.querySelectorAll( '.crs-month__day--has-sessions' ) ).toHaveLength( 1 );
	} );
} );

describe( 'list and month views', () => {
	function modeButtons( root: ParentNode ): [ string, string | null ][] {
		return Array.prototype.map.call( root.querySelectorAll( '[role="group"] > button[aria-pressed]' ),
			( b: Element ) => [ ( b.textContent || '' ).trim(), b.getAttribute( 'aria-pressed' ) ] ) as [ string, string | null ][];
	}

	it( 'the list is the default; a labelled pair of toggle buttons switches to the month', async () => {
		const { root, wiki } = await view();
		const group = root.querySelector( '.crs-team-mode' ) as HTMLElement;
		expect( group.getAttribute( 'role' ) ).toBe( 'group' );
		expect( group.getAttribute( 'aria-label' ) ).toBe( 'Show the conversation hours as' );
		expect( modeButtons( root ) ).toEqual( [ [ 'List', 'true' ], [ 'Month', 'false' ] ] );
		expect( root.querySelector( '[role="grid"]' ) ).toBeNull();
		expect( texts( root, '.crs-team-calendar__next h3' ) ).toEqual( [ 'Next conversation hour' ] );

		button( root, 'Month' ).click();
		expect( modeButtons( root ) ).toEqual( [ [ 'List', 'false' ], [ 'Month', 'true' ] ] );
		const grid = root.querySelector( '[role="grid"]' ) as HTMLElement;
		expect( document.getElementById( grid.getAttribute( 'aria-labelledby' ) as string )!.textContent ).toBe( 'December 2026' );
		expect( grid.closest( '[role="group"]' )!.getAttribute( 'aria-label' ) ).toBe( 'Conversation hours by month' );
		expect( JSON.parse( wiki.storage[ PREFS_STORAGE_KEY ] ) ).toEqual( { view: 'month' } );
		// The next session's day is selected and its session shown below.
		expect( texts( root, '[role="grid"] [aria-selected="true"]' ) ).toHaveLength( 1 );
		expect( root.querySelector( '[role="grid"] [aria-selected="true"]' )!.getAttribute( 'data-date' ) ).toBe( '2026-12-10' );
		expect( texts( root, '.crs-team-calendar__day-heading' ) ).toEqual( [ 'Conversation hours on Thursday, December 10, 2026' ] );
		expect( texts( root, '.crs-team-calendar__day .crs-team-session__title' ) ).toEqual( [ 'Conversation hour, December 2026 (sample data)' ] );
		// Planned slots are shown honestly, without a date, in both views.
		expect( texts( root, '.crs-team-planned li' ) ).toEqual( [ 'Q1 2027 – Date to be announced (sample data)' ] );

		button( root, 'List' ).click();
		expect( root.querySelector( '[role="grid"]' ) ).toBeNull();
		expect( wiki.storage ).toEqual( {} );
	} );

	it( 'the month grid: one tab stop, arrows, Page Up/Down, Home/End, Enter shows the day', async () => {
		const { root } = await view( { storage: { [ PREFS_STORAGE_KEY ]: '{"view":"month"}' } } );
		const stops = () => Array.prototype.map.call( root.querySelectorAll( '[role="grid"] [tabindex="0"]' ), ( c: Element ) => c.getAttribute( 'data-date' ) );
		expect( stops() ).toEqual( [ '2026-12-10' ] );
		( root.querySelector( '[role="grid"] [tabindex="0"]' ) as HTMLElement ).focus();
		const focused = (): string | null => ( document.activeElement as HTMLElement ).getAttribute( 'data-date' );
		const press = ( k: string, init: KeyboardEventInit = {} ): void => {
			key( document.activeElement as HTMLElement, k, init );
		};
		press( 'ArrowRight' );
		expect( focused() ).toBe( '2026-12-11' );
		press( 'ArrowDown' );
		expect( focused() ).toBe( '2026-12-18' );
		press( 'Home' );
		expect( focused() ).toBe( '2026-12-13' );
		press( 'End' );
		expect( focused() ).toBe( '2026-12-19' );
		press( 'PageUp' );
		expect( focused() ).toBe( '2026-11-19' );
		expect( texts( root, '.crs-month__title' ) ).toEqual( [ 'November 2026' ] );
		press( 'PageUp' );
		press( 'PageUp' );
		expect( focused() ).toBe( '2026-09-19' );
		press( 'Home' );
		press( 'ArrowRight' );
		press( 'ArrowRight' );
		press( 'ArrowRight' );
		press( 'ArrowRight' );
		expect( focused() ).toBe( '2026-09-17' );
		expect( stops() ).toEqual( [ '2026-09-17' ] );
		expect( ( document.activeElement as HTMLElement ).getAttribute( 'aria-label' ) ).toBe( 'Thursday, September 17, 2026, one conversation hour' );
		press( 'Enter' );
		expect( ( document.activeElement as HTMLElement ).getAttribute( 'aria-selected' ) ).toBe( 'true' );
		expect( texts( root, '.crs-team-calendar__day-heading' ) ).toEqual( [ 'Conversation hours on Thursday, September 17, 2026' ] );
		expect( texts( root, '.crs-team-calendar__day .crs-team-session__title' ) ).toEqual( [ 'Conversation hour, September 2026 (sample data)' ] );
		expect( root.querySelector( '.crs-team-calendar__day' )!.getAttribute( 'aria-live' ) ).toBe( 'polite' );
		// A past session: notes, no download.
		expect( texts( root, '.crs-team-calendar__day a' ) ).toEqual( [ 'Notes' ] );
		press( 'ArrowRight' );
		press( ' ' );
		expect( texts( root, '.crs-team-calendar__day' ) ).toEqual( [ 'No conversation hour on Friday, September 18, 2026.' ] );
		press( 'PageDown' );
		expect( focused() ).toBe( '2026-10-18' );
	} );

	it( 'the month view follows the zone: a late session moves to the next day', async () => {
		const data = JSON.parse( SAMPLE );
		data.conversationHours.sessions[ 3 ].start = '2026-12-10T20:00:00Z';
		data.conversationHours.sessions[ 3 ].end = '2026-12-10T21:00:00Z';
		const { root } = await view( { data, storage: { [ PREFS_STORAGE_KEY ]: '{"view":"month"}' } } );
		expect( root.querySelector( '[data-date="2026-12-10"]' )!.classList.contains( 'crs-month__day--has-sessions' ) ).toBe( true );
		pickZone( root, 'Tokyo' );
		expect( root.querySelector( '[data-date="2026-12-10"]' )!.classList.contains( 'crs-month__day--has-sessions' ) ).toBe( false );
		expect( root.querySelector( '[data-date="2026-12-11"]' )!.classList.contains( 'crs-month__day--has-sessions' ) ).toBe( true );
	} );
} );

/** The text of a Blob, as a browser would save it. */
function blobText( blob: Blob ): Promise<string> {
	return new Promise( ( resolve, reject ) => {
		const reader = new FileReader();
		reader.onload = () => resolve( String( reader.result ) );
		reader.onerror = () => reject( reader.error );
		reader.readAsText( blob, 'utf-8' );
	} );
}

describe( 'add to calendar', () => {
	let blobs: Blob[];
	beforeEach( () => {
		blobs = [];
		// jsdom has no object URLs: record the Blob a browser would save.
		Object.assign( window.URL, {
			createObjectURL: ( b: Blob ) => {
				blobs.push( b );
				return 'blob:http://localhost/' + blobs.length;
			},
			revokeObjectURL: () => undefined
		} );
		// jsdom cannot navigate; the browser would save the file here.
		document.addEventListener( 'click', ( e ) => e.preventDefault() );
	} );

	async function download( link: HTMLAnchorElement ): Promise<{ cal: ICAL.Component; text: string; blob: Blob }> {
		link.click();
		const blob = blobs[ blobs.length - 1 ];
		expect( link.getAttribute( 'href' ) ).toBe( 'blob:http://localhost/' + blobs.length );
		const text = await blobText( blob );
		return { cal: new ICAL.Component( ICAL.parse( text ) ), text, blob };
	}

	it( 'one session: a text/calendar file named after it, every field from the data', async () => {
		const { root } = await view();
		const link = root.querySelector( '.crs-team-session--next a[download]' ) as HTMLAnchorElement;
		// Seen: "Add to calendar"; heard: which session.
		expect( link.textContent!.trim() ).toBe( 'Add to calendar \u2013 Conversation hour, December 2026 (sample data)' );
		expect( link.querySelector( '.crs-team-visually-hidden' )!.textContent ).toBe( ' \u2013 Conversation hour, December 2026 (sample data)' );
		expect( link.hasAttribute( 'aria-label' ) ).toBe( false );
		expect( link.getAttribute( 'download' ) ).toBe( 'conversation-hour-december-2026-sample-data.ics' );
		expect( link.className ).toContain( 'cdx-button' );
		jest.setSystemTime( new Date( '2026-11-24T08:30:00Z' ) );
		const { cal, blob, text } = await download( link );
		expect( blob.type ).toBe( 'text/calendar;charset=utf-8' );
		expect( text.split( '\r\n' ).slice( 0, 5 ) ).toEqual( [ 'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Wikimedia Foundation//crs-team-gadgets//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH' ] );
		expect( cal.getFirstPropertyValue( 'method' ) ).toBe( 'PUBLISH' );
		const events = cal.getAllSubcomponents( 'vevent' );
		expect( events ).toHaveLength( 1 );
		const event = events[ 0 ];
		expect( event.getFirstPropertyValue( 'uid' ) ).toBe( '2026-12@metawiki/Module%3ACommunity_Resilience_and_Sustainability/data.json' );
		expect( event.getFirstPropertyValue( 'summary' ) ).toBe( 'Conversation hour, December 2026 (sample data)' );
		expect( event.getFirstPropertyValue( 'description' ) ).toBe( 'Bring your questions, or submit them beforehand on the talk page.\n\n' +
			'Join the call: https://wikimedia.zoom.us/j/0000000000\n\nLive stream: https://www.youtube.com/@WikimediaFoundation/streams' );
		expect( event.getFirstPropertyValue( 'location' ) ).toBe( 'https://wikimedia.zoom.us/j/0000000000' );
		expect( event.getFirstPropertyValue( 'url' ) ).toBe( 'http://localhost/wiki/Community_Resilience_and_Sustainability' );
		expect( event.getFirstPropertyValue( 'sequence' ) ).toBe( 0 );
		expect( event.getFirstPropertyValue( 'status' ) ).toBe( 'CONFIRMED' );
		const ev = new ICAL.Event( event );
		expect( ev.startDate.toUnixTime() * 1000 ).toBe( Date.parse( '2026-12-10T16:00:00Z' ) );
		expect( ev.endDate.toUnixTime() * 1000 ).toBe( Date.parse( '2026-12-10T17:30:00Z' ) );
		expect( ev.startDate.zone ).toBe( ICAL.Timezone.utcTimezone );
		expect( ( event.getFirstPropertyValue( 'dtstamp' ) as ICAL.Time ).toUnixTime() * 1000 ).toBe( Date.parse( '2026-11-24T08:30:00Z' ) );
	} );

	it( 'all upcoming sessions: one file, whatever zone is shown; UIDs stable across downloads and edits', async () => {
		const data = JSON.parse( SAMPLE );
		data.conversationHours.sessions.push( {
			id: 'ru-2027', start: '2027-03-11T15:00:00Z', end: '2027-03-11T16:30:00Z', sequence: 3, status: 'postponed',
			title: { en: 'Часы общения 🗣️ ساعات المحادثة' },
			description: ( 'Вопросы, идеи; всё — 💬 مرحبا بالجميع، ' ).repeat( 60 ),
			room: 'https://meet.example/rooms/a,b;c'
		} );
		const { root } = await view( { data } );
		pickZone( root, 'Kathmandu' );
		const link = button( root, 'Add all upcoming to calendar' ) as HTMLAnchorElement;
		expect( link.getAttribute( 'download' ) ).toBe( 'community-resilience-and-sustainability-conversation-hours.ics' );
		const first = await download( link );
		const events = first.cal.getAllSubcomponents( 'vevent' );
		expect( events.map( ( e ) => e.getFirstPropertyValue( 'uid' ) ) ).toEqual( [
			'2026-12@metawiki/Module%3ACommunity_Resilience_and_Sustainability/data.json',
			'ru-2027@metawiki/Module%3ACommunity_Resilience_and_Sustainability/data.json'
		] );
		expect( events.map( ( e ) => e.getFirstPropertyValue( 'dtstart' )!.toString() ) ).toEqual( [ '2026-12-10T16:00:00Z', '2027-03-11T15:00:00Z' ] );
		const ru = events[ 1 ];
		expect( ru.getFirstPropertyValue( 'summary' ) ).toBe( 'Часы общения 🗣️ ساعات المحادثة' );
		expect( ru.getFirstPropertyValue( 'description' ) ).toBe( data.conversationHours.sessions[ 4 ].description.trim() +
			'\n\nJoin the call: https://meet.example/rooms/a,b;c' );
		expect( ru.getFirstPropertyValue( 'location' ) ).toBe( 'https://meet.example/rooms/a,b;c' );
		expect( ru.getFirstPropertyValue( 'sequence' ) ).toBe( 3 );
		expect( ru.getFirstPropertyValue( 'status' ) ).toBe( 'CANCELLED' );
		expect( first.cal.getFirstPropertyValue( 'x-wr-calname' ) ).toBe( 'Community Resilience and Sustainability: conversation hours' );
		// Every physical line is at most 75 octets and whole UTF-8 characters.
		for ( const line of first.text.split( '\r\n' ) ) {
			expect( Buffer.byteLength( line, 'utf8' ) ).toBeLessThanOrEqual( 75 );
			expect( line ).not.toMatch( /^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$|\uFFFD/ );
		}

		// A later download after the session moved: same UID, the new SEQUENCE.
		data.conversationHours.sessions[ 4 ].start = '2027-03-18T15:00:00Z';
		data.conversationHours.sessions[ 4 ].end = '2027-03-18T16:30:00Z';
		data.conversationHours.sessions[ 4 ].sequence = 4;
		data.conversationHours.sessions[ 4 ].status = 'scheduled';
		data.conversationHours.sessions[ 4 ].title = 'Renamed';
		const again = await view( { data } );
		const moved = ( await download( button( again.root, 'Add all upcoming to calendar' ) as HTMLAnchorElement ) ).cal.getAllSubcomponents( 'vevent' )[ 1 ];
		expect( moved.getFirstPropertyValue( 'uid' ) ).toBe( 'ru-2027@metawiki/Module%3ACommunity_Resilience_and_Sustainability/data.json' );
		expect( moved.getFirstPropertyValue( 'sequence' ) ).toBe( 4 );
		expect( moved.getFirstPropertyValue( 'dtstart' )!.toString() ).toBe( '2027-03-18T15:00:00Z' );
	} );

	it( 'downloads are offered in the month view too, and not for past sessions', async () => {
		const { root } = await view( { storage: { [ PREFS_STORAGE_KEY ]: '{"view":"month"}' } } );
		const link = root.querySelector( '.crs-team-calendar__day a[download]' ) as HTMLAnchorElement;
		expect( link.textContent!.trim() ).toBe( 'Add to calendar \u2013 Conversation hour, December 2026 (sample data)' );
		const { cal } = await download( link );
		expect( cal.getFirstSubcomponent( 'vevent' )!.getFirstPropertyValue( 'uid' ) ).toMatch( /^2026-12@/ );
		button( root, 'List' ).click();
		expect( root.querySelectorAll( '.crs-team-calendar__group a[download]' ) ).toHaveLength( 0 );
	} );

	it( 'with nothing upcoming, there is no "all upcoming" download', async () => {
		jest.setSystemTime( new Date( '2027-06-01T00:00:00Z' ) );
		const { root } = await view();
		expect( ( root.querySelector( '.crs-team-calendar__download-all' ) as HTMLElement ).hidden ).toBe( true );
	} );
} );

describe( 'live states without a reload', () => {
	function nextCard( root: ParentNode ): HTMLElement {
		return root.querySelector( '.crs-team-session--next' ) as HTMLElement;
	}

	it( '"in 3 days", "starting now", "live now" with the join links first, then past', async () => {
		jest.setSystemTime( new Date( '2026-12-07T16:00:00Z' ) );
		const { root } = await view();
		expect( texts( nextCard( root ), '.crs-team-session__relative' ) ).toEqual( [ '(in 3 days)' ] );
		expect( nextCard( root ).querySelector( '.crs-team-badge' ) ).toBeNull();

		jest.advanceTimersByTime( 2 * 24 * 3600 * 1000 );
		expect( texts( nextCard( root ), '.crs-team-session__relative' ) ).toEqual( [ '(tomorrow)' ] );

		// 15:50: within a quarter of an hour of the start.
		jest.setSystemTime( new Date( '2026-12-10T15:40:00Z' ) );
		jest.advanceTimersByTime( 10 * 60 * 1000 );
		expect( texts( nextCard( root ), '.crs-team-badge' ) ).toEqual( [ 'Starting now' ] );
		expect( texts( nextCard( root ), '.crs-team-session__relative' ) ).toEqual( [ '(in 10 minutes)' ] );
		expect( texts( root, '.crs-team-calendar__controls ~ [role="status"]' ) ).toEqual( [ 'Starting now: Conversation hour, December 2026 (sample data)' ] );

		jest.advanceTimersByTime( 10 * 60 * 1000 );
		const card = nextCard( root );
		expect( card.classList.contains( 'crs-team-session--live' ) ).toBe( true );
		expect( texts( card, '.crs-team-badge' ) ).toEqual( [ 'Live now' ] );
		expect( card.querySelector( '.crs-team-session__relative' ) ).toBeNull();
		expect( texts( card, '.crs-team-session__links a' ) ).toEqual( [ 'Join the call', 'Live stream' ] );
		expect( texts( root, '.crs-team-calendar__controls ~ [role="status"]' ) ).toEqual( [ 'Live now: Conversation hour, December 2026 (sample data)' ] );

		jest.advanceTimersByTime( 90 * 60 * 1000 );
		expect( texts( root, '.crs-team-calendar__next p' ) ).toEqual( [ 'No conversation hour is scheduled at the moment.' ] );
		expect( root.querySelector( '.crs-team-calendar__group [data-session-id="2026-12"]' ) ).not.toBeNull();
		expect( texts( root, '.crs-team-calendar__group h3' ) ).toEqual( [ 'Planned', 'Past' ] );
		// Nothing else will change: no timer is left.
		expect( jest.getTimerCount() ).toBe( 0 );
	} );

	it( 'keeps the focus where it was when the state changes', async () => {
		jest.setSystemTime( new Date( '2026-12-10T15:59:00Z' ) );
		const { root } = await view();
		const link = nextCard( root ).querySelector( 'a[download]' ) as HTMLElement;
		link.focus();
		jest.advanceTimersByTime( 60 * 1000 );
		expect( nextCard( root ).classList.contains( 'crs-team-session--live' ) ).toBe( true );
		expect( document.activeElement ).not.toBe( link );
		expect( document.activeElement ).toBe( nextCard( root ).querySelector( 'a[download]' ) );
	} );

	it( 'in the month view, the grid and the reader\'s place in it stay; the chosen day\'s session goes live', async () => {
		jest.setSystemTime( new Date( '2026-12-10T15:59:00Z' ) );
		const { root } = await view( { storage: { [ PREFS_STORAGE_KEY ]: '{"view":"month"}' } } );
		const grid = root.querySelector( '[role="grid"]' ) as HTMLElement;
		( grid.querySelector( '[tabindex="0"]' ) as HTMLElement ).focus();
		key( document.activeElement as HTMLElement, 'ArrowDown' );
		expect( ( document.activeElement as HTMLElement ).getAttribute( 'data-date' ) ).toBe( '2026-12-17' );
		jest.advanceTimersByTime( 60 * 1000 );
		expect( root.querySelector( '[role="grid"]' ) ).toBe( grid );
		expect( ( document.activeElement as HTMLElement ).getAttribute( 'data-date' ) ).toBe( '2026-12-17' );
		expect( texts( root, '.crs-team-calendar__day .crs-team-badge' ) ).toEqual( [ 'Live now' ] );
	} );

	it( 'puts the focus back on the same join link', async () => {
		jest.setSystemTime( new Date( '2026-12-10T15:44:00Z' ) );
		const { root } = await view();
		( nextCard( root ).querySelector( '.crs-team-session__links a' ) as HTMLElement ).focus();
		jest.advanceTimersByTime( 60 * 1000 );
		expect( texts( nextCard( root ), '.crs-team-badge' ) ).toEqual( [ 'Starting now' ] );
		expect( ( document.activeElement as HTMLElement ).textContent ).toBe( 'Join the call' );
		expect( nextCard( root ).contains( document.activeElement ) ).toBe( true );
	} );

	it( 'waits for the next change instead of polling, and stops once the view has left the page', async () => {
		jest.setSystemTime( new Date( '2026-11-23T12:00:00Z' ) );
		const { root } = await view();
		expect( jest.getTimerCount() ).toBe( 1 );
		const before = root.querySelector( '.crs-team-session--next' );
		// Half a day later nothing has been redrawn: no polling.
		jest.advanceTimersByTime( 6 * 3600 * 1000 );
		expect( root.querySelector( '.crs-team-session--next' ) ).toBe( before );
		root.innerHTML = '';
		jest.advanceTimersByTime( 30 * 24 * 3600 * 1000 );
		expect( jest.getTimerCount() ).toBe( 0 );
	} );
} );
