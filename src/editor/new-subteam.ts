/**
 * The "add a subteam" helper's logic: an id, a name in the page's default
 * language and its responsibilities become a subteam object appended to
 * `subteams` with a minimal edit of the text. Pure.
 */
import { isValidId } from '../data/validator';
import { EditResult, insertArrayItem, setProperty } from '../json/edit';
import { parseWithSourceMap } from '../json/source-map';

export interface NewSubteamInput {
	/** e.g. `trust-and-safety` */
	readonly id: string;
	/** The name, in the page's default language. */
	readonly name: string;
	/** One responsibility per line; blank lines are left out. */
	readonly responsibilities: string;
}

export type NewSubteamError = 'id' | 'id-taken' | 'name';

export type NewSubteamResult =
	| ( EditResult & { readonly ok: true } )
	| { readonly ok: false; readonly error: NewSubteamError }
	/** The page is not JSON: where it first goes wrong. */
	| { readonly ok: false; readonly error: 'not-json'; readonly line: number; readonly column: number }
	/** The page has `subteams` but it is not a list. */
	| { readonly ok: false; readonly message: string };

/** The ids the page's subteams already use. */
function subteamIds( raw: unknown ): string[] {
	const subteams = raw && typeof raw === 'object' && !Array.isArray( raw ) ?
		( raw as { subteams?: unknown } ).subteams : undefined;
	if ( !Array.isArray( subteams ) ) {
		return [];
	}
	return subteams.map( ( s ) => s && typeof s === 'object' ? ( s as { id?: unknown } ).id : undefined )
		.filter( ( id ): id is string => typeof id === 'string' );
}

/**
 * Adds a subteam at the end of `subteams` (creating the list at the end of
 * the page when there is none). The name is written as plain text, which
 * the format reads as the default language; responsibilities likewise.
 *
 * @param text The data page
 * @param input
 */
export function addSubteam( text: string, input: NewSubteamInput ): NewSubteamResult {
	const id = input.id.trim();
	if ( !isValidId( id ) ) {
		return { ok: false, error: 'id' };
	}
	const name = input.name.trim();
	if ( !name ) {
		return { ok: false, error: 'name' };
	}
	const parsed = parseWithSourceMap( text );
	if ( !parsed.ok ) {
		return { ok: false, error: 'not-json', line: parsed.error.line, column: parsed.error.column };
	}
	if ( subteamIds( parsed.value ).includes( id ) ) {
		return { ok: false, error: 'id-taken' };
	}
	const responsibilities = input.responsibilities.split( /\r\n|\n|\r/ )
		.map( ( line ) => line.trim() )
		.filter( ( line ) => line !== '' );
	const subteam = { id, name, responsibilities };
	if ( !parsed.map.has( 'subteams' ) ) {
		const created = setProperty( text, '', 'subteams', [ subteam ] );
		// Select the subteam, not the whole new property.
		if ( created.ok ) {
			const entry = parseWithSourceMap( created.text );
			const at = entry.ok && entry.map.get( 'subteams[0]' );
			return at ? { ...created, range: { start: at.value.start.offset, end: at.value.end.offset } } : created;
		}
		return created;
	}
	return insertArrayItem( text, 'subteams', subteam );
}
