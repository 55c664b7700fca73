/**
 * Gadget "crs-team-editor": helps maintainers edit the team data page. It
 * loads only on the edit form of JSON pages (see Gadgets-definition.txt) and
 * does nothing unless the text is a team data page. Then it shows the
 * problems of the text above the edit box, updated while typing and after
 * "Show preview"; choosing a problem moves the cursor to it.
 *
 * This file is the thin `mw`/jQuery edge: finding the edit box, CodeEditor's
 * Ace editor and the place for the panel. The work is in src/editor/.
 */
import { diagnose } from '../../editor/diagnostics';
import { createDiagnosticsPanel } from '../../editor/diagnostics-panel';
import { AceEditor, AceSession, createEditorSurface, EditorSurface } from '../../editor/editor-surface';
import { looksLikeTeamData } from '../../editor/detect';

/** How long typing must pause before the text is checked again. */
const DEBOUNCE_MS = 400;

/** The part of WikiEditor's context that CodeEditor adds. */
interface CodeEditorContext {
	codeEditorActive?: boolean;
	codeEditor?: AceEditor;
}

function surfaceFor( textarea: HTMLTextAreaElement ): EditorSurface {
	const $textarea = $( textarea );
	return createEditorSurface( textarea, {
		activeAce: () => {
			const context = $textarea.data( 'wikiEditor-context' ) as CodeEditorContext | undefined;
			return context && context.codeEditorActive && context.codeEditor || null;
		},
		// Fired (and remembered) by CodeEditor each time it creates an Ace session.
		onAceSession: ( handler ) => {
			mw.hook<[ AceSession ]>( 'codeEditor.configure' ).add( handler );
		},
		scrollTextareaToCaret: ( box ) => {
			if ( typeof $textarea.textSelection === 'function' ) {
				$( box ).textSelection( 'scrollToCaretPosition' );
			}
		}
	} );
}

function start( textarea: HTMLTextAreaElement, surface: EditorSurface ): void {
	const panel = createDiagnosticsPanel( document, {
		onSelect: ( diagnostic ) => surface.moveCursorTo( diagnostic.line, diagnostic.column ),
		noProblemsText: 'No JSON syntax errors.'
	} );
	// Above the editor: WikiEditor's wrapper (toolbar included) when present.
	const anchor = textarea.closest( '.wikiEditor-ui' ) || textarea;
	( anchor.parentNode as Node ).insertBefore( panel.element, anchor );

	const check = (): void => {
		panel.show( diagnose( surface.getText() ).diagnostics );
	};
	check();
	surface.onChange( mw.util.debounce( check, DEBOUNCE_MS ) );
}

mw.hook( 'wikipage.editform' ).add( ( $form: JQuery ) => {
	const textarea = $form.find( '#wpTextbox1' )[ 0 ] || document.getElementById( 'wpTextbox1' );
	if ( !( textarea instanceof HTMLTextAreaElement ) || textarea.getAttribute( 'data-crs-editor' ) ) {
		return;
	}
	textarea.setAttribute( 'data-crs-editor', '1' );
	const surface = surfaceFor( textarea );
	if ( looksLikeTeamData( surface.getText() ) ) {
		start( textarea, surface );
		return;
	}
	// A new or pasted page: start once it looks like team data.
	const stop = surface.onChange( mw.util.debounce( () => {
		if ( looksLikeTeamData( surface.getText() ) ) {
			stop();
			start( textarea, surface );
		}
	}, DEBOUNCE_MS ) );
} );
