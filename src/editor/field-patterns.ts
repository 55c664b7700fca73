/**
 * Where the data page's links and translatable texts are, as path patterns:
 * JSON paths (see `json/path.ts`) with every array index written as `[]`.
 * `test/editor/field-patterns.test.ts` derives both lists from
 * `data/team-page.schema.json`, so a field added to the format cannot be
 * forgotten here. Pure.
 */
import { appendIndex, appendKey } from '../json/path';
import { isJsonObject, Json } from '../json/value';

/** Links: a target string, or an object with a `target` (and a `label`). */
export const LINK_PATTERNS: ReadonlySet<string> = new Set( [
	'team.lead.link',
	'team.goals.link',
	'team.links[]',
	'subteams[].page',
	'subteams[].contact',
	'subteams[].links[]',
	'conversationHours.stream',
	'conversationHours.room',
	'conversationHours.notesCategory',
	'conversationHours.earlierNotes[]',
	'conversationHours.sessions[].stream',
	'conversationHours.sessions[].room',
	'conversationHours.sessions[].notes',
	'conversationHours.sessions[].recording'
] );

/** Texts that can be translated: a string, or an object of translations. */
export const TEXT_PATTERNS: ReadonlySet<string> = new Set( [
	'team.name',
	'team.organisation',
	'team.department',
	'team.summary',
	'team.about[]',
	'team.lead.role',
	'team.goals.intro',
	'team.goals.items[]',
	'subteams[].name',
	'subteams[].summary',
	'subteams[].responsibilities[]',
	'conversationHours.description[]',
	'conversationHours.planned[].label',
	'conversationHours.planned[].note',
	'conversationHours.sessions[].title',
	'conversationHours.sessions[].description',
	// A link written as an object may have a label.
	...[ ...LINK_PATTERNS ].map( ( link ) => link + '.label' )
] );

/**
 * Visits `value` and everything inside it, with its path and its pattern.
 *
 * @param value
 * @param path
 * @param pattern
 * @param visit
 */
export function walkFields( value: Json, path: string, pattern: string, visit: ( value: Json, path: string, pattern: string ) => void ): void {
	visit( value, path, pattern );
	if ( Array.isArray( value ) ) {
		value.forEach( ( item, i ) => walkFields( item, appendIndex( path, i ), pattern + '[]', visit ) );
	} else if ( isJsonObject( value ) ) {
		for ( const key of Object.keys( value ) ) {
			walkFields( value[ key ] as Json, appendKey( path, key ), appendKey( pattern, key ), visit );
		}
	}
}
