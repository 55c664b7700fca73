/**
 * Gadget "crs-team": the loader. It runs on every page view of every reader who
 * enabled the gadget, so it does one cheap thing: look for placeholders
 * (`<div class="crs-team" data-source="…">`) in the page content and, only if
 * there are some, load the renderer (the hidden gadget "crs-team-core").
 */
import { PLACEHOLDER_SELECTOR } from '../../placeholders/selector';

const CORE_MODULE = 'ext.gadget.crs-team-core';

interface CoreModule {
	renderPlaceholders( root: HTMLElement ): Promise<void>;
}

mw.hook( 'wikipage.content' ).add( ( $content: JQuery ) => {
	const root = $content[ 0 ];
	if ( !root || !root.querySelector( PLACEHOLDER_SELECTOR ) ) {
		return;
	}
	mw.loader.using( CORE_MODULE ).then( ( req ) => {
		const core = req( CORE_MODULE ) as CoreModule;
		return core.renderPlaceholders( root );
	} ).catch( ( err: unknown ) => {
		// Readers keep the fallback content; leave a trace for those debugging.
		mw.log.warn( '[crs-team] could not render the team page:', err );
	} );
} );
