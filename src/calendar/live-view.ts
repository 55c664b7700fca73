/**
 * The reader's conversation-hours view: the static agenda of agenda.ts plus
 * what readers act on. The DOM side of view-state.ts, which decides what to
 * show and when it next changes.
 *
 * - The controls (live-controls.ts) are built once; only the body below
 *   them is re-rendered (the list, or the month view of month-view.ts with
 *   the chosen day's sessions below it), and the focus is put back on the
 *   same download or join link or grid day.
 * - "Add to calendar" for each session not yet over (downloads.ts).
 * - Live states: one timer for the next visible change (never polling); a
 *   session going live or starting soon is announced; the timer stops once
 *   the view is no longer in the document.
 */
import { Session, TeamPageData } from '../data/types';
import { CalendarEnvironment, RenderContext } from '../render/context';
import { codexMessage } from '../render/codex-message';
import { el, HeadingTag, subHeading } from '../render/dom';
import { message, plainText } from '../render/text';
import { setBusy } from '../render/lazy';
import { calendarNames, formatCalendarDate } from '../time/calendar-names';
import { SessionState } from '../time/session-state';
import { AgendaExtras, renderAgenda, renderIntro, renderMoreLinks, renderPlanned, renderSession } from './agenda';
import { sessionDownload, sessionTitle } from './downloads';
import { LiveCalendar, LiveViewHandle, renderLiveControls } from './live-controls';
import { MonthlyDayIndex } from './day-index';
import { CalendarDay, dateKey } from './calendar-date';
import type { CalendarTools } from './tools';
import { ShowMore, showMoreState } from './show-more';
import {
	CalendarAction,
	initialViewState,
	nextVisibleChange,
	reduceViewState,
	sessionStates,
	stateNews,
	timerDelay,
	todayKey,
	withDefaultSelection
} from './view-state';

let instances = 0;

/** The month view on the page: on a clock tick on the same day only its day panel changes. */
interface MonthBody {
	readonly nodes: HTMLElement[];
	/** "Today" when it was built. */
	readonly today: string;
	refresh( ctx: RenderContext ): void;
}

function downloads( cal: LiveCalendar, ctx: RenderContext, showMore?: ShowMore ): AgendaExtras {
	return {
		showMore,
		download: ( session: Session, state: SessionState ) => state === 'past' ? null :
			sessionDownload( ctx, cal.env, session, cal.hours, cal.source, cal.teamName )
	};
}

function replaceChildren( parent: HTMLElement, nodes: readonly Node[] ): void {
	while ( parent.firstChild ) {
		parent.removeChild( parent.firstChild );
	}
	nodes.forEach( ( node ) => parent.appendChild( node ) );
}

/**
 * The sessions of the chosen day below the month grid, or a hint to choose one.
 *
 * @param cal
 * @param ctx
 * @param panel
 * @param day
 */
function fillDayPanel( cal: LiveCalendar, ctx: RenderContext, panel: HTMLElement, day: CalendarDay | null ): void {
	if ( !day ) {
		replaceChildren( panel, [ message( ctx, 'p', 'crs-team-month-hint', [], 'crs-team-calendar__hint' ) ] );
		return;
	}
	const date = formatCalendarDate( day.date.year, day.date.month, day.date.day, ctx.dates, true );
	if ( !day.sessions.length ) {
		replaceChildren( panel, [ message( ctx, 'p', 'crs-team-month-day-empty', [ date ], 'crs-team-calendar__empty' ) ] );
		return;
	}
	// The day's heading is at the level of the agenda's groups it stands for
	// in the month view (no heading of the month comes before it).
	replaceChildren( panel, [
		el( ctx.doc, cal.headingTag, { className: 'crs-team-calendar__day-heading' }, message( ctx, 'span', 'crs-team-month-day-heading', [ date ] ) ),
		el( ctx.doc, 'ul', { className: 'crs-team-sessions' },
			day.sessions.map( ( s ) => renderSession( ctx, s, cal.hours, { prominent: false, headingTag: subHeading( cal.headingTag ), extras: downloads( cal, ctx ) } ) ) )
	] );
}

/**
 * The month view with the chosen day's sessions, planned slots and links.
 *
 * @param cal
 * @param ctx
 * @param view
 * @return {MonthBody}
 */
function renderMonthBody( cal: LiveCalendar, ctx: RenderContext, view: LiveViewHandle, tools: CalendarTools ): MonthBody {
	const state = view.state();
	const byDay = new MonthlyDayIndex( cal.hours.sessions, state.zone );
	const panel = el( ctx.doc, 'div', { className: 'crs-team-calendar__day', attrs: { 'aria-live': 'polite' } } );
	const grid = tools.renderMonthView( ctx.doc, {
		lang: ctx.lang,
		names: calendarNames( ctx.dates ),
		zone: state.zone,
		nowMs: ctx.now,
		sessionsByDay: byDay,
		year: state.shownMonth ? state.shownMonth.year : undefined,
		month: state.shownMonth ? state.shownMonth.month : undefined,
		selected: state.selected,
		rtl: ctx.dir === 'rtl',
		label: ctx.msg( 'crs-team-month-label' ),
		messages: {
			previousMonth: ctx.msg( 'crs-team-month-previous' ),
			nextMonth: ctx.msg( 'crs-team-month-next' ),
			describeSessions: ( list: readonly Session[] ) => ctx.msg( 'crs-team-month-sessions', list.length )
		},
		onSelect: ( day: CalendarDay ) => {
			view.dispatch( { type: 'select-day', date: day.date } );
			fillDayPanel( cal, view.context(), panel, day );
		},
		onMonthChange: ( year: number, month: number ) => view.dispatch( { type: 'show-month', year, month } )
	} );
	const refresh = ( c: RenderContext ): void => {
		// The day chosen by now (the reader may have moved on in the grid).
		const selected = view.state().selected;
		const key = selected ? dateKey( selected ) : null;
		fillDayPanel( cal, c, panel, selected && key ? {
			date: selected, key, inMonth: true, isToday: false, dayOfWeek: 0, sessions: byDay.get( key ) || []
		} : null );
	};
	refresh( ctx );
	return {
		nodes: [ grid, panel, renderPlanned( ctx, cal.hours, cal.headingTag ), renderMoreLinks( ctx, cal.hours ) ]
			.filter( ( n ): n is HTMLElement => !!n ),
		today: todayKey( ctx.now, state.zone ),
		refresh
	};
}

/**
 * The month view's place while the calendar's tools load: "Loading…"
 * (`aria-busy`), then `ready`; if they cannot be loaded, the list comes
 * back under a short sentence saying so (drawn as the list view draws it:
 * 10 at a time, with what the reader revealed).
 *
 * @param cal
 * @param ctx
 * @param body
 * @param showMore
 * @param ready
 */
function awaitTools( cal: LiveCalendar, ctx: RenderContext, body: HTMLElement, showMore: ShowMore, ready: () => void ): void {
	setBusy( body, true );
	replaceChildren( body, [ message( ctx, 'p', 'crs-team-loading', [], 'crs-team-calendar__loading' ) ] );
	cal.env.tools.load().then( () => {
		setBusy( body, false );
		ready();
	}, () => {
		setBusy( body, false );
		replaceChildren( body, [
			codexMessage( ctx.doc, { type: 'error', className: 'crs-team-calendar__part-failed', attrs: { role: 'alert' } },
				message( ctx, 'span', 'crs-team-part-failed' ) ),
			...renderAgenda( ctx, cal.hours, cal.headingTag, downloads( cal, ctx, showMore ) )
		] );
	} );
}

/**
 * What has the focus in `body`, to put it back after a re-render: a grid
 * day (whichever is the grid's tab stop then), an element with a
 * `data-focus-key`, or the body itself; null when the focus is elsewhere.
 *
 * @param body
 * @return {string|null}
 */
function focusKeyIn( body: HTMLElement ): string | null {
	const active = body.ownerDocument.activeElement;
	if ( !active || !body.contains( active ) ) {
		return null;
	}
	if ( active.hasAttribute( 'data-date' ) ) {
		return 'grid';
	}
	return active.getAttribute( 'data-focus-key' ) || 'body';
}

/**
 * The last element in `body` with this `data-focus-key` (keys are compared
 * as text: no selector is built from data).
 *
 * @param body
 * @param key
 * @return {HTMLElement|null}
 */
function withFocusKey( body: HTMLElement, key: string ): HTMLElement | null {
	const candidates = body.querySelectorAll<HTMLElement>( '[data-focus-key]' );
	let found: HTMLElement | null = null;
	for ( let i = 0; i < candidates.length; i++ ) {
		const candidate = candidates.item( i );
		if ( candidate.getAttribute( 'data-focus-key' ) === key ) {
			found = candidate;
		}
	}
	return found;
}

function restoreFocus( body: HTMLElement, key: string | null ): void {
	if ( !key ) {
		return;
	}
	const target = key === 'grid' ?
		body.querySelector<HTMLElement>( '[role="grid"] [tabindex="0"]' ) :
		withFocusKey( body, key );
	if ( target ) {
		if ( !/^(A|BUTTON|INPUT|SELECT|TEXTAREA)$/.test( target.tagName ) && !target.hasAttribute( 'tabindex' ) ) {
			// A session card had the focus ("Show more" put it there): focusable again, out of the tab order.
			target.setAttribute( 'tabindex', '-1' );
		}
		target.focus();
	}
}

/**
 * What screen readers hear after a clock tick: "Live now: …", "Starting
 * now: …"; empty when no session changed that way.
 *
 * @param ctx
 * @param before The sessions' states at the previous render.
 * @param sessions
 * @return {string}
 */
function announcement( ctx: RenderContext, before: ReadonlyMap<string, SessionState>, sessions: readonly Session[] ): string {
	return stateNews( before, sessions, ctx.now ).map( ( news ) => ctx.msg(
		news.state === 'live' ? 'crs-team-announce-live' : 'crs-team-announce-starting',
		sessionTitle( ctx, news.session )
	) ).join( ' ' );
}

/**
 * The interactive conversation-hours view.
 *
 * @param base The page's render context (its `zone` is the reader's own).
 * @param data
 * @param headingTag
 * @param env
 * @param source The data page's title (part of the iCalendar UIDs).
 * @return {HTMLElement}
 */
export function renderLiveCalendar( base: RenderContext, data: TeamPageData, headingTag: HeadingTag, env: CalendarEnvironment, source: string ): HTMLElement {
	const doc = base.doc;
	const hours = data.conversationHours;
	const cal: LiveCalendar = {
		base, env, hours, headingTag, source,
		teamName: plainText( base, data.team.name ),
		idPrefix: 'crs-team-calendar-' + ( ++instances )
	};
	let state = initialViewState( env.prefs.load(), env.ownZone );
	let timer: ReturnType<typeof setTimeout> | null = null;
	let states = new Map<string, SessionState>();
	let month: MonthBody | null = null;
	// How many upcoming and past sessions the reader has had drawn: kept across re-renders.
	const showMore = showMoreState();
	const context = (): RenderContext => Object.assign( {}, base, { zone: state.zone, now: env.now() } );

	const dispatch = ( action: CalendarAction ): void => {
		const next = reduceViewState( state, action, env.ownZone );
		if ( next === state ) {
			return;
		}
		if ( next.prefs !== state.prefs ) {
			env.prefs.save( next.prefs );
		}
		state = next;
		if ( action.type === 'choose-zone' ) {
			controls.showZoneChoice( state );
		}
		// A day or month in the grid changes only the grid and its panel, which see to themselves.
		if ( action.type === 'choose-zone' || action.type === 'choose-mode' ) {
			render( false );
		}
	};
	const handle: LiveViewHandle = { state: () => state, context, dispatch };
	const controls = renderLiveControls( cal, handle );
	const announcer = el( doc, 'div', { className: 'crs-team-visually-hidden', attrs: { role: 'status' } } );
	const body = el( doc, 'div', { className: 'crs-team-calendar__body' } );
	const root = el( doc, 'div', { className: 'crs-team-calendar crs-team-calendar--live', attrs: { 'data-calendar-mode': state.mode } },
		renderIntro( base, hours ), controls.element, controls.zoneLine, announcer, body );

	function schedule( now: number ): void {
		if ( timer !== null ) {
			clearTimeout( timer );
			timer = null;
		}
		const at = nextVisibleChange( state, hours.sessions, now );
		if ( at !== null ) {
			timer = setTimeout( () => {
				timer = null;
				// Gone from the page (re-rendered, or the editor's preview replaced it): stop.
				if ( root.isConnected ) {
					render( true );
				}
			}, timerDelay( at, now ) );
		}
	}

	function render( fromClock: boolean ): void {
		const ctx = context();
		const focus = focusKeyIn( body );
		const tools = env.tools.get();
		controls.update( ctx, state );
		root.setAttribute( 'data-calendar-mode', state.mode );
		if ( fromClock && state.mode === 'month' && month && month.today === todayKey( ctx.now, state.zone ) ) {
			// Same day: the grid stays as it is (and so does the reader's place in it).
			month.refresh( ctx );
		} else if ( state.mode === 'month' && tools ) {
			state = withDefaultSelection( state, hours.sessions, ctx.now );
			month = renderMonthBody( cal, ctx, handle, tools );
			replaceChildren( body, month.nodes );
		} else if ( state.mode === 'month' ) {
			month = null;
			awaitTools( cal, ctx, body, showMore, () => {
				if ( state.mode === 'month' ) {
					render( false );
				}
			} );
		} else {
			month = null;
			replaceChildren( body, renderAgenda( ctx, hours, headingTag, downloads( cal, ctx, showMore ) ) );
		}
		const news = fromClock ? announcement( ctx, states, hours.sessions ) : '';
		if ( news ) {
			announcer.textContent = news;
		}
		states = sessionStates( hours.sessions, ctx.now );
		restoreFocus( body, focus );
		schedule( ctx.now );
	}

	render( false );
	return root;
}
