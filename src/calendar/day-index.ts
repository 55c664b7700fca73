/**
 * The month view's sessions by day, built one month at a time: placing a
 * session on its dates needs its wall clock in the shown zone (an `Intl`
 * call per session), so indexing every session of a long data page at each
 * zone switch cost most of the switch. A month is indexed when the grid
 * first asks for one of its days: the sessions that can touch it are picked
 * by comparing numbers (linear, no `Intl`), and only those are placed. Every
 * day gets exactly what `groupSessionsByDay` over all sessions would give.
 * Pure.
 */
import { Session } from '../data/types';
import { ZoneChoice } from '../time/zones';
import { groupSessionsByDay } from './calendar-date';

const DAY_MS = 24 * 3600 * 1000;

/** More than any zone's offset from UTC (−12 to +14 hours). */
const MARGIN_MS = DAY_MS;

/**
 * Sessions by `YYYY-MM-DD` in `zone`, as a map the month grid reads (see
 * `groupSessionsByDay` in calendar-date.ts); `get` indexes only the month of
 * the day asked for, anything that walks the whole map indexes everything.
 */
export class MonthlyDayIndex implements ReadonlyMap<string, readonly Session[]> {
	private readonly byDay = new Map<string, Session[]>();

	private readonly months = new Set<string>();

	private all: Map<string, Session[]> | null = null;

	constructor( private readonly sessions: readonly Session[], private readonly zone: ZoneChoice ) {}

	get( key: string ): readonly Session[] | undefined {
		if ( this.all ) {
			return this.all.get( key );
		}
		const month = /^(\d{4})-(\d{2})-\d{2}$/.exec( key );
		if ( !month ) {
			return undefined;
		}
		this.indexMonth( Number( month[ 1 ] ), Number( month[ 2 ] ) );
		return this.byDay.get( key );
	}

	has( key: string ): boolean {
		return this.get( key ) !== undefined;
	}

	get size(): number {
		return this.full().size;
	}

	forEach( callback: ( value: readonly Session[], key: string, map: ReadonlyMap<string, readonly Session[]> ) => void ): void {
		this.full().forEach( ( value, key ) => callback( value, key, this ) );
	}

	entries(): IterableIterator<[ string, readonly Session[] ]> {
		return this.full().entries();
	}

	keys(): IterableIterator<string> {
		return this.full().keys();
	}

	values(): IterableIterator<readonly Session[]> {
		return this.full().values();
	}

	[ Symbol.iterator ](): IterableIterator<[ string, readonly Session[] ]> {
		return this.entries();
	}

	private full(): Map<string, Session[]> {
		if ( !this.all ) {
			this.all = groupSessionsByDay( this.sessions, this.zone );
		}
		return this.all;
	}

	/**
	 * Places the sessions that can fall on a day of `month` (1–12) of `year`:
	 * those overlapping the month widened by a day on each side, which covers
	 * every zone's offset.
	 *
	 * @param year
	 * @param month
	 */
	private indexMonth( year: number, month: number ): void {
		const name = year + '-' + month;
		if ( this.months.has( name ) ) {
			return;
		}
		this.months.add( name );
		const from = Date.UTC( year, month - 1, 1 ) - MARGIN_MS;
		const to = Date.UTC( year, month, 1 ) + MARGIN_MS;
		const candidates = this.sessions.filter( ( s ) => s.start < to && Math.max( s.start, s.end ) >= from );
		const prefix = `${ year }-${ month < 10 ? '0' : '' }${ month }-`;
		groupSessionsByDay( candidates, this.zone ).forEach( ( list, key ) => {
			if ( key.startsWith( prefix ) ) {
				this.byDay.set( key, list );
			}
		} );
	}
}
