/** @jest-environment jsdom */
import { COMMON_ZONES, EditorPageOptions, mountEditor, previewZones, sessionZones, whenTeamData } from '../../src/editor/editor-page';
import { createEditorSurface } from '../../src/editor/editor-surface';
import { CHECK_DELAY_MS } from '../../src/editor/editor-session';
import { UTC_ZONE } from '../../src/time/zones';
import { messageFormatter } from '../support/messages';

const NOW = Date.parse( '2026-01-15T12:00:00Z' );
const PAGE = JSON.stringify( { version: 1, team: { name: 'Team' }, subteams: [], conversationHours: { sessions: [] } }, null, '\t' );

/** A debounce on jest's fake timers, like mw.util.debounce. */
function debounce( fn: () => void, ms: number ): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	return () => {
		clearTimeout( timer );
		timer = setTimeout( fn, ms );
	};
}

function options( overrides: Partial<EditorPageOptions> = {} ): EditorPageOptions {
	return {
		doc: document,
		msg: messageFormatter(),
		facts: {
			missingTitles: () => Promise.resolve( new Set() ),
			knownLanguages: () => Promise.resolve( new Set( [ 'en', 'de' ] ) ),
			languageInfo: () => Promise.resolve( [] )
		},
		ownZone: { kind: 'iana', zone: 'Asia/Kathmandu' },
		userLanguage: 'en',
		initialLanguage: 'en',
		render: ( data ) => {
			const rendered = document.createElement( 'div' );
			rendered.className = 'rendered';
			rendered.textContent = JSON.stringify( data.team.name );
			return rendered;
		},
		isKnownZone: ( zone ) => zone !== 'Africa/Lagos',
		debounce,
		now: () => NOW,
		...overrides
	};
}

function editForm( text: string, withWikiEditor = false ): HTMLTextAreaElement {
	const box = '<textarea id="wpTextbox1"></textarea>';
	document.body.innerHTML = `<form id="editform"><p id="before"></p>${ withWikiEditor ? `<div class="wikiEditor-ui">${ box }</div>` : box }<p id="after"></p><input type="submit" id="wpSave"></form>`;
	const textarea = document.getElementById( 'wpTextbox1' ) as HTMLTextAreaElement;
	textarea.value = text;
	return textarea;
}

/** What sits in the edit form, in order, by id or first class. */
function layout(): string[] {
	const form = document.getElementById( 'editform' )!;
	return Array.from( form.children ).map( ( c ) => c.id || c.classList[ 0 ] || c.tagName );
}

beforeEach( () => {
	jest.useFakeTimers();
} );
afterEach( () => {
	jest.useRealTimers();
} );

describe( 'mountEditor', () => {
	it( 'puts the problems above the edit box, the helpers and the preview below it', () => {
		const textarea = editForm( PAGE );
		mountEditor( textarea, createEditorSurface( textarea ), options() );
		expect( layout() ).toEqual( [ 'before', 'crs-editor-diagnostics', 'wpTextbox1', 'crs-translate', 'crs-editor-helpers', 'crs-editor-preview', 'after', 'wpSave' ] );
		expect( document.querySelector( '.crs-editor-preview .rendered' )!.textContent ).toBe( '{"en":"Team"}' );
	} );

	it( 'keeps WikiEditor\'s toolbar next to the edit box', () => {
		const textarea = editForm( PAGE, true );
		mountEditor( textarea, createEditorSurface( textarea ), options() );
		expect( layout() ).toEqual( [ 'before', 'crs-editor-diagnostics', 'wikiEditor-ui', 'crs-translate', 'crs-editor-helpers', 'crs-editor-preview', 'after', 'wpSave' ] );
	} );

	it( 'brings Translate mode into view, in the language asked for, when opened from the "help translate" line', () => {
		const scrolled: Element[] = [];
		HTMLElement.prototype.scrollIntoView = function ( this: HTMLElement ) {
			scrolled.push( this );
		};
		try {
			let textarea = editForm( PAGE );
			mountEditor( textarea, createEditorSurface( textarea ), options() );
			expect( scrolled ).toEqual( [] );
			textarea = editForm( PAGE );
			mountEditor( textarea, createEditorSurface( textarea ), options( { translateLanguage: 'de' } ) );
			expect( scrolled ).toEqual( [ document.querySelector( '.crs-translate' ) ] );
			expect( document.querySelector<HTMLInputElement>( '#crs-translate-language' )!.value ).toBe( 'de' );
		} finally {
			delete ( HTMLElement.prototype as { scrollIntoView?: unknown } ).scrollIntoView;
		}
	} );

	it( 'shows a problem typed into the edit box once typing pauses, and moves the cursor to it when chosen', () => {
		const textarea = editForm( PAGE );
		mountEditor( textarea, createEditorSurface( textarea ), options() );
		const broken = PAGE.replace( '"version": 1', '"version": 2' );
		textarea.value = broken;
		textarea.dispatchEvent( new Event( 'input' ) );
		jest.advanceTimersByTime( CHECK_DELAY_MS );
		const problem = document.querySelector( '.crs-editor-diagnostics button' ) as HTMLButtonElement;
		expect( problem.textContent ).toMatch( /^Line 2, column 13: version: must be 1/ );
		problem.click();
		expect( textarea.selectionStart ).toBe( broken.indexOf( '2,' ) );
	} );

	it( 'asks before saving a page with errors', () => {
		const textarea = editForm( '{ "version": 1, ' );
		mountEditor( textarea, createEditorSurface( textarea ), options() );
		const form = textarea.form!;
		const submitted = jest.fn( ( e: Event ) => e.preventDefault() );
		form.addEventListener( 'submit', submitted );
		( document.getElementById( 'wpSave' ) as HTMLInputElement ).click();
		expect( document.querySelector( '[role="dialog"]' ) ).not.toBeNull();
		expect( submitted ).not.toHaveBeenCalled();
	} );

	it( 'adds a session in the helper\'s zone and checks the text again at once', () => {
		const textarea = editForm( PAGE );
		mountEditor( textarea, createEditorSurface( textarea ), options() );
		const zone = document.getElementById( 'crs-editor-add-zone' ) as HTMLSelectElement;
		expect( Array.from( zone.options ).map( ( o ) => o.value ).slice( 0, 2 ) ).toEqual( [ 'Asia/Kathmandu', 'UTC' ] );
		( document.getElementById( 'crs-editor-add-date' ) as HTMLInputElement ).value = '2026-02-01';
		( document.getElementById( 'crs-editor-add-time' ) as HTMLInputElement ).value = '10:00';
		zone.value = 'UTC';
		( zone.closest( 'fieldset' )!.querySelector( 'button' ) as HTMLButtonElement ).click();
		expect( JSON.parse( textarea.value ).conversationHours.sessions[ 0 ].start ).toBe( '2026-02-01T10:00:00Z' );
		expect( document.querySelector( '.crs-editor-diagnostics .cdx-message--success' ) ).not.toBeNull();
	} );
} );

describe( 'whenTeamData', () => {
	it( 'starts at once on a team data page', () => {
		const textarea = editForm( PAGE );
		const start = jest.fn();
		whenTeamData( createEditorSurface( textarea ), debounce, start );
		expect( start ).toHaveBeenCalledTimes( 1 );
	} );

	it( 'waits on another JSON page until team data is pasted, then starts once', () => {
		const textarea = editForm( '{ "something": "else" }' );
		const start = jest.fn();
		whenTeamData( createEditorSurface( textarea ), debounce, start );
		expect( start ).not.toHaveBeenCalled();
		textarea.value = PAGE;
		textarea.dispatchEvent( new Event( 'input' ) );
		jest.advanceTimersByTime( CHECK_DELAY_MS );
		textarea.value = PAGE + ' ';
		textarea.dispatchEvent( new Event( 'input' ) );
		jest.advanceTimersByTime( CHECK_DELAY_MS );
		expect( start ).toHaveBeenCalledTimes( 1 );
	} );
} );

describe( 'the zones offered', () => {
	it( 'in the preview: the maintainer\'s own first, then the common zones the browser knows', () => {
		const zones = previewZones( options() );
		expect( zones[ 0 ] ).toEqual( expect.objectContaining( { value: 'reader', zone: { kind: 'iana', zone: 'Asia/Kathmandu' } } ) );
		expect( zones[ 0 ]!.label ).toMatch( /^Your time zone/ );
		expect( zones.map( ( z ) => z.value ) ).toEqual( [ 'reader', ...COMMON_ZONES.filter( ( z ) => z !== 'Africa/Lagos' ) ] );
		expect( zones[ 1 ]!.zone ).toBe( UTC_ZONE );
	} );

	it( 'in the session helper: the maintainer\'s own named zone first, unless it is common already', () => {
		expect( sessionZones( { kind: 'iana', zone: 'Asia/Kathmandu' } ) ).toEqual( [ 'Asia/Kathmandu', ...COMMON_ZONES ] );
		expect( sessionZones( { kind: 'iana', zone: 'Europe/Berlin' } ) ).toEqual( COMMON_ZONES );
		expect( sessionZones( UTC_ZONE ) ).toEqual( COMMON_ZONES );
	} );
} );
