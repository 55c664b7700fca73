/**
 * Layout checks a reader would notice: horizontal scrolling, and which way
 * the text runs.
 */
import { Page } from 'playwright-core';

export interface Overflow {
	/** The page scrolls sideways: document scrollWidth minus clientWidth, in px. */
	readonly page: number;
	/** Our elements wider than their box, as "selector: N px". */
	readonly ours: string[];
}

/**
 * How far the page and our rendered parts overflow horizontally.
 *
 * @param page
 */
export function horizontalOverflow( page: Page ): Promise<Overflow> {
	return page.evaluate( () => {
		const root = document.documentElement;
		const ours: string[] = [];
		document.querySelectorAll( '.crs-team__output, .crs-team__output .cdx-card, .crs-team-subteams, .crs-team-calendar' ).forEach( ( node ) => {
			const extra = node.scrollWidth - node.clientWidth;
			if ( extra > 1 ) {
				ours.push( `${ node.tagName.toLowerCase() }.${ Array.from( node.classList ).join( '.' ) }: ${ extra } px` );
			}
		} );
		return { page: Math.max( 0, root.scrollWidth - root.clientWidth ), ours };
	} );
}

/**
 * Visible controls of our output (links, buttons, fields) whose boxes
 * overlap another control's: each line box of a wrapped link counts on its
 * own, so two links on neighbouring lines do not overlap unless their text
 * does. Overlaps under 1 px (rounding) are ignored.
 *
 * @param page
 * @return Overlapping pairs, as "a" × "b"; empty when none
 */
export function overlappingControls( page: Page ): Promise<string[]> {
	return page.evaluate( () => {
		const controls = Array.from( document.querySelectorAll<HTMLElement>(
			'.crs-team__output a, .crs-team__output button, .crs-team__output input, .crs-team__output select, .crs-team__output [tabindex="0"]'
		) ).filter( ( node ) => node.offsetParent !== null || getComputedStyle( node ).position === 'fixed' );
		const name = ( node: HTMLElement ): string => `${ node.tagName.toLowerCase() } "${ ( node.textContent || node.getAttribute( 'aria-label' ) || '' ).trim().slice( 0, 40 ) }"`;
		const boxes = controls.map( ( node ) => ( { node, rects: Array.from( node.getClientRects() ).filter( ( r ) => r.width > 0 && r.height > 0 ) } ) );
		const found: string[] = [];
		boxes.forEach( ( a, i ) => boxes.slice( i + 1 ).forEach( ( b ) => {
			if ( a.node.contains( b.node ) || b.node.contains( a.node ) ) {
				return;
			}
			const overlaps = a.rects.some( ( ra ) => b.rects.some( ( rb ) => Math.min( ra.right, rb.right ) - Math.max( ra.left, rb.left ) > 1 &&
				Math.min( ra.bottom, rb.bottom ) - Math.max( ra.top, rb.top ) > 1 ) );
			if ( overlaps ) {
				found.push( `${ name( a.node ) } × ${ name( b.node ) }` );
			}
		} ) );
		return found;
	} );
}
