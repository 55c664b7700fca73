/**
 * Puts the outcome for one placeholder into the page: the rendered views
 * (fallback kept, hidden), or — when the data page cannot be used — the
 * fallback stays and only people who can edit the data page see why.
 *
 * The reports themselves (render/problems.ts) are the hidden gadget
 * crs-team-problems, loaded only when there is something to report to
 * someone who can fix it (`ApplyOptions.problems`): the page is never
 * blank meanwhile (the fallback, or the views, are already there), and if
 * that gadget cannot be loaded a plain sentence says the data page could
 * not be checked.
 */
import { parseDataPage, ParsedDataPage, SyntaxProblem } from '../data/parse';
import { RenderContext } from '../render/context';
import { el } from '../render/dom';
import { LazyPart, setBusy } from '../render/lazy';
import type { LoadFailure, renderFailure, renderProblems } from '../render/problems';
import { message } from '../render/text';
import { renderViews } from '../render/views';
import { DataPageResult } from '../mw/load-data-pages';
import { Placeholder } from './find';

export type PlaceholderState = 'loading' | 'rendered' | 'failed';
export const STATE_ATTRIBUTE = 'data-crs-state';
const FALLBACK_CLASS = 'crs-team__fallback';
const OUTPUT_CLASS = 'crs-team__output';

export interface ApplyOptions {
	readonly sampleNotice: boolean;
	/**
	 * Whether the reader can probably edit the data page, for when the wiki
	 * never answered (its answer says so exactly): logged in and able to
	 * edit the page they are reading.
	 */
	readonly probablyCanEdit: boolean;
	/**
	 * Show editors what is wrong with the data page here. Several
	 * placeholders of one data page report it once, in the first.
	 */
	readonly reportProblems: boolean;
	/**
	 * Where a syntax error is, by a parser that always knows (loaded on
	 * demand: the crs-team-syntax gadget); used when the browser's
	 * `JSON.parse` did not say. Resolves to null when the text is valid.
	 */
	readonly locateSyntax?: ( text: string ) => Promise<SyntaxProblem | null>;
	/** The problem reports (the crs-team-problems gadget), loaded when one is shown. */
	readonly problems: LazyPart<ProblemViews>;
}

/** What the crs-team-problems gadget exports. */
export interface ProblemViews {
	readonly renderFailure: typeof renderFailure;
	readonly renderProblems: typeof renderProblems;
}

/**
 * Puts a report into `slot`: at once when the reports have arrived, else
 * when they do, if `slot` is still on the page then; if they cannot be
 * loaded, a plain sentence that the data page could not be checked. While
 * they load, the slot is marked busy (`aria-busy`): assistive technology
 * (and anything waiting for the page to settle) knows more is coming.
 *
 * @param ctx
 * @param placeholder
 * @param slot
 * @param part
 * @param build
 */
function report( ctx: RenderContext, placeholder: Placeholder, slot: HTMLElement, part: LazyPart<ProblemViews>,
	build: ( views: ProblemViews ) => HTMLElement ): void {
	const ready = part.get();
	if ( ready ) {
		slot.appendChild( build( ready ) );
		return;
	}
	const still = (): boolean => placeholder.element.contains( slot );
	setBusy( slot, true );
	part.load().then( ( views ) => {
		setBusy( slot, false );
		if ( still() ) {
			slot.appendChild( build( views ) );
		}
	}, () => {
		setBusy( slot, false );
		if ( still() ) {
			slot.appendChild( message( ctx, 'p', 'crs-team-problems-unchecked', [], 'crs-team-problems-unchecked' ) );
		}
	} );
}

/**
 * Children of the placeholder that are the page's own fallback content.
 *
 * @param element
 */
function fallbackHolder( element: HTMLElement ): HTMLElement {
	const existing = element.querySelector( `:scope > .${ FALLBACK_CLASS }` );
	if ( existing ) {
		return existing as HTMLElement;
	}
	const holder = el( element.ownerDocument, 'div', { className: FALLBACK_CLASS } );
	Array.prototype.slice.call( element.childNodes ).forEach( ( node: Node ) => holder.appendChild( node ) );
	element.appendChild( holder );
	return holder;
}

const ANCHOR_ATTRIBUTE = 'data-crs-anchor';
const HEADINGS = 'h1, h2, h3, h4, h5, h6';

/**
 * The table of contents lists the server rendering's headings, and hides
 * with it: their anchors (`id`, on the heading or, in MediaWiki's older
 * markup, on its `.mw-headline`) move to the rendered headings at the same
 * place in the outline (the views render the same parts in the same order),
 * or to the rendered output when it has fewer; and back when the fallback
 * shows again. So every entry of the contents leads to what the reader sees.
 *
 * @param fallback
 * @param output
 */
function moveAnchors( fallback: HTMLElement, output: HTMLElement | null ): void {
	( Array.prototype.slice.call( fallback.querySelectorAll( `[${ ANCHOR_ATTRIBUTE }]` ) ) as HTMLElement[] ).forEach( ( node ) => {
		node.id = node.getAttribute( ANCHOR_ATTRIBUTE ) || '';
		node.removeAttribute( ANCHOR_ATTRIBUTE );
	} );
	if ( !output ) {
		return;
	}
	const rendered = Array.prototype.slice.call( output.querySelectorAll( HEADINGS ) ) as HTMLElement[];
	( Array.prototype.slice.call( fallback.querySelectorAll( HEADINGS ) ) as HTMLElement[] ).forEach( ( heading, i ) => {
		const anchor = heading.id ? heading : heading.querySelector<HTMLElement>( '.mw-headline[id]' );
		const target = rendered[ i ] || output;
		if ( anchor && anchor.id && !target.id ) {
			anchor.setAttribute( ANCHOR_ATTRIBUTE, anchor.id );
			target.id = anchor.id;
			anchor.removeAttribute( 'id' );
		}
	} );
}

function setOutput( element: HTMLElement, content: HTMLElement | null, showFallback: boolean ): void {
	const fallback = fallbackHolder( element );
	const old = element.querySelector( `:scope > .${ OUTPUT_CLASS }` );
	if ( old ) {
		old.remove();
	}
	let output: HTMLElement | null = null;
	if ( content ) {
		output = el( element.ownerDocument, 'div', { className: OUTPUT_CLASS }, content );
		element.insertBefore( output, fallback );
	}
	moveAnchors( fallback, showFallback ? null : output );
	fallback.hidden = !showFallback;
}

function fail( ctx: RenderContext, placeholder: Placeholder, title: string, failure: LoadFailure, options: ApplyOptions | null ): PlaceholderState {
	const slot = options ? el( ctx.doc, 'div', { className: 'crs-team-problems-slot' } ) : null;
	setOutput( placeholder.element, slot, true );
	placeholder.element.setAttribute( STATE_ATTRIBUTE, 'failed' );
	if ( slot && options ) {
		report( ctx, placeholder, slot, options.problems, ( views ) => views.renderFailure( ctx, title, failure ) );
	}
	return 'failed';
}

/**
 * Gives up on a placeholder whose rendering went wrong: the fallback content
 * shows again, nothing of ours stays, and its state is `failed`.
 *
 * @param placeholder
 */
export function abandon( placeholder: Placeholder ): PlaceholderState {
	setOutput( placeholder.element, null, true );
	placeholder.element.setAttribute( STATE_ATTRIBUTE, 'failed' );
	return 'failed';
}

function canEditDataPage( result: DataPageResult, options: ApplyOptions ): boolean {
	switch ( result.kind ) {
		case 'ok':
		case 'missing':
		case 'not-json-model':
			return result.canEdit;
		// No answer about this page's rights: a failed request, a title the
		// wiki refuses, or no answer in time. The reason is still shown to
		// whoever can probably edit (logged in, can edit the page read).
		case 'timeout':
		case 'error':
		case 'invalid':
			return options.probablyCanEdit;
	}
}

/**
 * Replaces a syntax report without a position ("line 0, column 0") with
 * one that names the line and column, once the locating parser has
 * answered; if it cannot be loaded, the first report stays.
 *
 * @param ctx
 * @param placeholder
 * @param title
 * @param text
 * @param locate
 */
function locateThenReport( ctx: RenderContext, placeholder: Placeholder, title: string, text: string,
	locate: ( text: string ) => Promise<SyntaxProblem | null>, problems: LazyPart<ProblemViews> ): void {
	Promise.all( [ locate( text ), problems.load() ] ).then( ( [ found, views ] ) => {
		if ( found && placeholder.element.getAttribute( STATE_ATTRIBUTE ) === 'failed' ) {
			setOutput( placeholder.element, views.renderFailure( ctx, title, { kind: 'syntax', ...found } ), true );
		}
	} ).catch( () => undefined );
}

/*
 * Each data page is parsed and validated once per page view: placeholders of
 * the same data page share one result object, and with it the parse.
 */
const parsedPages = new WeakMap<DataPageResult, ParsedDataPage>();

function parseOnce( result: DataPageResult & { readonly text: string } ): ParsedDataPage {
	let parsed = parsedPages.get( result );
	if ( !parsed ) {
		parsed = parseDataPage( result.text );
		parsedPages.set( result, parsed );
	}
	return parsed;
}

export function applyResult( ctx: RenderContext, placeholder: Placeholder, result: DataPageResult, options: ApplyOptions ): PlaceholderState {
	const canEdit = canEditDataPage( result, options );
	const reportTo = canEdit && options.reportProblems ? options : null;
	if ( !Array.isArray( placeholder.views ) ) {
		return fail( ctx, placeholder, result.title, { kind: 'unknown-view', view: ( placeholder.views as { unknown: string } ).unknown }, canEdit ? options : null );
	}
	switch ( result.kind ) {
		case 'missing':
			return fail( ctx, placeholder, result.title, { kind: 'missing' }, reportTo );
		case 'invalid':
			return fail( ctx, placeholder, result.title, { kind: 'bad-title', title: result.title, reason: result.reason }, reportTo );
		case 'error':
			return fail( ctx, placeholder, result.title, { kind: 'load', code: result.code }, reportTo );
		case 'timeout':
			return fail( ctx, placeholder, result.title, { kind: 'timeout', seconds: result.seconds }, reportTo );
		case 'not-json-model':
			return fail( ctx, placeholder, result.title, { kind: 'not-json-model', model: result.model }, reportTo );
	}
	const parsed = parseOnce( result );
	if ( !parsed.ok ) {
		const state = fail( ctx, placeholder, result.title, { kind: 'syntax', ...parsed.syntax }, reportTo );
		if ( reportTo && parsed.syntax.line === 0 && options.locateSyntax ) {
			locateThenReport( ctx, placeholder, result.title, result.text, options.locateSyntax, options.problems );
		}
		return state;
	}
	const { data, problems } = parsed.result;
	if ( !data ) {
		return fail( ctx, placeholder, result.title, { kind: 'unusable', problems }, reportTo );
	}
	const rendered = renderViews( ctx, data, placeholder.views, {
		sampleNotice: options.sampleNotice, source: result.title, headingLevel: placeholder.headingLevel, idPrefix: placeholder.idPrefix
	} );
	const slot = reportTo && problems.length ? el( ctx.doc, 'div', { className: 'crs-team-problems-slot' } ) : null;
	setOutput( placeholder.element, slot ? el( ctx.doc, 'div', null, slot, rendered ) : rendered, false );
	if ( slot ) {
		report( ctx, placeholder, slot, options.problems, ( views ) => views.renderProblems( ctx, result.title, problems ) );
	}
	placeholder.element.setAttribute( STATE_ATTRIBUTE, 'rendered' );
	return 'rendered';
}
