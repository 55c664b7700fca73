/**
 * The conversation hours: description, cadence, planned slots and sessions.
 * A session with a wrong time is dropped rather than shown at a wrong time.
 * Pure.
 */
import { parseIsoDateTime } from './dates';
import { appendIndex, appendKey } from '../json/path';
import { JsonObject } from '../json/value';
import { ConversationHours, PlannedSlot, Session, SessionStatus } from './types';
import { linkList, optionalLink } from './validate-links';
import { describeValue, Validator } from './validator';

const SESSION_STATUSES = [ 'scheduled', 'cancelled', 'postponed' ] as const;
const CADENCES = [ 'weekly', 'monthly', 'quarterly', 'yearly', 'irregular' ] as const;
/** Sessions longer than this are almost certainly typos in the end time. */
const LONGEST_SESSION_MS = 12 * 3600 * 1000;

function sessionTimes( v: Validator, obj: JsonObject, path: string ): { start: number; end: number } | null {
	const times: { start?: number; end?: number } = {};
	for ( const key of [ 'start', 'end' ] as const ) {
		const p = appendKey( path, key );
		const raw = obj[ key ];
		if ( raw === undefined ) {
			v.error( p, `is missing: a session needs its ${ key } date and time` );
		} else if ( typeof raw !== 'string' ) {
			v.error( p, `must be a date and time such as "2026-12-10T16:00:00Z", not ${ describeValue( raw ) }` );
		} else {
			const parsed = parseIsoDateTime( raw );
			if ( 'error' in parsed ) {
				v.error( p, parsed.error );
			} else {
				times[ key ] = parsed.ms;
			}
		}
	}
	if ( times.start === undefined || times.end === undefined ) {
		return null;
	}
	if ( times.end <= times.start ) {
		v.error( appendKey( path, 'end' ), 'must be after the start' );
		return null;
	}
	if ( times.end - times.start > LONGEST_SESSION_MS ) {
		v.warn( appendKey( path, 'end' ), 'the session lasts more than 12 hours; is the end right?' );
	}
	return { start: times.start, end: times.end };
}

/** The largest iCalendar INTEGER (RFC 5545, 3.3.8), so a SEQUENCE. */
const MAX_SEQUENCE = 2147483647;

/**
 * A session, or null when its id, times, status or sequence are wrong: showing
 * it at a wrong time, or as held when it was cancelled, would mislead. Broken
 * optional parts (a bad link) are reported and left out; the session stays.
 */
function validateSession( v: Validator, value: unknown, path: string, ids: Set<string> ): Session | null {
	const obj = v.object( value, path );
	if ( !obj ) {
		return null;
	}
	v.knownKeys( obj, path, [ 'id', 'title', 'description', 'start', 'end', 'status', 'sequence', 'stream', 'room', 'notes', 'recording' ] );
	const id = v.id( obj.id, appendKey( path, 'id' ), ids, 'session' );
	const times = sessionTimes( v, obj, path );
	let status: SessionStatus | null = 'scheduled';
	if ( obj.status !== undefined ) {
		if ( typeof obj.status === 'string' && ( SESSION_STATUSES as readonly string[] ).includes( obj.status ) ) {
			status = obj.status as SessionStatus;
		} else {
			v.error( appendKey( path, 'status' ), `must be one of ${ SESSION_STATUSES.join( ', ' ) }, not ${ describeValue( obj.status ) }` );
			status = null;
		}
	}
	let sequence: number | null = 0;
	if ( obj.sequence !== undefined ) {
		if ( typeof obj.sequence === 'number' && Number.isInteger( obj.sequence ) && obj.sequence >= 0 && obj.sequence <= MAX_SEQUENCE ) {
			sequence = obj.sequence;
		} else {
			v.error( appendKey( path, 'sequence' ), `must be a whole number from 0 to ${ MAX_SEQUENCE } (an iCalendar SEQUENCE), not ${ describeValue( obj.sequence ) }` );
			sequence = null;
		}
	}
	const optional = {
		title: v.optionalText( obj, 'title', path ),
		description: v.optionalText( obj, 'description', path ),
		stream: optionalLink( v, obj, 'stream', path ),
		room: optionalLink( v, obj, 'room', path ),
		notes: optionalLink( v, obj, 'notes', path ),
		recording: optionalLink( v, obj, 'recording', path )
	};
	if ( !id || !times || status === null || sequence === null ) {
		return null;
	}
	return {
		id,
		start: times.start,
		end: times.end,
		startText: String( obj.start ),
		endText: String( obj.end ),
		status,
		sequence,
		...optional
	};
}

function validatePlanned( v: Validator, value: unknown, path: string ): PlannedSlot | null {
	const obj = v.object( value, path );
	if ( !obj ) {
		return null;
	}
	v.knownKeys( obj, path, [ 'label', 'note' ] );
	const label = obj.label === undefined ?
		( v.error( appendKey( path, 'label' ), 'is missing: say when, such as "Q1 2027"' ), null ) :
		v.text( obj.label, appendKey( path, 'label' ) );
	return label ? { label, note: v.optionalText( obj, 'note', path ) } : null;
}

/**
 * A year (1000 to 9999), or undefined when absent or wrong (an error then).
 *
 * @param v
 * @param value
 * @param path
 */
function yearValue( v: Validator, value: unknown, path: string ): number | undefined {
	if ( value === undefined ) {
		return undefined;
	}
	if ( typeof value === 'number' && Number.isInteger( value ) && value >= 1000 && value <= 9999 ) {
		return value;
	}
	v.error( path, `must be a year such as 2022, not ${ describeValue( value ) }` );
	return undefined;
}

/**
 * The conversation hours; only the broken sessions and slots are dropped.
 *
 * @param v
 * @param value
 * @param path
 */
export function validateConversationHours( v: Validator, value: unknown, path: string ): ConversationHours {
	const empty: ConversationHours = { description: [], earlierNotes: [], planned: [], sessions: [] };
	const obj = v.object( value, path );
	if ( !obj ) {
		return empty;
	}
	v.knownKeys( obj, path, [ 'description', 'cadence', 'stream', 'room', 'notesCategory', 'earlierNotesUntil', 'earlierNotes', 'planned', 'sessions' ] );
	let cadence: ConversationHours[ 'cadence' ];
	if ( obj.cadence !== undefined ) {
		if ( typeof obj.cadence === 'string' && ( CADENCES as readonly string[] ).includes( obj.cadence ) ) {
			cadence = obj.cadence as ConversationHours[ 'cadence' ];
		} else {
			v.error( appendKey( path, 'cadence' ), `must be one of ${ CADENCES.join( ', ' ) }, not ${ describeValue( obj.cadence ) }` );
		}
	}
	const planned: PlannedSlot[] = [];
	if ( obj.planned !== undefined ) {
		( v.list( obj.planned, appendKey( path, 'planned' ) ) || [] ).forEach( ( item, i ) => {
			const slot = validatePlanned( v, item, appendIndex( appendKey( path, 'planned' ), i ) );
			if ( slot ) {
				planned.push( slot );
			}
		} );
	}
	const sessions: Session[] = [];
	const ids = new Set<string>();
	if ( obj.sessions !== undefined ) {
		( v.list( obj.sessions, appendKey( path, 'sessions' ) ) || [] ).forEach( ( item, i ) => {
			const session = validateSession( v, item, appendIndex( appendKey( path, 'sessions' ), i ), ids );
			if ( session ) {
				sessions.push( session );
			}
		} );
	}
	return {
		description: obj.description === undefined ? [] : v.texts( obj.description, appendKey( path, 'description' ) ),
		cadence,
		stream: optionalLink( v, obj, 'stream', path ),
		room: optionalLink( v, obj, 'room', path ),
		notesCategory: optionalLink( v, obj, 'notesCategory', path ),
		earlierNotesUntil: yearValue( v, obj.earlierNotesUntil, appendKey( path, 'earlierNotesUntil' ) ),
		earlierNotes: linkList( v, obj, 'earlierNotes', path ),
		planned,
		sessions
	};
}
