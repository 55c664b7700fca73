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

/** WCAG relative luminance of a computed `rgb(…)`/`rgba(…)` colour. */
function luminance( colour: string ): number {
	const [ r = 0, g = 0, b = 0 ] = ( colour.match( /[\d.]+/g ) || [] ).slice( 0, 3 ).map( ( c ) => {
		const v = Number( c ) / 255;
		return v <= 0.03928 ? v / 12.92 : Math.pow( ( v + 0.055 ) / 1.055, 2.4 );
	} );
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * WCAG contrast ratio of two computed colours (1 to 21).
 *
 * @param foreground
 * @param background
 */
export function contrastRatio( foreground: string, background: string ): number {
	const a = luminance( foreground );
	const b = luminance( background );
	return ( Math.max( a, b ) + 0.05 ) / ( Math.min( a, b ) + 0.05 );
}

/**
 * WCAG contrast of text whose background axe-core cannot judge (it gives up on
 * any element with a background image, e.g. Codex buttons with the external
 * link icon): text colour against the first solid background colour of the
 * element or its ancestors.
 *
 * @param page
 * @param selector e.g. `.crs-team__output .cdx-button`
 * @param minimum 4.5 for normal text (WCAG 2.1 AA)
 * @return The elements below `minimum`, as "text: ratio"; empty when all pass
 */
export async function contrastBelow( page: Page, selector: string, minimum = 4.5 ): Promise<string[]> {
	const colours = await page.locator( selector ).evaluateAll( ( elements ) => elements.map( ( element ) => {
		let background = 'rgb(255, 255, 255)';
		for ( let node: Element | null = element; node; node = node.parentElement ) {
			const colour = getComputedStyle( node ).backgroundColor;
			if ( /^rgb\(/.test( colour ) || /^rgba\(.*,\s*1\)$/.test( colour ) ) {
				background = colour;
				break;
			}
		}
		return { text: ( element.textContent || '' ).trim(), color: getComputedStyle( element ).color, background };
	} ) );
	return colours
		.map( ( c ) => ( { text: c.text, ratio: contrastRatio( c.color, c.background ) } ) )
		.filter( ( c ) => c.ratio < minimum )
		.map( ( c ) => `${ c.text }: ${ c.ratio.toFixed( 2 ) }` );
}

/**
 * axe-core's `heading-order` rule (a best practice, not a WCAG criterion, so
 * not part of accessibilityViolations) on the article: the page's own h1 and
 * its content, so a jump from the page title to our headings counts.
 *
 * @param page
 * @param selector The article, title included (`#content` in Vector 2022)
 * @return Headings out of order, as "selector "text": summary"; empty when none
 */
export async function headingOrderViolations( page: Page, selector = '#content' ): Promise<string[]> {
	if ( !await page.evaluate( () => 'axe' in window ) ) {
		await page.addScriptTag( { content: axe.source } );
	}
	return page.evaluate( async ( include ) => {
		const result = await ( window as unknown as { axe: typeof axe } ).axe.run(
			{ include: [ include ] } as axe.ElementContext,
			{ runOnly: { type: 'rule', values: [ 'heading-order' ] }, resultTypes: [ 'violations' ] }
		);
		const text = ( selector: string ): string => ( document.querySelector( selector )?.textContent || '' ).trim().slice( 0, 60 );
		return result.violations.flatMap( ( v ) => v.nodes.map( ( n ) => `${ n.target.join( ' ' ) } "${ text( n.target.join( ' ' ) ) }": ${ n.failureSummary || '' }` ) );
	}, selector );
}
