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
 * It also sends the data request at once, with no module to load first (a
 * plain `fetch` of the renderer's own URL: src/mw/early-request.ts), and
 * hands it over; and, while the answer is on its way, warms the browser's
 * date formatting for the reader in a task of its own (src/time/warm-intl.ts).
 */
import { DATA_WAIT_MS, EarlyRequest } from '../../mw/data-query';
import { startDataRequest } from '../../mw/early-request';
import { likelyRenderLanguage, loaderLanguageModules } from '../../mw/render-language';
import { PLACEHOLDER_SELECTOR } from '../../placeholders/selector';
import { warmIntl } from '../../time/warm-intl';

const CORE_MODULE = 'ext.gadget.crs-team-core';
const STATE_ATTRIBUTE = 'data-crs-state';

interface CoreModule {
	renderPlaceholders( root: HTMLElement, early?: EarlyRequest | null ): Promise<void>;
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
	Array.from( root.querySelectorAll( PLACEHOLDER_SELECTOR ), ( p ) => p.setAttribute( STATE_ATTRIBUTE, 'failed' ) );
	mw.log.warn( '[crs-team] not rendered:', why );
}

mw.hook( 'wikipage.content' ).add( ( $content: JQuery ) => {
	const root = $content[ 0 ];
	if ( !root || !root.querySelector( PLACEHOLDER_SELECTOR ) ) {
		return;
	}
	// The data request starts now, in parallel with loading the renderer, and
	// is handed to it (it retries, or asks itself, if this one fails).
	const sources = Array.from( root.querySelectorAll( PLACEHOLDER_SELECTOR ), ( p ) => p.getAttribute( 'data-source' ) || '' );
	const early = startDataRequest( `${ mw.config.get( 'wgScriptPath' ) }/api.php`, sources, !!mw.config.get( 'wgUserName' ) );
	const lang = likelyRenderLanguage();
	setTimeout( () => warmIntl( lang ) );
	const timer = setTimeout( () => giveUp( root, 'renderer timeout' ), DATA_WAIT_MS );
	// The page's language gadgets (messages, date formats) in the same batch.
	mw.loader.using( [ CORE_MODULE, ...loaderLanguageModules( lang ) ] ).then( ( req ) => {
		clearTimeout( timer );
		const core = req( CORE_MODULE ) as CoreModule;
		return core.renderPlaceholders( root, early );
	} ).catch( ( err: unknown ) => {
		// Readers keep the fallback content.
		clearTimeout( timer );
		giveUp( root, err );
	} );
} );
