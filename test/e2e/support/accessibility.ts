/**
 * axe-core on the parts of the page our gadget rendered, for WCAG 2.1 A and AA.
 */
import * as axe from 'axe-core';
import { Page } from 'playwright-core';

const WCAG_21_A_AA = [ 'wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa' ];

/** Our output: the rendered views and the error messages for editors. */
export const RENDERED_PARTS = '.crs-team__output';

export interface Violation {
	readonly id: string;
	readonly impact: string | null;
	readonly help: string;
	/** Selectors and axe's summary for each offending element. */
	readonly nodes: string[];
}

/**
 * Runs axe-core in the page on `selector` (our rendered parts by default).
 *
 * @param page
 * @param selector
 * @return Violations, each with its elements; empty when none
 */
export async function accessibilityViolations( page: Page, selector = RENDERED_PARTS ): Promise<Violation[]> {
	if ( !await page.evaluate( () => 'axe' in window ) ) {
		await page.addScriptTag( { content: axe.source } );
	}
	const count = await page.locator( selector ).count();
	if ( !count ) {
		throw new Error( `Nothing matches ${ selector }: nothing to check` );
	}
	return page.evaluate( async ( { include, tags } ) => {
		const result = await ( window as unknown as { axe: typeof axe } ).axe.run(
			{ include: [ include ] } as axe.ElementContext,
			{ runOnly: { type: 'tag', values: tags }, resultTypes: [ 'violations' ] }
		);
		return result.violations.map( ( v ) => ( {
			id: v.id,
			impact: v.impact || null,
			help: v.help,
			nodes: v.nodes.map( ( n ) => `${ n.target.join( ' ' ) }: ${ n.failureSummary || '' }` )
		} ) );
	}, { include: selector, tags: WCAG_21_A_AA } );
}
