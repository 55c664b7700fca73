/**
 * The `mw` edge of parts loaded on first use (`render/lazy.ts`): a hidden
 * gadget, loaded with `mw.loader.using` and fetched ahead with
 * `mw.loader.load`; its exports through ResourceLoader's `require`.
 */
import { LazyPart, lazyPart } from '../render/lazy';

/** The calendar's month view, zone picker and iCalendar files (`calendar/tools.ts`). */
export const CALENDAR_TOOLS_MODULE = 'ext.gadget.crs-team-calendar-tools';
/** The problem reports editors see (`render/problems.ts`). */
export const PROBLEMS_MODULE = 'ext.gadget.crs-team-problems';

/**
 * A hidden gadget as a part loaded on first use.
 *
 * @param module Its ResourceLoader name, `ext.gadget.<name>`.
 * @return {LazyPart}
 */
export function gadgetPart<T>( module: string ): LazyPart<T> {
	return lazyPart<T>(
		() => Promise.resolve( mw.loader.using( module ) ).then( ( req ) => req( module ) as T ),
		() => mw.loader.load( module )
	);
}
