/**
 * Where a translatable text appears on the team page, in words a translator
 * understands ("Subteam Human Rights — responsibility 2") rather than only
 * its JSON path (`subteams[1].responsibilities[1]`). `describePlace` reads
 * the parts from the data, `placeLabel` words them with the editor's
 * messages. Pure.
 */
import { isLanguageCode } from '../data/language';
import { parsePath, PathSegment } from '../json/path';
import { isJsonObject, Json } from '../json/value';
import type { EditorMessageKey, Msg } from '../i18n/editor-messages';

export type PlaceOwner = 'team' | 'subteam' | 'session' | 'planned' | 'conversation-hours';

export interface Place {
	/** The part of the page the text belongs to. */
	readonly owner: PlaceOwner;
	/** The subteam's name or the session's title (or id), in the default language; `` if it has none. */
	readonly ownerName: string;
	/** The owner's position, counting from 1 (subteams, sessions and planned slots). */
	readonly ownerNumber: number;
	/** The field, as its path inside the owner without indexes: `responsibilities`, `links.label`, `lead.role`. */
	readonly field: string;
	/** The text's position in its list, counting from 1; 0 when it is not in a list. */
	readonly number: number;
}

/** The fields every text pattern of `field-patterns.ts` comes to (tied to the messages by a test). */
export const PLACE_FIELDS: readonly string[] = [
	'name', 'organisation', 'department', 'summary', 'about', 'lead.role', 'goals.intro', 'goals.items',
	'lead.link.label', 'goals.link.label', 'links.label', 'responsibilities', 'page.label', 'contact.label',
	'description', 'stream.label', 'room.label', 'notesCategory.label', 'earlierNotes.label',
	'label', 'note', 'title', 'notes.label', 'recording.label'
];

function at( root: Json, segments: readonly PathSegment[] ): Json | undefined {
	let value: Json | undefined = root;
	for ( const segment of segments ) {
		if ( typeof segment === 'number' ) {
			value = Array.isArray( value ) ? value[ segment ] : undefined;
		} else {
			value = isJsonObject( value ) ? value[ segment ] : undefined;
		}
	}
	return value;
}

/** A text's words in the default language (or its first language). */
function textOf( value: Json | undefined, defaultLanguage: string ): string {
	if ( typeof value === 'string' ) {
		return value.trim();
	}
	if ( !isJsonObject( value ) ) {
		return '';
	}
	const own = value[ defaultLanguage ];
	if ( typeof own === 'string' && own.trim() ) {
		return own.trim();
	}
	const first = Object.keys( value ).find( ( k ) => isLanguageCode( k ) && typeof value[ k ] === 'string' );
	return first ? String( value[ first ] ).trim() : '';
}

function ownerOf( segments: readonly PathSegment[] ): { owner: PlaceOwner; depth: number; nameKey?: string } {
	if ( segments[ 0 ] === 'subteams' && typeof segments[ 1 ] === 'number' ) {
		return { owner: 'subteam', depth: 2, nameKey: 'name' };
	}
	if ( segments[ 0 ] === 'conversationHours' && typeof segments[ 2 ] === 'number' ) {
		if ( segments[ 1 ] === 'sessions' ) {
			return { owner: 'session', depth: 3, nameKey: 'title' };
		}
		if ( segments[ 1 ] === 'planned' ) {
			return { owner: 'planned', depth: 3, nameKey: 'label' };
		}
	}
	return { owner: segments[ 0 ] === 'conversationHours' ? 'conversation-hours' : 'team', depth: 1 };
}

/**
 * The parts of a text's place on the page.
 *
 * @param root The parsed data page
 * @param path The text's JSON path (one of `TEXT_PATTERNS`)
 */
export function describePlace( root: Json, path: string ): Place {
	const segments = parsePath( path ) || [];
	const lang = isJsonObject( root ) && typeof root.defaultLanguage === 'string' ? root.defaultLanguage : 'en';
	const { owner, depth, nameKey } = ownerOf( segments );
	let ownerName = '';
	let ownerNumber = 0;
	if ( nameKey ) {
		const ownerValue = at( root, segments.slice( 0, depth ) );
		ownerName = textOf( isJsonObject( ownerValue ) ? ownerValue[ nameKey ] : undefined, lang ) ||
			( isJsonObject( ownerValue ) && typeof ownerValue.id === 'string' ? ownerValue.id : '' );
		ownerNumber = Number( segments[ depth - 1 ] ) + 1;
	}
	const rest = segments.slice( depth );
	const index = [ ...rest ].reverse().find( ( s ) => typeof s === 'number' );
	return {
		owner,
		ownerName,
		ownerNumber,
		field: rest.filter( ( s ) => typeof s === 'string' ).join( '.' ),
		number: typeof index === 'number' ? index + 1 : 0
	};
}

/**
 * The place in words, e.g. "Subteam Human Rights — responsibility 2".
 *
 * @param place
 * @param msg
 */
export function placeLabel( place: Place, msg: Msg ): string {
	const ownerKey = `crs-team-editor-place-${ place.owner }` as EditorMessageKey;
	const owner = msg( ownerKey, place.ownerName || String( place.ownerNumber ) );
	const fieldKey = `crs-team-editor-place-field-${ place.field.replace( /\./g, '-' ).toLowerCase() }` as EditorMessageKey;
	const field = PLACE_FIELDS.includes( place.field ) ? msg( fieldKey, String( place.number ) ) : place.field;
	return msg( 'crs-team-editor-place', owner, field );
}
