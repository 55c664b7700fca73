/**
 * Codex messages for people who can edit the data page: what is wrong, where
 * (JSON path or line), and a link to fix it. Readers never see these.
 */
import { DataProblem } from '../data/types';
import { MessageKey } from '../i18n/messages';
import { codexMessage } from './codex-message';
import { RenderContext } from './context';
import { el } from './dom';
import { message } from './text';

export type LoadFailure =
	| { readonly kind: 'missing' }
	/** `reason`: `empty`, `too-long`, `interwiki`, `special`, or the wiki's own words. */
	| { readonly kind: 'bad-title'; readonly title: string; readonly reason?: string }
	| { readonly kind: 'load'; readonly code: string }
	| { readonly kind: 'timeout'; readonly seconds: number }
	| { readonly kind: 'not-json-model'; readonly model: string }
	| { readonly kind: 'syntax'; readonly message: string; readonly line: number; readonly column: number }
	| { readonly kind: 'unusable'; readonly problems: readonly DataProblem[] }
	| { readonly kind: 'unknown-view'; readonly view: string };

function problemsMessage( ctx: RenderContext, type: 'error' | 'warning', ...content: HTMLElement[] ): HTMLElement {
	return codexMessage( ctx.doc, {
		type,
		className: 'crs-team-problems',
		attrs: { role: type === 'error' ? 'alert' : 'status' }
	}, content );
}

function problemList( ctx: RenderContext, problems: readonly DataProblem[] ): HTMLElement {
	return el( ctx.doc, 'ul', { className: 'crs-team-problems__list' }, problems.map( ( p ) => el( ctx.doc, 'li', {
		className: `crs-team-problems__item crs-team-problems__item--${ p.severity }`,
		attrs: { lang: 'en', dir: 'ltr' }
	}, p.path ? el( ctx.doc, 'code', null, p.path ) : null, p.path ? ': ' : null, p.message ) ) );
}

function footer( ctx: RenderContext, dataTitle: string | null ): HTMLElement {
	return el( ctx.doc, 'p', { className: 'crs-team-problems__footer' },
		dataTitle ? el( ctx.doc, 'a', { attrs: { href: ctx.wikiUrl( dataTitle, { action: 'edit' } ) } }, ctx.msg( 'crs-team-edit-data' ) ) : null,
		dataTitle ? ' · ' : null,
		el( ctx.doc, 'small', null, ctx.msg( 'crs-team-editors-only' ) ) );
}

/**
 * Why the request failed, in words (codes from `failureCode` in
 * `mw/load-data-pages.ts`); an API error code is shown as it is.
 *
 * @param ctx
 * @param code
 */
function loadFailureText( ctx: RenderContext, code: string ): HTMLElement {
	const http = /^http-(\d+)$/.exec( code );
	if ( http ) {
		return message( ctx, 'p', /^5/.test( http[ 1 ] || '' ) ? 'crs-team-error-load-server' : 'crs-team-error-load-http', [ http[ 1 ] || '' ] );
	}
	const words: Record<string, MessageKey> = {
		network: 'crs-team-error-load-network',
		'not-json': 'crs-team-error-load-not-json',
		empty: 'crs-team-error-load-empty',
		'too-big': 'crs-team-error-load-too-big',
		'content-hidden': 'crs-team-error-load-hidden'
	};
	const key = Object.prototype.hasOwnProperty.call( words, code ) ? words[ code ] : undefined;
	return key ? message( ctx, 'p', key ) : message( ctx, 'p', 'crs-team-error-load', [ code ] );
}

/**
 * Why the placeholder's `data-source` cannot be read, in words.
 *
 * @param ctx
 * @param title The source as written (or as the wiki normalised it)
 * @param reason From the `invalid` result
 */
function badTitleText( ctx: RenderContext, title: string, reason: string | undefined ): HTMLElement {
	switch ( reason ) {
		case 'empty':
			return message( ctx, 'p', 'crs-team-error-source-empty' );
		case 'too-long':
			return message( ctx, 'p', 'crs-team-error-source-too-long', [ title.length ] );
		case 'interwiki':
			return message( ctx, 'p', 'crs-team-error-source-interwiki', [ title ] );
		case 'special':
			return message( ctx, 'p', 'crs-team-error-source-special', [ title ] );
		default:
			return message( ctx, 'p', 'crs-team-error-bad-title', [ title ] );
	}
}

/**
 * The data page cannot be used at all; the fallback content stays.
 *
 * @param ctx
 * @param dataTitle
 * @param failure
 */
export function renderFailure( ctx: RenderContext, dataTitle: string, failure: LoadFailure ): HTMLElement {
	// A placeholder with an empty data-source names no page to say "from".
	const heading = dataTitle.trim() ?
		message( ctx, 'p', 'crs-team-error-heading', [ dataTitle ], 'crs-team-problems__heading' ) :
		message( ctx, 'p', 'crs-team-error-heading-no-source', [], 'crs-team-problems__heading' );
	let detail: HTMLElement;
	switch ( failure.kind ) {
		case 'missing':
			detail = message( ctx, 'p', 'crs-team-error-missing' );
			break;
		case 'bad-title':
			detail = badTitleText( ctx, failure.title, failure.reason );
			break;
		case 'load':
			detail = loadFailureText( ctx, failure.code );
			break;
		case 'timeout':
			detail = message( ctx, 'p', 'crs-team-error-timeout', [ failure.seconds ] );
			break;
		case 'not-json-model':
			detail = message( ctx, 'p', 'crs-team-error-not-json-model', [ failure.model ] );
			break;
		case 'syntax':
			detail = message( ctx, 'p', 'crs-team-error-syntax', [ failure.message, failure.line, failure.column ] );
			break;
		case 'unknown-view':
			detail = message( ctx, 'p', 'crs-team-error-unknown-view', [ failure.view ] );
			break;
		case 'unusable':
			detail = el( ctx.doc, 'div', null,
				message( ctx, 'p', 'crs-team-error-unusable' ),
				problemList( ctx, failure.problems.filter( ( p ) => p.severity === 'error' ) ) );
			break;
	}
	return problemsMessage( ctx, 'error', heading, detail, footer( ctx, failure.kind === 'bad-title' ? null : dataTitle ) );
}

/**
 * Parts of the data page were skipped; the rest is shown under this.
 *
 * @param ctx
 * @param dataTitle
 * @param problems
 */
export function renderProblems( ctx: RenderContext, dataTitle: string, problems: readonly DataProblem[] ): HTMLElement {
	const hasErrors = problems.some( ( p ) => p.severity === 'error' );
	return problemsMessage( ctx, hasErrors ? 'error' : 'warning',
		message( ctx, 'p', 'crs-team-problems-heading', [ dataTitle, problems.length ], 'crs-team-problems__heading' ),
		problemList( ctx, problems ),
		footer( ctx, dataTitle ) );
}
