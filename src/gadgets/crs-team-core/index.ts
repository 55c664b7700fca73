/**
 * Gadget "crs-team-core" (hidden): renders every placeholder under `root`.
 * Loaded by the "crs-team" loader only on pages that have placeholders.
 *
 * Every placeholder ends `rendered` or `failed`, whatever happens: the data
 * request is bounded (DATA_WAIT_MS), each placeholder is rendered on its own
 * (one that throws is given up, the next ones still render), and anything
 * else that throws leaves the remaining placeholders `failed`, with their
 * fallback content.
 *
 * Parts a reader may never use load on first use from hidden gadgets that
 * take the shared code from this one (`shared`): crs-team-calendar-tools
 * and crs-team-problems (render/lazy.ts, mw/lazy-gadgets.ts).
 */
import { createCalendarEnvironment } from '../../mw/calendar-environment';
import { currentRenderLanguage, currentTranslationLanguage, currentZone, createRenderContext, isLoggedIn } from '../../mw/environment';
import { DataPageResults, noTitleReason, requestDataPages, resultFor } from '../../mw/data-request';
import type { EarlyRequest } from '../../mw/data-query';
import { userMessagesModule } from '../../mw/render-language';
import { loadLanguageModules } from '../../mw/language-pack';
import { HelpTranslateOffer, helpTranslateOffer, hiddenKey } from '../../help-translate/offer';
import { abandon, applyResult, ProblemViews, STATE_ATTRIBUTE } from '../../placeholders/apply';
import { gadgetPart, PROBLEMS_MODULE } from '../../mw/lazy-gadgets';
import { findPlaceholders, Placeholder } from '../../placeholders/find';
import { nextTask } from '../../placeholders/next-task';
import type { SyntaxProblem } from '../../data/parse';
import type { JsonParseResult } from '../../json/source-map';

/**
 * Marks a step of the critical path for the page benchmark
 * (build/bench/waterfall.ts): `crs-team-core`, `crs-team-render`, `crs-team-rendered`.
 *
 * @param name
 */
function mark( name: string ): void {
	if ( typeof performance !== 'undefined' && typeof performance.mark === 'function' ) {
		performance.mark( name );
	}
}
mark( 'crs-team-core' );

/** The locating JSON parser, loaded only to report a syntax error the browser did not place. */
const SYNTAX_MODULE = 'ext.gadget.crs-team-syntax';

/**
 * Line, column and a plain-language reason of a syntax error, by the
 * project's own parser (src/json/source-map.ts), loaded on first use.
 *
 * @param text
 */
function locateSyntax( text: string ): Promise<SyntaxProblem | null> {
	return Promise.resolve( mw.loader.using( SYNTAX_MODULE ) ).then( ( req ) => {
		const parsed = ( req( SYNTAX_MODULE ) as { parseWithSourceMap( text: string ): JsonParseResult } ).parseWithSourceMap( text );
		return parsed.ok ? null : { message: parsed.error.message, line: parsed.error.line, column: parsed.error.column };
	} );
}

/** The "help translate" line, loaded after the page has rendered (only for people it is offered to). */
const HELP_MODULE = 'ext.gadget.crs-team-help-translate';

interface HelpModule {
	showHelpTranslate( anchor: HTMLElement, offer: HelpTranslateOffer ): void;
}

/**
 * On a translation page, offers a logged-in user who can edit the data page
 * the "help translate" line: the decision costs no request (the data
 * request already asked whether they can edit), and the line's own module
 * loads only then, after the views have rendered.
 *
 * @param placeholders
 * @param results
 */
function offerHelpTranslate( placeholders: readonly Placeholder[], results: DataPageResults ): void {
	const offer = helpTranslateOffer( {
		loggedIn: isLoggedIn(),
		language: currentTranslationLanguage(),
		results: placeholders.map( ( p ) => resultFor( results, p.source ) ),
		isHidden: ( lang ) => !!mw.storage.get( hiddenKey( lang ) )
	} );
	const anchor = offer && placeholders[ offer.index ];
	if ( !offer || !anchor ) {
		return;
	}
	// With the user's messages gadget (usually loaded already): the line's texts.
	mw.loader.using( [ HELP_MODULE, userMessagesModule() ] ).then( ( req ) => {
		( req( HELP_MODULE ) as HelpModule ).showHelpTranslate( anchor.element, offer );
	} ).catch( ( err: unknown ) => {
		mw.log.warn( '[crs-team] could not show the "help translate" line:', err );
	} );
}

async function renderEach( placeholders: readonly Placeholder[], early: EarlyRequest | null | undefined ): Promise<void> {
	const loggedIn = isLoggedIn();
	const lang = currentRenderLanguage();
	// The messages gadget the loader could not guess (rare), beside the data request.
	const [ results ] = await Promise.all( [ requestDataPages( placeholders.map( ( p ) => p.source ), early ), loadLanguageModules( lang ) ] );
	mark( 'crs-team-render' );

	const zone = currentZone();
	const ctx = createRenderContext( lang, zone, Date.now(), createCalendarEnvironment( zone ) );
	let sampleNoticeShown = false;
	const reported = new Set<string>();
	const problems = gadgetPart<ProblemViews>( PROBLEMS_MODULE );
	for ( const placeholder of placeholders ) {
		// Each placeholder in a task of its own (the first apart from the
		// renderer's start-up): no task runs long, even on a slow phone.
		await nextTask();
		const result = resultFor( results, placeholder.source );
		// Placeholders of one data page, however its title is written, report its problems once.
		const key = result ? result.title : placeholder.source;
		let state;
		try {
			state = applyResult( ctx, placeholder, result || { kind: 'invalid', title: placeholder.source, reason: noTitleReason( placeholder.source ) }, {
				sampleNotice: !sampleNoticeShown,
				reportProblems: !reported.has( key ),
				// Only where the wiki's answer says nothing about the user's rights.
				probablyCanEdit: !( result && 'canEdit' in result ) && loggedIn && mw.config.get( 'wgIsProbablyEditable' ) === true,
				locateSyntax,
				problems
			} );
		} catch ( err ) {
			mw.log.warn( '[crs-team] could not render a placeholder; its own content stays:', err );
			state = abandon( placeholder );
		}
		if ( Array.isArray( placeholder.views ) ) {
			reported.add( key );
		}
		if ( state === 'rendered' ) {
			sampleNoticeShown = true;
		}
	}
	try {
		offerHelpTranslate( placeholders, results );
	} catch ( err ) {
		mw.log.warn( '[crs-team] could not offer the "help translate" line:', err );
	}
}

/**
 * Renders every placeholder under `root`.
 *
 * @param root
 * @param early The data request the loader started for these placeholders, if any.
 */
export async function renderPlaceholders( root: HTMLElement, early?: EarlyRequest | null ): Promise<void> {
	const placeholders = findPlaceholders( root );
	if ( !placeholders.length ) {
		return;
	}
	placeholders.forEach( ( p ) => p.element.setAttribute( STATE_ATTRIBUTE, 'loading' ) );
	try {
		await renderEach( placeholders, early );
		mark( 'crs-team-rendered' );
	} finally {
		// Whatever went wrong above, no placeholder stays `loading`.
		placeholders.filter( ( p ) => p.element.getAttribute( STATE_ATTRIBUTE ) === 'loading' ).forEach( abandon );
	}
}

/** The modules the gadgets loaded on first use take from this one (build/shared-modules.ts). */
export { shared } from './shared';
