/**
 * View 3: the conversation hours — what they are, the next session
 * prominently, planned slots without a date, then upcoming and past
 * sessions, every time in the reader's zone with the zone named.
 */
import { ConversationHours, Link, Session, TeamPageData } from '../data/types';
import { MessageKey } from '../i18n/messages';
import { formatSessionRange } from '../time/format-range';
import { relativeStart } from '../time/relative-time';
import { sessionState, SessionState, splitSessions } from '../time/session-state';
import { zoneLabel } from '../time/zones';
import { RenderContext } from '../render/context';
import { el, HeadingTag, subHeading } from '../render/dom';
import { linkElement, linkList } from '../render/links';
import { localText, message } from '../render/text';
import { CappedGroup, drawCapped, ShowMore } from './show-more';

const STATE_BADGES: Partial<Record<SessionState, MessageKey>> = {
	live: 'crs-team-state-live',
	'starting-soon': 'crs-team-state-starting-soon'
};

function badge( ctx: RenderContext, session: Session, state: SessionState ): HTMLElement | null {
	let key: MessageKey | undefined = STATE_BADGES[ state ];
	if ( session.status === 'cancelled' ) {
		key = 'crs-team-status-cancelled';
	} else if ( session.status === 'postponed' ) {
		key = 'crs-team-status-postponed';
	}
	return key ? message( ctx, 'span', key, [], `crs-team-badge crs-team-badge--${ session.status === 'scheduled' ? state : session.status }` ) : null;
}

function sessionLinks( ctx: RenderContext, session: Session, hours: ConversationHours, state: SessionState, prominent: boolean ): HTMLElement | null {
	const isOver = state === 'past';
	const candidates: [ Link | undefined, MessageKey ][] = isOver ?
		[ [ session.notes, 'crs-team-link-notes' ], [ session.recording, 'crs-team-link-recording' ] ] :
		[
			// While a session runs, the ways to join come first.
			[ session.room || hours.room, 'crs-team-link-room' ],
			[ session.stream || hours.stream, 'crs-team-link-stream' ],
			[ session.notes, 'crs-team-link-notes' ]
		];
	if ( session.status === 'cancelled' ) {
		return null;
	}
	const items = candidates
		.filter( ( c ): c is [ Link, MessageKey ] => !!c[ 0 ] )
		.map( ( [ link, key ], i ) => {
			const a = linkElement( ctx, link, {
				fallbackLabel: ctx.msg( key ),
				className: prominent ?
					`cdx-button cdx-button--fake-button cdx-button--fake-button--enabled${ i === 0 ? ' cdx-button--action-progressive cdx-button--weight-primary' : '' }` :
					undefined
			} );
			// Lets a re-render (live states) put the focus back on the same link.
			a.setAttribute( 'data-focus-key', `${ key }:${ session.id }` );
			return el( ctx.doc, 'li', null, a );
		} );
	return items.length ? el( ctx.doc, 'ul', { className: `crs-team-session__links${ prominent ? ' crs-team-session__links--buttons' : '' }` }, items ) : null;
}

/** What the interactive view adds to the agenda. */
export interface AgendaExtras {
	/** "Add to calendar" for one session, or null. */
	download?( session: Session, state: SessionState ): HTMLElement | null;
	/**
	 * Draw only the first sessions of the upcoming and past lists, with a
	 * "show more" button (show-more.ts); absent: every session is drawn.
	 */
	showMore?: ShowMore;
}

export interface SessionOptions {
	readonly prominent: boolean;
	readonly headingTag: HeadingTag;
	readonly extras?: AgendaExtras;
	/** Render as a `div` even when not prominent (outside a list). */
	readonly standalone?: boolean;
}

/**
 * One session: title and state, when (in the reader's zone, zone named),
 * description, and links (ways to join first while it is not over; notes and
 * recording after).
 *
 * @param ctx
 * @param session
 * @param hours
 * @param options
 */
export function renderSession( ctx: RenderContext, session: Session, hours: ConversationHours, options: SessionOptions ): HTMLElement {
	const state = sessionState( session, ctx.now );
	const range = formatSessionRange( session.start, session.end, ctx.zone, ctx.dates );
	const title = session.title ?
		localText( ctx, 'strong', session.title, 'crs-team-session__title' ) :
		message( ctx, 'strong', 'crs-team-session-default-title', [], 'crs-team-session__title' );
	const when = el( ctx.doc, 'time', { attrs: { datetime: range.startIso } }, range.text );
	const showRelative = options.prominent && ( state === 'upcoming' || state === 'starting-soon' );
	const download = options.extras && options.extras.download ? options.extras.download( session, state ) : null;
	return el( ctx.doc, options.prominent || options.standalone ? 'div' : 'li', {
		className: `crs-team-session crs-team-session--${ state }${ options.prominent ? ' crs-team-session--next cdx-card' : '' }`,
		// The key lets a re-render put the focus back on it (a session "Show more" moved it to).
		attrs: { 'data-session-id': session.id, 'data-focus-key': 'session:' + session.id }
	},
	el( ctx.doc, 'div', { className: options.prominent ? 'cdx-card__text' : 'crs-team-session__body' },
		el( ctx.doc, options.headingTag, { className: 'crs-team-session__heading' + ( options.prominent ? ' cdx-card__text__title' : '' ) }, title, ' ', badge( ctx, session, state ) ),
		el( ctx.doc, 'p', { className: 'crs-team-session__when' }, when,
			showRelative ? [ ' ', el( ctx.doc, 'span', { className: 'crs-team-session__relative' }, `(${ relativeStart( session.start, ctx.now, ctx.lang ) })` ) ] : null ),
		session.description ? localText( ctx, 'p', session.description, 'crs-team-session__description' ) : null,
		sessionLinks( ctx, session, hours, state, options.prominent ),
		download ? el( ctx.doc, 'p', { className: 'crs-team-session__download' }, download ) : null
	) );
}

function sessionList( ctx: RenderContext, sessions: readonly Session[], hours: ConversationHours, group: CappedGroup, headingTag: HeadingTag, extras?: AgendaExtras ): HTMLElement | null {
	if ( !sessions.length ) {
		return null;
	}
	const sub = subHeading( headingTag );
	const item = ( s: Session ): HTMLElement => renderSession( ctx, s, hours, { prominent: false, headingTag: sub, extras } );
	const list = el( ctx.doc, 'ul', { className: 'crs-team-sessions' } );
	let more: HTMLElement | null = null;
	if ( extras && extras.showMore ) {
		more = drawCapped( ctx, group, sessions, list, item, extras.showMore );
	} else {
		sessions.forEach( ( s ) => list.appendChild( item( s ) ) );
	}
	return el( ctx.doc, 'div', { className: 'crs-team-calendar__group' },
		message( ctx, headingTag, group === 'past' ? 'crs-team-past-heading' : 'crs-team-upcoming-heading' ),
		list,
		more );
}

/**
 * Slots planned without a date ("Q1 2027, date to be announced"), shown as
 * such: never as a made-up date.
 *
 * @param ctx
 * @param hours
 * @param headingTag
 */
export function renderPlanned( ctx: RenderContext, hours: ConversationHours, headingTag: HeadingTag ): HTMLElement | null {
	return hours.planned.length ? el( ctx.doc, 'div', { className: 'crs-team-calendar__group crs-team-calendar__planned' },
		message( ctx, headingTag, 'crs-team-planned-heading' ),
		el( ctx.doc, 'ul', { className: 'crs-team-planned' }, hours.planned.map( ( slot ) => el( ctx.doc, 'li', null,
			localText( ctx, 'strong', slot.label ),
			' – ',
			slot.note ? localText( ctx, 'span', slot.note ) : message( ctx, 'span', 'crs-team-planned-no-date' ) ) ) ) ) : null;
}

/**
 * Where the notes are: one sentence linking to the notes category ("For a
 * list of these conversations and notes, including from 2022 and earlier,
 * see Category:CR&S meetings."), then any links to earlier notes elsewhere.
 *
 * @param ctx
 * @param hours
 */
export function renderMoreLinks( ctx: RenderContext, hours: ConversationHours ): HTMLElement | null {
	const category = hours.notesCategory;
	const earlier = linkList( ctx, hours.earlierNotes, 'crs-team-calendar__earlier-notes' );
	if ( !category && !earlier ) {
		return null;
	}
	const link = category ? linkElement( ctx, category ) : null;
	return el( ctx.doc, 'div', { className: 'crs-team-calendar__more' },
		link && hours.earlierNotesUntil !== undefined ?
			message( ctx, 'p', 'crs-team-notes-sentence-earlier', [ link, hours.earlierNotesUntil ], 'crs-team-calendar__notes' ) :
			null,
		link && hours.earlierNotesUntil === undefined ?
			message( ctx, 'p', 'crs-team-notes-sentence', [ link ], 'crs-team-calendar__notes' ) :
			null,
		earlier );
}

/**
 * The session to name the zone's offset at: the highlighted one, else now.
 *
 * @param ctx
 * @param hours
 */
export function zoneInstant( ctx: RenderContext, hours: ConversationHours ): number {
	const { next, live } = splitSessions( hours.sessions, ctx.now );
	const first = live.length ? live[ 0 ] : next;
	return first ? first.start : ctx.now;
}

/**
 * The agenda: the next session (or the live ones) prominently, planned
 * slots, upcoming and past sessions, links to earlier notes.
 *
 * @param ctx
 * @param hours
 * @param headingTag
 * @param extras
 */
export function renderAgenda( ctx: RenderContext, hours: ConversationHours, headingTag: HeadingTag, extras?: AgendaExtras ): HTMLElement[] {
	const { next, live, upcoming, past } = splitSessions( hours.sessions, ctx.now );
	const highlighted = live.length ? live : ( next ? [ next ] : [] );
	const rest = upcoming.filter( ( s ) => !highlighted.includes( s ) );
	const sub = subHeading( headingTag );
	return [
		el( ctx.doc, 'div', { className: 'crs-team-calendar__next' },
			message( ctx, headingTag, 'crs-team-next-heading' ),
			highlighted.length ?
				highlighted.map( ( s ) => renderSession( ctx, s, hours, { prominent: true, headingTag: sub, extras } ) ) :
				message( ctx, 'p', 'crs-team-no-upcoming', [], 'crs-team-calendar__empty' )
		),
		renderPlanned( ctx, hours, headingTag ),
		sessionList( ctx, rest, hours, 'upcoming', headingTag, extras ),
		sessionList( ctx, past, hours, 'past', headingTag, extras ),
		renderMoreLinks( ctx, hours )
	].filter( ( n ): n is HTMLElement => !!n );
}

/**
 * What the conversation hours are and how often they are held.
 *
 * @param ctx
 * @param hours
 */
export function renderIntro( ctx: RenderContext, hours: ConversationHours ): HTMLElement[] {
	const intro: ( HTMLElement | null )[] = [
		...hours.description.map( ( p ) => localText( ctx, 'p', p, 'crs-team-calendar__description' ) ),
		// Messages used here: crs-team-cadence-weekly, crs-team-cadence-monthly,
		// crs-team-cadence-quarterly, crs-team-cadence-yearly, crs-team-cadence-irregular
		hours.cadence ? message( ctx, 'p', `crs-team-cadence-${ hours.cadence }` as MessageKey, [], 'crs-team-calendar__cadence' ) : null
	];
	return intro.filter( ( n ): n is HTMLElement => !!n );
}

/**
 * The conversation hours as a static agenda (the editor's live preview, and
 * wherever no calendar environment is given); see live-view.ts for the
 * reader's interactive view.
 *
 * @param ctx
 * @param data
 * @param headingTag
 */
export function renderCalendar( ctx: RenderContext, data: TeamPageData, headingTag: HeadingTag = 'h3' ): HTMLElement {
	const hours = data.conversationHours;
	return el( ctx.doc, 'div', { className: 'crs-team-calendar' },
		renderIntro( ctx, hours ),
		message( ctx, 'p', 'crs-team-times-in-zone', [ zoneLabel( zoneInstant( ctx, hours ), ctx.zone, ctx.lang ) ], 'crs-team-calendar__zone' ),
		renderAgenda( ctx, hours, headingTag )
	);
}
