/**
 * Strict ISO 8601 date-times with an explicit offset, as the data page uses. Pure.
 */

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|([+-])(\d{2}):(\d{2}))$/;

const DAYS_IN_MONTH = [ 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 ];

/** Days in `month` (1–12) of `year` in the proleptic Gregorian calendar, without a Date per call (read for every session). */
function daysInMonth( year: number, month: number ): number {
	const leap = year % 4 === 0 && ( year % 100 !== 0 || year % 400 === 0 );
	return month === 2 && leap ? 29 : DAYS_IN_MONTH[ month - 1 ] || 31;
}

/**
 * Milliseconds since the epoch for `2026-12-10T16:00:00Z` or
 * `2026-12-10T17:00+01:00`, or a reason why the text is not such a date.
 *
 * @param text
 */
export function parseIsoDateTime( text: string ): { ms: number } | { error: string } {
	const m = ISO_RE.exec( text );
	if ( !m ) {
		return { error: `"${ text }" is not a date and time in ISO 8601 form with an offset, such as 2026-12-10T16:00:00Z or 2026-12-10T17:00:00+01:00` };
	}
	const year = Number( m[ 1 ] );
	const month = Number( m[ 2 ] );
	const day = Number( m[ 3 ] );
	const hour = Number( m[ 4 ] );
	const minute = Number( m[ 5 ] );
	const second = m[ 6 ] ? Number( m[ 6 ] ) : 0;
	const millis = m[ 7 ] ? Number( ( m[ 7 ] + '00' ).slice( 0, 3 ) ) : 0;
	if ( year < 1000 ) {
		// Date.UTC would read years 0–99 as 1900–1999; no session is that old.
		return { error: `"${ text }" is not a date this page can use: the year must be 1000 or later` };
	}
	if ( month < 1 || month > 12 ) {
		return { error: `"${ text }" is not a date: there is no month ${ month }` };
	}
	if ( day < 1 || day > daysInMonth( year, month ) ) {
		return { error: `"${ text }" is not a date: month ${ month } of ${ year } has no day ${ day }` };
	}
	if ( hour > 23 || minute > 59 || second > 59 ) {
		return { error: `"${ text }" is not a time of day` };
	}
	let offset = 0;
	if ( m[ 8 ] !== 'Z' ) {
		const oh = Number( m[ 10 ] );
		const om = Number( m[ 11 ] );
		if ( oh > 14 || om > 59 || ( oh === 14 && om > 0 ) ) {
			return { error: `"${ text }" has an impossible offset from UTC` };
		}
		offset = ( m[ 9 ] === '-' ? -1 : 1 ) * ( oh * 60 + om );
	}
	return { ms: Date.UTC( year, month - 1, day, hour, minute, second, millis ) - offset * 60000 };
}
