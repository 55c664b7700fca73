/**
 * The month view's day index built a month at a time: every day gets what
 * indexing every session gives, in any zone, and a month asks the zone's
 * clock only about the sessions near it.
 */
import { MonthlyDayIndex } from '../../src/calendar/day-index';
import { groupSessionsByDay } from '../../src/calendar/calendar-date';
import { Session } from '../../src/data/types';
import { ZoneChoice } from '../../src/time/zones';

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

function session( id: string, startIso: string, hours: number ): Session {
	const start = Date.parse( startIso );
	return { id, start, end: start + hours * HOUR, status: 'scheduled' } as Session;
}

/** Weekly sessions over two years, plus ones across midnight, the end of a month and a 40-day one. */
const SESSIONS: Session[] = [
	...Array.from( { length: 104 }, ( _, i ) => session( `w${ i }`, new Date( Date.parse( '2026-01-01T22:30:00Z' ) + i * 7 * DAY ).toISOString(), 1.5 ) ),
	session( 'month-end', '2026-03-31T23:00:00Z', 2 ),
	session( 'long', '2026-05-20T10:00:00Z', 40 * 24 ),
	session( 'first-minute', '2026-08-01T00:00:00Z', 1 )
];

function days( from: string, count: number ): string[] {
	const start = Date.parse( from + 'T00:00:00Z' );
	return Array.from( { length: count }, ( _, i ) => new Date( start + i * DAY ).toISOString().slice( 0, 10 ) );
}

describe( 'MonthlyDayIndex', () => {
	const zones: ZoneChoice[] = [
		{ kind: 'iana', zone: 'Pacific/Kiritimati' },
		{ kind: 'iana', zone: 'Pacific/Pago_Pago' },
		{ kind: 'iana', zone: 'Europe/Berlin' },
		{ kind: 'offset', minutes: 345 }
	];
	it.each( zones.map( ( z ) => [ z.kind === 'iana' ? z.zone : 'UTC+5:45', z ] ) )( 'gives every day what the whole index gives (%s)', ( _, zone ) => {
		const whole = groupSessionsByDay( SESSIONS, zone as ZoneChoice );
		const lazy = new MonthlyDayIndex( SESSIONS, zone as ZoneChoice );
		const ids = ( list: readonly Session[] | undefined ): string[] | undefined => list && list.map( ( s ) => s.id );
		for ( const key of days( '2025-12-01', 800 ) ) {
			expect( [ key, ids( lazy.get( key ) ) ] ).toEqual( [ key, ids( whole.get( key ) ) ] );
		}
		// Walking the whole map gives the whole index.
		expect( Array.from( lazy.keys() ).sort() ).toEqual( Array.from( whole.keys() ).sort() );
		expect( lazy.size ).toBe( whole.size );
	} );

	it( 'asks the zone\'s clock only about the sessions near the month shown', () => {
		const many: Session[] = Array.from( { length: 2000 }, ( _, i ) => session( `s${ i }`, new Date( Date.parse( '2000-01-06T15:00:00Z' ) + i * 7 * DAY ).toISOString(), 1 ) );
		const calls = jest.spyOn( Intl.DateTimeFormat.prototype, 'formatToParts' );
		// A zone no other test of this file uses, so no wall clock is remembered yet.
		const index = new MonthlyDayIndex( many, { kind: 'iana', zone: 'America/St_Johns' } );
		for ( const key of days( '2020-03-01', 31 ) ) {
			index.get( key );
		}
		// Four or five sessions in March 2020, two instants each; not 4,000.
		expect( calls.mock.calls.length ).toBeLessThanOrEqual( 12 );
		expect( index.get( '2020-03-05' )!.map( ( s ) => s.id ) ).toEqual( [ 's1052' ] );
		calls.mockRestore();
	} );
} );
