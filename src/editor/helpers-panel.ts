/**
 * The helpers under the edit box, each in a Codex CSS-only accordion
 * (`<details class="cdx-accordion">`), closed at the start so the edit box
 * stays close to the preview. DOM only.
 */

export interface Helper {
	/** The accordion's title, e.g. "Add a subteam". */
	readonly title: string;
	/** The helper's form. */
	readonly element: HTMLElement;
}

export function createHelpersPanel( doc: Document, heading: string, helpers: readonly Helper[] ): HTMLElement {
	const element = doc.createElement( 'section' );
	element.className = 'crs-editor-helpers';
	const title = doc.createElement( 'h2' );
	title.className = 'crs-editor-helpers__heading';
	title.id = 'crs-editor-helpers-heading';
	title.textContent = heading;
	element.setAttribute( 'aria-labelledby', title.id );
	element.appendChild( title );
	for ( const helper of helpers ) {
		const details = doc.createElement( 'details' );
		details.className = 'cdx-accordion crs-editor-helpers__helper';
		const summary = doc.createElement( 'summary' );
		const header = doc.createElement( 'h3' );
		header.className = 'cdx-accordion__header';
		const text = doc.createElement( 'span' );
		text.className = 'cdx-accordion__header__title';
		text.textContent = helper.title;
		header.appendChild( text );
		summary.appendChild( header );
		const content = doc.createElement( 'div' );
		content.className = 'cdx-accordion__content';
		content.appendChild( helper.element );
		details.appendChild( summary );
		details.appendChild( content );
		element.appendChild( details );
	}
	return element;
}
