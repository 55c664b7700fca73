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
