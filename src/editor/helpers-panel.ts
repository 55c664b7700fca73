/**
 * The helpers under the edit box, each in a Codex CSS-only accordion
 * (`<details class="cdx-accordion">`), closed at the start so the edit box
 * stays close to the preview. DOM only.
 */
import { el } from '../render/dom';

export interface Helper {
	/** The accordion's title, e.g. "Add a subteam". */
	readonly title: string;
	/** The helper's form. */
	readonly element: HTMLElement;
}

export function createHelpersPanel( doc: Document, heading: string, helpers: readonly Helper[] ): HTMLElement {
	const headingId = 'crs-editor-helpers-heading';
	return el( doc, 'section', { className: 'crs-editor-helpers', attrs: { 'aria-labelledby': headingId } },
		el( doc, 'h2', { className: 'crs-editor-helpers__heading', attrs: { id: headingId } }, heading ),
		helpers.map( ( helper ) => el( doc, 'details', { className: 'cdx-accordion crs-editor-helpers__helper' },
			el( doc, 'summary', null,
				el( doc, 'h3', { className: 'cdx-accordion__header' },
					el( doc, 'span', { className: 'cdx-accordion__header__title' }, helper.title ) ) ),
			el( doc, 'div', { className: 'cdx-accordion__content' }, helper.element ) ) ) );
}
