import { filterZoneOptions, normaliseForSearch, ZoneOption, zoneOptions } from '../../src/calendar/zone-options';
import { MINUS_SIGN, ZoneChoice } from '../../src/time/zones';

const iana = ( zone: string ): ZoneChoice => ( { kind: 'iana', zone } );
const WINTER = Date.parse( '2026-12-10T16:00:00Z' );
const SUMMER = Date.parse( '2026-07-10T16:00:00Z' );

describe( 'zoneOptions', () => {
	test( 'own zone, device zone, UTC, then the rest, labelled with name and offset now', () => {
		const options = zoneOptions( [ 'Asia/Kathmandu', 'Australia/Lord_Howe', 'America/New_York' ], WINTER, iana( 'Europe/Berlin' ), iana( 'America/New_York' ) );
		expect( options.map( ( o ) => [ o.value, o.kind, o.label ] ) ).toEqual( [
			[ 'preference', 'preference', 'Europe/Berlin (UTC+1)' ],
			[ 'device', 'device', `America/New York (UTC${ MINUS_SIGN }5)` ],
			[ 'UTC', 'utc', 'UTC' ],
			[ 'Asia/Kathmandu', 'zone', 'Asia/Kathmandu (UTC+5:45)' ],
			[ 'Australia/Lord_Howe', 'zone', 'Australia/Lord Howe (UTC+11)' ],
			[ 'America/New_York', 'zone', `America/New York (UTC${ MINUS_SIGN }5)` ]
		] );
	} );

	test( 'offsets are those of the moment: summer time in summer', () => {
		const options = zoneOptions( [ 'Australia/Lord_Howe', 'Europe/Berlin' ], SUMMER, iana( 'UTC' ), null );
		expect( options.map( ( o ) => o.label ) ).toEqual( [ 'UTC', 'UTC', 'Australia/Lord Howe (UTC+10:30)', 'Europe/Berlin (UTC+2)' ] );
	} );

	test( 'no device entry when it is the own zone', () => {
		const options = zoneOptions( [], WINTER, iana( 'Asia/Tokyo' ), iana( 'Asia/Tokyo' ) );
		expect( options.map( ( o ) => o.value ) ).toEqual( [ 'preference', 'UTC' ] );
	} );

	test( 'a fixed-offset preference', () => {
		const options = zoneOptions( [], WINTER, { kind: 'offset', minutes: 330 }, iana( 'Europe/Paris' ) );
		expect( options.map( ( o ) => o.label ) ).toEqual( [ 'UTC+5:30', 'Europe/Paris (UTC+1)', 'UTC' ] );
	} );
} );

describe( 'filterZoneOptions', () => {
	const options: ZoneOption[] = zoneOptions(
		[ 'America/Sao_Paulo', 'America/Argentina/Buenos_Aires', 'Asia/Kathmandu', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Europe/Berlin', 'Pacific/Port_Moresby' ],
		WINTER, iana( 'Europe/Berlin' ), null
	);
	const values = ( query: string, extra?: ( o: ZoneOption ) => string ): string[] => filterZoneOptions( options, query, extra ).map( ( o ) => o.value );

	test.each( [
		[ '', [ 'preference', 'UTC', 'America/Sao_Paulo', 'America/Argentina/Buenos_Aires', 'Asia/Kathmandu', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Europe/Berlin', 'Pacific/Port_Moresby' ] ],
		[ '   ', [ 'preference', 'UTC', 'America/Sao_Paulo', 'America/Argentina/Buenos_Aires', 'Asia/Kathmandu', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Europe/Berlin', 'Pacific/Port_Moresby' ] ],
		[ 'kathmandu', [ 'Asia/Kathmandu' ] ],
		[ 'KATH', [ 'Asia/Kathmandu' ] ],
		[ 'São Paulo', [ 'America/Sao_Paulo' ] ],
		[ 'sao_paulo', [ 'America/Sao_Paulo' ] ],
		[ 'buenos', [ 'America/Argentina/Buenos_Aires' ] ],
		[ 'argentina', [ 'America/Argentina/Buenos_Aires' ] ],
		[ 'lord howe', [ 'Australia/Lord_Howe' ] ],
		[ 'Australia/Lord', [ 'Australia/Lord_Howe' ] ],
		[ 'asia', [ 'Asia/Kathmandu', 'Asia/Kolkata' ] ],
		// A word start ranks before a match inside a word.
		[ 'mor', [ 'Pacific/Port_Moresby' ] ],
		[ 'ka', [ 'Asia/Kathmandu', 'Asia/Kolkata' ] ],
		// Offsets, with either minus sign.
		[ '5:45', [ 'Asia/Kathmandu' ] ],
		[ '+5:30', [ 'Asia/Kolkata' ] ],
		[ 'utc-3', [ 'America/Sao_Paulo', 'America/Argentina/Buenos_Aires' ] ],
		[ `UTC${ MINUS_SIGN }3`, [ 'America/Sao_Paulo', 'America/Argentina/Buenos_Aires' ] ],
		[ 'berlin', [ 'preference', 'Europe/Berlin' ] ],
		[ 'atlantis', [] ]
	] )( '%j', ( query, expected ) => {
		expect( values( query ) ).toEqual( expected );
	} );

	test( 'extra words per entry, e.g. the text of "your time zone"', () => {
		expect( values( 'your', ( o ) => o.kind === 'preference' ? 'Your time zone' : '' ) ).toEqual( [ 'preference' ] );
	} );

	test.each( [
		[ 'São_Paulo', 'sao paulo' ],
		[ 'America/Port-au-Prince', 'america port-au-prince' ],
		[ `UTC${ MINUS_SIGN }3`, 'utc-3' ],
		[ '  Lord   Howe ', 'lord howe' ]
	] )( 'normaliseForSearch( %j ) → %j', ( text, expected ) => {
		expect( normaliseForSearch( text ) ).toBe( expected );
	} );
} );
