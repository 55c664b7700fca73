/**
 * Checks that only make sense while a maintainer edits the data page (the
 * reader gadget does not need them): sessions that took place but still look
 * upcoming, links to wiki pages that do not exist, language codes MediaWiki
 * does not know. Pure: what the wiki knows is passed in.
 *
 * Paths are written like the validator writes them (see src/json/path.ts).
 */
import { parseIsoDateTime } from '../data/dates';
import { parseLinkTarget } from '../data/links';
import type { DataProblem, LanguageCode, LocalisedText, Link, TeamPageData } from '../data/types';
import type { Msg } from '../i18n/editor-messages';
import { appendIndex, appendKey, parsePath } from '../json/path';
import { isJsonObject, Json } from '../json/value';
import { LINK_PATTERNS, walkFields } from './field-patterns';

/** A link to a wiki page, with the path of its target text. */
export interface WikiLinkRef {
	readonly path: string;
	readonly title: string;
}

/**
 * Every link to a wiki page in the raw (parsed, not validated) data page.
 * Links the validator rejects are left to its messages.
 *
 * @param raw
 */
export function wikiLinks( raw: unknown ): WikiLinkRef[] {
	const found: WikiLinkRef[] = [];
	walkFields( raw as Json, '', '', ( value, path, pattern ) => {
		if ( !LINK_PATTERNS.has( pattern ) ) {
			return;
		}
		let target: Json | undefined = value;
		let targetPath = path;
		if ( isJsonObject( value ) ) {
			target = value.target;
			targetPath = appendKey( path, 'target' );
		}
		if ( typeof target !== 'string' ) {
			return;
		}
		const parsed = parseLinkTarget( target );
		if ( 'target' in parsed && parsed.target.kind === 'wiki' ) {
			found.push( { path: targetPath, title: parsed.target.title } );
		}
	} );
	return found;
}

/**
 * Warnings for links to pages that do not exist.
 *
 * @param links From `wikiLinks`
 * @param missing Titles (as written in the links) the wiki says do not exist
 * @param msg
 */
export function missingPageProblems( links: readonly WikiLinkRef[], missing: ReadonlySet<string>, msg: Msg ): DataProblem[] {
	return links
		.filter( ( link ) => missing.has( link.title ) )
		.map( ( link ) => ( {
			path: link.path,
			severity: 'warning' as const,
			message: msg( 'crs-team-editor-check-missing-page', link.title )
		} ) );
}

/**
 * Sessions whose end has passed but that are still "scheduled" (written or
 * by default) and have no notes link: most likely the maintainer forgot to
 * add the notes, or to mark the session cancelled or postponed.
 *
 * @param raw The parsed data page
 * @param now Milliseconds since the epoch
 * @param msg
 */
export function pastSessionProblems( raw: unknown, now: number, msg: Msg ): DataProblem[] {
	const problems: DataProblem[] = [];
	const hours = isJsonObject( raw ) ? raw.conversationHours : undefined;
	const sessions = isJsonObject( hours ) ? hours.sessions : undefined;
	if ( !Array.isArray( sessions ) ) {
		return problems;
	}
	sessions.forEach( ( session, i ) => {
		if ( !isJsonObject( session ) || typeof session.end !== 'string' ) {
			return;
		}
		const status = session.status === undefined ? 'scheduled' : session.status;
		const end = parseIsoDateTime( session.end );
		if ( status !== 'scheduled' || !( 'ms' in end ) || end.ms > now || session.notes !== undefined ) {
			return;
		}
		problems.push( {
			path: appendIndex( 'conversationHours.sessions', i ),
			severity: 'warning',
			message: msg( 'crs-team-editor-check-past-session', session.end )
		} );
	} );
	return problems;
}

function linkTexts( link: Link | undefined ): LocalisedText[] {
	return link && link.label ? [ link.label ] : [];
}

/**
 * Every translatable text of validated data (for language lists).
 *
 * @param data
 */
export function textsOf( data: TeamPageData ): LocalisedText[] {
	const texts: LocalisedText[] = [];
	const add = ( ...items: ( LocalisedText | undefined )[] ): void => {
		for ( const item of items ) {
			if ( item ) {
				texts.push( item );
			}
		}
	};
	const addLinks = ( links: readonly ( Link | undefined )[] ): void => {
		for ( const link of links ) {
			texts.push( ...linkTexts( link ) );
		}
	};
	const { team, subteams, conversationHours: hours } = data;
	add( team.name, team.organisation, team.department, team.summary, ...team.about );
	if ( team.lead ) {
		add( team.lead.role );
		addLinks( [ team.lead.link ] );
	}
	if ( team.goals ) {
		add( team.goals.intro, ...team.goals.items );
		addLinks( [ team.goals.link ] );
	}
	addLinks( team.links );
	for ( const subteam of subteams ) {
		add( subteam.name, subteam.summary, ...subteam.responsibilities );
		addLinks( [ subteam.page, subteam.contact, ...subteam.links ] );
	}
	add( ...hours.description );
	addLinks( [ hours.stream, hours.room, hours.notesCategory, ...hours.earlierNotes ] );
	for ( const slot of hours.planned ) {
		add( slot.label, slot.note );
	}
	for ( const session of hours.sessions ) {
		add( session.title, session.description );
		addLinks( [ session.stream, session.room, session.notes, session.recording ] );
	}
	return texts;
}

/**
 * Where language `code` is first written as a key in the text (or as the
 * default language); `` when not found.
 *
 * @param paths Paths of the source map, in text order
 * @param code
 * @param defaultLanguage
 */
function pathOfLanguage( paths: Iterable<string>, code: LanguageCode, defaultLanguage: LanguageCode ): string {
	if ( code === defaultLanguage ) {
		return 'defaultLanguage';
	}
	for ( const path of paths ) {
		const segments = parsePath( path );
		if ( segments && segments.length > 1 && segments[ segments.length - 1 ] === code ) {
			return path;
		}
	}
	return '';
}

/**
 * Warnings for language codes MediaWiki does not know (the validator only
 * checks their form).
 *
 * @param data Validated data
 * @param paths Paths of the source map, in text order
 * @param known Language codes the wiki knows
 * @param msg
 */
export function unknownLanguageProblems( data: TeamPageData, paths: Iterable<string>, known: ReadonlySet<LanguageCode>, msg: Msg ): DataProblem[] {
	const codes = [ data.defaultLanguage ];
	for ( const text of textsOf( data ) ) {
		for ( const code of Object.keys( text ) ) {
			if ( !codes.includes( code ) ) {
				codes.push( code );
			}
		}
	}
	return codes
		.filter( ( code ) => !known.has( code ) )
		.map( ( code ) => ( {
			path: pathOfLanguage( paths, code, data.defaultLanguage ),
			severity: 'warning' as const,
			message: msg( 'crs-team-editor-check-unknown-language', code )
		} ) );
}
