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
 * This file is the thin `mw`/jQuery edge: finding the edit box, CodeEditor's
 * Ace editor and the place for the panel. The work is in src/editor/.
 */
import { fallbackChain } from '../../data/language';
import { looksLikeTeamData } from '../../editor/detect';
import { createAddSessionForm } from '../../editor/add-session-form';
import { createAddSubteamForm } from '../../editor/add-subteam-form';
import { createAddTranslationForm } from '../../editor/add-translation-form';
import { createDiagnosticsPanel } from '../../editor/diagnostics-panel';
import type { Msg } from '../../i18n/editor-messages';
import { CHECK_DELAY_MS, startEditorSession } from '../../editor/editor-session';
import { AceEditor, AceSession, createEditorSurface, EditorSurface } from '../../editor/editor-surface';
import { createHelpersPanel } from '../../editor/helpers-panel';
import { createLivePreview, ZoneOption } from '../../editor/live-preview';
import { addSession } from '../../editor/new-session';
import { addSubteam } from '../../editor/new-subteam';
import { addTranslation, textFields } from '../../editor/translation';
import { attachSaveGuard } from '../../editor/save-guard';
import { EditorMessageKey, editorMessagesFor } from '../../i18n/editor-messages';
import { createRenderContext, currentRenderLanguage, currentZone } from '../../mw/environment';
import { createWikiFacts } from '../../mw/wiki-facts';
import { renderViews } from '../../render/views';
import { isValidIanaZone, UTC_ZONE, ZoneChoice, zoneLabel } from '../../time/zones';

/** How long typing must pause before the text is checked again. */
const DEBOUNCE_MS = CHECK_DELAY_MS;

/** Time zones offered by the preview besides the maintainer's own. */
const COMMON_ZONES = [ 'UTC', 'America/Los_Angeles', 'America/New_York', 'America/Sao_Paulo', 'Europe/Berlin', 'Africa/Lagos', 'Asia/Kolkata', 'Asia/Tokyo', 'Australia/Sydney' ];

/** The part of WikiEditor's context that CodeEditor adds. */
interface CodeEditorContext {
	codeEditorActive?: boolean;
	codeEditor?: AceEditor;
}

/** The editor's messages in the interface language, kept apart from the preview's. */
function interfaceMessages(): Msg {
	const userLanguage = mw.config.get( 'wgUserLanguage' ) as string;
	const { messages } = editorMessagesFor( fallbackChain( userLanguage, mw.language.getFallbackLanguageChain() ) );
	const map = new mw.Map<Record<string, string>>();
	map.set( messages );
	return ( key: EditorMessageKey, ...params: string[] ) => new mw.Message( map, key, params ).text();
}

function zoneOptions( msg: Msg, lang: string ): ZoneOption[] {
	const own = currentZone();
	const options: ZoneOption[] = [ {
		value: 'reader',
		label: msg( 'crs-team-editor-preview-zone-reader', zoneLabel( Date.now(), own, lang ) ),
		zone: own
	} ];
	for ( const zone of COMMON_ZONES ) {
		if ( isValidIanaZone( zone ) ) {
			const choice: ZoneChoice = zone === 'UTC' ? UTC_ZONE : { kind: 'iana', zone };
			options.push( { value: zone, label: zoneLabel( Date.now(), choice, lang ), zone: choice } );
		}
	}
	return options;
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
	const msg = interfaceMessages();
	const panel = createDiagnosticsPanel( document, {
		onSelect: ( diagnostic ) => surface.moveCursorTo( diagnostic.line, diagnostic.column ),
		msg
	} );
	// Above the editor: WikiEditor's wrapper (toolbar included) when present.
	const anchor = textarea.closest( '.wikiEditor-ui' ) || textarea;
	( anchor.parentNode as Node ).insertBefore( panel.element, anchor );

	const preview = createLivePreview( document, {
		msg,
		zones: zoneOptions( msg, mw.config.get( 'wgUserLanguage' ) as string ),
		initialLanguage: currentRenderLanguage(),
		render: ( data, lang, zone ) => renderViews( createRenderContext( lang, zone, Date.now() ), data )
	} );
	( anchor.parentNode as Node ).insertBefore( preview.element, anchor.nextSibling );

	const facts = createWikiFacts( new mw.Api() );
	const session = startEditorSession( {
		surface,
		panel,
		preview,
		facts,
		msg,
		debounce: ( fn, ms ) => mw.util.debounce( fn, ms ),
		now: () => Date.now()
	} );

	const own = currentZone();
	const addZones = ( own.kind === 'iana' && !COMMON_ZONES.includes( own.zone ) ? [ own.zone ] : [] ).concat( COMMON_ZONES );
	const addForm = createAddSessionForm( document, {
		msg,
		zones: addZones.map( ( zone ) => ( { value: zone, label: zone.replace( /_/g, ' ' ) } ) ),
		add: ( input ) => {
			const result = addSession( surface.getText(), input );
			if ( !result.ok ) {
				return 'error' in result ? { error: result.error } : { error: 'edit', detail: result.message };
			}
			surface.replaceText( result.text, result.range );
			session.check();
			return { id: result.id as string };
		}
	} );

	const subteamForm = createAddSubteamForm( document, {
		msg,
		add: ( input ) => {
			const result = addSubteam( surface.getText(), input );
			if ( result.ok ) {
				surface.replaceText( result.text, result.range );
				session.check();
			}
			return result;
		}
	} );

	// Language codes are checked against the wiki's list once it has arrived.
	let knownLanguages: Set<string> | null = null;
	facts.knownLanguages().then( ( known ) => {
		knownLanguages = known;
	} );
	const translationForm = createAddTranslationForm( document, {
		msg,
		add: ( input ) => {
			const result = addTranslation( surface.getText(), input, knownLanguages );
			if ( result.ok ) {
				surface.replaceText( result.text, result.range );
				session.check();
				translationForm.update( textFields( result.text ) );
			}
			return result;
		}
	} );
	translationForm.update( textFields( surface.getText() ) );
	surface.onChange( mw.util.debounce( () => translationForm.update( textFields( surface.getText() ) ), DEBOUNCE_MS ) );

	const helpers = createHelpersPanel( document, msg( 'crs-team-editor-helpers-heading' ), [
		{ title: msg( 'crs-team-editor-add-heading' ), element: addForm },
		{ title: msg( 'crs-team-editor-subteam-heading' ), element: subteamForm },
		{ title: msg( 'crs-team-editor-translation-heading' ), element: translationForm.element }
	] );
	( anchor.parentNode as Node ).insertBefore( helpers, preview.element );

	const form = textarea.form;
	const save = document.getElementById( 'wpSave' );
	if ( form && save ) {
		attachSaveGuard( form, save, {
			msg,
			// Checked now: the debounced check may be behind the last keystroke.
			errors: () => session.errors(),
			returnFocus: () => surface.focus()
		} );
	}
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
