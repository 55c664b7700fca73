/**
 * The pure model of the month view: the weeks of a month with each day's
 * sessions, and the keyboard model of the WAI-ARIA Authoring Practices date
 * grid (arrow keys by day and week, Page Up/Down by month, Shift+Page
 * Up/Down by year, Home/End to the ends of the week). Dates and their
 * arithmetic are calendar-date.ts's.
 */
import { Session } from '../data/types';
import { toBcp47 } from '../time/locale';
import { ZoneChoice } from '../time/zones';
import { addDays, CalendarDate, CalendarDay, dateInZone, dateKey, daysInMonth, toDayNumber } from './calendar-date';

/** The keys the grid moves focus with. */
const GRID_KEYS = [ 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End' ] as const;
export type GridKey = typeof GRID_KEYS[number];

/**
 * Whether `value` is one of {@link GRID_KEYS} (a `KeyboardEvent.key`).
 *
 * @param value
 * @return {boolean}
 */
export function isGridKey( value: unknown ): value is GridKey {
	return typeof value === 'string' && ( GRID_KEYS as readonly string[] ).includes( value );
}

/**
 * The same day `months` months later (earlier if negative), moved back to the
 * month's last day when it has fewer days (31 January + 1 month = 28 or 29
 * February), as the APG date grid does.
 *
 * @param date
 * @param months
 * @return {CalendarDate}
 */
export function addMonths( date: CalendarDate, months: number ): CalendarDate {
	const index = date.year * 12 + ( date.month - 1 ) + months;
	const year = Math.floor( index / 12 );
	const month = index - year * 12 + 1;
	return { year, month, day: Math.min( date.day, daysInMonth( year, month ) ) };
}

/**
 * Day of the week, 0 = Sunday … 6 = Saturday.
 *
 * @param date
 * @return {number}
 */
export function dayOfWeek( date: CalendarDate ): number {
	// 1970-01-01 was a Thursday.
	return ( ( toDayNumber( date ) + 4 ) % 7 + 7 ) % 7;
}

export interface MonthGrid {
	readonly year: number;
	/** 1–12. */
	readonly month: number;
	readonly weekStart: number;
	/** The weekday (0 = Sunday) of each column, starting with `weekStart`. */
	readonly weekdays: readonly number[];
	/** 4 to 6 rows of 7 days. */
	readonly weeks: readonly ( readonly CalendarDay[] )[];
}

const NO_SESSIONS: readonly Session[] = [];

/**
 * The weeks of a month, each day with its sessions.
 *
 * @param year
 * @param month 1–12.
 * @param weekStart The first column's weekday, 0 = Sunday … 6 = Saturday.
 * @param zone The reader's zone, for "today".
 * @param sessionsByDay From `groupSessionsByDay` of calendar-date.ts (same zone).
 * @param nowMs Now, for marking today; omit to mark no day.
 * @return {MonthGrid}
 */
export function buildMonth(
	year: number,
	month: number,
	weekStart: number,
	zone: ZoneChoice,
	sessionsByDay: ReadonlyMap<string, readonly Session[]>,
	nowMs?: number
): MonthGrid {
	const start = ( ( Math.floor( weekStart ) % 7 ) + 7 ) % 7 || 0;
	const first: CalendarDate = { year, month, day: 1 };
	const lead = ( dayOfWeek( first ) - start + 7 ) % 7;
	const total = lead + daysInMonth( year, month );
	const rows = Math.ceil( total / 7 );
	const today = typeof nowMs === 'number' && isFinite( nowMs ) ? dateKey( dateInZone( nowMs, zone ) ) : null;
	const weeks: CalendarDay[][] = [];
	let date = addDays( first, -lead );
	for ( let r = 0; r < rows; r++ ) {
		const week: CalendarDay[] = [];
		for ( let c = 0; c < 7; c++ ) {
			const key = dateKey( date );
			week.push( {
				date,
				key,
				inMonth: date.month === month && date.year === year,
				isToday: key === today,
				dayOfWeek: ( start + c ) % 7,
				sessions: sessionsByDay.get( key ) || NO_SESSIONS
			} );
			date = addDays( date, 1 );
		}
		weeks.push( week );
	}
	const weekdays: number[] = [];
	for ( let c = 0; c < 7; c++ ) {
		weekdays.push( ( start + c ) % 7 );
	}
	return { year, month, weekStart: start, weekdays, weeks };
}

export interface MoveOptions {
	/** First day of the week, for Home/End: 0 = Sunday (default) … 6. */
	readonly weekStart?: number;
	/** With Page Up/Down: move by a year instead of a month. */
	readonly shiftKey?: boolean;
}

/**
 * Where focus goes from `date` on `key`, per the APG date grid:
 * ← → a day (swapped in right-to-left pages, where the next day is on the
 * left), ↑ ↓ a week, Page Up/Down a month (Shift: a year; clamped to the
 * month's last day), Home/End the first/last day of the week.
 *
 * @param date The focused date.
 * @param key
 * @param rtl Whether the grid is laid out right to left.
 * @param options
 * @return {CalendarDate}
 */
export function moveFocus( date: CalendarDate, key: GridKey, rtl: boolean, options: MoveOptions = {} ): CalendarDate {
	const weekStart = ( ( Math.floor( options.weekStart || 0 ) % 7 ) + 7 ) % 7;
	switch ( key ) {
		case 'ArrowLeft':
			return addDays( date, rtl ? 1 : -1 );
		case 'ArrowRight':
			return addDays( date, rtl ? -1 : 1 );
		case 'ArrowUp':
			return addDays( date, -7 );
		case 'ArrowDown':
			return addDays( date, 7 );
		case 'PageUp':
			return addMonths( date, options.shiftKey ? -12 : -1 );
		case 'PageDown':
			return addMonths( date, options.shiftKey ? 12 : 1 );
		case 'Home':
			return addDays( date, -( ( dayOfWeek( date ) - weekStart + 7 ) % 7 ) );
		case 'End':
			return addDays( date, 6 - ( ( dayOfWeek( date ) - weekStart + 7 ) % 7 ) );
	}
	return date;
}

/** First day of the week by language where `Intl` cannot tell (CLDR data). */
const WEEK_START_FALLBACK: Readonly<Record<string, number>> = {
	en: 0, he: 0, ja: 0, ko: 0, hi: 0, bn: 0, mr: 0, ta: 0, te: 0, kn: 0, ml: 0, gu: 0, pa: 0, th: 0,
	id: 0, fil: 0, tl: 0, 'pt-br': 0, 'zh-hant': 0, 'zh-tw': 0, 'zh-hk': 0, 'es-419': 0, 'en-ca': 0,
	'en-gb': 1, 'en-au': 1, 'en-nz': 1, 'en-ie': 1, 'en-in': 0,
	ar: 6, fa: 6, ps: 6, ckb: 6, dv: 5, 'ar-ma': 1, 'ar-dz': 6, 'ar-tn': 1
};

function tableWeekStart( code: string ): number | undefined {
	return Object.prototype.hasOwnProperty.call( WEEK_START_FALLBACK, code ) ? WEEK_START_FALLBACK[ code ] : undefined;
}

/**
 * The first day of the week customary for a language (0 = Sunday,
 * 1 = Monday, 6 = Saturday): from `Intl.Locale` week data where the browser
 * has it, else from a small table; Monday otherwise.
 *
 * @param lang MediaWiki language code.
 * @return {number}
 */
export function defaultWeekStart( lang: string ): number {
	const tag = toBcp47( lang );
	const IntlLocale = ( Intl as unknown as { Locale?: new ( localeTag: string ) => unknown } ).Locale;
	if ( typeof IntlLocale === 'function' ) {
		try {
			const locale = new IntlLocale( tag ) as {
				getWeekInfo?: () => { firstDay?: number };
				weekInfo?: { firstDay?: number };
			};
			const info = typeof locale.getWeekInfo === 'function' ? locale.getWeekInfo() : locale.weekInfo;
			if ( info && typeof info.firstDay === 'number' && info.firstDay >= 1 && info.firstDay <= 7 ) {
				return info.firstDay % 7;
			}
		} catch ( e ) {
			// Fall through to the table.
		}
	}
	const code = String( lang || '' ).toLowerCase();
	const own = tableWeekStart( code );
	if ( own !== undefined ) {
		return own;
	}
	const base = tableWeekStart( code.split( '-' )[ 0 ] || '' );
	return base !== undefined ? base : 1;
}
