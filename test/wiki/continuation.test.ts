/**
 * More data pages on one page than MediaWiki puts in one API answer: a real
 * MediaWiki 1.43 with a small `$wgAPIMaxResultSize` (40 kB instead of 8 MB,
 * so that pages of 15 kB stand for pages of megabytes) cuts its answer and
 * says `continue`; `loadDataPages` (the gadget's own request code, with a
 * plain HTTP client in mw.Api's place) follows it until every page has its
 * content, and names a page that never fits.
 */
import { Mwn } from 'mwn';
import { DataPageResult, loadDataPages } from '../../src/mw/load-data-pages';
import { createBotPassword, getJson, startWiki, TestWiki } from './wiki';

const LIMIT = 40000;
const PAGES = [ 1, 2, 3, 4, 5 ].map( ( i ) => `Module:Big ${ i }.json` );
const HUGE = 'Module:Huge.json';

let wiki: TestWiki;
const texts = new Map<string, string>();

function teamJson( name: string, bytes: number ): string {
	return JSON.stringify( { version: 1, team: { name, about: [ 'x'.repeat( bytes ) ] } } );
}

/** The JSON a result brought (MediaWiki stores JSON pages pretty-printed), or what went wrong. */
function contentOf( result: DataPageResult | undefined ): unknown {
	return result && result.kind === 'ok' ? JSON.parse( result.text ) : result;
}

/** mw.Api#get as far as loadDataPages uses it, over plain HTTP; counts the requests. */
function httpApi(): { api: mw.Api; requests: Record<string, string>[] } {
	const requests: Record<string, string>[] = [];
	const api = {
		get: ( params: Record<string, string | number> ) => {
			const strings = Object.fromEntries( Object.entries( params ).map( ( [ k, v ] ) => [ k, String( v ) ] ) );
			requests.push( strings );
			return getJson( wiki.apiUrl, strings );
		}
	} as unknown as mw.Api;
	return { api, requests };
}

beforeAll( async () => {
	wiki = await startWiki( { extraSettings: `$wgAPIMaxResultSize = ${ LIMIT };` } );
	const login = await createBotPassword( wiki, 'continuation', [ 'basic', 'editpage', 'createeditmovepage' ] );
	const bot = new Mwn( { apiUrl: wiki.apiUrl, username: login.username, password: login.password, silent: true, maxRetries: 0 } );
	await bot.login();
	for ( const [ i, title ] of PAGES.entries() ) {
		texts.set( title, teamJson( `Team ${ i }`, 15000 ) );
	}
	texts.set( HUGE, teamJson( 'Huge', LIMIT + 5000 ) );
	for ( const [ title, text ] of texts ) {
		await bot.save( title, text, 'Large data page' );
	}
} );

afterAll( async () => {
	if ( wiki ) {
		await wiki.stop();
	}
} );

describe( 'an answer cut short at the API\'s size limit', () => {
	it( 'is cut by this wiki (the premise: one request cannot carry every page)', async () => {
		const answer = await getJson( wiki.apiUrl, { action: 'query', prop: 'revisions', rvprop: 'content|contentmodel', rvslots: 'main', titles: PAGES.join( '|' ) } );
		expect( answer.continue ).toHaveProperty( 'rvcontinue' );
		const withContent = answer.query.pages.filter( ( p: { revisions?: unknown } ) => p.revisions );
		expect( withContent.length ).toBeLessThan( PAGES.length );
	} );

	it( 'is continued until every placeholder\'s page has its content', async () => {
		const { api, requests } = httpApi();
		const results = await loadDataPages( api, PAGES, { checkEdit: false } );
		expect( PAGES.map( ( t ) => contentOf( results.get( t ) ) ) ).toEqual( PAGES.map( ( title ) => JSON.parse( texts.get( title )! ) ) );
		expect( requests.length ).toBeGreaterThan( 1 );
		expect( requests.slice( 1 ).every( ( r ) => r.rvcontinue ) ).toBe( true );
	} );

	it( 'names a page that never fits as too big, and still gives every other page', async () => {
		const { api } = httpApi();
		const titles = [ PAGES[ 0 ]!, HUGE, PAGES[ 1 ]! ];
		const results = await loadDataPages( api, titles, { checkEdit: false } );
		expect( results.get( HUGE ) ).toEqual( { kind: 'error', title: HUGE, code: 'too-big' } );
		expect( contentOf( results.get( PAGES[ 0 ]! ) ) ).toEqual( JSON.parse( texts.get( PAGES[ 0 ]! )! ) );
		expect( contentOf( results.get( PAGES[ 1 ]! ) ) ).toEqual( JSON.parse( texts.get( PAGES[ 1 ]! )! ) );
	} );
} );
