/** @jest-environment jsdom */
import * as fs from 'fs';
import * as path from 'path';
import { DataPageResult } from '../../src/mw/load-data-pages';
import { applyResult, STATE_ATTRIBUTE } from '../../src/placeholders/apply';
import { findPlaceholders } from '../../src/placeholders/find';
import { renderContext, problemsPart } from '../support/render-context';
import { parseWithSourceMap } from '../../src/json/source-map';
import { lazyPart } from '../../src/render/lazy';
import type { ProblemViews } from '../../src/placeholders/apply';
import { renderFailure, renderProblems } from '../../src/render/problems';

const TITLE = 'Module:Team/data.json';
const SAMPLE = fs.readFileSync( path.join( __dirname, '../../data/team-page.json' ), 'utf8' );

function placeholder( view = 'overview' ) {
	document.body.innerHTML = `<div class="crs-team" data-source="${ TITLE }" data-view="${ view }"><p class="fallback">Fallback</p></div>`;
	const found = findPlaceholders( document.body )[ 0 ];
	if ( !found ) {
		throw new Error( 'no placeholder' );
	}
	return found;
}

const ok = ( text: string, canEdit = false ): DataPageResult => ( { kind: 'ok', title: TITLE, text, revid: 1, canEdit } );
const fallback = () => document.querySelector( '.fallback' )!.parentElement as HTMLElement;

describe( 'applyResult', () => {
	it( 'renders the views and hides the fallback, keeping it in the page', () => {
		const target = placeholder();
		expect( applyResult( renderContext(), target, ok( SAMPLE ), { sampleNotice: true, reportProblems: true, probablyCanEdit: false, problems: problemsPart() } ) ).toBe( 'rendered' );
		expect( target.element.getAttribute( STATE_ATTRIBUTE ) ).toBe( 'rendered' );
		expect( target.element.querySelector( '.crs-team__output .crs-team-overview' ) ).not.toBeNull();
		expect( fallback().hidden ).toBe( true );
		expect( target.element.querySelector( '.crs-team-sample' ) ).not.toBeNull();
	} );

	it( 'keeps the fallback and says nothing to readers who cannot edit a broken page', () => {
		const target = placeholder();
		expect( applyResult( renderContext(), target, ok( '{ "version": 1', false ), { sampleNotice: true, reportProblems: true, probablyCanEdit: false, problems: problemsPart() } ) ).toBe( 'failed' );
		expect( target.element.getAttribute( STATE_ATTRIBUTE ) ).toBe( 'failed' );
		expect( fallback().hidden ).toBe( false );
		expect( target.element.querySelector( '.cdx-message' ) ).toBeNull();
	} );

	it( 'shows editors the syntax error above the fallback', () => {
		const target = placeholder();
		applyResult( renderContext(), target, ok( '{\n\t"version": 1,\n}', true ), { sampleNotice: true, reportProblems: true, probablyCanEdit: false, problems: problemsPart() } );
		const error = target.element.querySelector( '.crs-team__output .cdx-message--error' ) as HTMLElement;
		expect( error.textContent ).toMatch( /line 3, column 1/ );
		expect( fallback().hidden ).toBe( false );
	} );

	describe( 'a syntax error the browser does not place (Safari: "JSON Parse error: …" without a position)', () => {
		const BROKEN = '{\n\t"version": 1,\n\t"team": { "name": "X" },\n}\n';
		// The project's own parser, as the crs-team-syntax gadget gives it.
		const locate = jest.fn( async ( text: string ) => {
			const parsed = parseWithSourceMap( text );
			return parsed.ok ? null : { message: parsed.error.message, line: parsed.error.line, column: parsed.error.column };
		} );
		const error = () => document.querySelector( '.crs-team__output .cdx-message--error' ) as HTMLElement;

		beforeEach( () => {
			locate.mockClear();
			jest.spyOn( JSON, 'parse' ).mockImplementationOnce( () => {
				throw new SyntaxError( 'JSON Parse error: Expected \'}\'' );
			} );
		} );
		afterEach( () => jest.restoreAllMocks() );

		it( 'names the real line and column once the locating parser has answered, for editors', async () => {
			const target = placeholder();
			applyResult( renderContext(), target, ok( BROKEN, true ), { sampleNotice: true, reportProblems: true, probablyCanEdit: false, problems: problemsPart(), locateSyntax: locate } );
			expect( error().textContent ).toMatch( /line 0, column 0/ );
			await Promise.resolve( locate.mock.results[ 0 ]!.value );
			await new Promise( ( resolve ) => {
				setTimeout( resolve, 0 );
			} );
			// The parser points at the comma itself, and says what to do.
			expect( error().textContent ).toMatch( /Trailing comma.* \(line 3, column 25\)/ );
			expect( document.querySelectorAll( '.cdx-message--error' ) ).toHaveLength( 1 );
			expect( fallback().hidden ).toBe( false );
		} );

		it( 'never loads the parser for readers who cannot edit the data page', () => {
			const target = placeholder();
			applyResult( renderContext(), target, ok( BROKEN, false ), { sampleNotice: true, reportProblems: true, probablyCanEdit: false, problems: problemsPart(), locateSyntax: locate } );
			expect( locate ).not.toHaveBeenCalled();
			expect( target.element.querySelector( '.cdx-message' ) ).toBeNull();
		} );
	} );

	it( 'does not load the locating parser when the browser placed the error', () => {
		const locate = jest.fn( async () => null );
		applyResult( renderContext(), placeholder(), ok( '{\n\t"version": 1,\n}', true ), { sampleNotice: true, reportProblems: true, probablyCanEdit: false, problems: problemsPart(), locateSyntax: locate } );
		expect( locate ).not.toHaveBeenCalled();
	} );

	it( 'drops a broken session, renders the rest and lists the problem for editors', () => {
		const data = JSON.parse( SAMPLE );
		data.conversationHours.sessions[ 0 ].start = 'soon';
		const target = placeholder( 'calendar' );
		applyResult( renderContext(), target, ok( JSON.stringify( data ), true ), { sampleNotice: false, reportProblems: true, probablyCanEdit: false, problems: problemsPart() } );
		expect( target.element.querySelector( `[data-session-id="${ data.conversationHours.sessions[ 0 ].id }"]` ) ).toBeNull();
		expect( target.element.querySelectorAll( '[data-session-id]' ).length ).toBeGreaterThan( 0 );
		expect( target.element.querySelector( '.crs-team-problems__item code' )!.textContent ).toBe( 'conversationHours.sessions[0].start' );
		expect( target.element.querySelector( '.crs-team-sample' ) ).toBeNull();
	} );

	it( 'reports problems only where asked (once per data page)', () => {
		const data = JSON.parse( SAMPLE );
		data.tema = 1;
		const target = placeholder();
		applyResult( renderContext(), target, ok( JSON.stringify( data ), true ), { sampleNotice: true, reportProblems: false, probablyCanEdit: false, problems: problemsPart() } );
		expect( target.element.querySelector( '.crs-team-problems' ) ).toBeNull();
		expect( target.element.getAttribute( STATE_ATTRIBUTE ) ).toBe( 'rendered' );
	} );

	it.each( [
		[ { kind: 'missing', title: TITLE, canEdit: true }, 'The data page does not exist.' ],
		[ { kind: 'error', title: TITLE, code: 'http' }, null ]
	] as [ DataPageResult, string | null ][] )( 'keeps the fallback when the page cannot be loaded (%j)', ( result, said ) => {
		const target = placeholder();
		expect( applyResult( renderContext(), target, result, { sampleNotice: true, reportProblems: true, probablyCanEdit: false, problems: problemsPart() } ) ).toBe( 'failed' );
		expect( fallback().hidden ).toBe( false );
		const message = target.element.querySelector( '.cdx-message--error' );
		expect( message && message.textContent ).toEqual( said === null ? null : expect.stringContaining( said ) );
	} );

	it.each( [
		[ { kind: 'error', title: TITLE, code: 'http' }, 'It could not be loaded (http).' ],
		[ { kind: 'invalid', title: 'Special:Version', reason: 'special page' }, '"Special:Version" is not a valid page title.' ]
	] as [ DataPageResult, string ][] )( 'tells a user who can probably edit why the page could not be loaded (%j)', ( result, said ) => {
		const target = placeholder();
		expect( applyResult( renderContext(), target, result, { sampleNotice: true, reportProblems: true, probablyCanEdit: true, problems: problemsPart() } ) ).toBe( 'failed' );
		expect( fallback().hidden ).toBe( false );
		expect( target.element.querySelector( '.cdx-message--error' )!.textContent ).toContain( said );
	} );

	it( 'tells editors about a view it does not know', () => {
		document.body.innerHTML = `<div class="crs-team" data-source="${ TITLE }" data-view="agenda">Fallback</div>`;
		const target = findPlaceholders( document.body )[ 0 ]!;
		expect( applyResult( renderContext(), target, ok( SAMPLE, true ), { sampleNotice: true, reportProblems: false, probablyCanEdit: false, problems: problemsPart() } ) ).toBe( 'failed' );
		expect( target.element.querySelector( '.cdx-message--error' )!.textContent ).toContain( 'Unknown view "agenda"' );
	} );

	it( 'moves the contents\' anchors from the hidden server headings to the rendered ones, and back when the fallback shows again', () => {
		document.body.innerHTML = `<div class="crs-team" data-source="${ TITLE }" data-view="overview">` +
			'<div class="mw-heading mw-heading2"><h2 id="What_we_do">What we do</h2></div>' +
			'<h2><span class="mw-headline" id="Goals_2023–2024">Goals 2023–2024</span></h2><h2 id="Extra">Extra</h2></div>';
		const target = findPlaceholders( document.body )[ 0 ]!;
		expect( applyResult( renderContext(), target, ok( SAMPLE ), { sampleNotice: true, reportProblems: true, probablyCanEdit: false, problems: problemsPart() } ) ).toBe( 'rendered' );
		// Each entry of the contents leads to a visible heading with the same text, or to the output.
		const shown = ( id: string ): string => {
			const node = document.getElementById( id )!;
			expect( node.closest( '[hidden]' ) ).toBeNull();
			return node.matches( 'h2' ) ? node.textContent || '' : node.className;
		};
		expect( [ shown( 'What_we_do' ), shown( 'Goals_2023–2024' ), shown( 'Extra' ) ] ).toEqual( [ 'What we do', 'Goals 2023–2024', 'crs-team__output' ] );
		expect( document.querySelectorAll( '[id="What_we_do"]' ) ).toHaveLength( 1 );
		applyResult( renderContext(), target, ok( '{ "version": 1' ), { sampleNotice: true, reportProblems: true, probablyCanEdit: false, problems: problemsPart() } );
		expect( document.getElementById( 'What_we_do' )!.closest( '.crs-team__fallback' ) ).not.toBeNull();
		expect( document.querySelector( '.crs-team__fallback .mw-headline' )!.id ).toBe( 'Goals_2023–2024' );
	} );
} );

describe( 'the problem reports load when one is shown (the crs-team-problems gadget)', () => {
	const views: ProblemViews = { renderFailure, renderProblems };
	const options = ( problems: ReturnType<typeof lazyPart<ProblemViews>> ) => ( { sampleNotice: true, reportProblems: true, probablyCanEdit: false, problems } );
	const settle = async () => {
		for ( let i = 0; i < 5; i++ ) {
			await Promise.resolve();
		}
	};

	it( 'are not asked for when there is nothing to report, or no one to report it to', () => {
		const load = jest.fn( () => Promise.resolve( views ) );
		applyResult( renderContext(), placeholder(), ok( SAMPLE, true ), options( lazyPart( load, () => undefined ) ) );
		applyResult( renderContext(), placeholder(), ok( '{ "version": 1', false ), options( lazyPart( load, () => undefined ) ) );
		expect( load ).not.toHaveBeenCalled();
	} );

	it( 'a broken page keeps its fallback while they load; then the exact error with its line', async () => {
		const target = placeholder();
		applyResult( renderContext(), target, ok( '{\n\t"version": 1,\n}', true ), options( lazyPart( () => Promise.resolve( views ), () => undefined ) ) );
		expect( fallback().hidden ).toBe( false );
		expect( target.element.querySelector( '.cdx-message' ) ).toBeNull();
		expect( target.element.querySelector( '.crs-team-problems-slot' )!.getAttribute( 'aria-busy' ) ).toBe( 'true' );
		await settle();
		expect( target.element.querySelector( '.crs-team__output .cdx-message--error' )!.textContent ).toMatch( /line 3, column 1/ );
		expect( target.element.querySelector( '[aria-busy]' ) ).toBeNull();
		expect( fallback().hidden ).toBe( false );
	} );

	it( 'if they cannot be loaded, the fallback stays and a plain sentence says the page could not be checked', async () => {
		const target = placeholder();
		applyResult( renderContext(), target, ok( '{ "version": 1', true ), options( lazyPart( () => Promise.reject( new Error( 'offline' ) ), () => undefined ) ) );
		await settle();
		expect( target.element.getAttribute( STATE_ATTRIBUTE ) ).toBe( 'failed' );
		expect( target.element.querySelector( '[aria-busy]' ) ).toBeNull();
		expect( fallback().hidden ).toBe( false );
		expect( target.element.querySelector( '.crs-team-problems-unchecked' )!.textContent ).toBe(
			'This data page could not be checked here: the part that reports its problems did not load. Reload the page to try again.' );
	} );

	it( 'a page with a broken session renders at once; the report of it comes above when it has loaded', async () => {
		const data = JSON.parse( SAMPLE );
		data.conversationHours.sessions[ 0 ].start = 'not a date';
		const target = placeholder( 'calendar' );
		applyResult( renderContext(), target, ok( JSON.stringify( data ), true ), options( lazyPart( () => Promise.resolve( views ), () => undefined ) ) );
		expect( target.element.getAttribute( STATE_ATTRIBUTE ) ).toBe( 'rendered' );
		expect( target.element.querySelector( '.crs-team-problems' ) ).toBeNull();
		expect( target.element.querySelector( '.crs-team-problems-slot' )!.getAttribute( 'aria-busy' ) ).toBe( 'true' );
		await settle();
		expect( target.element.querySelector( '.crs-team-problems code' )!.textContent ).toBe( 'conversationHours.sessions[0].start' );
		expect( target.element.querySelector( '[aria-busy]' ) ).toBeNull();
	} );
} );
