/**
 * Localised data text and interface messages as DOM, with fallback text
 * marked by its own `lang` and `dir` so screen readers and fonts treat it
 * right. (Links are in `links.ts`.)
 */
import { directionOf } from '../data/language';
import { pickText } from '../data/localise';
import { LocalisedText } from '../data/types';
import { MessageKey } from '../i18n/messages';
import { RenderContext } from './context';
import { el } from './dom';

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
