/**
 * A RenderContext in jsdom with the real interface messages (i18n/*.json,
 * formatted like mw.message#text) for the render tests, and team data read
 * through the real validator.
 */
import type { ProblemViews } from '../../src/placeholders/apply';
import { renderFailure, renderProblems } from '../../src/render/problems';
import { LazyPart, loadedPart } from '../../src/render/lazy';
import { directionOf, fallbackChain } from '../../src/data/language';
import { LanguageCode, TeamPageData } from '../../src/data/types';
import { dateStyle } from '../../src/i18n/all-languages';
import { validateTeamData } from '../../src/data/validate';
import { MessageKey, messagesFor } from '../../src/i18n/messages';
import { RenderContext } from '../../src/render/context';
import { UTC_ZONE } from '../../src/time/zones';
import { formatMessage } from './mw-fake';

/**
 * A context rendering in `lang`; wiki pages link to `/wiki/Title`.
 *
 * @param lang
 * @param overrides
 */
export function renderContext( lang: LanguageCode = 'en', overrides: Partial<RenderContext> = {} ): RenderContext {
	const chain = fallbackChain( lang );
	const { messages, languages } = messagesFor( chain );
	return {
		doc: document,
		lang,
		dir: directionOf( lang ),
		chain,
		defaultLanguage: 'en',
		msg: ( key: MessageKey, ...params: ( string | number )[] ) => {
			const text = messages[ key ];
			if ( text === undefined ) {
				throw new Error( `no message ${ key }` );
			}
			return formatMessage( text, params.map( String ) );
		},
		msgLanguage: ( key: MessageKey ) => languages[ key ] || 'en',
		wikiUrl: ( title: string, query?: Record<string, string> ) => '/wiki/' + encodeURIComponent( title.replace( / /g, '_' ) ) +
			( query ? '?' + new URLSearchParams( query ).toString() : '' ),
		zone: UTC_ZONE,
		dates: dateStyle( lang ),
		now: Date.parse( '2026-11-23T12:00:00Z' ),
		...overrides
	};
}

/**
 * Team data as the validator reads it from `page` (version 1 added), with the
 * problems it found.
 *
 * @param page A data page without `version`
 */
export function readTeamData( page: Record<string, unknown> ): { data: TeamPageData; problems: string[] } {
	const { data, problems } = validateTeamData( { version: 1, ...page } );
	if ( !data ) {
		throw new Error( 'unusable test data: ' + problems.map( ( p ) => `${ p.path }: ${ p.message }` ).join( '; ' ) );
	}
	return { data, problems: problems.map( ( p ) => p.path ) };
}

/**
 * The problem reports as a part already loaded (on the wiki: the
 * crs-team-problems gadget, loaded when a report is shown).
 *
 * @return {LazyPart}
 */
export function problemsPart(): LazyPart<ProblemViews> {
	return loadedPart<ProblemViews>( { renderFailure, renderProblems } );
}
