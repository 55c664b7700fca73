/**
 * @jest-environment jsdom
 *
 * The hostile corpus (test/fixtures/hostile/) through the validator and the
 * reader's renderer, as a data page would bring it: no element or attribute
 * outside what the views use, no link outside http(s) and the wiki, nothing
 * run, and a text shown as text, character for character.
 *
 * In CI each payload goes into every string place of one kind at once (all
 * texts, all link targets, all other strings or all language keys, the kind
 * taking turns from one payload to the next): one render each, since a render
 * of all views takes about 0.1 s in jsdom. `HOSTILE_EACH_PLACE=1`
 * (`npm run fuzz`) puts each payload into every place in turn instead.
 */
import * as fs from 'fs';
import * as path from 'path';
import { applyResult } from '../../src/placeholders/apply';
import { findPlaceholders } from '../../src/placeholders/find';
import { isolateOf } from '../support/isolation';
import { problemsPart, renderContext } from '../support/render-context';
import { inject, PlaceKind, StringPlace, stringPlaces } from '../fixtures/hostile/string-places';
import { hostilePayloads, Payload, SENTINEL } from '../fixtures/hostile/payloads';

const SAMPLE = JSON.parse( fs.readFileSync( path.join( __dirname, '../../data/team-page.json' ), 'utf8' ) );
const TITLE = 'Module:Team/data.json';
const EACH_PLACE = process.env.HOSTILE_EACH_PLACE === '1';

const ELEMENTS = new Set( [ 'DIV', 'SPAN', 'SECTION', 'H2', 'H3', 'H4', 'P', 'STRONG', 'A', 'UL', 'LI', 'TIME', 'CODE', 'SMALL', 'BDI' ] );
const ATTRIBUTES = new Set( [ 'class', 'data-source', 'data-view', 'data-crs-state', 'lang', 'dir', 'aria-label', 'href', 'title',
	'aria-labelledby', 'id', 'data-session-id', 'datetime', 'rel', 'data-focus-key', 'hidden', 'role' ] );
/** The test context's wiki URLs: `/wiki/` and the encoded title, maybe a query. */
const WIKI_PATH = /^\/wiki\/[^:/?#]*$/;
const HTTP_URL = /^https?:\/\/[^\s/?#]/;

const pwned: string[] = [];
( window as unknown as Record<string, unknown> )[ SENTINEL ] = ( id: string ) => pwned.push( id );

function render( data: unknown, lang = 'en' ): HTMLElement {
	document.body.innerHTML = `<div class="crs-team" data-source="${ TITLE }"><p>Fallback</p></div>`;
	const target = findPlaceholders( document.body )[ 0 ]!;
	const state = applyResult( renderContext( lang ), target, { kind: 'ok', title: TITLE, text: JSON.stringify( data ), revid: 1, canEdit: true },
		{ sampleNotice: true, reportProblems: true, probablyCanEdit: true, problems: problemsPart() } );
	expect( [ 'rendered', 'failed' ] ).toContain( state );
	return target.element;
}

/** What is wrong with the rendering, in words (empty when nothing is). */
function breaches( root: HTMLElement ): string[] {
	const found: string[] = [];
	for ( const element of [ root, ...Array.from( root.querySelectorAll( '*' ) ) ] ) {
		if ( !ELEMENTS.has( element.tagName ) ) {
			found.push( `element <${ element.tagName.toLowerCase() }>` );
		}
		for ( const attribute of Array.from( element.attributes ) ) {
			if ( !ATTRIBUTES.has( attribute.name ) && !/^aria-[a-z]+$/.test( attribute.name ) ) {
				found.push( `attribute ${ attribute.name } on <${ element.tagName.toLowerCase() }>` );
			}
		}
		const href = element.getAttribute( 'href' );
		if ( href !== null && !WIKI_PATH.test( href.split( '?' )[ 0 ] || '' ) && !HTTP_URL.test( href ) ) {
			found.push( `href ${ JSON.stringify( href.slice( 0, 80 ) ) }` );
		}
	}
	return found;
}

function placesOf( kind: PlaceKind ): StringPlace[] {
	return stringPlaces().filter( ( p ) => p.kind === kind || ( kind === 'text' && p.kind === 'translation' ) );
}

/** The breaches when `payload` is in all of `places`, and which payloads ran. */
function check( payload: Payload, places: readonly StringPlace[] ): { payload: string; breaches: string[]; ran: string[] } {
	const data = places.reduce<unknown>( ( d, place ) => inject( d, place, payload.value ), SAMPLE );
	return { payload: payload.id, breaches: breaches( render( data ) ), ran: pwned.slice() };
}

const CLEAN = { breaches: [], ran: [] };

const payloads = hostilePayloads();
const kinds: PlaceKind[] = [ 'text', 'target', 'string', 'language-key' ];

describe( 'hostile data in the reader', () => {
	it( 'has a corpus of at least 300 payloads and covers every string place of the schema', () => {
		expect( payloads.length ).toBeGreaterThanOrEqual( 300 );
		expect( new Set( payloads.map( ( p ) => p.id ) ).size ).toBe( payloads.length );
		expect( kinds.reduce( ( n, kind ) => n + placesOf( kind ).length, 0 ) ).toBe( stringPlaces().length );
	} );

	it( 'shows a hostile text as text, character for character (spaces around it trimmed)', () => {
		for ( const payload of payloads ) {
			if ( typeof payload.value !== 'string' || payload.value.trim() === '' || payload.value.length > 1000 ) {
				continue;
			}
			const root = render( inject( SAMPLE, { path: [ 'team', 'summary' ], kind: 'text', name: 'team.summary' }, payload.value ) );
			const summary = Array.from( root.querySelectorAll( '.crs-team-rendered p' ) ).map( ( p ) => p.textContent );
			expect( { payload: payload.id, shown: summary.includes( payload.value.trim() ) } ).toEqual( { payload: payload.id, shown: true } );
		}
	} );

	it( 'puts every data text with bidi controls in an isolating element of its own, in every text place', () => {
		const bidi = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
		const bidiPayloads = payloads.filter( ( p ) => p.family === 'bidi' && typeof p.value === 'string' && bidi.test( p.value ) );
		expect( bidiPayloads.length ).toBeGreaterThanOrEqual( 10 );
		// Plain strings shown in English, translations (under "de") in German.
		for ( const [ kind, lang ] of [ [ 'text', 'en' ], [ 'translation', 'de' ] ] as const ) {
			const places = stringPlaces().filter( ( p ) => p.kind === kind );
			for ( const payload of bidiPayloads ) {
				const value = payload.value as string;
				const root = render( places.reduce<unknown>( ( d, place ) => inject( d, place, value ), SAMPLE ), lang );
				const nodes: Text[] = [];
				const walker = document.createTreeWalker( root.querySelector( '.crs-team__output' )!, 4 /* NodeFilter.SHOW_TEXT */ );
				for ( let n = walker.nextNode(); n; n = walker.nextNode() ) {
					if ( bidi.test( n.nodeValue || '' ) ) {
						nodes.push( n as Text );
					}
				}
				// Most text places are on the page (a few only in calendar files, or not in the sample's state).
				expect( { payload: payload.id, kind, shown: nodes.length >= places.length / 2 } ).toEqual( { payload: payload.id, kind, shown: true } );
				const leaks = nodes.map( ( n ) => ( isolateOf( n ).textContent || '' ).trim() ).filter( ( text ) => text !== value.trim() );
				expect( { payload: payload.id, kind, leaks } ).toEqual( { payload: payload.id, kind, leaks: [] } );
			}
		}
	} );

	describe.each( kinds )( 'in every %s place', ( kind ) => {
		const places = placesOf( kind );
		if ( EACH_PLACE ) {
			it.each( places.map( ( p ) => [ p.name, p ] as const ) )( '%s', ( _name, place ) => {
				for ( const payload of payloads ) {
					expect( check( payload, [ place ] ) ).toEqual( { payload: payload.id, ...CLEAN } );
				}
			} );
		} else {
			it( `renders only allowed elements, attributes and links (${ places.length } places at once)`, () => {
				for ( const payload of payloads.filter( ( _p, i ) => kinds[ i % kinds.length ] === kind ) ) {
					expect( check( payload, places ) ).toEqual( { payload: payload.id, ...CLEAN } );
				}
			} );
		}
	} );
} );
