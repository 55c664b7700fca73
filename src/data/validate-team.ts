/**
 * The team itself: name, place in the organisation, lead, about, goals,
 * links. Pure.
 */
import { appendKey } from '../json/path';
import { Goals, Team, TeamLead } from './types';
import { linkList, optionalLink } from './validate-links';
import { Validator } from './validator';

function validateLead( v: Validator, value: unknown, path: string ): TeamLead | undefined {
	const obj = v.object( value, path );
	if ( !obj ) {
		return undefined;
	}
	v.knownKeys( obj, path, [ 'name', 'role', 'link' ] );
	const name = v.string( obj.name, appendKey( path, 'name' ) );
	if ( !name ) {
		return undefined;
	}
	return { name, role: v.optionalText( obj, 'role', path ), link: optionalLink( v, obj, 'link', path ) };
}

function validateGoals( v: Validator, value: unknown, path: string ): Goals | undefined {
	const obj = v.object( value, path );
	if ( !obj ) {
		return undefined;
	}
	v.knownKeys( obj, path, [ 'period', 'intro', 'items', 'link' ] );
	const period = obj.period === undefined ? undefined : v.string( obj.period, appendKey( path, 'period' ) ) || undefined;
	const items = obj.items === undefined ? [] : v.texts( obj.items, appendKey( path, 'items' ) );
	return { period, intro: v.optionalText( obj, 'intro', path ), items, link: optionalLink( v, obj, 'link', path ) };
}

/**
 * The team, or null without a usable name (then nothing can be shown).
 *
 * @param v
 * @param value
 * @param path
 */
export function validateTeam( v: Validator, value: unknown, path: string ): Team | null {
	const obj = v.object( value, path );
	if ( !obj ) {
		return null;
	}
	v.knownKeys( obj, path, [ 'name', 'organisation', 'department', 'lead', 'summary', 'about', 'goals', 'links' ] );
	if ( obj.name === undefined ) {
		v.error( appendKey( path, 'name' ), 'is missing: the team needs a name' );
		return null;
	}
	const name = v.text( obj.name, appendKey( path, 'name' ) );
	if ( !name ) {
		return null;
	}
	return {
		name,
		organisation: v.optionalText( obj, 'organisation', path ),
		department: v.optionalText( obj, 'department', path ),
		lead: obj.lead === undefined ? undefined : validateLead( v, obj.lead, appendKey( path, 'lead' ) ),
		summary: v.optionalText( obj, 'summary', path ),
		about: obj.about === undefined ? [] : v.texts( obj.about, appendKey( path, 'about' ) ),
		goals: obj.goals === undefined ? undefined : validateGoals( v, obj.goals, appendKey( path, 'goals' ) ),
		links: linkList( v, obj, 'links', path )
	};
}
