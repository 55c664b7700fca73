/**
 * Gadget "crs-team": the loader. It runs on every page view of every reader who
 * enabled the gadget, so it does one cheap thing: look for placeholders
 * (`<div class="crs-team" data-source="…">`) in the page content and, only if
 * there are some, load the renderer (the hidden gadget "crs-team-core").
 *
 * If the renderer fails to load, or has not loaded within DATA_WAIT_MS, the
 * placeholders it has not taken over are marked `failed` and keep their
 * fallback content for good (a renderer that arrives later leaves them be,
 * so the page does not change under the reader's eyes).
 *
 * The renderer is requested together with the page's language gadgets (its
 * messages and date formats only: src/i18n/language-modules.ts), in one
 * ResourceLoader batch.
 *
 * It also starts the data request at once, in parallel with loading the
 * renderer, and hands the pending answer over (the hidden gadget "crs-team-request", src/mw/data-request.ts).
 */
import type { DataPageResults } from '../../mw/data-request';
import { DATA_WAIT_MS } from '../../mw/load-data-pages';
import { currentLanguageModules } from '../../mw/render-language';
import { PLACEHOLDER_SELECTOR } from '../../placeholders/selector';

const CORE_MODULE = 'ext.gadget.crs-team-core';
/** The data request alone (small): loaded beside the renderer, so it arrives first. */
const REQUEST_MODULE = 'ext.gadget.crs-team-request';
const STATE_ATTRIBUTE = 'data-crs-state';

interface RequestModule {
	requestDataPages( sources: readonly string[] ): Promise<DataPageResults>;
}

interface CoreModule {
	renderPlaceholders( root: HTMLElement, early?: Promise<DataPageResults> ): Promise<void>;
}

/**
 * Marks the placeholders the renderer has not taken over as failed, and
 * says why in the console, for those debugging.
 *
 * @param root
 * @param why
 */
function giveUp( root: HTMLElement, why: unknown ): void {
	// The selector leaves out placeholders that have a state already.
	Array.prototype.forEach.call( root.querySelectorAll( PLACEHOLDER_SELECTOR ), ( p: HTMLElement ) => {
		p.setAttribute( STATE_ATTRIBUTE, 'failed' );
	} );
	mw.log.warn( '[crs-team] could not render the team page:', why );
}

mw.hook( 'wikipage.content' ).add( ( $content: JQuery ) => {
	const root = $content[ 0 ];
	if ( !root || !root.querySelector( PLACEHOLDER_SELECTOR ) ) {
		return;
	}
	// The data request starts now, in parallel with loading the renderer, and
	// is handed to it (it makes its own request if this one fails).
	const sources = Array.prototype.map.call( root.querySelectorAll( PLACEHOLDER_SELECTOR ),
		( p: HTMLElement ) => p.getAttribute( 'data-source' ) || '' ) as string[];
	const early = Promise.resolve( mw.loader.using( REQUEST_MODULE ) )
		.then( ( req ) => ( req( REQUEST_MODULE ) as RequestModule ).requestDataPages( sources ) );
	early.catch( () => undefined );
	const timer = setTimeout( () => giveUp( root, `${ CORE_MODULE } did not load within ${ DATA_WAIT_MS } ms` ), DATA_WAIT_MS );
	// The page's language gadgets (messages, date formats) in the same batch.
	mw.loader.using( [ CORE_MODULE, ...currentLanguageModules() ] ).then( ( req ) => {
		clearTimeout( timer );
		const core = req( CORE_MODULE ) as CoreModule;
		return core.renderPlaceholders( root, early );
	} ).catch( ( err: unknown ) => {
		// Readers keep the fallback content.
		clearTimeout( timer );
		giveUp( root, err );
	} );
} );
