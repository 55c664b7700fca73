/**
 * Runs jest's fake timers until `work` settles: the renderer yields to the
 * browser between placeholders (src/placeholders/next-task.ts), and a
 * yield is a timer under fake timers (which puts a 0 ms timer set while
 * timers run 1 ms ahead). The clock then goes back to where it was, so the
 * yields take no time, as for a reader; timers set meanwhile keep their delays.
 *
 * @param work
 */
export async function settle<T>( work: Promise<T> ): Promise<T> {
	const start = Date.now();
	const progress = { done: false };
	work.then( () => {
		progress.done = true;
	}, () => {
		progress.done = true;
	} );
	for ( let i = 0; !progress.done && i < 10000; i++ ) {
		await jest.advanceTimersByTimeAsync( 1 );
	}
	jest.setSystemTime( start );
	return work;
}
