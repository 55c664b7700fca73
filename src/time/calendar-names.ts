/**
 * Names for a calendar in the reader's language: a date written out, a month
 * and year, a day number in the language's digits, the weekdays. Always the
 * Gregorian calendar, as the month view is.
 *
 * Pure: `Intl` only.
 */
import { DateStyle, formatWikiDate } from './date-formats';
import { civilNoon, formatter } from './intl-formatters';

/**
 * A calendar date written out as the wiki writes dates (date-formats.ts),
 * e.g. "10 December 2026" / "10. Dezember 2026", for labels in the month
 * view. `month` is 1–12.
 *
 * @param year
 * @param month 1–12.
 * @param day
 * @param dates The language, its date formats and the reader's preference (RenderContext.dates).
 * @param withWeekday Add the weekday ("Thursday, 10 December 2026").
 * @return {string}
 */
export function formatCalendarDate( year: number, month: number, day: number, dates: DateStyle, withWeekday = false ): string {
	return formatWikiDate( { year, month, day, hour: 12, minute: 0 }, dates, withWeekday );
}

/**
 * A month and year written out, e.g. "December 2026", "Dezember 2026".
 *
 * @param year
 * @param month 1–12.
 * @param lang MediaWiki language code.
 * @return {string}
 */
export function formatMonthYear( year: number, month: number, lang: string ): string {
	return formatter( lang, 'UTC', { month: 'long', year: 'numeric' }, 'monthyear' ).format( civilNoon( year, month, 15 ) );
}

/**
 * A day-of-month number in the language's digits ("10", "۱۰").
 *
 * @param day
 * @param lang
 * @return {string}
 */
export function formatDayNumber( day: number, lang: string ): string {
	return formatter( lang, 'UTC', { day: 'numeric' }, 'daynum' ).format( civilNoon( 2026, 1, day ) );
}

/**
 * Names of the weekdays, index 0 = Sunday … 6 = Saturday.
 *
 * @param lang MediaWiki language code.
 * @param width `long` ("Thursday"), `short` ("Thu") or `narrow` ("T").
 * @return {string[]}
 */
export function weekdayNames( lang: string, width: 'long' | 'short' | 'narrow' ): string[] {
	const fmt = formatter( lang, 'UTC', { weekday: width }, 'weekday-' + width );
	const names: string[] = [];
	// 4 January 2026 was a Sunday.
	for ( let i = 0; i < 7; i++ ) {
		names.push( fmt.format( civilNoon( 2026, 1, 4 + i ) ) );
	}
	return names;
}

/**
 * The month view's dates and names in one language, as functions: the
 * month view loads on first use and takes them from the renderer, which
 * knows the wiki's date formats, rather than bundle those again.
 */
export interface CalendarNames {
	/** A day written out with its weekday, as in {@link formatCalendarDate}. */
	date( year: number, month: number, day: number ): string;
	/** As {@link formatMonthYear}. */
	monthYear( year: number, month: number ): string;
	/** As {@link formatDayNumber}. */
	dayNumber( day: number ): string;
	/** As {@link weekdayNames}. */
	weekdays( width: 'long' | 'short' ): string[];
}

/**
 * The month view's names in the language of `dates`, written as the wiki
 * writes dates for that reader.
 *
 * @param dates The language, its date formats and the reader's preference (RenderContext.dates).
 * @return {CalendarNames}
 */
export function calendarNames( dates: DateStyle ): CalendarNames {
	const lang = dates.lang;
	return {
		date: ( year, month, day ) => formatCalendarDate( year, month, day, dates, true ),
		monthYear: ( year, month ) => formatMonthYear( year, month, lang ),
		dayNumber: ( day ) => formatDayNumber( day, lang ),
		weekdays: ( width ) => weekdayNames( lang, width )
	};
}
