/**
 * Data links as DOM: wiki pages through the wiki's own URLs, external links
 * marked as such, labels in the best language (marked when they fall back).
 */
import { defaultLinkText } from '../data/links';
import { pickText } from '../data/localise';
import { Link } from '../data/types';
import { RenderContext } from './context';
import { Child, el } from './dom';
import { isolate, markLanguage } from './text';

/**
 * Where a data link goes: the wiki page's URL, or the external URL.
 *
 * @param ctx
 * @param link
 */
export function linkHref( ctx: RenderContext, link: Link ): string {
	return link.target.kind === 'wiki' ? ctx.wikiUrl( link.target.title ) : link.target.url;
}

/**
 * An `<a>` for a data link. External links get the wiki's external-link
 * class; the label defaults to the page title or host.
 *
 * @param ctx
 * @param link
 * @param options
 * @param options.className
 * @param options.fallbackLabel
 */
export function linkElement( ctx: RenderContext, link: Link, options: { className?: string; fallbackLabel?: Child } = {} ): HTMLAnchorElement {
	const external = link.target.kind === 'external';
	const classes = [ options.className, external ? 'external' : undefined ].filter( Boolean ).join( ' ' );
	const a = el( ctx.doc, 'a', {
		className: classes || undefined,
		attrs: {
			href: linkHref( ctx, link ),
			rel: external ? 'nofollow noopener' : undefined,
			title: link.target.kind === 'wiki' ? link.target.title : undefined
		}
	} );
	if ( link.label ) {
		const picked = pickText( link.label, ctx.chain, ctx.defaultLanguage );
		a.textContent = picked.text;
		markLanguage( ctx, a, picked.lang );
		isolate( a );
	} else if ( options.fallbackLabel ) {
		a.appendChild( typeof options.fallbackLabel === 'string' ? ctx.doc.createTextNode( options.fallbackLabel ) : options.fallbackLabel );
	} else {
		// A page title or host from the data: isolated like any data text.
		a.textContent = defaultLinkText( link.target );
		isolate( a );
	}
	return a;
}

/**
 * A list of links, or nothing when there are none.
 *
 * @param ctx
 * @param links
 * @param className
 */
export function linkList( ctx: RenderContext, links: readonly Link[], className: string ): HTMLUListElement | null {
	if ( !links.length ) {
		return null;
	}
	return el( ctx.doc, 'ul', { className }, links.map( ( link ) => el( ctx.doc, 'li', null, linkElement( ctx, link ) ) ) );
}
