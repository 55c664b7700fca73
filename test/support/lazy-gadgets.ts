/**
 * The gadgets the renderer loads on first use, as the fake `mw.loader`
 * gives them (their real exports), and a way to let their arrival settle.
 */
import { calendarTools } from '../../src/calendar/tools';
import { CALENDAR_TOOLS_MODULE, PROBLEMS_MODULE } from '../../src/mw/lazy-gadgets';
import { renderFailure, renderProblems } from '../../src/render/problems';

/** `modules` for installFakeMw: crs-team-calendar-tools and crs-team-problems, as deployed. */
export function lazyGadgets(): Record<string, unknown> {
	return {
		[ CALENDAR_TOOLS_MODULE ]: calendarTools,
		[ PROBLEMS_MODULE ]: { renderFailure, renderProblems }
	};
}

/** Lets pending promises (a module's arrival) settle. */
export async function flushPromises(): Promise<void> {
	for ( let i = 0; i < 10; i++ ) {
		await Promise.resolve();
	}
}
