import {
	formatOffset,
	isValidIanaZone,
	MINUS_SIGN,
	sameZone,
	utcOffsetMinutes,
	wallClock,
	zoneFromTimeCorrection,
	zoneLabel,
	ZoneChoice
} from '../../src/time/zones';
import { zoneLongName } from '../../src/time/zone-long-name';

const iana = ( zone: string ): ZoneChoice => ( { kind: 'iana', zone } );
const at = ( iso: string ): number => Date.parse( iso );
const MINUTE = 60000;

describe( 'isValidIanaZone', () => {
	test.each( [
		[ 'Europe/Berlin', true ],
		[ 'America/New_York', true ],
		[ 'Australia/Lord_Howe', true ],
		[ 'Asia/Kathmandu', true ],
		[ 'Asia/Kolkata', true ],
		[ 'UTC', true ],
		[ 'Etc/GMT+5', true ],
		[ 'europe/berlin', true ],
		[ 'Mars/Olympus_Mons', false ],
		[ '', false ],
		[ '+05:30', false ],
		[ '-03:00', false ],
		[ 'Europe/Berlin; DROP', false ]
	] )( '%j → %j', ( zone, expected ) => {
		expect( isValidIanaZone( zone ) ).toBe( expected );
	} );
} );

describe( 'zoneFromTimeCorrection', () => {
	test.each( [
		[ 'ZoneInfo|60|Europe/Berlin', 'America/Chicago', iana( 'Europe/Berlin' ) ],
		[ 'ZoneInfo|345|Asia/Kathmandu', undefined, iana( 'Asia/Kathmandu' ) ],
		[ 'ZoneInfo|330|Asia/Kolkata', undefined, iana( 'Asia/Kolkata' ) ],
		[ 'ZoneInfo|60|europe/berlin', undefined, iana( 'Europe/Berlin' ) ],
		// A zone this browser does not know: the offset MediaWiki stored.
		[ 'ZoneInfo|330|Asia/Atlantis', 'Europe/Paris', { kind: 'offset', minutes: 330 } ],
		[ 'ZoneInfo|abc|Asia/Atlantis', 'Europe/Paris', iana( 'Europe/Paris' ) ],
		[ 'ZoneInfo', 'Europe/Paris', iana( 'Europe/Paris' ) ],
		[ 'System|0', 'America/New_York', iana( 'America/New_York' ) ],
		[ 'System|120', undefined, iana( 'UTC' ) ],
		[ '', 'Asia/Tokyo', iana( 'Asia/Tokyo' ) ],
		[ '   ', 'Asia/Tokyo', iana( 'Asia/Tokyo' ) ],
		[ null, 'Asia/Tokyo', iana( 'Asia/Tokyo' ) ],
		[ undefined, 'Asia/Tokyo', iana( 'Asia/Tokyo' ) ],
		[ null, undefined, iana( 'UTC' ) ],
		[ null, 'Not/AZone', iana( 'UTC' ) ],
		[ 'Offset|330', 'Europe/Berlin', { kind: 'offset', minutes: 330 } ],
		[ 'Offset|-210', 'Europe/Berlin', { kind: 'offset', minutes: -210 } ],
		[ 'Offset|0', 'Europe/Berlin', { kind: 'offset', minutes: 0 } ],
		[ 'Offset|-0', 'Europe/Berlin', { kind: 'offset', minutes: 0 } ],
		[ 'Offset|840', 'Europe/Berlin', { kind: 'offset', minutes: 840 } ],
		[ 'Offset|900', 'Europe/Berlin', iana( 'Europe/Berlin' ) ],
		[ 'Offset|-800', 'Europe/Berlin', iana( 'Europe/Berlin' ) ],
		[ 'Offset|1.5', 'Europe/Berlin', iana( 'Europe/Berlin' ) ],
		[ 'Offset|', 'Europe/Berlin', iana( 'Europe/Berlin' ) ],
		// Legacy forms MediaWiki still reads.
		[ '+05:30', 'Europe/Berlin', { kind: 'offset', minutes: 330 } ],
		[ '-03:00', 'Europe/Berlin', { kind: 'offset', minutes: -180 } ],
		[ '2', 'Europe/Berlin', { kind: 'offset', minutes: 120 } ],
		[ '-5', 'Europe/Berlin', { kind: 'offset', minutes: -300 } ],
		[ '05:75', 'Europe/Berlin', iana( 'Europe/Berlin' ) ],
		[ 'Garbage|1|2|3', 'Europe/Berlin', iana( 'Europe/Berlin' ) ],
		[ 'ZoneInfo|60', 'Europe/Berlin', { kind: 'offset', minutes: 60 } ]
	] )( '%j (browser %j)', ( pref, browser, expected ) => {
		expect( zoneFromTimeCorrection( pref, browser ) ).toEqual( expected );
	} );
} );

describe( 'utcOffsetMinutes across DST transitions', () => {
	// [ zone, transition instant (UTC), offset just before, offset from then on ]
	test.each( [
		[ 'Europe/Berlin', '2026-03-29T01:00:00Z', 60, 120 ],
		[ 'Europe/Berlin', '2026-10-25T01:00:00Z', 120, 60 ],
		[ 'Europe/Berlin', '2027-03-28T01:00:00Z', 60, 120 ],
		[ 'Europe/Berlin', '2027-10-31T01:00:00Z', 120, 60 ],
		[ 'America/New_York', '2026-03-08T07:00:00Z', -300, -240 ],
		[ 'America/New_York', '2026-11-01T06:00:00Z', -240, -300 ],
		[ 'America/New_York', '2027-03-14T07:00:00Z', -300, -240 ],
		[ 'America/New_York', '2027-11-07T06:00:00Z', -240, -300 ],
		// Lord Howe: +10:30 standard, +11 in summer; the change is half an hour.
		[ 'Australia/Lord_Howe', '2026-04-04T15:00:00Z', 660, 630 ],
		[ 'Australia/Lord_Howe', '2026-10-03T15:30:00Z', 630, 660 ],
		[ 'Australia/Lord_Howe', '2027-04-03T15:00:00Z', 660, 630 ],
		[ 'Australia/Lord_Howe', '2027-10-02T15:30:00Z', 630, 660 ],
		[ 'America/Los_Angeles', '2026-03-08T10:00:00Z', -480, -420 ],
		[ 'America/Los_Angeles', '2026-11-01T09:00:00Z', -420, -480 ]
	] )( '%s at %s: %d → %d', ( zone, iso, before, after ) => {
		const t = at( iso );
		expect( utcOffsetMinutes( t - 1, iana( zone ) ) ).toBe( before );
		expect( utcOffsetMinutes( t - MINUTE, iana( zone ) ) ).toBe( before );
		expect( utcOffsetMinutes( t, iana( zone ) ) ).toBe( after );
		expect( utcOffsetMinutes( t + MINUTE, iana( zone ) ) ).toBe( after );
	} );

	test.each( [
		[ 'Asia/Kathmandu', 345 ],
		[ 'Asia/Kolkata', 330 ],
		[ 'Asia/Calcutta', 330 ],
		[ 'Australia/Eucla', 525 ],
		[ 'UTC', 0 ],
		[ 'Etc/GMT+5', -300 ]
	] )( '%s is always %d', ( zone, offset ) => {
		for ( const iso of [ '2026-01-15T12:00:00Z', '2026-03-29T01:00:00Z', '2026-07-01T00:00:00Z', '2027-10-31T01:00:00Z' ] ) {
			expect( utcOffsetMinutes( at( iso ), iana( zone ) ) ).toBe( offset );
		}
	} );

	test( 'fixed offsets are what they say', () => {
		expect( utcOffsetMinutes( at( '2026-07-01T00:00:00Z' ), { kind: 'offset', minutes: -210 } ) ).toBe( -210 );
	} );

	test( 'an unknown zone counts as UTC', () => {
		expect( utcOffsetMinutes( at( '2026-07-01T00:00:00Z' ), iana( 'Nowhere/Land' ) ) ).toBe( 0 );
	} );

	test( 'instants with milliseconds and before 1970 work', () => {
		expect( utcOffsetMinutes( at( '2026-07-01T00:00:00.999Z' ), iana( 'Europe/Berlin' ) ) ).toBe( 120 );
		expect( utcOffsetMinutes( at( '1969-07-20T20:17:00Z' ), iana( 'America/New_York' ) ) ).toBe( -240 );
	} );
} );

describe( 'wallClock', () => {
	test.each( [
		// Berlin skips 02:00–03:00 on 29 March 2026.
		[ 'Europe/Berlin', '2026-03-29T00:59:59Z', [ 2026, 3, 29, 1, 59, 59, 0 ] ],
		[ 'Europe/Berlin', '2026-03-29T01:00:00Z', [ 2026, 3, 29, 3, 0, 0, 0 ] ],
		// …and runs 02:00–03:00 twice on 25 October 2026.
		[ 'Europe/Berlin', '2026-10-25T00:30:00Z', [ 2026, 10, 25, 2, 30, 0, 0 ] ],
		[ 'Europe/Berlin', '2026-10-25T01:30:00Z', [ 2026, 10, 25, 2, 30, 0, 0 ] ],
		[ 'Australia/Lord_Howe', '2026-04-04T14:59:00Z', [ 2026, 4, 5, 1, 59, 0, 0 ] ],
		[ 'Australia/Lord_Howe', '2026-04-04T15:00:00Z', [ 2026, 4, 5, 1, 30, 0, 0 ] ],
		[ 'Australia/Lord_Howe', '2026-10-03T15:30:00Z', [ 2026, 10, 4, 2, 30, 0, 0 ] ],
		[ 'Asia/Kathmandu', '2026-12-31T18:15:00Z', [ 2027, 1, 1, 0, 0, 0, 5 ] ],
		[ 'America/New_York', '2027-01-01T04:59:00Z', [ 2026, 12, 31, 23, 59, 0, 4 ] ],
		[ 'UTC', '2026-12-10T00:00:00Z', [ 2026, 12, 10, 0, 0, 0, 4 ] ]
	] )( '%s at %s', ( zone, iso, [ year, month, day, hour, minute, second, weekday ] ) => {
		expect( wallClock( at( iso ), iana( zone ) ) ).toEqual( { year, month, day, hour, minute, second, weekday } );
	} );

	test( 'fixed offsets shift the clock', () => {
		expect( wallClock( at( '2026-12-31T20:00:00Z' ), { kind: 'offset', minutes: 330 } ) )
			.toEqual( { year: 2027, month: 1, day: 1, hour: 1, minute: 30, second: 0, weekday: 5 } );
	} );
} );

describe( 'formatOffset', () => {
	test.each( [
		[ 0, 'UTC' ],
		[ -0, 'UTC' ],
		[ 60, 'UTC+1' ],
		[ 120, 'UTC+2' ],
		[ 330, 'UTC+5:30' ],
		[ 345, 'UTC+5:45' ],
		[ 630, 'UTC+10:30' ],
		[ 840, 'UTC+14' ],
		[ -180, `UTC${ MINUS_SIGN }3` ],
		[ -210, `UTC${ MINUS_SIGN }3:30` ],
		[ -570, `UTC${ MINUS_SIGN }9:30` ],
		[ -720, `UTC${ MINUS_SIGN }12` ],
		[ 65, 'UTC+1:05' ],
		[ 59.6, 'UTC+1' ]
	] )( '%d → %s', ( minutes, expected ) => {
		expect( formatOffset( minutes ) ).toBe( expected );
	} );

	test( 'the minus sign is U+2212', () => {
		expect( MINUS_SIGN ).toBe( '\u2212' );
		expect( formatOffset( -60 ) ).not.toContain( '-' );
	} );
} );

describe( 'zoneLabel', () => {
	test.each( [
		[ 'Europe/Berlin', '2026-12-10T16:00:00Z', 'Europe/Berlin (UTC+1)' ],
		[ 'Europe/Berlin', '2026-07-10T16:00:00Z', 'Europe/Berlin (UTC+2)' ],
		[ 'America/Los_Angeles', '2026-07-10T16:00:00Z', `America/Los Angeles (UTC${ MINUS_SIGN }7)` ],
		[ 'America/Los_Angeles', '2026-12-10T16:00:00Z', `America/Los Angeles (UTC${ MINUS_SIGN }8)` ],
		[ 'Asia/Kathmandu', '2026-12-10T16:00:00Z', 'Asia/Kathmandu (UTC+5:45)' ],
		[ 'Asia/Kolkata', '2026-12-10T16:00:00Z', 'Asia/Kolkata (UTC+5:30)' ],
		[ 'Australia/Lord_Howe', '2026-12-10T16:00:00Z', 'Australia/Lord Howe (UTC+11)' ],
		[ 'Australia/Lord_Howe', '2026-07-10T16:00:00Z', 'Australia/Lord Howe (UTC+10:30)' ],
		[ 'UTC', '2026-07-10T16:00:00Z', 'UTC' ],
		[ 'Etc/UTC', '2026-07-10T16:00:00Z', 'UTC' ],
		[ 'Etc/GMT+5', '2026-07-10T16:00:00Z', `UTC${ MINUS_SIGN }5` ],
		[ 'Nowhere/Land', '2026-07-10T16:00:00Z', 'UTC' ]
	] )( '%s at %s → %s', ( zone, iso, expected ) => {
		expect( zoneLabel( at( iso ), iana( zone ), 'en' ) ).toBe( expected );
	} );

	test.each( [
		[ 330, 'UTC+5:30' ],
		[ 0, 'UTC' ],
		[ -240, `UTC${ MINUS_SIGN }4` ]
	] )( 'offset %d → %s', ( minutes, expected ) => {
		expect( zoneLabel( 0, { kind: 'offset', minutes }, 'de' ) ).toBe( expected );
	} );

	test( 'the label does not depend on the language', () => {
		const t = at( '2026-12-10T16:00:00Z' );
		expect( zoneLabel( t, iana( 'Europe/Berlin' ), 'ar' ) ).toBe( zoneLabel( t, iana( 'Europe/Berlin' ), 'en' ) );
	} );
} );

describe( 'zoneLongName', () => {
	const winter = at( '2026-12-10T16:00:00Z' );
	test( 'names zones the browser has names for', () => {
		expect( zoneLongName( winter, iana( 'Europe/Berlin' ), 'en' ) ).toBe( 'Central European Standard Time' );
		expect( zoneLongName( winter, iana( 'Europe/Berlin' ), 'de' ) ).toBe( 'Mitteleuropäische Normalzeit' );
		expect( zoneLongName( winter, iana( 'Asia/Kathmandu' ), 'en' ) ).toBe( 'Nepal Time' );
	} );
	test( 'gives null for offsets, bare GMT fallbacks and unknown zones', () => {
		expect( zoneLongName( winter, { kind: 'offset', minutes: 60 }, 'en' ) ).toBeNull();
		expect( zoneLongName( winter, iana( 'Etc/GMT+5' ), 'en' ) ).toBeNull();
		expect( zoneLongName( winter, iana( 'Nowhere/Land' ), 'en' ) ).toBeNull();
	} );
	test( 'builds one formatter per locale and zone, and still follows summer time', () => {
		const summer = at( '2026-07-10T16:00:00Z' );
		zoneLongName( winter, iana( 'Europe/Paris' ), 'fr' );
		const spy = jest.spyOn( Intl, 'DateTimeFormat' );
		try {
			expect( zoneLongName( summer, iana( 'Europe/Paris' ), 'fr' ) ).toBe( 'heure d’été d’Europe centrale' );
			expect( zoneLongName( winter, iana( 'Europe/Paris' ), 'fr' ) ).toBe( 'heure normale d’Europe centrale' );
			expect( spy ).not.toHaveBeenCalled();
		} finally {
			spy.mockRestore();
		}
	} );
} );

describe( 'sameZone', () => {
	test( 'the same IANA name or the same fixed offset, never one of each', () => {
		expect( sameZone( iana( 'UTC' ), iana( 'UTC' ) ) ).toBe( true );
		expect( sameZone( iana( 'UTC' ), { kind: 'offset', minutes: 0 } ) ).toBe( false );
		expect( sameZone( { kind: 'offset', minutes: 60 }, { kind: 'offset', minutes: 60 } ) ).toBe( true );
		expect( sameZone( { kind: 'offset', minutes: 60 }, iana( 'Europe/Berlin' ) ) ).toBe( false );
	} );
} );
