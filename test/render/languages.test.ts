/** @jest-environment jsdom */
/**
 * Every shipped language renders the sample page with its own interface
 * messages only: not one English message, in the text or in the names and
 * hints a screen reader or a tooltip shows. The data itself may stay English
 * (the sample has no Hebrew, French or Spanish translations); only interface
 * text is checked.
 */
import * as fs from 'fs';
import * as path from 'path';
import { LanguageCode, TeamPageData } from '../../src/data/types';
import { validateTeamData } from '../../src/data/validate';
import { MessageKey } from '../../src/i18n/messages';
import { renderProblems } from '../../src/render/problems';
import { renderViews } from '../../src/render/views';
import { testEnvironment } from '../calendar/support/context';
import { renderContext } from '../support/render-context';

const ROOT = path.join( __dirname, '../..' );
const ENGLISH = JSON.parse( fs.readFileSync( path.join( ROOT, 'i18n/en.json' ), 'utf8' ) ) as Record<string, string>;
/** During the December session (16:00–17:30 UTC), and weeks before it. */
const LIVE = Date.parse( '2026-12-10T16:30:00Z' );
const BEFORE = Date.parse( '2026-11-23T12:00:00Z' );

function sample(): TeamPageData {
	const result = validateTeamData( JSON.parse( fs.readFileSync( path.join( ROOT, 'data/team-page.json' ), 'utf8' ) ) );
	if ( !result.data ) {
		throw new Error( 'the sample does not parse' );
	}
	return result.data;
}

/** Every text a reader can meet: text nodes and the attributes read out or shown. */
function readerTexts( root: Element ): string[] {
	const texts: string[] = [];
	const walker = root.ownerDocument.createTreeWalker( root, 4 /* NodeFilter.SHOW_TEXT */ );
	for ( let node = walker.nextNode(); node; node = walker.nextNode() ) {
		texts.push( node.nodeValue || '' );
	}
	root.querySelectorAll( '[aria-label], [placeholder], [title]' ).forEach( ( node ) => {
		[ 'aria-label', 'placeholder', 'title' ].forEach( ( name ) => {
			const value = node.getAttribute( name );
			if ( value ) {
				texts.push( value );
			}
		} );
	} );
	return texts;
}

/**
 * Renders everything a reader of `lang` can see on the sample page: all
 * views around a live session and before it, the month view, and the
 * problem report editors see.
 *
 * @param lang
 */
function renderAll( lang: LanguageCode ): { root: HTMLElement; used: Set<MessageKey>; msgLanguage: ( key: MessageKey ) => string } {
	const used = new Set<MessageKey>();
	const root = document.createElement( 'div' );
	document.body.replaceChildren( root );
	let msgLanguage: ( key: MessageKey ) => string = () => '';
	for ( const now of [ BEFORE, LIVE ] ) {
		const base = renderContext( lang, { now } );
		msgLanguage = base.msgLanguage;
		const ctx = Object.assign( {}, base, {
			msg: ( key: MessageKey, ...params: ( string | number )[] ) => {
				used.add( key );
				return base.msg( key, ...params );
			},
			calendar: testEnvironment( { ownZone: { kind: 'iana', zone: 'Europe/Berlin' }, now: () => now } )
		} );
		root.appendChild( renderViews( ctx, sample() ) );
		root.appendChild( renderProblems( ctx, 'Module:Data.json', [ { path: 'conversationHours.sessions[9].start', message: 'not a date', severity: 'error' } ] ) );
	}
	root.querySelectorAll<HTMLButtonElement>( 'button[data-mode="month"]' ).forEach( ( button ) => button.click() );
	return { root, used, msgLanguage };
}

describe.each( [ 'he', 'fr', 'es', 'de' ] )( 'the sample page in %s', ( lang ) => {
	let rendered: ReturnType<typeof renderAll>;
	beforeAll( () => {
		rendered = renderAll( lang );
	} );
	const translations = JSON.parse( fs.readFileSync( path.join( ROOT, `i18n/${ lang }.json` ), 'utf8' ) ) as Record<string, string>;

	it( 'takes every interface message it shows from the language\'s own file', () => {
		const { used, msgLanguage } = rendered;
		expect( used.size ).toBeGreaterThan( 30 );
		expect( [ ...used ].filter( ( key ) => msgLanguage( key ) !== lang ) ).toEqual( [] );
	} );

	it( 'shows no English interface text ("Join the call", the notes sentence, "Led by", the sample notice …)', () => {
		const texts = readerTexts( rendered.root ).map( ( text ) => text.trim() );
		// Each message's own words: the text around its parameters.
		const english = Object.keys( ENGLISH )
			.filter( ( key ) => key !== '@metadata' && !ENGLISH[ key ]!.includes( '{{' ) && ENGLISH[ key ] !== translations[ key ] )
			.filter( ( key ) => ENGLISH[ key ]!.split( /\$\d+/ ).map( ( part ) => part.trim() ).some( ( part ) => part.length > 2 && texts.includes( part ) ) );
		expect( english ).toEqual( [] );
		for ( const key of [ 'crs-team-link-room', 'crs-team-led-by', 'crs-team-sample-data', 'crs-team-state-live', 'crs-team-mode-month' ] as const ) {
			expect( texts.join( '\n' ) ).toContain( translations[ key ] );
		}
	} );

	it( 'marks no interface text as English', () => {
		const marked = Array.from( rendered.root.querySelectorAll( '[lang="en"]' ) ).map( ( node ) => node.textContent || '' );
		const messages = Object.keys( ENGLISH ).filter( ( key ) => key !== '@metadata' ).map( ( key ) => ENGLISH[ key ]! );
		expect( marked.filter( ( text ) => messages.includes( text ) ) ).toEqual( [] );
	} );
} );
