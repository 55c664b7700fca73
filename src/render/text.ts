/**
 * Localised data text and links as DOM, with fallback text marked by its own
 * `lang` and `dir` so screen readers and fonts treat it right.
 */
import { directionOf } from '../data/language';
import { defaultLinkText } from '../data/links';
import { pickText } from '../data/localise';
import { Link, LocalisedText } from '../data/types';
import { MessageKey } from '../i18n/messages';
import { RenderContext } from './context';
import { Child, el } from './dom';

/**
 * Marks `node` with the language of its text when that is not the page's.
 *
 * @param ctx
 * @param node
 * @param lang
 */
export function markLanguage( ctx: RenderContext, node: HTMLElement, lang: string ): HTMLElement {
	if ( lang !== ctx.lang ) {
		node.setAttribute( 'lang', lang );
		node.setAttribute( 'dir', directionOf( lang ) );
	}
	return node;
}

/**
 * Data text in the best language for the reader.
 *
 * @param ctx
 * @param tag
 * @param value
 * @param className
 */
export function localText<K extends 'span' | 'p' | 'li' | 'h3' | 'h4' | 'strong' | 'div'>(
	ctx: RenderContext, tag: K, value: LocalisedText, className?: string
): HTMLElementTagNameMap[ K ] {
	const picked = pickText( value, ctx.chain, ctx.defaultLanguage );
	const node = el( ctx.doc, tag, { className }, picked.text );
	markLanguage( ctx, node, picked.lang );
	return node;
}

/**
 * The plain string of a data text (for attributes and file contents).
 *
 * @param ctx
 * @param value
 */
export function plainText( ctx: RenderContext, value: LocalisedText ): string {
	return pickText( value, ctx.chain, ctx.defaultLanguage ).text;
}

/**
 * An interface message, marked when it fell back to another language.
 *
 * @param ctx
 * @param tag
 * @param key
 * @param params
 * @param className
 */
export function message<K extends 'span' | 'p' | 'h2' | 'h3' | 'h4' | 'strong' | 'div'>(
	ctx: RenderContext, tag: K, key: MessageKey, params: ( string | number )[] = [], className?: string
): HTMLElementTagNameMap[ K ] {
	const node = el( ctx.doc, tag, { className }, ctx.msg( key, ...params ) );
	markLanguage( ctx, node, ctx.msgLanguage( key ) );
	return node;
}

export function linkHref( ctx: RenderContext, link: Link ): string {
	return link.target.kind === 'wiki' ? ctx.pageUrl( link.target.title ) : link.target.url;
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
	} else if ( options.fallbackLabel ) {
		a.appendChild( typeof options.fallbackLabel === 'string' ? ctx.doc.createTextNode( options.fallbackLabel ) : options.fallbackLabel );
	} else {
		a.textContent = defaultLinkText( link.target );
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
