/**
 * The list of problems above the edit box, as Codex CSS-only messages
 * (`cdx-message`, styled by the `codex-styles` module). Each problem is a
 * button that moves the cursor to it. DOM only; no `mw`.
 */
import { codexMessage, CodexMessageType } from '../render/codex-message';
import { Child, el, replaceChildren } from '../render/dom';
import { Diagnostic, messageWithoutPath } from './diagnostics';
import type { Msg } from '../i18n/editor-messages';

/** At most this many problems are listed; the rest are counted. */
const MAX_SHOWN = 30;

export interface DiagnosticsPanel {
	/** The panel element, to insert above the editor. */
	readonly element: HTMLElement;
	/** Replaces the list; an empty list shows that no problem was found. */
	show( diagnostics: readonly Diagnostic[] ): void;
}

export interface PanelOptions {
	/** Called when a problem is chosen. */
	onSelect( diagnostic: Diagnostic ): void;
	/** The interface messages. */
	msg: Msg;
}

function panelMessage( doc: Document, type: CodexMessageType, content: Child ): HTMLElement {
	return codexMessage( doc, { type, className: 'crs-editor-diagnostics__message' }, content );
}

function problemButton( doc: Document, diagnostic: Diagnostic, options: PanelOptions ): HTMLElement {
	const button = el( doc, 'button', { className: 'crs-editor-diagnostics__problem', attrs: { type: 'button' } },
		el( doc, 'span', { className: 'crs-editor-diagnostics__where' },
			options.msg( 'crs-team-editor-diagnostics-where', String( diagnostic.line ), String( diagnostic.column ) ) ),
		': ',
		diagnostic.path ? [ el( doc, 'code', { className: 'crs-editor-diagnostics__path' }, diagnostic.path ), ': ' ] : null,
		messageWithoutPath( diagnostic ) );
	button.addEventListener( 'click', () => options.onSelect( diagnostic ) );
	return button;
}

/** Creates the (empty) panel. */
export function createDiagnosticsPanel( doc: Document, options: PanelOptions ): DiagnosticsPanel {
	// Announce changes politely: the list updates while the maintainer types.
	const element = el( doc, 'div', { className: 'crs-editor-diagnostics', attrs: { 'aria-live': 'polite' } } );

	return {
		element,
		show( diagnostics: readonly Diagnostic[] ): void {
			replaceChildren( element );
			if ( !diagnostics.length ) {
				element.appendChild( panelMessage( doc, 'success', options.msg( 'crs-team-editor-diagnostics-none' ) ) );
				return;
			}
			for ( const diagnostic of diagnostics.slice( 0, MAX_SHOWN ) ) {
				element.appendChild( panelMessage( doc, diagnostic.severity, problemButton( doc, diagnostic, options ) ) );
			}
			if ( diagnostics.length > MAX_SHOWN ) {
				element.appendChild( panelMessage( doc, 'notice',
					options.msg( 'crs-team-editor-diagnostics-more', String( diagnostics.length - MAX_SHOWN ) ) ) );
			}
		}
	};
}
