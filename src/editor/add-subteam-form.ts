/**
 * The "add a subteam" form (Codex CSS-only fields): id, name and
 * responsibilities, one per line. DOM only; the edit itself is passed in.
 */
import { el } from '../render/dom';
import type { EditorMessageKey } from '../i18n/editor-messages';
import type { Msg } from '../i18n/editor-messages';
import { actionButton, enterPresses, helperFieldset, labelled, statusArea, textArea, textInput } from './form-controls';
import type { NewSubteamError, NewSubteamInput, NewSubteamResult } from './new-subteam';

export interface AddSubteamFormOptions {
	readonly msg: Msg;
	/** Adds the subteam to the edit box (when the result is ok) and returns the result. */
	add( input: NewSubteamInput ): NewSubteamResult;
}

const ERROR_MESSAGES: Readonly<Record<NewSubteamError, EditorMessageKey>> = {
	id: 'crs-team-editor-subteam-error-id',
	'id-taken': 'crs-team-editor-subteam-error-id-taken',
	name: 'crs-team-editor-subteam-error-name'
};

export function createAddSubteamForm( doc: Document, options: AddSubteamFormOptions ): HTMLElement {
	const { msg } = options;
	const element = helperFieldset( doc, msg( 'crs-team-editor-subteam-heading' ) );
	const id = textInput( doc, 'text' );
	id.input.spellcheck = false;
	id.input.autocomplete = 'off';
	const name = textInput( doc, 'text' );
	const responsibilities = textArea( doc, 4 );
	const fields = el( doc, 'div', { className: 'crs-editor-add__fields' } );
	fields.appendChild( labelled( doc, 'crs-editor-subteam-id', msg( 'crs-team-editor-subteam-id' ), id.wrapper, id.input ) );
	fields.appendChild( labelled( doc, 'crs-editor-subteam-name', msg( 'crs-team-editor-subteam-name' ), name.wrapper, name.input ) );
	const wide = labelled( doc, 'crs-editor-subteam-responsibilities', msg( 'crs-team-editor-subteam-responsibilities' ), responsibilities.wrapper, responsibilities.textarea );
	wide.classList.add( 'crs-editor-add__field--wide' );
	fields.appendChild( wide );

	const button = actionButton( doc, msg( 'crs-team-editor-subteam-submit' ) );
	const status = statusArea( doc );
	enterPresses( element, button );

	button.addEventListener( 'click', () => {
		const result = options.add( {
			id: id.input.value,
			name: name.input.value,
			responsibilities: responsibilities.textarea.value
		} );
		if ( result.ok ) {
			status.say( 'success', msg( 'crs-team-editor-subteam-done', id.input.value.trim() ) );
		} else if ( 'message' in result ) {
			status.say( 'error', msg( 'crs-team-editor-helper-error-edit', result.message ) );
		} else if ( result.error === 'not-json' ) {
			status.say( 'error', msg( 'crs-team-editor-helper-error-not-json', String( result.line ), String( result.column ) ) );
		} else {
			status.say( 'error', msg( ERROR_MESSAGES[ result.error ], id.input.value.trim() ) );
		}
	} );

	element.appendChild( fields );
	element.appendChild( button );
	element.appendChild( status.element );
	return element;
}
