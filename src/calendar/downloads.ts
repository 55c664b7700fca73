/**
 * "Add to calendar": `<a download="….ics">` links styled as Codex buttons.
 * The file is built when the link is activated (so DTSTAMP is the moment of
 * the download) by the calendar's tools (tools.ts: ics-file.ts and
 * icalendar.ts, loaded on first use) and handed to the browser as a Blob
 * of type `text/calendar;charset=utf-8`. A link activated before the tools
 * have arrived waits for them (`aria-busy`), then downloads; if they cannot
 * be loaded, it says so beside the link.
 */
import { ConversationHours, Session } from '../data/types';
import type { CalendarTools } from './tools';
import { CalendarEnvironment, RenderContext } from '../render/context';
import { el } from '../render/dom';
import { LazyPart, prefetchOnApproach, setBusy } from '../render/lazy';
import { message, plainText } from '../render/text';

/** The media type the files are served with. */
export const ICS_MIME = 'text/calendar;charset=utf-8';

/** How long a downloaded file's object URL is kept before it is released. */
const URL_LIFETIME_MS = 60 * 1000;

/**
 * The title of a session as plain text in the reader's language.
 *
 * @param ctx
 * @param session
 */
export function sessionTitle( ctx: RenderContext, session: Session ): string {
	return session.title ? plainText( ctx, session.title ) : ctx.msg( 'crs-team-session-default-title' );
}

function fileUrl( text: string ): { href: string; release(): void } {
	if ( typeof URL !== 'undefined' && typeof URL.createObjectURL === 'function' && typeof Blob !== 'undefined' ) {
		const href = URL.createObjectURL( new Blob( [ text ], { type: ICS_MIME } ) );
		return { href, release: () => URL.revokeObjectURL( href ) };
	}
	return { href: 'data:' + ICS_MIME + ',' + encodeURIComponent( text ), release: () => undefined };
}

export interface DownloadLinkOptions {
	/** Visible text. */
	readonly label: Node | string;
	/**
	 * Added to the link's text for screen readers only, when the visible text
	 * alone is ambiguous (e.g. " – Conversation hour, December 2026"). Kept
	 * in the content, not in aria-label, so the accessible name always
	 * contains the visible text, whatever languages the two are in.
	 */
	readonly hiddenSuffix?: string;
	/** The calendar's tools, which write the file (loaded on first use). */
	readonly tools: LazyPart<CalendarTools>;
	/** The file's name, ending in `.ics`. */
	fileName( tools: CalendarTools ): string;
	/** Builds the file's text when the link is activated. */
	build( tools: CalendarTools ): string;
	/** Said beside the link when the tools cannot be loaded. */
	readonly failed: string;
	readonly className?: string;
	/** Restores focus to this link after a re-render. */
	readonly focusKey?: string;
}

/**
 * Waits for the tools after a click that came before them, then clicks
 * again; or says beside the link that they could not be loaded.
 *
 * @param a
 * @param options
 */
function downloadWhenLoaded( a: HTMLAnchorElement, options: DownloadLinkOptions ): void {
	if ( a.getAttribute( 'aria-busy' ) ) {
		return;
	}
	const old = a.nextElementSibling;
	if ( old && old.classList.contains( 'crs-team-download__failed' ) ) {
		old.remove();
	}
	setBusy( a, true );
	a.setAttribute( 'aria-disabled', 'true' );
	const done = (): void => {
		setBusy( a, false );
		a.removeAttribute( 'aria-disabled' );
	};
	options.tools.load().then( () => {
		done();
		a.click();
	}, () => {
		done();
		a.insertAdjacentElement( 'afterend', el( a.ownerDocument, 'span', {
			className: 'crs-team-download__failed',
			attrs: { role: 'alert' }
		}, options.failed ) );
	} );
}

/**
 * An `<a download>` styled as a Codex button that saves an iCalendar file.
 *
 * @param doc
 * @param options
 */
export function downloadLink( doc: Document, options: DownloadLinkOptions ): HTMLAnchorElement {
	const ready = options.tools.get();
	const a = el( doc, 'a', {
		className: 'cdx-button cdx-button--fake-button cdx-button--fake-button--enabled crs-team-download' + ( options.className ? ' ' + options.className : '' ),
		attrs: {
			href: '#',
			download: ready ? options.fileName( ready ) : '',
			type: ICS_MIME,
			'data-focus-key': options.focusKey
		}
	},
	el( doc, 'span', { className: 'crs-team-download__icon', attrs: { 'aria-hidden': 'true' } } ),
	options.label,
	options.hiddenSuffix ? el( doc, 'span', { className: 'crs-team-visually-hidden' }, options.hiddenSuffix ) : null );
	prefetchOnApproach( a, options.tools );
	let previous: { release(): void } | null = null;
	a.addEventListener( 'click', ( event: Event ) => {
		const tools = options.tools.get();
		if ( !tools ) {
			event.preventDefault();
			downloadWhenLoaded( a, options );
			return;
		}
		let text: string;
		try {
			text = options.build( tools );
		} catch ( e ) {
			event.preventDefault();
			return;
		}
		if ( previous ) {
			previous.release();
		}
		const file = fileUrl( text );
		previous = file;
		a.setAttribute( 'download', options.fileName( tools ) );
		a.setAttribute( 'href', file.href );
		setTimeout( () => {
			if ( previous === file ) {
				file.release();
				previous = null;
				a.setAttribute( 'href', '#' );
			}
		}, URL_LIFETIME_MS );
	} );
	return a;
}

/**
 * The download for one session, with its file name from the session's
 * title (ASCII) and date.
 *
 * @param ctx
 * @param env
 * @param session
 * @param hours
 * @param source
 * @param teamName
 */
export function sessionDownload( ctx: RenderContext, env: CalendarEnvironment, session: Session, hours: ConversationHours, source: string, teamName: string ): HTMLAnchorElement {
	const title = sessionTitle( ctx, session );
	const date = new Date( session.start ).toISOString().slice( 0, 10 );
	return downloadLink( ctx.doc, {
		label: message( ctx, 'span', 'crs-team-download-session' ),
		hiddenSuffix: ' \u2013 ' + title,
		tools: env.tools,
		fileName: ( tools ) => tools.icsFileName( title, 'conversation-hour-' + date ),
		build: ( tools ) => tools.icsText( ctx, env, [ session ], hours, source, ctx.msg( 'crs-team-ics-calendar-name', teamName ) ),
		failed: ctx.msg( 'crs-team-part-failed' ),
		className: 'crs-team-download--session',
		focusKey: 'download:' + session.id
	} );
}
