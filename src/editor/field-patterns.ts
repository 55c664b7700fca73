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
 * How deep `walkFields` goes. The format's deepest field is six levels down
 * (`subteams[0].links[0].label.de`); anything deeper is a field the validator
 * already reports as unknown, and walking it could overflow the stack
 * (a page nested 100,000 levels deep) or build paths of millions of
 * characters.
 */
export const MAX_WALK_DEPTH = 32;

/**
 * Visits `value` and everything inside it, with its path and its pattern,
 * down to MAX_WALK_DEPTH levels.
 *
 * @param value
 * @param path
 * @param pattern
 * @param visit
 * @param depth How deep `value` is (0: the page itself)
 */
export function walkFields( value: Json, path: string, pattern: string, visit: ( value: Json, path: string, pattern: string ) => void, depth = 0 ): void {
	visit( value, path, pattern );
	if ( depth >= MAX_WALK_DEPTH ) {
		return;
	}
	if ( Array.isArray( value ) ) {
		value.forEach( ( item, i ) => walkFields( item, appendIndex( path, i ), pattern + '[]', visit, depth + 1 ) );
	} else if ( isJsonObject( value ) ) {
		for ( const key of Object.keys( value ) ) {
			walkFields( value[ key ] as Json, appendKey( path, key ), appendKey( pattern, key ), visit, depth + 1 );
		}
	}
}
