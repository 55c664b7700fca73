/** @jest-environment jsdom */
import { lazyPart, loadedPart, prefetchOnApproach, whenIdle } from '../../src/render/lazy';

describe( 'a part loaded on first use', () => {
	it( 'loads once however often it is asked for, and is there afterwards', async () => {
		const load = jest.fn( () => Promise.resolve( { name: 'tools' } ) );
		const part = lazyPart( load, () => undefined );
		expect( part.get() ).toBeNull();
		const [ a, b ] = await Promise.all( [ part.load(), part.load() ] );
		expect( a ).toBe( b );
		expect( part.get() ).toEqual( { name: 'tools' } );
		expect( load ).toHaveBeenCalledTimes( 1 );
	} );

	it( 'tries again after a failed load (a dropped connection is not for ever)', async () => {
		const load = jest.fn().mockRejectedValueOnce( new Error( 'offline' ) ).mockResolvedValueOnce( 'tools' );
		const part = lazyPart<string>( load, () => undefined );
		await expect( part.load() ).rejects.toThrow( 'offline' );
		expect( part.get() ).toBeNull();
		await expect( part.load() ).resolves.toBe( 'tools' );
		expect( load ).toHaveBeenCalledTimes( 2 );
	} );

	it( 'fetches ahead only while it has not arrived or been asked for', async () => {
		const prefetch = jest.fn();
		const part = lazyPart( () => Promise.resolve( 1 ), prefetch );
		part.prefetch();
		expect( prefetch ).toHaveBeenCalledTimes( 1 );
		await part.load();
		part.prefetch();
		expect( prefetch ).toHaveBeenCalledTimes( 1 );
		const there = loadedPart( 2 );
		expect( there.get() ).toBe( 2 );
		await expect( there.load() ).resolves.toBe( 2 );
	} );

	it( 'is fetched when the pointer comes over its control, the focus comes in, or a finger touches it', () => {
		const prefetch = jest.fn();
		const part = lazyPart( () => new Promise<number>( () => {
			// Never arrives.
		} ), prefetch );
		const button = document.createElement( 'button' );
		document.body.appendChild( button );
		prefetchOnApproach( button, part );
		button.dispatchEvent( new MouseEvent( 'mouseenter' ) );
		button.dispatchEvent( new FocusEvent( 'focusin', { bubbles: true } ) );
		button.dispatchEvent( new Event( 'touchstart' ) );
		expect( prefetch ).toHaveBeenCalledTimes( 3 );
	} );
} );

describe( 'when the browser is idle', () => {
	const idleWindow = window as unknown as { requestIdleCallback?: ( cb: () => void, options?: { timeout: number } ) => number };

	afterEach( () => {
		delete idleWindow.requestIdleCallback;
		jest.useRealTimers();
	} );

	it( 'runs with requestIdleCallback, at the latest after 10 s', () => {
		const calls: { timeout: number }[] = [];
		idleWindow.requestIdleCallback = ( cb, options ) => {
			calls.push( options! );
			cb();
			return 1;
		};
		const fn = jest.fn();
		whenIdle( document, fn, 1000 );
		expect( fn ).toHaveBeenCalledTimes( 1 );
		expect( calls ).toEqual( [ { timeout: 10000 } ] );
	} );

	it( 'without requestIdleCallback (Safari), after the fallback delay, or not at all without one', () => {
		jest.useFakeTimers();
		const withFallback = jest.fn();
		const without = jest.fn();
		whenIdle( document, withFallback, 1000 );
		whenIdle( document, without );
		jest.advanceTimersByTime( 999 );
		expect( withFallback ).not.toHaveBeenCalled();
		jest.advanceTimersByTime( 1 );
		expect( withFallback ).toHaveBeenCalledTimes( 1 );
		jest.advanceTimersByTime( 60000 );
		expect( without ).not.toHaveBeenCalled();
	} );
} );
