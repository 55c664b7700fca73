/**
 * Codex's CSS-only message (`cdx-message`; styled by src/codex/message.css for
 * readers, by `codex-styles` in the editor):
 * the one builder for the reader's problem reports and sample notice and for
 * the editor's problem list and helper status lines. DOM only.
 */
import { Child, el } from './dom';

export type CodexMessageType = 'notice' | 'warning' | 'error' | 'success';

export interface CodexMessageOptions {
	readonly type: CodexMessageType;
	/** `block` (the default) stands alone; `inline` sits in a line of a form. */
	readonly layout?: 'block' | 'inline';
	/** Our own classes, added to Codex's. */
	readonly className?: string;
	/** E.g. `role`: `alert` for a message that must interrupt. */
	readonly attrs?: Readonly<Record<string, string | undefined>>;
}

/**
 * A Codex message with its icon; `content` goes into `cdx-message__content`.
 *
 * @param doc
 * @param options
 * @param content
 */
export function codexMessage( doc: Document, options: CodexMessageOptions, ...content: ( Child | Child[] )[] ): HTMLElement {
	const classes = [ 'cdx-message', `cdx-message--${ options.layout || 'block' }`, `cdx-message--${ options.type }` ];
	if ( options.className ) {
		classes.push( options.className );
	}
	return el( doc, 'div', { className: classes.join( ' ' ), attrs: options.attrs },
		el( doc, 'span', { className: 'cdx-message__icon' } ),
		el( doc, 'div', { className: 'cdx-message__content' }, ...content ) );
}
