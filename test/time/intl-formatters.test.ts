import { civilNoon, formatter, styledFormatter } from '../../src/time/intl-formatters';

/** ICU puts narrow no-break spaces around times; compare with plain spaces. */
const plain = ( s: string ): string => s.replace( /[\u00a0\u2009\u202f]/g, ' ' );

describe( 'civilNoon', () => {
	test.each( [
		[ 2026, 12, 10, '2026-12-10T12:00:00.000Z' ],
		[ 2027, 1, 1, '2027-01-01T12:00:00.000Z' ],
		[ 2028, 2, 29, '2028-02-29T12:00:00.000Z' ],
		// Years before 100 are not taken as 19xx.
		[ 33, 4, 3, '0033-04-03T12:00:00.000Z' ]
	] )( '%d-%d-%d → %s', ( year, month, day, iso ) => {
		expect( new Date( civilNoon( year, month, day ) ).toISOString() ).toBe( iso );
	} );
} );

describe( 'formatters', () => {
	test( 'one formatter per language, zone and options, built once', () => {
		const a = formatter( 'de', 'Europe/Berlin', { month: 'long' }, 'month' );
		expect( formatter( 'de', 'Europe/Berlin', { month: 'long' }, 'month' ) ).toBe( a );
		expect( formatter( 'de', 'UTC', { month: 'long' }, 'month' ) ).not.toBe( a );
		expect( a.format( civilNoon( 2026, 12, 10 ) ) ).toBe( 'Dezember' );
	} );

	test( 'the language\'s own patterns: 24-hour in German, 12-hour in American English', () => {
		const at = civilNoon( 2026, 12, 10 ) + 5 * 3600 * 1000;
		expect( plain( styledFormatter( 'de', 'UTC', 'time' ).format( at ) ) ).toBe( '17:00' );
		expect( plain( styledFormatter( 'en', 'UTC', 'time' ).format( at ) ) ).toBe( '5:00 PM' );
		expect( styledFormatter( 'en-gb', 'UTC', 'date' ).format( at ) ).toBe( 'Thursday, 10 December 2026' );
	} );

	test( 'engines without dateStyle/timeStyle get the equivalent components', () => {
		const Original = Intl.DateTimeFormat;
		const spy = jest.spyOn( Intl, 'DateTimeFormat' ).mockImplementation( ( ( locales?: string | string[], options?: Intl.DateTimeFormatOptions ) => {
			const { dateStyle, timeStyle, ...rest } = options || {};
			// An old engine ignores the styles it does not know.
			return new Original( locales, dateStyle || timeStyle ? { timeZone: rest.timeZone } : rest );
		} ) as unknown as typeof Intl.DateTimeFormat );
		try {
			const at = civilNoon( 2026, 12, 10 );
			expect( styledFormatter( 'fr', 'Asia/Tokyo', 'date' ).format( at ) ).toBe( 'jeudi 10 décembre 2026' );
		} finally {
			spy.mockRestore();
		}
	} );
} );
