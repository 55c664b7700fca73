/**
 * The three helpers under the edit box, connected to it: each writes its
 * minimal edit into the edit box (selected, undoable) and has the text
 * checked again at once. DOM only; no `mw`.
 */
import type { Msg } from '../i18n/editor-messages';
import type { WikiFacts } from '../mw/wiki-facts';
import { createAddSessionForm } from './add-session-form';
import { createAddSubteamForm } from './add-subteam-form';
import { AddTranslationForm, createAddTranslationForm } from './add-translation-form';
import { CHECK_DELAY_MS, EditorSession } from './editor-session';
import { EditorSurface } from './editor-surface';
import { createHelpersPanel } from './helpers-panel';
import { addSession } from './new-session';
import { addSubteam } from './new-subteam';
import { addTranslation, textFields } from './translation';

export interface EditorHelpersOptions {
	readonly doc: Document;
	readonly msg: Msg;
	readonly surface: EditorSurface;
	readonly session: Pick<EditorSession, 'check'>;
	readonly facts: Pick<WikiFacts, 'knownLanguages'>;
	/** IANA zones the "add a session" helper offers, the maintainer's first. */
	readonly sessionZones: readonly string[];
	/** mw.util.debounce in the gadget. */
	debounce( fn: () => void, ms: number ): () => void;
}

function sessionForm( options: EditorHelpersOptions ): HTMLElement {
	const { surface, session } = options;
	return createAddSessionForm( options.doc, {
		msg: options.msg,
		zones: options.sessionZones.map( ( zone ) => ( { value: zone, label: zone.replace( /_/g, ' ' ) } ) ),
		add: ( input ) => {
			const result = addSession( surface.getText(), input );
			if ( !result.ok ) {
				return 'error' in result ? { error: result.error } : { error: 'edit', detail: result.message };
			}
			surface.replaceText( result.text, result.range );
			session.check();
			return { id: result.id || '' };
		}
	} );
}

function subteamForm( options: EditorHelpersOptions ): HTMLElement {
	const { surface, session } = options;
	return createAddSubteamForm( options.doc, {
		msg: options.msg,
		add: ( input ) => {
			const result = addSubteam( surface.getText(), input );
			if ( result.ok ) {
				surface.replaceText( result.text, result.range );
				session.check();
			}
			return result;
		}
	} );
}

/** The translation helper, its list of texts kept in step with the edit box. */
function translationForm( options: EditorHelpersOptions ): AddTranslationForm {
	const { surface, session } = options;
	// Language codes are checked against the wiki's list once it has arrived.
	let knownLanguages: Set<string> | null = null;
	// Never rejects: a wiki that cannot answer gives null.
	void options.facts.knownLanguages().then( ( known ) => {
		knownLanguages = known;
	} );
	const form: AddTranslationForm = createAddTranslationForm( options.doc, {
		msg: options.msg,
		add: ( input ) => {
			const result = addTranslation( surface.getText(), input, knownLanguages );
			if ( result.ok ) {
				surface.replaceText( result.text, result.range );
				session.check();
				form.update( textFields( result.text ) );
			}
			return result;
		}
	} );
	form.update( textFields( surface.getText() ) );
	surface.onChange( options.debounce( () => form.update( textFields( surface.getText() ) ), CHECK_DELAY_MS ) );
	return form;
}

/**
 * The helpers panel: add a session, a subteam, a translation.
 *
 * @param options
 */
export function createEditorHelpers( options: EditorHelpersOptions ): HTMLElement {
	const { msg } = options;
	return createHelpersPanel( options.doc, msg( 'crs-team-editor-helpers-heading' ), [
		{ title: msg( 'crs-team-editor-add-heading' ), element: sessionForm( options ) },
		{ title: msg( 'crs-team-editor-subteam-heading' ), element: subteamForm( options ) },
		{ title: msg( 'crs-team-editor-translation-heading' ), element: translationForm( options ).element }
	] );
}
