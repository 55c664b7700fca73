/**
 * Codex CSS-only form controls shared by the editor's helper forms: labelled
 * fields, text inputs, selects, a status line with Codex messages. DOM only.
 *
 * The helpers sit inside MediaWiki's edit form, so they are `<fieldset>`s
 * with `type="button"` buttons, never nested `<form>`s, and Enter in one of
 * their single-line fields runs the helper instead of saving the page.
 */

/**
 * A Codex field: label above the control; `labelTarget` (default: the
 * control) gets `id`. `fieldClass` places the field in its form's layout.
 */
export function labelled( doc: Document, id: string, text: string, control: HTMLElement, labelTarget?: HTMLElement, fieldClass = 'crs-editor-add__field' ): HTMLElement {
	const wrapper = doc.createElement( 'div' );
	wrapper.className = `cdx-field ${ fieldClass }`;
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
	( labelTarget || control ).id = id;
	box.appendChild( control );
	wrapper.appendChild( labelBox );
	wrapper.appendChild( box );
	return wrapper;
}

/** A Codex text input (`cdx-text-input`) of `type`. */
export function textInput( doc: Document, type: string ): { wrapper: HTMLElement; input: HTMLInputElement } {
	const wrapper = doc.createElement( 'div' );
	wrapper.className = 'cdx-text-input';
	const input = doc.createElement( 'input' );
	input.type = type;
	input.className = 'cdx-text-input__input';
	// Never `required`: the browser would then refuse to submit MediaWiki's
	// edit form (and so to save the page) while a helper's field is empty.
	wrapper.appendChild( input );
	return { wrapper, input };
}

/** A Codex text area (`cdx-text-area`). */
export function textArea( doc: Document, rows: number ): { wrapper: HTMLElement; textarea: HTMLTextAreaElement } {
	const wrapper = doc.createElement( 'div' );
	wrapper.className = 'cdx-text-area';
	const textarea = doc.createElement( 'textarea' );
	textarea.className = 'cdx-text-area__textarea';
	textarea.rows = rows;
	wrapper.appendChild( textarea );
	return { wrapper, textarea };
}

/** Replaces the options of a select (or datalist), keeping `selected` chosen when it is among them. */
export function setOptions( s: HTMLSelectElement | HTMLDataListElement, options: readonly { value: string; label: string }[], selected?: string ): void {
	while ( s.firstChild ) {
		s.removeChild( s.firstChild );
	}
	for ( const o of options ) {
		const option = s.ownerDocument.createElement( 'option' );
		option.value = o.value;
		option.textContent = o.label;
		s.appendChild( option );
	}
	if ( 'value' in s && selected !== undefined && options.some( ( o ) => o.value === selected ) ) {
		s.value = selected;
	}
}

/** A Codex select (`cdx-select`). */
export function select( doc: Document, options: readonly { value: string; label: string }[] ): HTMLSelectElement {
	const s = doc.createElement( 'select' );
	s.className = 'cdx-select';
	setOptions( s, options );
	return s;
}

/** A progressive Codex button that does not submit. */
export function actionButton( doc: Document, text: string ): HTMLButtonElement {
	const button = doc.createElement( 'button' );
	button.type = 'button';
	button.className = 'cdx-button cdx-button--action-progressive crs-editor-add__button';
	button.textContent = text;
	return button;
}

/** A `role="status"` area and a function that shows one Codex inline message in it. */
export function statusArea( doc: Document ): { element: HTMLElement; say: ( type: 'error' | 'success', text: string ) => void } {
	const element = doc.createElement( 'div' );
	element.className = 'crs-editor-add__status';
	element.setAttribute( 'role', 'status' );
	const say = ( type: 'error' | 'success', text: string ): void => {
		while ( element.firstChild ) {
			element.removeChild( element.firstChild );
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
		element.appendChild( box );
	};
	return { element, say };
}

/** A `<fieldset>` with its legend. */
export function helperFieldset( doc: Document, legendText: string ): HTMLFieldSetElement {
	const element = doc.createElement( 'fieldset' );
	element.className = 'crs-editor-add';
	const legend = doc.createElement( 'legend' );
	legend.textContent = legendText;
	element.appendChild( legend );
	return element;
}

/**
 * Enter in a single-line field of `element` would submit MediaWiki's edit
 * form (and save the page): press `button` instead.
 */
export function enterPresses( element: HTMLElement, button: HTMLButtonElement ): void {
	element.addEventListener( 'keydown', ( event: KeyboardEvent ) => {
		if ( event.key === 'Enter' && event.target instanceof HTMLInputElement ) {
			event.preventDefault();
			button.click();
		}
	} );
}
