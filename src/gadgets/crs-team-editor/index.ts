/**
 * Gadget "crs-team-editor": helps maintainers edit the team data page. It
 * loads only on the edit form of JSON pages (see Gadgets-definition.txt) and
 * does nothing unless the text is a team data page. Then it shows the
 * problems of the text above the edit box (syntax, the validator's, and the
 * editor's own checks), updated while typing and after "Show preview";
 * choosing a problem moves the cursor to it. Below the edit box, a live
 * preview shows the team page as readers see it; between the two, helpers
 * add a session, a subteam or a translation with minimal edits. Saving a
 * page with errors asks for confirmation first.
 *
 * This file only finds the edit box: `mw/editor-environment.ts` is the
 * `mw`/jQuery edge, `editor/editor-page.ts` puts the editor on the form.
 */
import { mountEditor, whenTeamData } from '../../editor/editor-page';
import { debounce, editorPageOptions, editSurface } from '../../mw/editor-environment';

mw.hook( 'wikipage.editform' ).add( ( $form: JQuery ) => {
	const textarea = $form.find( '#wpTextbox1' )[ 0 ] || document.getElementById( 'wpTextbox1' );
	if ( !( textarea instanceof HTMLTextAreaElement ) || textarea.getAttribute( 'data-crs-editor' ) ) {
		return;
	}
	textarea.setAttribute( 'data-crs-editor', '1' );
	const surface = editSurface( textarea );
	whenTeamData( surface, debounce, () => mountEditor( textarea, surface, editorPageOptions() ) );
} );
