import { civilNoon, formatter } from '../../src/time/intl-formatters';

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
} );
