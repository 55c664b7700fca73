/**
 * Validates the raw JSON of the data page and turns it into the domain model.
 * Pure (no `mw`, no DOM): the reader gadget, the editor and the tests share it.
 *
 * Every problem is reported with its JSON path. A bad session, subteam or
 * link is dropped with an error and the rest still renders; only a page
 * without a usable team name gives `data: null`.
 */
import { describeValue, Validator } from './validator';
import { isLanguageCode } from './language';
import { ValidationResult } from './types';
import { validateConversationHours } from './validate-conversation-hours';
import { validateSubteams } from './validate-subteams';
import { validateTeam } from './validate-team';

const FORMAT_VERSION = 1;

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
			`must be ${ FORMAT_VERSION } (this gadget reads format version ${ FORMAT_VERSION }), not ${ describeValue( root.version ) }` );
		return { data: null, problems: v.problems };
	}
	if ( root.defaultLanguage !== undefined ) {
		if ( typeof root.defaultLanguage === 'string' && isLanguageCode( root.defaultLanguage ) ) {
			v.defaultLanguage = root.defaultLanguage;
		} else {
			v.error( 'defaultLanguage', `must be a language code such as "en", not ${ describeValue( root.defaultLanguage ) }; using en` );
		}
	}
	let sample = false;
	if ( root.sample !== undefined ) {
		if ( typeof root.sample === 'boolean' ) {
			sample = root.sample;
		} else {
			v.error( 'sample', `must be true or false, not ${ describeValue( root.sample ) }` );
		}
	}
	if ( root.team === undefined ) {
		v.error( 'team', 'is missing: the data page needs a "team" object with at least a "name"' );
		return { data: null, problems: v.problems };
	}
	const team = validateTeam( v, root.team, 'team' );
	const subteams = root.subteams === undefined ? [] : validateSubteams( v, root.subteams, 'subteams' );
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
