/**
 * Gadget "crs-team-core" (hidden): renders every placeholder under `root`.
 * Loaded by the "crs-team" loader only on pages that have placeholders.
 *
 * Every placeholder ends `rendered` or `failed`, whatever happens: the data
 * request is bounded (DATA_WAIT_MS), each placeholder is rendered on its own
 * (one that throws is given up, the next ones still render), and anything
 * else that throws leaves the remaining placeholders `failed`, with their
 * fallback content.
 */
import { createCalendarEnvironment } from '../../mw/calendar-environment';
import { currentRenderLanguage, currentTranslationLanguage, currentZone, createRenderContext, isLoggedIn } from '../../mw/environment';
import { userMessagesModule } from '../../mw/render-language';
import { dataTitle, DataPageResults, noTitleReason, requestDataPages } from '../../mw/data-request';
import { HelpTranslateOffer, helpTranslateOffer, hiddenKey } from '../../help-translate/offer';
import { abandon, applyResult, STATE_ATTRIBUTE } from '../../placeholders/apply';
import { findPlaceholders, Placeholder } from '../../placeholders/find';
import type { SyntaxProblem } from '../../data/parse';
import type { JsonParseResult } from '../../json/source-map';

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
		results: placeholders.map( ( p ) => {
			const title = dataTitle( p.source );
			return title ? results.get( title ) : undefined;
		} ),
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

/**
 * The answers for every placeholder: the loader's early request when it
 * covers them all, else (or if it failed) a request of our own.
 *
 * @param placeholders
 * @param early
 */
async function dataFor( placeholders: readonly Placeholder[], early: Promise<DataPageResults> | undefined ): Promise<DataPageResults> {
	const sources = placeholders.map( ( p ) => p.source );
	const covered = ( results: DataPageResults ): boolean => sources.every( ( s ) => {
		const title = dataTitle( s );
		return !title || results.has( title );
	} );
	const earlyResults = early ? await early.catch( () => null ) : null;
	return earlyResults && covered( earlyResults ) ? earlyResults : requestDataPages( sources );
}

async function renderEach( placeholders: readonly Placeholder[], early: Promise<DataPageResults> | undefined ): Promise<void> {
	const loggedIn = isLoggedIn();
	const results = await dataFor( placeholders, early );

	const zone = currentZone();
	const ctx = createRenderContext( currentRenderLanguage(), zone, Date.now(), createCalendarEnvironment( zone ) );
	let sampleNoticeShown = false;
	const reported = new Set<string>();
	for ( const placeholder of placeholders ) {
		const title = dataTitle( placeholder.source );
		const result = title ? results.get( title ) : undefined;
		let state;
		try {
			state = applyResult( ctx, placeholder, result || { kind: 'invalid', title: placeholder.source, reason: noTitleReason( placeholder.source ) }, {
				sampleNotice: !sampleNoticeShown,
				reportProblems: !reported.has( title || placeholder.source ),
				// Only where the wiki's answer says nothing about the user's rights.
				probablyCanEdit: !( result && 'canEdit' in result ) && loggedIn && mw.config.get( 'wgIsProbablyEditable' ) === true,
				locateSyntax
			} );
		} catch ( err ) {
			mw.log.warn( '[crs-team] could not render a placeholder; its own content stays:', err );
			state = abandon( placeholder );
		}
		if ( Array.isArray( placeholder.views ) ) {
			reported.add( title || placeholder.source );
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
export async function renderPlaceholders( root: HTMLElement, early?: Promise<DataPageResults> ): Promise<void> {
	const placeholders = findPlaceholders( root );
	if ( !placeholders.length ) {
		return;
	}
	placeholders.forEach( ( p ) => p.element.setAttribute( STATE_ATTRIBUTE, 'loading' ) );
	try {
		await renderEach( placeholders, early );
	} finally {
		// Whatever went wrong above, no placeholder stays `loading`.
		placeholders.filter( ( p ) => p.element.getAttribute( STATE_ATTRIBUTE ) === 'loading' ).forEach( abandon );
	}
}
