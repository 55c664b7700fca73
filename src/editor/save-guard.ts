/**
 * Guard on save: when "Save changes" is pressed and the data page does not
 * parse or has errors, the save waits for a confirmation dialog (Codex
 * CSS-only `cdx-dialog`) listing the problems. "Save anyway" saves, "Cancel"
 * (or Escape) goes back to the edit box with nothing lost. DOM only; no `mw`.
 */
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
	const b = doc.createElement( 'button' );
	b.type = 'button';
	b.className = 'cdx-button ' + classes;
	b.textContent = text;
	return b;
}

function buildDialog( doc: Document, msg: Msg, errors: readonly Diagnostic[] ): { backdrop: HTMLElement; dialog: HTMLElement; save: HTMLButtonElement; cancel: HTMLButtonElement } {
	const backdrop = doc.createElement( 'div' );
	backdrop.className = 'cdx-dialog-backdrop crs-editor-guard';
	const dialog = doc.createElement( 'div' );
	dialog.className = 'cdx-dialog cdx-dialog--vertical-actions';
	dialog.setAttribute( 'role', 'dialog' );
	dialog.setAttribute( 'aria-modal', 'true' );
	dialog.id = 'crs-editor-guard';
	dialog.setAttribute( 'aria-labelledby', 'crs-editor-guard-title' );
	dialog.setAttribute( 'aria-describedby', 'crs-editor-guard-intro' );

	const header = doc.createElement( 'header' );
	header.className = 'cdx-dialog__header cdx-dialog__header--default';
	const titleGroup = doc.createElement( 'div' );
	titleGroup.className = 'cdx-dialog__header__title-group';
	const title = doc.createElement( 'h2' );
	title.className = 'cdx-dialog__header__title';
	title.id = 'crs-editor-guard-title';
	title.textContent = msg( 'crs-team-editor-guard-title' );
	titleGroup.appendChild( title );
	header.appendChild( titleGroup );

	const body = doc.createElement( 'div' );
	body.className = 'cdx-dialog__body';
	const intro = doc.createElement( 'p' );
	intro.id = 'crs-editor-guard-intro';
	intro.textContent = msg( 'crs-team-editor-guard-intro', String( errors.length ) );
	const list = doc.createElement( 'ul' );
	list.className = 'crs-editor-guard__problems';
	for ( const error of errors.slice( 0, MAX_LISTED ) ) {
		const item = doc.createElement( 'li' );
		const where = msg( 'crs-team-editor-diagnostics-where', String( error.line ), String( error.column ) );
		item.textContent = `${ where }: ${ error.path ? error.path + ': ' : '' }${ messageWithoutPath( error ) }`;
		list.appendChild( item );
	}
	if ( errors.length > MAX_LISTED ) {
		const more = doc.createElement( 'li' );
		more.textContent = msg( 'crs-team-editor-diagnostics-more', String( errors.length - MAX_LISTED ) );
		list.appendChild( more );
	}
	body.appendChild( intro );
	body.appendChild( list );

	const footer = doc.createElement( 'footer' );
	footer.className = 'cdx-dialog__footer cdx-dialog__footer--default';
	const actions = doc.createElement( 'div' );
	actions.className = 'cdx-dialog__footer__actions';
	const save = button( doc, msg( 'crs-team-editor-guard-save' ), 'cdx-button--action-destructive cdx-button--weight-primary cdx-dialog__footer__primary-action' );
	const cancel = button( doc, msg( 'crs-team-editor-guard-cancel' ), 'cdx-dialog__footer__default-action' );
	actions.appendChild( save );
	actions.appendChild( cancel );
	footer.appendChild( actions );

	dialog.appendChild( header );
	dialog.appendChild( body );
	dialog.appendChild( footer );
	backdrop.appendChild( dialog );
	return { backdrop, dialog, save, cancel };
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
		parts.backdrop.addEventListener( 'keydown', ( event: KeyboardEvent ) => {
			if ( event.key === 'Escape' ) {
				event.preventDefault();
				cancelDialog();
			} else if ( event.key === 'Tab' ) {
				const focusable = Array.from( parts.dialog.querySelectorAll<HTMLElement>( FOCUSABLE ) );
				const first = focusable[ 0 ];
				const last = focusable[ focusable.length - 1 ];
				if ( event.shiftKey && doc.activeElement === first ) {
					event.preventDefault();
					last.focus();
				} else if ( !event.shiftKey && doc.activeElement === last ) {
					event.preventDefault();
					first.focus();
				}
			}
		} );
		// Focus that leaves the dialog (e.g. a click on the backdrop) comes back.
		parts.backdrop.addEventListener( 'focusout', ( event: FocusEvent ) => {
			const to = event.relatedTarget as Node | null;
			if ( open && to && !parts.dialog.contains( to ) ) {
				parts.cancel.focus();
			}
		} );
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
