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
import { currentRenderLanguage, currentZone, createRenderContext, isLoggedIn } from '../../mw/environment';
import { loadDataPages } from '../../mw/load-data-pages';
import { abandon, applyResult, STATE_ATTRIBUTE } from '../../placeholders/apply';
import { findPlaceholders, Placeholder } from '../../placeholders/find';

async function renderEach( placeholders: readonly Placeholder[] ): Promise<void> {
	// Normalise titles so "Module:X/data.json" and "module:X/data.json" share a request.
	const titleOf = ( source: string ): string | null => {
		const title = mw.Title.newFromText( source );
		return title ? title.getPrefixedText() : null;
	};
	const titles = placeholders.map( ( p ) => titleOf( p.source ) ).filter( ( t ): t is string => !!t );
	const loggedIn = isLoggedIn();
	const results = await loadDataPages( new mw.Api(), titles, { checkEdit: loggedIn } );

	const zone = currentZone();
	const ctx = createRenderContext( currentRenderLanguage(), zone, Date.now(), createCalendarEnvironment( zone ) );
	let sampleNoticeShown = false;
	const reported = new Set<string>();
	for ( const placeholder of placeholders ) {
		const title = titleOf( placeholder.source );
		const result = title ? results.get( title ) : undefined;
		let state;
		try {
			state = applyResult( ctx, placeholder, result || { kind: 'invalid', title: placeholder.source, reason: 'invalid title' }, {
				sampleNotice: !sampleNoticeShown,
				reportProblems: !reported.has( title || placeholder.source ),
				probablyCanEdit: result !== undefined && result.kind === 'timeout' && loggedIn && mw.config.get( 'wgIsProbablyEditable' ) === true
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
}

export async function renderPlaceholders( root: HTMLElement ): Promise<void> {
	const placeholders = findPlaceholders( root );
	if ( !placeholders.length ) {
		return;
	}
	placeholders.forEach( ( p ) => p.element.setAttribute( STATE_ATTRIBUTE, 'loading' ) );
	try {
		await renderEach( placeholders );
	} finally {
		// Whatever went wrong above, no placeholder stays `loading`.
		placeholders.filter( ( p ) => p.element.getAttribute( STATE_ATTRIBUTE ) === 'loading' ).forEach( abandon );
	}
}
