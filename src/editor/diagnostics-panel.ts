/**
 * The list of problems above the edit box, as Codex CSS-only messages
 * (`cdx-message`, styled by the `codex-styles` module). Each problem is a
 * button that moves the cursor to it. DOM only; no `mw`.
 */
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

function message( doc: Document, type: 'error' | 'warning' | 'success' | 'notice', content: Node[] ): HTMLElement {
	const box = doc.createElement( 'div' );
	box.className = 'cdx-message cdx-message--block cdx-message--' + type + ' crs-editor-diagnostics__message';
	const icon = doc.createElement( 'span' );
	icon.className = 'cdx-message__icon';
	const body = doc.createElement( 'div' );
	body.className = 'cdx-message__content';
	for ( const node of content ) {
		body.appendChild( node );
	}
	box.appendChild( icon );
	box.appendChild( body );
	return box;
}

function problemButton( doc: Document, diagnostic: Diagnostic, options: PanelOptions ): HTMLElement {
	const button = doc.createElement( 'button' );
	button.type = 'button';
	button.className = 'crs-editor-diagnostics__problem';
	const where = doc.createElement( 'span' );
	where.className = 'crs-editor-diagnostics__where';
	where.textContent = options.msg( 'crs-team-editor-diagnostics-where', String( diagnostic.line ), String( diagnostic.column ) );
	button.appendChild( where );
	button.appendChild( doc.createTextNode( ': ' ) );
	if ( diagnostic.path ) {
		const path = doc.createElement( 'code' );
		path.className = 'crs-editor-diagnostics__path';
		path.textContent = diagnostic.path;
		button.appendChild( path );
		button.appendChild( doc.createTextNode( ': ' ) );
	}
	button.appendChild( doc.createTextNode( messageWithoutPath( diagnostic ) ) );
	button.addEventListener( 'click', () => options.onSelect( diagnostic ) );
	return button;
}

/** Creates the (empty) panel. */
export function createDiagnosticsPanel( doc: Document, options: PanelOptions ): DiagnosticsPanel {
	const element = doc.createElement( 'div' );
	element.className = 'crs-editor-diagnostics';
	// Announce changes politely: the list updates while the maintainer types.
	element.setAttribute( 'aria-live', 'polite' );

	return {
		element,
		show( diagnostics: readonly Diagnostic[] ): void {
			while ( element.firstChild ) {
				element.removeChild( element.firstChild );
			}
			if ( !diagnostics.length ) {
				element.appendChild( message( doc, 'success', [
					doc.createTextNode( options.msg( 'crs-team-editor-diagnostics-none' ) )
				] ) );
				return;
			}
			for ( const diagnostic of diagnostics.slice( 0, MAX_SHOWN ) ) {
				element.appendChild( message( doc, diagnostic.severity, [ problemButton( doc, diagnostic, options ) ] ) );
			}
			if ( diagnostics.length > MAX_SHOWN ) {
				element.appendChild( message( doc, 'notice', [
					doc.createTextNode( options.msg( 'crs-team-editor-diagnostics-more', String( diagnostics.length - MAX_SHOWN ) ) )
				] ) );
			}
		}
	};
}
