/**
 * The "add a session" form below the preview (Codex CSS-only fields): date,
 * start time, the zone they are in, and length. DOM only; what happens on
 * "Add" is passed in.
 */
import { el } from '../render/dom';
import type { EditorMessageKey } from '../i18n/editor-messages';
import { actionButton, enterPresses, helperFieldset, labelled, select, statusArea, textInput } from './form-controls';
import type { Msg } from '../i18n/editor-messages';
import type { NewSessionError, NewSessionInput } from './new-session';

export interface AddSessionFormOptions {
	readonly msg: Msg;
	/** IANA zones offered, the first chosen at the start. */
	readonly zones: readonly { value: string; label: string }[];
	/** Adds the session; returns what was wrong, or the new session's id. */
	add( input: NewSessionInput ): { error: NewSessionError | 'edit'; detail?: string } | { id: string };
}

const LENGTHS = [ 30, 45, 60, 90, 120 ];

const ERROR_MESSAGES: Readonly<Record<NewSessionError, EditorMessageKey>> = {
	date: 'crs-team-editor-add-error-date',
	year: 'crs-team-editor-add-error-year',
	time: 'crs-team-editor-add-error-time',
	zone: 'crs-team-editor-add-error-zone',
	length: 'crs-team-editor-add-error-length',
	'no-such-time': 'crs-team-editor-add-error-no-such-time'
};

export function createAddSessionForm( doc: Document, options: AddSessionFormOptions ): HTMLElement {
	const { msg } = options;
	// Not a <form>: it sits inside MediaWiki's edit form, and forms cannot nest.
	const element = helperFieldset( doc, msg( 'crs-team-editor-add-heading' ) );

	const date = textInput( doc, 'date' );
	const time = textInput( doc, 'time' );
	const zone = select( doc, options.zones );
	const length = select( doc, LENGTHS.map( ( m ) => ( { value: String( m ), label: msg( 'crs-team-editor-add-minutes', String( m ) ) } ) ) );
	length.value = '60';
	const fields = el( doc, 'div', { className: 'crs-editor-add__fields' } );
	fields.appendChild( labelled( doc, 'crs-editor-add-date', msg( 'crs-team-editor-add-date' ), date.wrapper, date.input ) );
	fields.appendChild( labelled( doc, 'crs-editor-add-time', msg( 'crs-team-editor-add-time' ), time.wrapper, time.input ) );
	fields.appendChild( labelled( doc, 'crs-editor-add-zone', msg( 'crs-team-editor-add-zone' ), zone ) );
	fields.appendChild( labelled( doc, 'crs-editor-add-length', msg( 'crs-team-editor-add-length' ), length ) );

	const button = actionButton( doc, msg( 'crs-team-editor-add-submit' ) );
	const status = statusArea( doc );
	const say = status.say;
	enterPresses( element, button );

	button.addEventListener( 'click', () => {
		const result = options.add( {
			date: date.input.value,
			time: time.input.value,
			zone: zone.value,
			minutes: Number( length.value )
		} );
		if ( 'id' in result ) {
			say( 'success', msg( 'crs-team-editor-add-done', result.id ) );
		} else if ( result.error === 'edit' ) {
			say( 'error', msg( 'crs-team-editor-add-error-edit', result.detail || '' ) );
		} else {
			say( 'error', msg( ERROR_MESSAGES[ result.error ] ) );
		}
	} );

	element.appendChild( fields );
	element.appendChild( button );
	element.appendChild( status.element );
	return element;
}
