/**
 * Where a conversation-hours session stands at a given moment ("live now",
 * "starting now", upcoming, past, cancelled, postponed), how a list of
 * sessions splits into the agenda's groups, and when any of that next
 * changes, so the page can update itself without a reload.
 *
 * Pure: the clock is a parameter.
 */
import { Session } from '../data/types';

/**
 * The states a session card can show:
 * - `live`: it has started and not ended ("live now");
 * - `starting-soon`: it starts within {@link STARTING_SOON_MS} ("starting now");
 * - `upcoming`: later than that;
 * - `past`: it has ended;
 * - `cancelled`, `postponed`: by the data's status, whatever the time.
 */
export const SESSION_STATES = [ 'live', 'starting-soon', 'upcoming', 'past', 'cancelled', 'postponed' ] as const;
export type SessionState = typeof SESSION_STATES[number];

/** How long before its start a session counts as "starting now": 15 minutes. */
export const STARTING_SOON_MS = 15 * 60 * 1000;

/**
 * Whether `value` is one of {@link SESSION_STATES}.
 *
 * @param value
 * @return {boolean}
 */
export function isSessionState( value: unknown ): value is SessionState {
	return typeof value === 'string' && ( SESSION_STATES as readonly string[] ).includes( value );
}

/**
 * Whether a session is going ahead (status `scheduled`).
 *
 * @param session
 * @return {boolean}
 */
function isGoingAhead( session: Session ): boolean {
	return session.status !== 'cancelled' && session.status !== 'postponed';
}

/**
 * The state of `session` at `nowMs`. A session is live from its start
 * (inclusive) to its end (exclusive); a session whose end is not after its
 * start is never live.
 *
 * @param session
 * @param nowMs Milliseconds since the epoch.
 * @return {SessionState}
 */
export function sessionState( session: Session, nowMs: number ): SessionState {
	if ( session.status === 'cancelled' ) {
		return 'cancelled';
	}
	if ( session.status === 'postponed' ) {
		return 'postponed';
	}
	if ( nowMs >= session.end && nowMs >= session.start ) {
		return 'past';
	}
	if ( nowMs >= session.start ) {
		return 'live';
	}
	if ( nowMs >= session.start - STARTING_SOON_MS ) {
		return 'starting-soon';
	}
	return 'upcoming';
}

/** The agenda's groups. */
export interface SplitSessions {
	/**
	 * The session to highlight: the live one that started first, else the
	 * first upcoming one going ahead; null when there is none. It is also in
	 * `live` or `upcoming`.
	 */
	readonly next: Session | null;
	/** Sessions going ahead that are running now, earliest start first. */
	readonly live: Session[];
	/**
	 * Sessions not yet over and not live, earliest first: those going ahead
	 * and cancelled or postponed ones (still listed until their slot has
	 * passed, so those who planned to come see the news).
	 */
	readonly upcoming: Session[];
	/** Sessions whose end has passed, most recent first. */
	readonly past: Session[];
}

function byStart( a: Session, b: Session ): number {
	return a.start - b.start || a.end - b.end || ( a.id < b.id ? -1 : a.id > b.id ? 1 : 0 );
}

/**
 * Split sessions into the agenda's groups at `nowMs`. The input is not
 * changed.
 *
 * @param sessions
 * @param nowMs
 * @return {SplitSessions}
 */
export function splitSessions( sessions: readonly Session[], nowMs: number ): SplitSessions {
	const live: Session[] = [];
	const upcoming: Session[] = [];
	const past: Session[] = [];
	for ( const session of sessions ) {
		const over = nowMs >= Math.max( session.start, session.end );
		if ( over ) {
			past.push( session );
		} else if ( isGoingAhead( session ) && nowMs >= session.start ) {
			live.push( session );
		} else {
			upcoming.push( session );
		}
	}
	live.sort( byStart );
	upcoming.sort( byStart );
	past.sort( ( a, b ) => -byStart( a, b ) );
	let next: Session | null = live[ 0 ] || null;
	if ( !next ) {
		for ( const session of upcoming ) {
			if ( isGoingAhead( session ) ) {
				next = session;
				break;
			}
		}
	}
	return { next: next, live: live, upcoming: upcoming, past: past };
}

/**
 * The next moment after `nowMs` at which any session's state changes (a
 * session enters "starting now", goes live, or ends), or null when none will.
 * Cancelled and postponed sessions change only when their slot is over (they
 * move from upcoming to past). Re-render then; note that `setTimeout` cannot
 * wait longer than 2^31−1 ms (about 24.8 days), so clamp long waits.
 *
 * @param sessions
 * @param nowMs
 * @return {number|null}
 */
export function nextStateChange( sessions: readonly Session[], nowMs: number ): number | null {
	let next: number | null = null;
	const consider = ( t: number ): void => {
		if ( t > nowMs && ( next === null || t < next ) ) {
			next = t;
		}
	};
	for ( const session of sessions ) {
		const end = Math.max( session.start, session.end );
		if ( isGoingAhead( session ) ) {
			consider( session.start - STARTING_SOON_MS );
			consider( session.start );
		}
		consider( end );
	}
	return next;
}
