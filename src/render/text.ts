/**
 * Localised data text and interface messages as DOM, with fallback text
 * marked by its own `lang` and `dir` so screen readers and fonts treat it
 * right. (Links are in `links.ts`.)
 */
import { directionOf } from '../data/language';
import { pickText } from '../data/localise';
import { LanguageCode, LocalisedText } from '../data/types';
import { MessageKey } from '../i18n/messages';
import { RenderContext } from './context';
import { el, HeadingTag } from './dom';

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
 * A parameter of a message: a number, a text isolated in its own `<bdi>`, or
 * an element (a link) put in as it is: the caller isolates it.
 */
export type MessageParam = number | string | IsolatedText | HTMLElement;

/** A text from the data (or a date) and the language it is in. */
export interface IsolatedText {
	readonly text: string;
	readonly lang: LanguageCode;
}

const INLINE_TAGS = [ 'span', 'strong', 'a', 'bdi' ];

/**
 * Makes an inline element a bidi isolate: text in a known other language
 * gets its `dir` (from markLanguage), any other text `dir="auto"`, so an
 * unterminated U+202E or a right-to-left name never reorders the interface's
 * words around it. Block elements are bidi paragraphs of their own already.
 *
 * @param node
 */
export function isolate<T extends HTMLElement>( node: T ): T {
	if ( INLINE_TAGS.includes( node.tagName.toLowerCase() ) && !node.hasAttribute( 'dir' ) ) {
		node.setAttribute( 'dir', 'auto' );
	}
	return node;
}

/**
 * A `<bdi>` holding `text`, marked with its language when that differs from
 * the language of the text around it.
 *
 * @param ctx
 * @param text
 * @param lang
 * @param aroundLang The language of the surrounding text.
 */
export function bdi( ctx: RenderContext, text: string, lang: LanguageCode, aroundLang: LanguageCode = ctx.lang ): HTMLElement {
	const node = el( ctx.doc, 'bdi', null, text );
	if ( lang !== aroundLang ) {
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
export function localText<K extends 'span' | 'p' | 'li' | HeadingTag | 'strong' | 'div'>(
	ctx: RenderContext, tag: K, value: LocalisedText, className?: string
): HTMLElementTagNameMap[ K ] {
	const picked = pickText( value, ctx.chain, ctx.defaultLanguage );
	const node = el( ctx.doc, tag, { className }, picked.text );
	markLanguage( ctx, node, picked.lang );
	return isolate( node );
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
export function message<K extends 'span' | 'p' | HeadingTag | 'strong' | 'div'>(
	ctx: RenderContext, tag: K, key: MessageKey, params: MessageParam[] = [], className?: string
): HTMLElementTagNameMap[ K ] {
	const msgLang = ctx.msgLanguage( key );
	const node = el( ctx.doc, tag, { className }, messageParts( ctx, key, params, msgLang ) );
	markLanguage( ctx, node, msgLang );
	return node;
}

// Private-use characters that never occur in messages mark where a text
// parameter goes, so numbers still reach {{PLURAL}} as numbers.
const MARK_OPEN = '\uE000';
const MARK_CLOSE = '\uE001';

/**
 * A message's text with every text parameter (data, dates, names of zones)
 * in its own `<bdi>`, in the language it is in.
 *
 * @param ctx
 * @param key
 * @param params
 * @param msgLang
 */
function messageParts( ctx: RenderContext, key: MessageKey, params: MessageParam[], msgLang: LanguageCode ): ( string | HTMLElement )[] {
	const texts: ( IsolatedText | HTMLElement )[] = [];
	const substituted = params.map( ( param ) => {
		if ( typeof param === 'number' ) {
			return param;
		}
		texts.push( typeof param === 'string' ? { text: param, lang: ctx.lang } : param );
		return MARK_OPEN + String( texts.length - 1 ) + MARK_CLOSE;
	} );
	const pieces = ctx.msg( key, ...substituted ).split( new RegExp( `${ MARK_OPEN }(\\d+)${ MARK_CLOSE }` ) );
	return pieces.map( ( piece, i ) => {
		if ( i % 2 === 0 ) {
			return piece;
		}
		const param = texts[ Number( piece ) ];
		if ( !param || 'nodeType' in param ) {
			return param || '';
		}
		return bdi( ctx, param.text, param.lang, msgLang );
	} ).filter( ( piece ) => piece !== '' );
}
