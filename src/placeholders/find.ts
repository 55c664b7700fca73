/**
 * Reads the placeholders of a page: which data page and which views each
 * wants. Only reads the DOM; never changes it.
 */
import { isView, View, VIEWS } from '../data/types';
import { PLACEHOLDER_SELECTOR } from './selector';

export interface Placeholder {
	readonly element: HTMLElement;
	/** The data page title as written in data-source. */
	readonly source: string;
	/** The views to render, or the unknown value that was asked for. */
	readonly views: readonly View[] | { readonly unknown: string };
	/** The level the rendered headings start at (see headingLevelAt). */
	readonly headingLevel: number;
}

/**
 * `data-view="calendar"`, `data-view="overview subteams"`, or absent for all.
 *
 * @param attr
 */
export function parseViews( attr: string | null ): readonly View[] | { readonly unknown: string } {
	if ( attr === null || !attr.trim() ) {
		return VIEWS;
	}
	const views: View[] = [];
	for ( const word of attr.trim().split( /[\s,]+/ ) ) {
		const name = word.toLowerCase();
		if ( !isView( name ) ) {
			return { unknown: word };
		}
		if ( !views.includes( name ) ) {
			views.push( name );
		}
	}
	return views;
}

function isAfter( element: HTMLElement, heading: HTMLElement ): boolean {
	// Node.DOCUMENT_POSITION_FOLLOWING (4): `heading` comes after `element`.
	return element.compareDocumentPosition( heading ) === element.DOCUMENT_POSITION_FOLLOWING;
}

/**
 * One level below the last heading before `element` in the page's content
 * (`.mw-parser-output`), not counting headings inside placeholders (their
 * fallbacks and our own renderings): 2 at the top of a page, under its h1;
 * 3 under a `== Section ==`.
 *
 * @param element
 */
function headingLevelAt( element: HTMLElement ): number {
	const scope = element.closest( '.mw-parser-output' ) || element.ownerDocument.body;
	let level = 1;
	for ( const heading of Array.prototype.slice.call( scope.querySelectorAll( 'h1, h2, h3, h4, h5, h6' ) ) as HTMLElement[] ) {
		// Headings come in document order: stop at the first one at or after the placeholder.
		if ( isAfter( element, heading ) ) {
			break;
		}
		if ( !heading.closest( PLACEHOLDER_SELECTOR ) ) {
			level = Number( heading.tagName.charAt( 1 ) );
		}
	}
	return level + 1;
}

export function findPlaceholders( root: ParentNode ): Placeholder[] {
	return Array.prototype.slice.call( root.querySelectorAll( PLACEHOLDER_SELECTOR ) ).map( ( element: HTMLElement ) => ( {
		element,
		source: ( element.getAttribute( 'data-source' ) || '' ).trim(),
		views: parseViews( element.getAttribute( 'data-view' ) ),
		headingLevel: headingLevelAt( element )
	} ) );
}
