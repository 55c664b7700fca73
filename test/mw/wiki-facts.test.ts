import { createWikiFacts } from '../../src/mw/wiki-facts';

/** A strict stand-in for mw.Api: answers only the requests a test expects, records them. */
function fakeApi( answer: ( params: Record<string, unknown> ) => unknown ) {
	const requests: Record<string, unknown>[] = [];
	return {
		requests,
		api: {
			get( params: Record<string, string | number | boolean> ): Promise<unknown> {
				requests.push( params );
				try {
					return Promise.resolve( answer( params ) );
				} catch ( e ) {
					return Promise.reject( e );
				}
			}
		}
	};
}

function pagesAnswer( params: Record<string, unknown> ): unknown {
	if ( params.action !== 'query' || params.formatversion !== 2 || typeof params.titles !== 'string' ) {
		throw new Error( 'unexpected request ' + JSON.stringify( params ) );
	}
	const titles = params.titles.split( '|' );
	const normalize = ( t: string ) => ( t.charAt( 0 ).toUpperCase() + t.slice( 1 ) ).replace( /_/g, ' ' );
	return {
		batchcomplete: true,
		query: {
			normalized: titles.filter( ( t ) => normalize( t ) !== t ).map( ( t ) => ( { fromencoded: false, from: t, to: normalize( t ) } ) ),
			pages: titles.map( normalize ).map( ( title ) => title.startsWith( 'Missing' ) ?
				{ ns: 0, title, missing: true } : { pageid: 1, ns: 0, title } )
		}
	};
}

describe( 'createWikiFacts', () => {
	it( 'asks once for all titles, maps normalised titles back, and remembers answers', async () => {
		const { api, requests } = fakeApi( pagesAnswer );
		const facts = createWikiFacts( api );
		const missing = await facts.missingTitles( [ 'Help:Contents', 'missing_page', 'Missing page', 'Help:Contents' ] );
		expect( missing ).toEqual( new Set( [ 'missing_page', 'Missing page' ] ) );
		expect( requests ).toEqual( [ { action: 'query', titles: 'Help:Contents|missing_page|Missing page', formatversion: 2 } ] );

		expect( await facts.missingTitles( [ 'Missing page', 'Other' ] ) ).toEqual( new Set( [ 'Missing page' ] ) );
		expect( requests[ 1 ] ).toEqual( { action: 'query', titles: 'Other', formatversion: 2 } );
		await facts.missingTitles( [ 'Other' ] );
		expect( requests ).toHaveLength( 2 );
	} );

	it( 'asks at most 50 titles per request', async () => {
		const { api, requests } = fakeApi( pagesAnswer );
		const titles = Array.from( { length: 120 }, ( _, i ) => `Page ${ i }` );
		await createWikiFacts( api ).missingTitles( titles );
		expect( requests.map( ( r ) => String( r.titles ).split( '|' ).length ) ).toEqual( [ 50, 50, 20 ] );
	} );

	it( 'counts titles as existing when the request fails, and asks again later', async () => {
		let fail = true;
		const { api, requests } = fakeApi( ( params ) => {
			if ( fail ) {
				throw new Error( 'http' );
			}
			return pagesAnswer( params );
		} );
		const facts = createWikiFacts( api );
		expect( await facts.missingTitles( [ 'Missing' ] ) ).toEqual( new Set() );
		fail = false;
		expect( await facts.missingTitles( [ 'Missing' ] ) ).toEqual( new Set( [ 'Missing' ] ) );
		expect( requests ).toHaveLength( 2 );
	} );

	it( 'asks for the known languages once', async () => {
		const { api, requests } = fakeApi( ( params ) => {
			expect( params ).toEqual( { action: 'query', meta: 'siteinfo', siprop: 'languages', formatversion: 2 } );
			return { batchcomplete: true, query: { languages: [ { code: 'en', bcp47: 'en', name: 'English' }, { code: 'pt-br', bcp47: 'pt-BR', name: 'português do Brasil' } ] } };
		} );
		const facts = createWikiFacts( api );
		const [ a, b ] = await Promise.all( [ facts.knownLanguages(), facts.knownLanguages() ] );
		expect( a ).toEqual( new Set( [ 'en', 'pt-br' ] ) );
		expect( b ).toBe( a );
		await facts.knownLanguages();
		expect( requests ).toHaveLength( 1 );
	} );

	it( 'gives null for the languages when the wiki cannot tell, and asks again next time', async () => {
		const { api, requests } = fakeApi( () => {
			throw new Error( 'http' );
		} );
		const facts = createWikiFacts( api );
		expect( await facts.knownLanguages() ).toBeNull();
		expect( await facts.knownLanguages() ).toBeNull();
		expect( requests ).toHaveLength( 2 );
	} );
} );

describe( 'createWikiFacts while a request is under way', () => {
	it( 'does not ask again for titles already being asked', async () => {
		const { api, requests } = fakeApi( pagesAnswer );
		const facts = createWikiFacts( api );
		const [ a, b ] = await Promise.all( [ facts.missingTitles( [ 'Missing A', 'B' ] ), facts.missingTitles( [ 'Missing A', 'C' ] ) ] );
		expect( a ).toEqual( new Set( [ 'Missing A' ] ) );
		expect( b ).toEqual( new Set( [ 'Missing A' ] ) );
		expect( requests.map( ( r ) => r.titles ) ).toEqual( [ 'Missing A|B', 'C' ] );
	} );
} );
