/**
 * Codex CSS-only form controls shared by the editor's helper forms: labelled
 * fields, text inputs, selects, a status line with Codex messages. DOM only.
 *
 * The helpers sit inside MediaWiki's edit form, so they are `<fieldset>`s
 * with `type="button"` buttons, never nested `<form>`s, and Enter in one of
 * their single-line fields runs the helper instead of saving the page.
 */
import { codexMessage } from '../render/codex-message';
import { el, replaceChildren } from '../render/dom';

/**
 * A Codex field: label above the control; `labelTarget` (default: the
 * control) gets `id`. `fieldClass` places the field in its form's layout.
 */
export function labelled( doc: Document, id: string, text: string, control: HTMLElement, labelTarget?: HTMLElement, fieldClass = 'crs-editor-add__field' ): HTMLElement {
	( labelTarget || control ).id = id;
	return el( doc, 'div', { className: `cdx-field ${ fieldClass }` },
		el( doc, 'div', { className: 'cdx-label' },
			el( doc, 'label', { className: 'cdx-label__label', attrs: { for: id } },
				el( doc, 'span', { className: 'cdx-label__label__text' }, text ) ) ),
		el( doc, 'div', { className: 'cdx-field__control' }, control ) );
}

/** A Codex text input (`cdx-text-input`) of `type`. */
export function textInput( doc: Document, type: string ): { wrapper: HTMLElement; input: HTMLInputElement } {
	// Never `required`: the browser would then refuse to submit MediaWiki's
	// edit form (and so to save the page) while a helper's field is empty.
	const input = el( doc, 'input', { className: 'cdx-text-input__input', attrs: { type } } );
	return { wrapper: el( doc, 'div', { className: 'cdx-text-input' }, input ), input };
}

/** A Codex text area (`cdx-text-area`). */
export function textArea( doc: Document, rows: number ): { wrapper: HTMLElement; textarea: HTMLTextAreaElement } {
	const textarea = el( doc, 'textarea', { className: 'cdx-text-area__textarea', attrs: { rows: String( rows ) } } );
	return { wrapper: el( doc, 'div', { className: 'cdx-text-area' }, textarea ), textarea };
}

/** Replaces the options of a select (or datalist), keeping `selected` chosen when it is among them. */
export function setOptions( s: HTMLSelectElement | HTMLDataListElement, options: readonly { value: string; label: string }[], selected?: string ): void {
	replaceChildren( s, options.map( ( o ) => el( s.ownerDocument, 'option', { attrs: { value: o.value } }, o.label ) ) );
	if ( 'value' in s && selected !== undefined && options.some( ( o ) => o.value === selected ) ) {
		s.value = selected;
	}
}

/** A Codex select (`cdx-select`). */
export function select( doc: Document, options: readonly { value: string; label: string }[] ): HTMLSelectElement {
	const s = el( doc, 'select', { className: 'cdx-select' } );
	setOptions( s, options );
	return s;
}

/** A progressive Codex button that does not submit. */
export function actionButton( doc: Document, text: string ): HTMLButtonElement {
	return el( doc, 'button', {
		className: 'cdx-button cdx-button--action-progressive crs-editor-add__button',
		attrs: { type: 'button' }
	}, text );
}

/** A `role="status"` area and a function that shows one Codex inline message in it. */
export function statusArea( doc: Document ): { element: HTMLElement; say: ( type: 'error' | 'success', text: string ) => void } {
	const element = el( doc, 'div', { className: 'crs-editor-add__status', attrs: { role: 'status' } } );
	const say = ( type: 'error' | 'success', text: string ): void => {
		replaceChildren( element, codexMessage( doc, { type, layout: 'inline' }, text ) );
	};
	return { element, say };
}

/** A `<fieldset>` with its legend. */
export function helperFieldset( doc: Document, legendText: string ): HTMLFieldSetElement {
	return el( doc, 'fieldset', { className: 'crs-editor-add' }, el( doc, 'legend', null, legendText ) );
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
