/**
 * The subteam cards. Pure.
 */
import { appendIndex, appendKey } from '../json/path';
import { Subteam } from './types';
import { linkList, optionalLink } from './validate-links';
import { Validator } from './validator';

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
	const id = v.id( obj.id, appendKey( path, 'id' ), ids, 'subteam' );
	const name = obj.name === undefined ?
		( v.error( appendKey( path, 'name' ), 'is missing: a subteam needs a name' ), null ) :
		v.text( obj.name, appendKey( path, 'name' ) );
	const responsibilities = obj.responsibilities === undefined ? [] :
		v.texts( obj.responsibilities, appendKey( path, 'responsibilities' ) );
	if ( !responsibilities.length ) {
		v.warn( appendKey( path, 'responsibilities' ), 'the subteam lists no responsibilities' );
	}
	const optional = {
		summary: v.optionalText( obj, 'summary', path ),
		page: optionalLink( v, obj, 'page', path ),
		contact: optionalLink( v, obj, 'contact', path ),
		links: linkList( v, obj, 'links', path )
	};
	return id && name ? { id, name, responsibilities, ...optional } : null;
}

/**
 * The subteam cards that can be shown; each broken one is reported and dropped.
 *
 * @param v
 * @param value
 * @param path
 */
export function validateSubteams( v: Validator, value: unknown, path: string ): Subteam[] {
	const subteams: Subteam[] = [];
	const ids = new Set<string>();
	( v.list( value, path ) || [] ).forEach( ( item, i ) => {
		const subteam = validateSubteam( v, item, appendIndex( path, i ), ids );
		if ( subteam ) {
			subteams.push( subteam );
		}
	} );
	return subteams;
}
