/**
 * Guard on save: when "Save changes" is pressed and the data page does not
 * parse or has errors, the save waits for a confirmation dialog (Codex
 * CSS-only `cdx-dialog`) listing the problems. "Save anyway" saves, "Cancel"
 * (or Escape) goes back to the edit box with nothing lost. DOM only; no `mw`.
 */
import { el } from '../render/dom';
import { Diagnostic, messageWithoutPath } from './diagnostics';
import type { Msg } from '../i18n/editor-messages';

export interface SaveGuardOptions {
	readonly msg: Msg;
	/** The errors of the current text (checked at the moment of saving). */
	errors(): readonly Diagnostic[];
	/** Where focus returns on cancel (the edit box). */
	returnFocus(): void;
}

export interface SaveGuard {
	/** The open dialog's backdrop, `null` when closed. */
	readonly dialog: HTMLElement | null;
	detach(): void;
}

/** At most this many problems are listed in the dialog. */
const MAX_LISTED = 10;

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function button( doc: Document, text: string, classes: string ): HTMLButtonElement {
	return el( doc, 'button', { className: 'cdx-button ' + classes, attrs: { type: 'button' } }, text );
}

function problemList( doc: Document, msg: Msg, errors: readonly Diagnostic[] ): HTMLElement {
	return el( doc, 'ul', { className: 'crs-editor-guard__problems' },
		errors.slice( 0, MAX_LISTED ).map( ( error ) => {
			const where = msg( 'crs-team-editor-diagnostics-where', String( error.line ), String( error.column ) );
			return el( doc, 'li', null, `${ where }: ${ error.path ? error.path + ': ' : '' }${ messageWithoutPath( error ) }` );
		} ),
		errors.length > MAX_LISTED ?
			el( doc, 'li', null, msg( 'crs-team-editor-diagnostics-more', String( errors.length - MAX_LISTED ) ) ) :
			null );
}

function buildDialog( doc: Document, msg: Msg, errors: readonly Diagnostic[] ): { backdrop: HTMLElement; dialog: HTMLElement; save: HTMLButtonElement; cancel: HTMLButtonElement } {
	const save = button( doc, msg( 'crs-team-editor-guard-save' ), 'cdx-button--action-destructive cdx-button--weight-primary cdx-dialog__footer__primary-action' );
	const cancel = button( doc, msg( 'crs-team-editor-guard-cancel' ), 'cdx-dialog__footer__default-action' );
	const dialog = el( doc, 'div', {
		className: 'cdx-dialog cdx-dialog--vertical-actions',
		attrs: {
			id: 'crs-editor-guard',
			role: 'dialog',
			'aria-modal': 'true',
			'aria-labelledby': 'crs-editor-guard-title',
			'aria-describedby': 'crs-editor-guard-intro'
		}
	},
	el( doc, 'header', { className: 'cdx-dialog__header cdx-dialog__header--default' },
		el( doc, 'div', { className: 'cdx-dialog__header__title-group' },
			el( doc, 'h2', { className: 'cdx-dialog__header__title', attrs: { id: 'crs-editor-guard-title' } }, msg( 'crs-team-editor-guard-title' ) ) ) ),
	el( doc, 'div', { className: 'cdx-dialog__body' },
		el( doc, 'p', { attrs: { id: 'crs-editor-guard-intro' } }, msg( 'crs-team-editor-guard-intro', String( errors.length ) ) ),
		problemList( doc, msg, errors ) ),
	el( doc, 'footer', { className: 'cdx-dialog__footer cdx-dialog__footer--default' },
		el( doc, 'div', { className: 'cdx-dialog__footer__actions' }, save, cancel ) ) );
	const backdrop = el( doc, 'div', { className: 'cdx-dialog-backdrop crs-editor-guard' }, dialog );
	return { backdrop, dialog, save, cancel };
}

/**
 * A modal dialog's keyboard and focus: Escape cancels, Tab and Shift+Tab
 * cycle inside the dialog, and focus that leaves it (a click on the
 * backdrop) comes back to Cancel.
 *
 * @param doc
 * @param parts The dialog as built by `buildDialog`
 * @param parts.backdrop
 * @param parts.dialog
 * @param parts.cancel
 * @param cancel Closes the dialog without saving
 */
function keepFocusInDialog( doc: Document, parts: { backdrop: HTMLElement; dialog: HTMLElement; cancel: HTMLElement }, cancel: () => void ): void {
	parts.backdrop.addEventListener( 'keydown', ( event: KeyboardEvent ) => {
		if ( event.key === 'Escape' ) {
			event.preventDefault();
			cancel();
		} else if ( event.key === 'Tab' ) {
			const focusable = Array.from( parts.dialog.querySelectorAll<HTMLElement>( FOCUSABLE ) );
			const first = focusable[ 0 ];
			const last = focusable[ focusable.length - 1 ];
			const wrapTo = event.shiftKey ?
				( doc.activeElement === first ? last : undefined ) :
				( doc.activeElement === last ? first : undefined );
			if ( wrapTo ) {
				event.preventDefault();
				wrapTo.focus();
			}
		}
	} );
	parts.backdrop.addEventListener( 'focusout', ( event: FocusEvent ) => {
		const to = event.relatedTarget as Node | null;
		if ( parts.backdrop.parentNode && to && !parts.dialog.contains( to ) ) {
			parts.cancel.focus();
		}
	} );
}

/**
 * Guards the save button of `form` (`#editform`).
 *
 * @param form
 * @param saveButton `#wpSave`
 * @param options
 */
export function attachSaveGuard( form: HTMLFormElement, saveButton: HTMLElement, options: SaveGuardOptions ): SaveGuard {
	const doc = form.ownerDocument;
	let open: HTMLElement | null = null;
	let allowNext = false;
	// The button that submits; SubmitEvent#submitter is missing in older browsers.
	let lastSubmitter: EventTarget | null = null;

	const onClick = ( event: Event ): void => {
		const target = event.target;
		if ( ( target instanceof HTMLInputElement || target instanceof HTMLButtonElement ) && target.type === 'submit' ) {
			lastSubmitter = target;
		}
	};
	const onKeyDown = ( event: KeyboardEvent ): void => {
		// Enter in a single-line field (the summary) submits with the first button, wpSave.
		if ( event.key === 'Enter' ) {
			lastSubmitter = null;
		}
	};

	const close = (): void => {
		if ( open && open.parentNode ) {
			open.parentNode.removeChild( open );
		}
		open = null;
	};

	const showDialog = ( errors: readonly Diagnostic[] ): void => {
		const parts = buildDialog( doc, options.msg, errors );
		const cancelDialog = (): void => {
			close();
			options.returnFocus();
		};
		parts.cancel.addEventListener( 'click', cancelDialog );
		parts.save.addEventListener( 'click', () => {
			close();
			allowNext = true;
			saveButton.click();
		} );
		keepFocusInDialog( doc, parts, cancelDialog );
		doc.body.appendChild( parts.backdrop );
		open = parts.backdrop;
		// Cancel is the safe choice, so it has the focus.
		parts.cancel.focus();
	};

	const onSubmit = ( event: Event ): void => {
		const submitter = ( event as SubmitEvent ).submitter || lastSubmitter;
		lastSubmitter = null;
		if ( submitter && submitter !== saveButton ) {
			// Show preview, Show changes: no guard.
			return;
		}
		if ( allowNext ) {
			allowNext = false;
			return;
		}
		const errors = options.errors();
		if ( !errors.length ) {
			return;
		}
		event.preventDefault();
		event.stopImmediatePropagation();
		if ( !open ) {
			showDialog( errors );
		}
	};

	form.addEventListener( 'click', onClick, true );
	form.addEventListener( 'keydown', onKeyDown, true );
	// Capture: before MediaWiki's own submit handlers (e.g. the one that
	// switches off the "leave page" warning), which must not run when the
	// save is held back.
	form.addEventListener( 'submit', onSubmit, true );
	return {
		get dialog() {
			return open;
		},
		detach(): void {
			form.removeEventListener( 'click', onClick, true );
			form.removeEventListener( 'keydown', onKeyDown, true );
			form.removeEventListener( 'submit', onSubmit, true );
			close();
		}
	};
}
