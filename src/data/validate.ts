/**
 * Validates the raw JSON of the data page and turns it into the domain model.
 * Pure (no `mw`, no DOM): the reader gadget, the editor and the tests share it.
 *
 * Every problem is reported with its JSON path. A bad session, subteam or
 * link is dropped with an error and the rest still renders; only a page
 * without a usable team name gives `data: null`.
 */
import { isLanguageCode } from './language';
import { parseIsoDateTime } from './dates';
import { parseLinkTarget } from './links';
import {
	ConversationHours, DataProblem, Goals, Link, LanguageCode, LocalisedText, PlannedSlot,
	Session, SessionStatus, Subteam, Team, TeamLead, ValidationResult
} from './types';

export const FORMAT_VERSION = 1;
export const SESSION_STATUSES = [ 'scheduled', 'cancelled', 'postponed' ] as const;
export const CADENCES = [ 'weekly', 'monthly', 'quarterly', 'yearly', 'irregular' ] as const;
const ID_RE = /^[a-z0-9](?:[a-z0-9._-]{0,62}[a-z0-9])?$/;

/**
 * Whether `value` is an id the format accepts for a subteam or session:
 * lowercase letters, digits, dots and hyphens, at most 64 characters,
 * starting and ending with a letter or digit.
 *
 * @param value
 */
export function isValidId( value: unknown ): value is string {
	return typeof value === 'string' && ID_RE.test( value );
}
/** Sessions longer than this are almost certainly typos in the end time. */
const LONGEST_SESSION_MS = 12 * 3600 * 1000;

type Json = null | boolean | number | string | Json[] | { [ key: string ]: Json };
type JsonObject = { [ key: string ]: Json };

/**
 * `a.b[2]["odd key"]`: identifiers with dots, other keys quoted.
 *
 * @param parent
 * @param key
 */
export function childPath( parent: string, key: string | number ): string {
	if ( typeof key === 'number' ) {
		return `${ parent }[${ key }]`;
	}
	if ( /^[A-Za-z_$][\w$]*$/.test( key ) ) {
		return parent ? `${ parent }.${ key }` : key;
	}
	return `${ parent }[${ JSON.stringify( key ) }]`;
}

function describe( value: unknown ): string {
	if ( value === null ) {
		return 'null';
	}
	if ( Array.isArray( value ) ) {
		return 'a list';
	}
	if ( typeof value === 'object' ) {
		return 'an object';
	}
	if ( typeof value === 'string' ) {
		return `the text ${ JSON.stringify( value.length > 40 ? value.slice( 0, 40 ) + '…' : value ) }`;
	}
	return `${ typeof value } ${ String( value ) }`;
}

function isObject( value: unknown ): value is JsonObject {
	return typeof value === 'object' && value !== null && !Array.isArray( value );
}

class Validator {
	readonly problems: DataProblem[] = [];

	defaultLanguage: LanguageCode = 'en';

	error( path: string, message: string ): void {
		this.problems.push( { path, message, severity: 'error' } );
	}

	warn( path: string, message: string ): void {
		this.problems.push( { path, message, severity: 'warning' } );
	}

	/**
	 * Warns about properties the format does not know (usually typos).
	 *
	 * @param obj
	 * @param path
	 * @param keys
	 */
	knownKeys( obj: JsonObject, path: string, keys: readonly string[] ): void {
		for ( const key of Object.keys( obj ) ) {
			if ( !keys.includes( key ) ) {
				this.warn( childPath( path, key ), `unknown property "${ key }" is ignored (expected one of: ${ keys.join( ', ' ) })` );
			}
		}
	}

	object( value: unknown, path: string ): JsonObject | null {
		if ( isObject( value ) ) {
			return value;
		}
		this.error( path, `must be an object, not ${ describe( value ) }` );
		return null;
	}

	list( value: unknown, path: string ): Json[] | null {
		if ( Array.isArray( value ) ) {
			return value;
		}
		this.error( path, `must be a list, not ${ describe( value ) }` );
		return null;
	}

	string( value: unknown, path: string ): string | null {
		if ( typeof value === 'string' && value.trim() ) {
			return value.trim();
		}
		this.error( path, typeof value === 'string' ? 'must not be empty' : `must be text, not ${ describe( value ) }` );
		return null;
	}

	text( value: unknown, path: string ): LocalisedText | null {
		if ( typeof value === 'string' ) {
			if ( !value.trim() ) {
				this.error( path, 'must not be empty' );
				return null;
			}
			return { [ this.defaultLanguage ]: value.trim() };
		}
		if ( !isObject( value ) ) {
			this.error( path, `must be text or an object of translations such as {"en": "…", "de": "…"}, not ${ describe( value ) }` );
			return null;
		}
		const result: Record<string, string> = {};
		for ( const lang of Object.keys( value ) ) {
			const p = childPath( path, lang );
			const translation = value[ lang ];
			if ( !isLanguageCode( lang ) ) {
				this.error( p, `"${ lang }" is not a language code (use MediaWiki's codes, such as en, de, pt-br)` );
			} else if ( typeof translation !== 'string' || !translation.trim() ) {
				this.error( p, `the ${ lang } text must be non-empty text, not ${ describe( translation ) }` );
			} else {
				result[ lang ] = translation.trim();
			}
		}
		if ( !Object.keys( result ).length ) {
			if ( !Object.keys( value ).length ) {
				this.error( path, 'has no text in any language' );
			}
			return null;
		}
		if ( !Object.prototype.hasOwnProperty.call( result, this.defaultLanguage ) ) {
			this.warn( path, `has no text in ${ this.defaultLanguage } (the default language); readers whose language is missing see ${ Object.keys( result )[ 0 ] }` );
		}
		return result;
	}

	optionalText( obj: JsonObject, key: string, path: string ): LocalisedText | undefined {
		if ( obj[ key ] === undefined ) {
			return undefined;
		}
		return this.text( obj[ key ], childPath( path, key ) ) || undefined;
	}

	texts( value: unknown, path: string ): LocalisedText[] {
		const list = this.list( value, path );
		if ( !list ) {
			return [];
		}
		const result: LocalisedText[] = [];
		list.forEach( ( item, i ) => {
			const text = this.text( item, childPath( path, i ) );
			if ( text ) {
				result.push( text );
			}
		} );
		return result;
	}

	link( value: unknown, path: string ): Link | null {
		let targetText: unknown = value;
		let label: LocalisedText | undefined;
		if ( isObject( value ) ) {
			this.knownKeys( value, path, [ 'target', 'label' ] );
			targetText = value.target;
			if ( value.label !== undefined ) {
				label = this.text( value.label, childPath( path, 'label' ) ) || undefined;
			}
			if ( targetText === undefined ) {
				this.error( childPath( path, 'target' ), 'is missing: a link needs a page title or an http(s) URL' );
				return null;
			}
			path = childPath( path, 'target' );
		}
		if ( typeof targetText !== 'string' ) {
			this.error( path, `must be a page title or an http(s) URL, not ${ describe( targetText ) }` );
			return null;
		}
		const parsed = parseLinkTarget( targetText );
		if ( 'error' in parsed ) {
			this.error( path, parsed.error );
			return null;
		}
		return label ? { target: parsed.target, label } : { target: parsed.target };
	}

	optionalLink( obj: JsonObject, key: string, path: string ): Link | undefined {
		if ( obj[ key ] === undefined ) {
			return undefined;
		}
		return this.link( obj[ key ], childPath( path, key ) ) || undefined;
	}

	links( obj: JsonObject, key: string, path: string ): Link[] {
		if ( obj[ key ] === undefined ) {
			return [];
		}
		const list = this.list( obj[ key ], childPath( path, key ) );
		if ( !list ) {
			return [];
		}
		const result: Link[] = [];
		list.forEach( ( item, i ) => {
			const link = this.link( item, childPath( childPath( path, key ), i ) );
			if ( link ) {
				result.push( link );
			}
		} );
		return result;
	}
}

function validateLead( v: Validator, value: unknown, path: string ): TeamLead | undefined {
	const obj = v.object( value, path );
	if ( !obj ) {
		return undefined;
	}
	v.knownKeys( obj, path, [ 'name', 'role', 'link' ] );
	const name = v.string( obj.name, childPath( path, 'name' ) );
	if ( !name ) {
		return undefined;
	}
	return { name, role: v.optionalText( obj, 'role', path ), link: v.optionalLink( obj, 'link', path ) };
}

function validateGoals( v: Validator, value: unknown, path: string ): Goals | undefined {
	const obj = v.object( value, path );
	if ( !obj ) {
		return undefined;
	}
	v.knownKeys( obj, path, [ 'period', 'intro', 'items', 'link' ] );
	const period = obj.period === undefined ? undefined : v.string( obj.period, childPath( path, 'period' ) ) || undefined;
	const items = obj.items === undefined ? [] : v.texts( obj.items, childPath( path, 'items' ) );
	return { period, intro: v.optionalText( obj, 'intro', path ), items, link: v.optionalLink( obj, 'link', path ) };
}

function validateTeam( v: Validator, value: unknown, path: string ): Team | null {
	const obj = v.object( value, path );
	if ( !obj ) {
		return null;
	}
	v.knownKeys( obj, path, [ 'name', 'organisation', 'department', 'lead', 'summary', 'about', 'goals', 'links' ] );
	if ( obj.name === undefined ) {
		v.error( childPath( path, 'name' ), 'is missing: the team needs a name' );
		return null;
	}
	const name = v.text( obj.name, childPath( path, 'name' ) );
	if ( !name ) {
		return null;
	}
	return {
		name,
		organisation: v.optionalText( obj, 'organisation', path ),
		department: v.optionalText( obj, 'department', path ),
		lead: obj.lead === undefined ? undefined : validateLead( v, obj.lead, childPath( path, 'lead' ) ),
		summary: v.optionalText( obj, 'summary', path ),
		about: obj.about === undefined ? [] : v.texts( obj.about, childPath( path, 'about' ) ),
		goals: obj.goals === undefined ? undefined : validateGoals( v, obj.goals, childPath( path, 'goals' ) ),
		links: v.links( obj, 'links', path )
	};
}

function validateId( v: Validator, value: unknown, path: string, seen: Set<string>, what: string ): string | null {
	if ( !isValidId( value ) ) {
		v.error( path, `must be an identifier of lowercase letters, digits, dots and hyphens (such as "2026-12" or "trust-and-safety"), not ${ describe( value ) }` );
		return null;
	}
	if ( seen.has( value ) ) {
		v.error( path, `"${ value }" is already the id of another ${ what }; ids must be unique` );
		return null;
	}
	seen.add( value );
	return value;
}

/**
 * A subteam card, or null when it lacks what a card needs (id, name). Broken
 * optional parts (a bad link, one bad responsibility) are reported and left
 * out; the card stays.
 */
function validateSubteam( v: Validator, value: unknown, path: string, ids: Set<string> ): Subteam | null {
	const obj = v.object( value, path );
	if ( !obj ) {
		return null;
	}
	v.knownKeys( obj, path, [ 'id', 'name', 'summary', 'responsibilities', 'page', 'contact', 'links' ] );
	const id = validateId( v, obj.id, childPath( path, 'id' ), ids, 'subteam' );
	const name = obj.name === undefined ?
		( v.error( childPath( path, 'name' ), 'is missing: a subteam needs a name' ), null ) :
		v.text( obj.name, childPath( path, 'name' ) );
	const responsibilities = obj.responsibilities === undefined ? [] :
		v.texts( obj.responsibilities, childPath( path, 'responsibilities' ) );
	if ( !responsibilities.length ) {
		v.warn( childPath( path, 'responsibilities' ), 'the subteam lists no responsibilities' );
	}
	const optional = {
		summary: v.optionalText( obj, 'summary', path ),
		page: v.optionalLink( obj, 'page', path ),
		contact: v.optionalLink( obj, 'contact', path ),
		links: v.links( obj, 'links', path )
	};
	return id && name ? { id, name, responsibilities, ...optional } : null;
}

function sessionTimes( v: Validator, obj: JsonObject, path: string ): { start: number; end: number } | null {
	const times: { start?: number; end?: number } = {};
	for ( const key of [ 'start', 'end' ] as const ) {
		const p = childPath( path, key );
		const raw = obj[ key ];
		if ( raw === undefined ) {
			v.error( p, `is missing: a session needs its ${ key } date and time` );
		} else if ( typeof raw !== 'string' ) {
			v.error( p, `must be a date and time such as "2026-12-10T16:00:00Z", not ${ describe( raw ) }` );
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
		v.error( childPath( path, 'end' ), 'must be after the start' );
		return null;
	}
	if ( times.end - times.start > LONGEST_SESSION_MS ) {
		v.warn( childPath( path, 'end' ), 'the session lasts more than 12 hours; is the end right?' );
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
	const id = validateId( v, obj.id, childPath( path, 'id' ), ids, 'session' );
	const times = sessionTimes( v, obj, path );
	let status: SessionStatus | null = 'scheduled';
	if ( obj.status !== undefined ) {
		if ( typeof obj.status === 'string' && ( SESSION_STATUSES as readonly string[] ).includes( obj.status ) ) {
			status = obj.status as SessionStatus;
		} else {
			v.error( childPath( path, 'status' ), `must be one of ${ SESSION_STATUSES.join( ', ' ) }, not ${ describe( obj.status ) }` );
			status = null;
		}
	}
	let sequence: number | null = 0;
	if ( obj.sequence !== undefined ) {
		if ( typeof obj.sequence === 'number' && Number.isInteger( obj.sequence ) && obj.sequence >= 0 && obj.sequence <= MAX_SEQUENCE ) {
			sequence = obj.sequence;
		} else {
			v.error( childPath( path, 'sequence' ), `must be a whole number from 0 to ${ MAX_SEQUENCE } (an iCalendar SEQUENCE), not ${ describe( obj.sequence ) }` );
			sequence = null;
		}
	}
	const optional = {
		title: v.optionalText( obj, 'title', path ),
		description: v.optionalText( obj, 'description', path ),
		stream: v.optionalLink( obj, 'stream', path ),
		room: v.optionalLink( obj, 'room', path ),
		notes: v.optionalLink( obj, 'notes', path ),
		recording: v.optionalLink( obj, 'recording', path )
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
		( v.error( childPath( path, 'label' ), 'is missing: say when, such as "Q1 2027"' ), null ) :
		v.text( obj.label, childPath( path, 'label' ) );
	return label ? { label, note: v.optionalText( obj, 'note', path ) } : null;
}

function validateConversationHours( v: Validator, value: unknown, path: string ): ConversationHours {
	const empty: ConversationHours = { description: [], earlierNotes: [], planned: [], sessions: [] };
	const obj = v.object( value, path );
	if ( !obj ) {
		return empty;
	}
	v.knownKeys( obj, path, [ 'description', 'cadence', 'stream', 'room', 'notesCategory', 'earlierNotes', 'planned', 'sessions' ] );
	let cadence: ConversationHours[ 'cadence' ];
	if ( obj.cadence !== undefined ) {
		if ( typeof obj.cadence === 'string' && ( CADENCES as readonly string[] ).includes( obj.cadence ) ) {
			cadence = obj.cadence as ConversationHours[ 'cadence' ];
		} else {
			v.error( childPath( path, 'cadence' ), `must be one of ${ CADENCES.join( ', ' ) }, not ${ describe( obj.cadence ) }` );
		}
	}
	const planned: PlannedSlot[] = [];
	if ( obj.planned !== undefined ) {
		( v.list( obj.planned, childPath( path, 'planned' ) ) || [] ).forEach( ( item, i ) => {
			const slot = validatePlanned( v, item, childPath( childPath( path, 'planned' ), i ) );
			if ( slot ) {
				planned.push( slot );
			}
		} );
	}
	const sessions: Session[] = [];
	const ids = new Set<string>();
	if ( obj.sessions !== undefined ) {
		( v.list( obj.sessions, childPath( path, 'sessions' ) ) || [] ).forEach( ( item, i ) => {
			const session = validateSession( v, item, childPath( childPath( path, 'sessions' ), i ), ids );
			if ( session ) {
				sessions.push( session );
			}
		} );
	}
	return {
		description: obj.description === undefined ? [] : v.texts( obj.description, childPath( path, 'description' ) ),
		cadence,
		stream: v.optionalLink( obj, 'stream', path ),
		room: v.optionalLink( obj, 'room', path ),
		notesCategory: v.optionalLink( obj, 'notesCategory', path ),
		earlierNotes: v.links( obj, 'earlierNotes', path ),
		planned,
		sessions
	};
}

/**
 * Checks the parsed JSON of a data page. `data` is null only when nothing
 * can be shown (not an object, unknown version, no team name).
 *
 * @param raw
 */
export function validateTeamData( raw: unknown ): ValidationResult {
	const v = new Validator();
	const root = v.object( raw, '' );
	if ( !root ) {
		return { data: null, problems: v.problems };
	}
	v.knownKeys( root, '', [ '$schema', 'version', 'sample', 'defaultLanguage', 'team', 'subteams', 'conversationHours' ] );
	if ( root.version !== FORMAT_VERSION ) {
		v.error( 'version', root.version === undefined ?
			`is missing: write "version": ${ FORMAT_VERSION }` :
			`must be ${ FORMAT_VERSION } (this gadget reads format version ${ FORMAT_VERSION }), not ${ describe( root.version ) }` );
		return { data: null, problems: v.problems };
	}
	if ( root.defaultLanguage !== undefined ) {
		if ( typeof root.defaultLanguage === 'string' && isLanguageCode( root.defaultLanguage ) ) {
			v.defaultLanguage = root.defaultLanguage;
		} else {
			v.error( 'defaultLanguage', `must be a language code such as "en", not ${ describe( root.defaultLanguage ) }; using en` );
		}
	}
	let sample = false;
	if ( root.sample !== undefined ) {
		if ( typeof root.sample === 'boolean' ) {
			sample = root.sample;
		} else {
			v.error( 'sample', `must be true or false, not ${ describe( root.sample ) }` );
		}
	}
	if ( root.team === undefined ) {
		v.error( 'team', 'is missing: the data page needs a "team" object with at least a "name"' );
		return { data: null, problems: v.problems };
	}
	const team = validateTeam( v, root.team, 'team' );
	const subteams: Subteam[] = [];
	if ( root.subteams !== undefined ) {
		const ids = new Set<string>();
		( v.list( root.subteams, 'subteams' ) || [] ).forEach( ( item, i ) => {
			const subteam = validateSubteam( v, item, childPath( 'subteams', i ), ids );
			if ( subteam ) {
				subteams.push( subteam );
			}
		} );
	}
	const conversationHours = root.conversationHours === undefined ?
		{ description: [], earlierNotes: [], planned: [], sessions: [] } :
		validateConversationHours( v, root.conversationHours, 'conversationHours' );
	if ( !team ) {
		return { data: null, problems: v.problems };
	}
	return {
		data: { defaultLanguage: v.defaultLanguage, sample, team, subteams, conversationHours },
		problems: v.problems
	};
}
