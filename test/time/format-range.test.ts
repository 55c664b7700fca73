import { formatSessionRange } from '../../src/time/format-range';
import { MINUS_SIGN, ZoneChoice } from '../../src/time/zones';
import { dateStyle } from '../../src/i18n/all-languages';

const iana = ( zone: string ): ZoneChoice => ( { kind: 'iana', zone } );
const at = ( iso: string ): number => Date.parse( iso );
/** ICU puts narrow and thin no-break spaces around times and dashes; compare with plain spaces. */
const plain = ( s: string ): string => s.replace( /[\u00a0\u2009\u202f]/g, ' ' );
const M = MINUS_SIGN;

describe( 'formatSessionRange', () => {
	// [ zone, start, end, lang, startDate, startTime, endDate, endTime, spansMidnight, zone label ]
	test.each( [
		[ 'Europe/Berlin', '2026-12-10T16:00:00Z', '2026-12-10T17:30:00Z', 'en-gb',
			'Thursday, 10 December 2026', '17:00', 'Thursday, 10 December 2026', '18:30', false, 'Europe/Berlin (UTC+1)' ],
		[ 'Europe/Berlin', '2026-12-10T16:00:00Z', '2026-12-10T17:30:00Z', 'en',
			'Thursday, 10 December 2026', '17:00', 'Thursday, 10 December 2026', '18:30', false, 'Europe/Berlin (UTC+1)' ],
		[ 'Europe/Berlin', '2026-12-10T16:00:00Z', '2026-12-10T17:30:00Z', 'de',
			'Donnerstag, 10. Dezember 2026', '17:00', 'Donnerstag, 10. Dezember 2026', '18:30', false, 'Europe/Berlin (UTC+1)' ],
		// The US/EU DST gap: Los Angeles moved on 8 March, Berlin on 29 March 2026.
		[ 'Europe/Berlin', '2026-03-01T17:00:00Z', '2026-03-01T18:00:00Z', 'en-gb',
			'Sunday, 1 March 2026', '18:00', 'Sunday, 1 March 2026', '19:00', false, 'Europe/Berlin (UTC+1)' ],
		[ 'America/Los_Angeles', '2026-03-01T17:00:00Z', '2026-03-01T18:00:00Z', 'en-gb',
			'Sunday, 1 March 2026', '09:00', 'Sunday, 1 March 2026', '10:00', false, `America/Los Angeles (UTC${ M }8)` ],
		[ 'Europe/Berlin', '2026-03-15T17:00:00Z', '2026-03-15T18:00:00Z', 'en-gb',
			'Sunday, 15 March 2026', '18:00', 'Sunday, 15 March 2026', '19:00', false, 'Europe/Berlin (UTC+1)' ],
		[ 'America/Los_Angeles', '2026-03-15T17:00:00Z', '2026-03-15T18:00:00Z', 'en-gb',
			'Sunday, 15 March 2026', '10:00', 'Sunday, 15 March 2026', '11:00', false, `America/Los Angeles (UTC${ M }7)` ],
		[ 'Europe/Berlin', '2026-03-29T17:00:00Z', '2026-03-29T18:00:00Z', 'en-gb',
			'Sunday, 29 March 2026', '19:00', 'Sunday, 29 March 2026', '20:00', false, 'Europe/Berlin (UTC+2)' ],
		[ 'America/Los_Angeles', '2026-03-29T17:00:00Z', '2026-03-29T18:00:00Z', 'en-gb',
			'Sunday, 29 March 2026', '10:00', 'Sunday, 29 March 2026', '11:00', false, `America/Los Angeles (UTC${ M }7)` ],
		// Spanning midnight in one zone but not in another.
		[ 'Europe/Berlin', '2026-12-10T22:30:00Z', '2026-12-11T00:30:00Z', 'en-gb',
			'Thursday, 10 December 2026', '23:30', 'Friday, 11 December 2026', '01:30', true, 'Europe/Berlin (UTC+1)' ],
		[ 'America/Los_Angeles', '2026-12-10T22:30:00Z', '2026-12-11T00:30:00Z', 'en-gb',
			'Thursday, 10 December 2026', '14:30', 'Thursday, 10 December 2026', '16:30', false, `America/Los Angeles (UTC${ M }8)` ],
		[ 'Asia/Kathmandu', '2026-12-10T18:00:00Z', '2026-12-10T18:30:00Z', 'en-gb',
			'Thursday, 10 December 2026', '23:45', 'Friday, 11 December 2026', '00:15', true, 'Asia/Kathmandu (UTC+5:45)' ],
		[ 'Asia/Kolkata', '2026-12-10T18:00:00Z', '2026-12-10T18:45:00Z', 'en-gb',
			'Thursday, 10 December 2026', '23:30', 'Friday, 11 December 2026', '00:15', true, 'Asia/Kolkata (UTC+5:30)' ],
		// Across the new year.
		[ 'America/New_York', '2026-12-31T23:00:00Z', '2027-01-01T06:00:00Z', 'en-gb',
			'Thursday, 31 December 2026', '18:00', 'Friday, 1 January 2027', '01:00', true, `America/New York (UTC${ M }5)` ],
		// New York DST edges 2027.
		[ 'America/New_York', '2027-03-14T15:00:00Z', '2027-03-14T16:00:00Z', 'en-gb',
			'Sunday, 14 March 2027', '11:00', 'Sunday, 14 March 2027', '12:00', false, `America/New York (UTC${ M }4)` ],
		[ 'America/New_York', '2027-11-07T15:00:00Z', '2027-11-07T16:00:00Z', 'en-gb',
			'Sunday, 7 November 2027', '10:00', 'Sunday, 7 November 2027', '11:00', false, `America/New York (UTC${ M }5)` ],
		[ 'Europe/Berlin', '2027-03-28T09:00:00Z', '2027-03-28T10:00:00Z', 'en-gb',
			'Sunday, 28 March 2027', '11:00', 'Sunday, 28 March 2027', '12:00', false, 'Europe/Berlin (UTC+2)' ],
		[ 'Europe/Berlin', '2027-10-31T09:00:00Z', '2027-10-31T10:00:00Z', 'en-gb',
			'Sunday, 31 October 2027', '10:00', 'Sunday, 31 October 2027', '11:00', false, 'Europe/Berlin (UTC+1)' ],
		[ 'Australia/Lord_Howe', '2027-04-03T12:00:00Z', '2027-04-03T13:00:00Z', 'en-gb',
			'Saturday, 3 April 2027', '23:00', 'Sunday, 4 April 2027', '00:00', true, 'Australia/Lord Howe (UTC+11)' ],
		[ 'Australia/Lord_Howe', '2027-04-04T12:00:00Z', '2027-04-04T13:00:00Z', 'en-gb',
			'Sunday, 4 April 2027', '22:30', 'Sunday, 4 April 2027', '23:30', false, 'Australia/Lord Howe (UTC+10:30)' ]
	] )( '%s %s–%s (%s)', ( zone, start, end, lang, startDate, startTime, endDate, endTime, spansMidnight, label ) => {
		const r = formatSessionRange( at( start ), at( end ), iana( zone ), dateStyle( lang ) );
		expect( plain( r.startDate ) ).toBe( startDate );
		expect( plain( r.startTime ) ).toBe( startTime );
		expect( plain( r.endDate ) ).toBe( endDate );
		expect( plain( r.endTime ) ).toBe( endTime );
		expect( r.spansMidnight ).toBe( spansMidnight );
		expect( r.zone ).toBe( label );
		expect( r.zoneAtEnd ).toBe( label );
		expect( r.text.endsWith( ' ' + label ) ).toBe( true );
		expect( r.startIso ).toBe( start );
		expect( r.endIso ).toBe( end );
		// Both dates in the line when it spans midnight, one otherwise.
		const text = plain( r.text );
		expect( text ).toContain( startDate );
		expect( text ).toContain( endDate );
		expect( text.split( startDate ).length - 1 ).toBe( 1 );
	} );

	test( 'one readable line', () => {
		const r = formatSessionRange( at( '2026-12-10T16:00:00Z' ), at( '2026-12-10T17:30:00Z' ), iana( 'Europe/Berlin' ), dateStyle( 'en-gb' ) );
		expect( plain( r.text ) ).toBe( 'Thursday, 10 December 2026, 17:00–18:30 Europe/Berlin (UTC+1)' );
		const overnight = formatSessionRange( at( '2026-12-10T22:30:00Z' ), at( '2026-12-11T00:30:00Z' ), iana( 'Europe/Berlin' ), dateStyle( 'en-gb' ) );
		expect( plain( overnight.text ) ).toBe( 'Thursday, 10 December 2026, 23:30 – Friday, 11 December 2026, 01:30 Europe/Berlin (UTC+1)' );
	} );

	test.each( [
		// Berlin springs forward during the session: 01:30 CET → 03:30 CEST.
		[ 'Europe/Berlin', '2026-03-29T00:30:00Z', '2026-03-29T01:30:00Z', '01:30', '03:30', 'Europe/Berlin (UTC+1)', 'Europe/Berlin (UTC+2)', 'Europe/Berlin (UTC+1 → UTC+2)' ],
		[ 'Europe/Berlin', '2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z', '02:30', '02:30', 'Europe/Berlin (UTC+2)', 'Europe/Berlin (UTC+1)', 'Europe/Berlin (UTC+2 → UTC+1)' ],
		[ 'Australia/Lord_Howe', '2026-10-03T15:00:00Z', '2026-10-03T16:00:00Z', '01:30', '03:00', 'Australia/Lord Howe (UTC+10:30)', 'Australia/Lord Howe (UTC+11)', 'Australia/Lord Howe (UTC+10:30 → UTC+11)' ],
		[ 'Australia/Lord_Howe', '2026-04-04T14:30:00Z', '2026-04-04T15:30:00Z', '01:30', '02:00', 'Australia/Lord Howe (UTC+11)', 'Australia/Lord Howe (UTC+10:30)', 'Australia/Lord Howe (UTC+11 → UTC+10:30)' ],
		[ 'America/New_York', '2026-11-01T05:30:00Z', '2026-11-01T06:30:00Z', '01:30', '01:30', `America/New York (UTC${ M }4)`, `America/New York (UTC${ M }5)`, `America/New York (UTC${ M }4 → UTC${ M }5)` ]
	] )( 'a session across the DST change in %s at %s shows both offsets', ( zone, start, end, startTime, endTime, zoneStart, zoneEnd, inText ) => {
		const r = formatSessionRange( at( start ), at( end ), iana( zone ), dateStyle( 'en-gb' ) );
		expect( r.startTime ).toBe( startTime );
		expect( r.endTime ).toBe( endTime );
		expect( r.zone ).toBe( zoneStart );
		expect( r.zoneAtEnd ).toBe( zoneEnd );
		expect( r.text.endsWith( ' ' + inText ) ).toBe( true );
	} );

	test.each( [
		[ 330, '21:30', '23:00', false, 'UTC+5:30' ],
		[ 345, '21:45', '23:15', false, 'UTC+5:45' ],
		[ -210, '12:30', '14:00', false, `UTC${ M }3:30` ],
		[ 480, '00:00', '01:30', false, 'UTC+8' ],
		[ 450, '23:30', '01:00', true, 'UTC+7:30' ],
		[ 0, '16:00', '17:30', false, 'UTC' ]
	] )( 'fixed offset %d', ( minutes, startTime, endTime, spansMidnight, label ) => {
		const r = formatSessionRange( at( '2026-12-10T16:00:00Z' ), at( '2026-12-10T17:30:00Z' ), { kind: 'offset', minutes }, dateStyle( 'en-gb' ) );
		expect( r.startTime ).toBe( startTime );
		expect( r.endTime ).toBe( endTime );
		expect( r.spansMidnight ).toBe( spansMidnight );
		expect( r.zone ).toBe( label );
		expect( r.text.endsWith( ' ' + label ) ).toBe( true );
	} );

	test( 'other languages are localised and keep the zone', () => {
		const start = at( '2026-12-10T16:00:00Z' );
		const end = at( '2026-12-10T17:30:00Z' );
		const he = formatSessionRange( start, end, iana( 'Europe/Berlin' ), dateStyle( 'he' ) );
		expect( he.startDate ).toContain( 'בדצמבר' );
		// Right to left: the zone is isolated so its parentheses stay in place.
		expect( he.text.endsWith( ' \u2068Europe/Berlin (UTC+1)\u2069' ) ).toBe( true );
		const ar = formatSessionRange( start, end, iana( 'Asia/Kathmandu' ), dateStyle( 'ar' ) );
		expect( ar.startDate ).toContain( 'ديسمبر' );
		expect( ar.text ).toContain( '\u2068Asia/Kathmandu (UTC+5:45)\u2069' );
		const ptBr = formatSessionRange( start, end, iana( 'America/Sao_Paulo' ), dateStyle( 'pt-br' ) );
		expect( ptBr.startDate ).toBe( 'quinta-feira, 10 de dezembro de 2026' );
		// MediaWiki's Portuguese time format, H"h"i"min".
		expect( ptBr.startTime ).toBe( '13h00min' );
		// Persian: Gregorian months (like the month view), Persian digits.
		const fa = formatSessionRange( start, end, iana( 'Asia/Tehran' ), dateStyle( 'fa' ) );
		expect( fa.startDate ).toContain( 'دسامبر' );
		expect( fa.startDate ).toContain( '۲۰۲۶' );
	} );

	test( 'unknown languages and zones fall back to English and UTC', () => {
		const r = formatSessionRange( at( '2026-12-10T16:00:00Z' ), at( '2026-12-10T17:00:00Z' ), iana( 'Nowhere/Land' ), dateStyle( 'qqx-nonsense!' ) );
		expect( r.startDate ).toBe( 'Thursday, 10 December 2026' );
		expect( r.zone ).toBe( 'UTC' );
	} );

	test.each( [
		[ 'default', 'en', 'Thursday, 10 December 2026, 17:00–18:30 Europe/Berlin (UTC+1)' ],
		[ 'mdy', 'en', 'Thursday, December 10, 2026, 17:00–18:30 Europe/Berlin (UTC+1)' ],
		[ 'ymd', 'en', 'Thursday, 2026 December 10, 17:00–18:30 Europe/Berlin (UTC+1)' ],
		[ 'ISO 8601', 'en', 'Thursday, 2026-12-10, 17:00:00–18:30:00 Europe/Berlin (UTC+1)' ],
		[ 'default', 'de', 'Donnerstag, 10. Dezember 2026, 17:00–18:30 Europe/Berlin (UTC+1)' ],
		[ 'ymd', 'de', 'Donnerstag, 2026 Dez 10, 17:00–18:30 Europe/Berlin (UTC+1)' ],
		[ 'default', 'he', 'יום חמישי, 10 בדצמבר 2026, 17:00–18:30 \u2068Europe/Berlin (UTC+1)\u2069' ],
		[ 'mdy', 'he', 'יום חמישי, בדצמבר 10, 2026, 17:00–18:30 \u2068Europe/Berlin (UTC+1)\u2069' ]
	] )( 'follows the date preference %s in %s', ( preference, lang, text ) => {
		const r = formatSessionRange( at( '2026-12-10T16:00:00Z' ), at( '2026-12-10T17:30:00Z' ), iana( 'Europe/Berlin' ), dateStyle( lang, preference ) );
		expect( r.text ).toBe( text );
	} );

	test( 'ISO strings drop milliseconds', () => {
		const r = formatSessionRange( at( '2026-12-10T16:00:00.250Z' ), at( '2026-12-10T17:00:00Z' ), iana( 'UTC' ), dateStyle( 'en' ) );
		expect( r.startIso ).toBe( '2026-12-10T16:00:00Z' );
	} );
} );
