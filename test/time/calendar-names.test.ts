import { dateStyle } from '../../src/i18n/all-languages';
import { formatCalendarDate, formatDayNumber, formatMonthYear, weekdayNames } from '../../src/time/calendar-names';

describe( 'calendar labels', () => {
	test( 'dates, months, day numbers and weekday names', () => {
		expect( formatCalendarDate( 2026, 12, 10, dateStyle( 'en-gb' ) ) ).toBe( '10 December 2026' );
		expect( formatCalendarDate( 2026, 12, 10, dateStyle( 'de' ) ) ).toBe( '10. Dezember 2026' );
		expect( formatCalendarDate( 2026, 12, 10, dateStyle( 'en-gb' ), true ) ).toBe( 'Thursday, 10 December 2026' );
		expect( formatMonthYear( 2026, 12, 'en' ) ).toBe( 'December 2026' );
		expect( formatMonthYear( 2027, 1, 'de' ) ).toBe( 'Januar 2027' );
		expect( formatDayNumber( 10, 'en' ) ).toBe( '10' );
		expect( formatDayNumber( 10, 'fa' ) ).toBe( '۱۰' );
		expect( weekdayNames( 'en', 'long' ) ).toEqual( [ 'Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday' ] );
		expect( weekdayNames( 'de', 'short' )[ 1 ] ).toBe( 'Mo' );
	} );
} );
