/**
 * Parts of the reader's views that load on first use (hidden gadgets: the
 * calendar's tools, the problem reports), as the views see them. Pure of
 * `mw`: the gadget gives real ones (`mw/lazy-gadgets.ts`); the local
 * preview, the editor's live preview and tests give parts already loaded.
 */

export interface LazyPart<T> {
	/** The part, once it has arrived; null before. */
	get(): T | null;
	/** Loads it (once; after a failure the next call tries again). */
	load(): Promise<T>;
	/** Asks for it without waiting for it (idle time, hover, focus, touch). */
	prefetch(): void;
}

/**
 * A part that loads through `load` (called once while it succeeds or is
 * under way) and is fetched ahead by `prefetch`.
 *
 * @param load
 * @param prefetch
 * @return {LazyPart}
 */
export function lazyPart<T>( load: () => Promise<T>, prefetch: () => void ): LazyPart<T> {
	let value: T | null = null;
	let pending: Promise<T> | null = null;
	return {
		get: () => value,
		load(): Promise<T> {
			if ( !pending ) {
				pending = load().then( ( v ) => {
					value = v;
					return v;
				}, ( err: unknown ) => {
					pending = null;
					throw err;
				} );
			}
			return pending;
		},
		prefetch(): void {
			if ( value === null && !pending ) {
				prefetch();
			}
		}
	};
}

/**
 * A part that is there from the start (no gadget to load).
 *
 * @param value
 * @return {LazyPart}
 */
export function loadedPart<T>( value: T ): LazyPart<T> {
	return { get: () => value, load: () => Promise.resolve( value ), prefetch: () => undefined };
}

type IdleWindow = Window & { requestIdleCallback?: ( cb: () => void, options?: { timeout: number } ) => number };

/**
 * Runs `fn` when the browser has nothing else to do (within 10 s at the
 * latest). Where there is no requestIdleCallback (Safari), `fallbackMs`
 * after now, or never when it is not given (the work then waits for
 * first use).
 *
 * @param doc
 * @param fn
 * @param fallbackMs
 */
export function whenIdle( doc: Document, fn: () => void, fallbackMs?: number ): void {
	const win = doc.defaultView as IdleWindow | null;
	if ( win && typeof win.requestIdleCallback === 'function' ) {
		win.requestIdleCallback( fn, { timeout: 10000 } );
	} else if ( win && fallbackMs !== undefined ) {
		win.setTimeout( fn, fallbackMs );
	}
}

/**
 * Fetches `part` as soon as a reader comes near `element`: the pointer
 * over it, the focus in it, a finger on it; so that it has usually
 * arrived by the time they activate it.
 *
 * @param element
 * @param part
 */
export function prefetchOnApproach( element: HTMLElement, part: LazyPart<unknown> ): void {
	const fetch = (): void => part.prefetch();
	element.addEventListener( 'mouseenter', fetch );
	element.addEventListener( 'focusin', fetch );
	element.addEventListener( 'touchstart', fetch, { passive: true } );
}

/**
 * Marks `element` as waiting for a part (`aria-busy`), or done.
 *
 * @param element
 * @param busy
 */
export function setBusy( element: HTMLElement, busy: boolean ): void {
	if ( busy ) {
		element.setAttribute( 'aria-busy', 'true' );
	} else {
		element.removeAttribute( 'aria-busy' );
	}
}
