/**
 * Yields to the browser between two parts of a long piece of work, so that
 * no task runs long (input, paint and other scripts get their turn):
 * `scheduler.yield()` where the browser has it (the rest runs before other
 * scripts' tasks), else a new task (`setTimeout`).
 */
interface Scheduler {
	yield?: () => Promise<void>;
}

export function nextTask(): Promise<void> {
	const scheduler = ( globalThis as { scheduler?: Scheduler } ).scheduler;
	if ( scheduler && typeof scheduler.yield === 'function' ) {
		return scheduler.yield();
	}
	return new Promise( ( resolve ) => {
		setTimeout( resolve, 0 );
	} );
}
