/**
 * The editor gadget's `mw`/jQuery edge: its messages through `mw.Message`,
 * the edit box or CodeEditor's Ace (found through WikiEditor's context and
 * CodeEditor's hook), and everything `editor/editor-page.ts` needs from the
 * wiki. The rest of the editor never touches `mw`.
 */
import { fallbackChain } from '../data/language';
import { EditorPageOptions } from '../editor/editor-page';
import { AceEditor, AceSession, createEditorSurface, EditorSurface } from '../editor/editor-surface';
import { fullLanguagePack } from '../i18n/all-languages';
import { EditorMessageKey, editorMessagesFor, Msg } from '../i18n/editor-messages';
import { renderViews } from '../render/views';
import { isValidIanaZone } from '../time/zones';
import { createRenderContext, currentRenderLanguage, currentZone } from './environment';
import { createWikiFacts } from './wiki-facts';

/** The part of WikiEditor's context that CodeEditor adds. */
interface CodeEditorContext {
	codeEditorActive?: boolean;
	codeEditor?: AceEditor;
}

/** The editor's messages in the interface language, kept apart from the preview's. */
function editorMessages(): Msg {
	const userLanguage = mw.config.get( 'wgUserLanguage' ) as string;
	const { messages } = editorMessagesFor( fallbackChain( userLanguage, mw.language.getFallbackLanguageChain() ) );
	const map = new mw.Map<Record<string, string>>();
	map.set( messages );
	return ( key: EditorMessageKey, ...params: string[] ) => new mw.Message( map, key, params ).text();
}

/**
 * The edit box, or CodeEditor's Ace editor while it is switched on.
 *
 * @param textarea `#wpTextbox1`
 */
export function editSurface( textarea: HTMLTextAreaElement ): EditorSurface {
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

/** mw.util.debounce, as the editor modules take it. */
export function debounce( fn: () => void, ms: number ): () => void {
	return mw.util.debounce( fn, ms );
}

/** What the editor needs from this wiki and this user. */
export function editorPageOptions(): EditorPageOptions {
	return {
		doc: document,
		msg: editorMessages(),
		facts: createWikiFacts( new mw.Api() ),
		ownZone: currentZone(),
		userLanguage: mw.config.get( 'wgUserLanguage' ) as string,
		initialLanguage: currentRenderLanguage(),
		render: ( data, lang, zone ) => renderViews( createRenderContext( lang, zone, Date.now(), undefined, fullLanguagePack( lang ) ), data ),
		isKnownZone: isValidIanaZone,
		debounce,
		now: () => Date.now(),
		translateLanguage: mw.util.getParamValue( 'crs-translate' ) || undefined
	};
}
