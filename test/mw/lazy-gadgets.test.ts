/** @jest-environment jsdom */
import { gadgetPart, PROBLEMS_MODULE } from '../../src/mw/lazy-gadgets';
import { installFakeMw } from '../support/mw-fake';

function wiki( modules: Record<string, unknown> ): ReturnType<typeof installFakeMw> {
	return installFakeMw( { config: {}, api: async () => ( {} ), modules } );
}

describe( 'a hidden gadget loaded on first use', () => {
	it( 'is loaded with mw.loader.using, once, and its exports come through require', async () => {
		const exports = { renderFailure: jest.fn() };
		const fake = wiki( { [ PROBLEMS_MODULE ]: exports } );
		const part = gadgetPart( PROBLEMS_MODULE );
		await expect( Promise.all( [ part.load(), part.load() ] ) ).resolves.toEqual( [ exports, exports ] );
		expect( fake.loaded ).toEqual( [ PROBLEMS_MODULE ] );
		expect( part.get() ).toBe( exports );
	} );

	it( 'is fetched ahead with mw.loader.load, which waits for nothing', () => {
		const fake = wiki( {} );
		gadgetPart( PROBLEMS_MODULE ).prefetch();
		expect( fake.prefetched ).toEqual( [ PROBLEMS_MODULE ] );
		expect( fake.loaded ).toEqual( [] );
	} );

	it( 'fails when ResourceLoader cannot load it, and is asked for again next time', async () => {
		const fake = wiki( {} );
		const part = gadgetPart( PROBLEMS_MODULE );
		await expect( part.load() ).rejects.toThrow( `Module ${ PROBLEMS_MODULE } failed.` );
		await expect( part.load() ).rejects.toThrow();
		expect( fake.loaded ).toEqual( [ PROBLEMS_MODULE, PROBLEMS_MODULE ] );
	} );
} );
