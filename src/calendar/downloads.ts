/**
 * "Add to calendar": sessions as iCalendar files (icalendar.ts),
 * offered as `<a download="….ics">` links styled as Codex buttons. The file
 * is built when the link is activated (so DTSTAMP is the moment of the
 * download) and handed to the browser as a Blob of type
 * `text/calendar;charset=utf-8`.
 */
import { ConversationHours, Session } from '../data/types';
import { ICS_MIME, IcsEvent, icsFileName, icsUid, sessionsToICalendar } from './icalendar';
import { CalendarEnvironment, RenderContext } from '../render/context';
import { el } from '../render/dom';
import { linkHref } from '../render/links';
import { message, plainText } from '../render/text';

/** PRODID of our files. */
export const PROD_ID = '-//Wikimedia Foundation//crs-team-gadgets//EN';

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

/**
 * A session as an iCalendar event. The UID comes from the session's id, the
 * wiki and the data page, so it is the same in every download; LOCATION is
 * the room (else the stream); DESCRIPTION adds the ways to join.
 *
 * @param ctx
 * @param env
 * @param session
 * @param hours
 * @param source The data page's title.
 */
function sessionEvent( ctx: RenderContext, env: CalendarEnvironment, session: Session, hours: ConversationHours, source: string ): IcsEvent {
	const room = session.room || hours.room;
	const stream = session.stream || hours.stream;
	const roomUrl = room ? env.absoluteUrl( linkHref( ctx, room ) ) : undefined;
	const streamUrl = stream ? env.absoluteUrl( linkHref( ctx, stream ) ) : undefined;
	const parts: string[] = [];
	if ( session.description ) {
		parts.push( plainText( ctx, session.description ) );
	}
	if ( roomUrl ) {
		parts.push( ctx.msg( 'crs-team-link-room' ) + ': ' + roomUrl );
	}
	if ( streamUrl ) {
		parts.push( ctx.msg( 'crs-team-link-stream' ) + ': ' + streamUrl );
	}
	return {
		uid: icsUid( session.id, env.wikiId + '/' + source.replace( / /g, '_' ) ),
		sequence: session.sequence,
		startMs: session.start,
		endMs: session.end,
		summary: sessionTitle( ctx, session ),
		description: parts.length ? parts.join( '\n\n' ) : undefined,
		url: env.pageUrl,
		location: roomUrl || streamUrl,
		status: session.status
	};
}

/**
 * The text of an iCalendar file for `sessions`.
 *
 * @param ctx
 * @param env
 * @param sessions At least one.
 * @param hours
 * @param source
 * @param calendarName
 */
export function icsText( ctx: RenderContext, env: CalendarEnvironment, sessions: readonly Session[], hours: ConversationHours, source: string, calendarName: string ): string {
	return sessionsToICalendar( sessions.map( ( s ) => sessionEvent( ctx, env, s, hours, source ) ), {
		prodId: PROD_ID,
		calendarName,
		nowMs: env.now()
	} );
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
	/** The file's name, ending in `.ics`. */
	readonly fileName: string;
	/** Builds the file's text when the link is activated. */
	build(): string;
	readonly className?: string;
	/** Restores focus to this link after a re-render. */
	readonly focusKey?: string;
}

/**
 * An `<a download>` styled as a Codex button that saves an iCalendar file.
 *
 * @param doc
 * @param options
 */
export function downloadLink( doc: Document, options: DownloadLinkOptions ): HTMLAnchorElement {
	const a = el( doc, 'a', {
		className: 'cdx-button cdx-button--fake-button cdx-button--fake-button--enabled crs-team-download' + ( options.className ? ' ' + options.className : '' ),
		attrs: {
			href: '#',
			download: options.fileName,
			type: ICS_MIME,
			'data-focus-key': options.focusKey
		}
	},
	el( doc, 'span', { className: 'crs-team-download__icon', attrs: { 'aria-hidden': 'true' } } ),
	options.label,
	options.hiddenSuffix ? el( doc, 'span', { className: 'crs-team-visually-hidden' }, options.hiddenSuffix ) : null );
	let previous: { release(): void } | null = null;
	a.addEventListener( 'click', ( event: Event ) => {
		let text: string;
		try {
			text = options.build();
		} catch ( e ) {
			event.preventDefault();
			return;
		}
		if ( previous ) {
			previous.release();
		}
		const file = fileUrl( text );
		previous = file;
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
		fileName: icsFileName( title, 'conversation-hour-' + date ),
		build: () => icsText( ctx, env, [ session ], hours, source, ctx.msg( 'crs-team-ics-calendar-name', teamName ) ),
		className: 'crs-team-download--session',
		focusKey: 'download:' + session.id
	} );
}
