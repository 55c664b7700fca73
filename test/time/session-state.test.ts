import { Session, SessionStatus } from '../../src/data/types';
import {
	isSessionState,
	nextStateChange,
	SESSION_STATES,
	sessionState,
	splitSessions,
	STARTING_SOON_MS
} from '../../src/time/session-state';

const at = ( iso: string ): number => Date.parse( iso );
const MIN = 60000;

function session( id: string, startIso: string, endIso: string, status: SessionStatus = 'scheduled' ): Session {
	return {
		id,
		start: at( startIso ),
		end: at( endIso ),
		startText: startIso,
		endText: endIso,
		status,
		sequence: 0
	};
}

const s = session( 'a', '2026-12-10T16:00:00Z', '2026-12-10T17:30:00Z' );

describe( 'SESSION_STATES', () => {
	test.each( [
		[ 'live', true ], [ 'starting-soon', true ], [ 'upcoming', true ], [ 'past', true ],
		[ 'cancelled', true ], [ 'postponed', true ], [ 'scheduled', false ], [ '', false ], [ 3, false ], [ null, false ]
	] )( 'isSessionState( %j ) → %j', ( value, expected ) => {
		expect( isSessionState( value ) ).toBe( expected );
	} );
	test( 'the vocabulary', () => {
		expect( SESSION_STATES ).toEqual( [ 'live', 'starting-soon', 'upcoming', 'past', 'cancelled', 'postponed' ] );
		expect( STARTING_SOON_MS ).toBe( 15 * MIN );
	} );
} );

describe( 'sessionState', () => {
	test.each( [
		[ '2026-12-01T00:00:00Z', 'upcoming' ],
		[ '2026-12-10T15:44:59Z', 'upcoming' ],
		[ '2026-12-10T15:45:00Z', 'starting-soon' ],
		[ '2026-12-10T15:59:59Z', 'starting-soon' ],
		[ '2026-12-10T16:00:00Z', 'live' ],
		[ '2026-12-10T17:29:59Z', 'live' ],
		[ '2026-12-10T17:30:00Z', 'past' ],
		[ '2027-01-01T00:00:00Z', 'past' ]
	] )( 'at %s → %s', ( now, expected ) => {
		expect( sessionState( s, at( now ) ) ).toBe( expected );
	} );

	test.each( [
		[ 'cancelled', '2026-12-01T00:00:00Z', 'cancelled' ],
		[ 'cancelled', '2026-12-10T16:30:00Z', 'cancelled' ],
		[ 'cancelled', '2027-01-01T00:00:00Z', 'cancelled' ],
		[ 'postponed', '2026-12-01T00:00:00Z', 'postponed' ],
		[ 'postponed', '2026-12-10T16:30:00Z', 'postponed' ]
	] )( 'status %s at %s → %s', ( status, now, expected ) => {
		const t = session( 'x', '2026-12-10T16:00:00Z', '2026-12-10T17:30:00Z', status as SessionStatus );
		expect( sessionState( t, at( now ) ) ).toBe( expected );
	} );

	test( 'a session without length is never live', () => {
		const zero = session( 'z', '2026-12-10T16:00:00Z', '2026-12-10T16:00:00Z' );
		expect( sessionState( zero, at( '2026-12-10T15:59:00Z' ) ) ).toBe( 'starting-soon' );
		expect( sessionState( zero, at( '2026-12-10T16:00:00Z' ) ) ).toBe( 'past' );
	} );
} );

describe( 'splitSessions', () => {
	const past1 = session( 'past-1', '2026-03-10T16:00:00Z', '2026-03-10T17:00:00Z' );
	const past2 = session( 'past-2', '2026-06-10T16:00:00Z', '2026-06-10T17:00:00Z' );
	const pastCancelled = session( 'past-cancelled', '2026-09-10T16:00:00Z', '2026-09-10T17:00:00Z', 'cancelled' );
	const live = session( 'live', '2026-12-10T16:00:00Z', '2026-12-10T17:30:00Z' );
	const cancelledNow = session( 'cancelled-now', '2026-12-10T16:00:00Z', '2026-12-10T17:30:00Z', 'cancelled' );
	const soon = session( 'soon', '2026-12-10T18:00:00Z', '2026-12-10T19:00:00Z', 'postponed' );
	const later = session( 'later', '2027-03-10T16:00:00Z', '2027-03-10T17:00:00Z' );
	const latest = session( 'latest', '2027-06-10T16:00:00Z', '2027-06-10T17:00:00Z' );
	const all = [ latest, past1, soon, live, pastCancelled, later, cancelledNow, past2 ];

	test( 'while a session is live', () => {
		const r = splitSessions( all, at( '2026-12-10T16:30:00Z' ) );
		expect( r.next ).toBe( live );
		expect( r.live ).toEqual( [ live ] );
		expect( r.upcoming.map( ( x ) => x.id ) ).toEqual( [ 'cancelled-now', 'soon', 'later', 'latest' ] );
		expect( r.past.map( ( x ) => x.id ) ).toEqual( [ 'past-cancelled', 'past-2', 'past-1' ] );
	} );

	test( 'between sessions, cancelled and postponed ones are never "next"', () => {
		const r = splitSessions( all, at( '2026-12-10T17:45:00Z' ) );
		expect( r.live ).toEqual( [] );
		expect( r.next ).toBe( later );
		expect( r.upcoming.map( ( x ) => x.id ) ).toEqual( [ 'soon', 'later', 'latest' ] );
		expect( r.past.map( ( x ) => x.id ) ).toEqual( [ 'live', 'cancelled-now', 'past-cancelled', 'past-2', 'past-1' ] );
	} );

	test( 'before everything and after everything', () => {
		const before = splitSessions( all, at( '2026-01-01T00:00:00Z' ) );
		expect( before.next ).toBe( past1 );
		expect( before.past ).toEqual( [] );
		expect( before.upcoming ).toHaveLength( all.length );
		const after = splitSessions( all, at( '2028-01-01T00:00:00Z' ) );
		expect( after.next ).toBeNull();
		expect( after.upcoming ).toEqual( [] );
		expect( after.past[ 0 ] ).toBe( latest );
	} );

	test( 'overlapping live sessions: the one that started first is next', () => {
		const a = session( 'a', '2026-12-10T16:00:00Z', '2026-12-10T18:00:00Z' );
		const b = session( 'b', '2026-12-10T15:00:00Z', '2026-12-10T17:00:00Z' );
		const r = splitSessions( [ a, b ], at( '2026-12-10T16:30:00Z' ) );
		expect( r.live ).toEqual( [ b, a ] );
		expect( r.next ).toBe( b );
	} );

	test( 'empty input and the input is not changed', () => {
		expect( splitSessions( [], 0 ) ).toEqual( { next: null, live: [], upcoming: [], past: [] } );
		const copy = all.slice();
		splitSessions( all, at( '2026-12-10T16:30:00Z' ) );
		expect( all ).toEqual( copy );
	} );
} );

describe( 'nextStateChange', () => {
	const a = session( 'a', '2026-12-10T16:00:00Z', '2026-12-10T17:30:00Z' );
	const b = session( 'b', '2027-03-10T16:00:00Z', '2027-03-10T17:00:00Z' );
	const c = session( 'c', '2026-12-20T16:00:00Z', '2026-12-20T17:00:00Z', 'cancelled' );
	test.each( [
		[ '2026-12-01T00:00:00Z', '2026-12-10T15:45:00Z' ],
		[ '2026-12-10T15:45:00Z', '2026-12-10T16:00:00Z' ],
		[ '2026-12-10T15:50:00Z', '2026-12-10T16:00:00Z' ],
		[ '2026-12-10T16:00:00Z', '2026-12-10T17:30:00Z' ],
		// The cancelled session moves to "past" when its slot ends.
		[ '2026-12-10T17:30:00Z', '2026-12-20T17:00:00Z' ],
		[ '2026-12-20T17:00:00Z', '2027-03-10T15:45:00Z' ],
		[ '2027-03-10T16:59:59Z', '2027-03-10T17:00:00Z' ]
	] )( 'at %s → %s', ( now, expected ) => {
		expect( nextStateChange( [ b, c, a ], at( now ) ) ).toBe( at( expected ) );
	} );

	test( 'null when nothing will change', () => {
		expect( nextStateChange( [ a, b, c ], at( '2027-03-10T17:00:00Z' ) ) ).toBeNull();
		expect( nextStateChange( [], 0 ) ).toBeNull();
	} );

	test( 'every state seen at the change moments matches sessionState', () => {
		let now = at( '2026-12-01T00:00:00Z' );
		const seen: string[] = [];
		for ( let t: number | null = now; t !== null; t = nextStateChange( [ a ], now ) ) {
			now = t;
			seen.push( sessionState( a, now ) );
		}
		expect( seen ).toEqual( [ 'upcoming', 'starting-soon', 'live', 'past' ] );
	} );
} );
