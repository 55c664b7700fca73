/**
 * The text of "Add to calendar" files: sessions as iCalendar events
 * (icalendar.ts), with their UIDs, room and stream, and the file's name.
 * Part of the calendar's tools (tools.ts), loaded on first use; the links
 * themselves are downloads.ts's, in the renderer.
 */
import { ConversationHours, Session } from '../data/types';
import { IcsEvent, icsUid, sessionsToICalendar } from './icalendar';
import { CalendarEnvironment, RenderContext } from '../render/context';
import { linkHref } from '../render/links';
import { plainText } from '../render/text';
import { sessionTitle } from './downloads';

/** PRODID of our files. */
export const PROD_ID = '-//Wikimedia Foundation//crs-team-gadgets//EN';

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
