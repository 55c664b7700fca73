/**
 * The "add a session" form below the preview (Codex CSS-only fields): date,
 * start time, the zone they are in, and length. DOM only; what happens on
 * "Add" is passed in.
 */
import type { MessageKey } from '../i18n/messages';
import type { Msg } from './editor-checks';
import type { NewSessionError, NewSessionInput } from './new-session';

export interface AddSessionFormOptions {
	readonly msg: Msg;
	/** IANA zones offered, the first chosen at the start. */
	readonly zones: readonly { value: string; label: string }[];
	/** Adds the session; returns what was wrong, or the new session's id. */
	add( input: NewSessionInput ): { error: NewSessionError | 'edit'; detail?: string } | { id: string };
}

const LENGTHS = [ 30, 45, 60, 90, 120 ];

const ERROR_MESSAGES: Readonly<Record<NewSessionError, MessageKey>> = {
	date: 'crs-team-editor-add-error-date',
	time: 'crs-team-editor-add-error-time',
	zone: 'crs-team-editor-add-error-zone',
	length: 'crs-team-editor-add-error-length',
	'no-such-time': 'crs-team-editor-add-error-no-such-time'
};

function labelled( doc: Document, id: string, text: string, control: HTMLElement ): HTMLElement {
	const wrapper = doc.createElement( 'div' );
	wrapper.className = 'cdx-field crs-editor-add__field';
	const labelBox = doc.createElement( 'div' );
	labelBox.className = 'cdx-label';
	const label = doc.createElement( 'label' );
	label.className = 'cdx-label__label';
	label.htmlFor = id;
	const span = doc.createElement( 'span' );
	span.className = 'cdx-label__label__text';
	span.textContent = text;
	label.appendChild( span );
	labelBox.appendChild( label );
	const box = doc.createElement( 'div' );
	box.className = 'cdx-field__control';
	control.id = id;
	box.appendChild( control );
	wrapper.appendChild( labelBox );
	wrapper.appendChild( box );
	return wrapper;
}

function textInput( doc: Document, type: string ): { wrapper: HTMLElement; input: HTMLInputElement } {
	const wrapper = doc.createElement( 'div' );
	wrapper.className = 'cdx-text-input';
	const input = doc.createElement( 'input' );
	input.type = type;
	input.className = 'cdx-text-input__input';
	input.required = true;
	wrapper.appendChild( input );
	return { wrapper, input };
}

function select( doc: Document, options: readonly { value: string; label: string }[] ): HTMLSelectElement {
	const s = doc.createElement( 'select' );
	s.className = 'cdx-select';
	for ( const o of options ) {
		const option = doc.createElement( 'option' );
		option.value = o.value;
		option.textContent = o.label;
		s.appendChild( option );
	}
	return s;
}

export function createAddSessionForm( doc: Document, options: AddSessionFormOptions ): HTMLElement {
	const { msg } = options;
	// Not a <form>: it sits inside MediaWiki's edit form, and forms cannot nest.
	const element = doc.createElement( 'fieldset' );
	element.className = 'crs-editor-add';
	const legend = doc.createElement( 'legend' );
	legend.textContent = msg( 'crs-team-editor-add-heading' );
	element.appendChild( legend );

	const date = textInput( doc, 'date' );
	const time = textInput( doc, 'time' );
	const zone = select( doc, options.zones );
	const length = select( doc, LENGTHS.map( ( m ) => ( { value: String( m ), label: msg( 'crs-team-editor-add-minutes', String( m ) ) } ) ) );
	length.value = '60';
	const fields = doc.createElement( 'div' );
	fields.className = 'crs-editor-add__fields';
	fields.appendChild( labelled( doc, 'crs-editor-add-date', msg( 'crs-team-editor-add-date' ), date.wrapper ) );
	fields.appendChild( labelled( doc, 'crs-editor-add-time', msg( 'crs-team-editor-add-time' ), time.wrapper ) );
	fields.appendChild( labelled( doc, 'crs-editor-add-zone', msg( 'crs-team-editor-add-zone' ), zone ) );
	fields.appendChild( labelled( doc, 'crs-editor-add-length', msg( 'crs-team-editor-add-length' ), length ) );
	// The ids belong to the inputs, not their Codex wrappers.
	date.wrapper.removeAttribute( 'id' );
	date.input.id = 'crs-editor-add-date';
	time.wrapper.removeAttribute( 'id' );
	time.input.id = 'crs-editor-add-time';

	const button = doc.createElement( 'button' );
	button.type = 'button';
	button.className = 'cdx-button cdx-button--action-progressive crs-editor-add__button';
	button.textContent = msg( 'crs-team-editor-add-submit' );

	const status = doc.createElement( 'div' );
	status.className = 'crs-editor-add__status';
	status.setAttribute( 'role', 'status' );

	const say = ( type: 'error' | 'success', text: string ): void => {
		while ( status.firstChild ) {
			status.removeChild( status.firstChild );
		}
		const box = doc.createElement( 'div' );
		box.className = `cdx-message cdx-message--inline cdx-message--${ type }`;
		const icon = doc.createElement( 'span' );
		icon.className = 'cdx-message__icon';
		const content = doc.createElement( 'div' );
		content.className = 'cdx-message__content';
		content.textContent = text;
		box.appendChild( icon );
		box.appendChild( content );
		status.appendChild( box );
	};

	// Enter in a field would submit MediaWiki's edit form (and save): add instead.
	element.addEventListener( 'keydown', ( event: KeyboardEvent ) => {
		if ( event.key === 'Enter' && event.target instanceof HTMLInputElement ) {
			event.preventDefault();
			button.click();
		}
	} );

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
	element.appendChild( status );
	return element;
}
