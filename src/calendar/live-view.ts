/**
 * The reader's conversation-hours view: the static agenda of agenda.ts
 * plus what readers act on.
 *
 * - A time zone picker (zone-picker.ts): their own zone, the device's, UTC or
 *   any IANA zone; an explicit choice overrides the `timecorrection`
 *   preference, is remembered (CalendarEnvironment.prefs) and can be undone.
 * - A list/month switch (buttons with `aria-pressed`; the list is the
 *   default); the month view is month-view.ts with the chosen day's sessions
 *   below it.
 * - "Add to calendar" for each session not yet over, and for all upcoming
 *   ones (downloads.ts).
 * - Live states: the view re-renders itself when a session's state or its
 *   "in 3 days" text next changes (one timer, never polling), announces a
 *   session going live, and stops once it is no longer in the document.
 *
 * The controls are built once; only the body below them is re-rendered, so
 * the focus stays where the reader left it.
 */
import { CalendarDate, CalendarDay, dateInZone, dateKey, groupSessionsByDay } from './month-grid';
import { renderMonthView } from './month-view';
import { CalendarMode, CalendarPrefs, effectiveZone } from './prefs';
import { Session, TeamPageData } from '../data/types';
import { icsFileName } from './icalendar';
import { formatCalendarDate } from '../time/calendar-names';
import { nextRelativeChange } from '../time/relative-time';
import { nextStateChange, sessionState, SessionState, splitSessions } from './session-state';
import { ZoneOption, zoneOptions } from './zone-options';
import { sameZone, wallClock, ZoneChoice, zoneLabel } from '../time/zones';
import { AgendaExtras, renderAgenda, renderIntro, renderMoreLinks, renderPlanned, renderSession, zoneInstant } from './agenda';
import { downloadLink, icsText, sessionDownload, sessionTitle } from './downloads';
import { CalendarEnvironment, RenderContext } from '../render/context';
import { el } from '../render/dom';
import { message, plainText } from '../render/text';
import { renderZonePicker } from './zone-picker';

/** The longest wait `setTimeout` supports (about 24.8 days). */
const MAX_TIMER_MS = 2147483647;

let instances = 0;

/**
 * How long until midnight in `zone` (when "today" moves in the month view).
 *
 * @param nowMs
 * @param zone
 */
function untilMidnight( nowMs: number, zone: ZoneChoice ): number {
	const w = wallClock( nowMs, zone );
	return ( ( ( 23 - w.hour ) * 60 + ( 59 - w.minute ) ) * 60 + ( 60 - w.second ) ) * 1000;
}

/**
 * The interactive conversation-hours view.
 *
 * @param base The page's render context (its `zone` is the reader's own).
 * @param data
 * @param headingTag
 * @param env
 * @param source The data page's title (part of the iCalendar UIDs).
 */
export function renderLiveCalendar( base: RenderContext, data: TeamPageData, headingTag: 'h3' | 'h4', env: CalendarEnvironment, source: string ): HTMLElement {
	const doc = base.doc;
	const hours = data.conversationHours;
	const sub = headingTag === 'h3' ? 'h4' : 'h5';
	const teamName = plainText( base, data.team.name );
	const idPrefix = 'crs-team-calendar-' + ( ++instances );
	let prefs: CalendarPrefs = env.prefs.load();
	let zone: ZoneChoice = effectiveZone( prefs, env.ownZone ).zone;
	let mode: CalendarMode = prefs.view || 'agenda';
	let shownMonth: { year: number; month: number } | null = null;
	let selected: CalendarDate | null = null;
	let timer: ReturnType<typeof setTimeout> | null = null;
	let states = new Map<string, SessionState>();
	/** The month view on the page: on a clock tick only its day panel changes (same "today"). */
	let monthParts: { today: string; refresh( ctx: RenderContext ): void } | null = null;

	const context = (): RenderContext => Object.assign( {}, base, { zone, now: env.now() } );
	const ownLabel = (): string => zoneLabel( env.now(), env.ownZone, base.lang );

	// The zone picker.
	const optionText = ( option: ZoneOption ): string => {
		switch ( option.kind ) {
			case 'preference':
				return base.msg( 'crs-team-zone-own', option.label );
			case 'device':
				return base.msg( 'crs-team-zone-device', option.label );
			case 'utc':
				return base.msg( 'crs-team-zone-utc' );
		}
		return option.label;
	};
	const currentValue = (): string => {
		if ( !prefs.zone ) {
			return 'preference';
		}
		// The device's entry is only listed when it differs from the reader's own zone.
		return env.deviceZone && !sameZone( env.deviceZone, env.ownZone ) && sameZone( env.deviceZone, zone ) ? 'device' : prefs.zone;
	};
	const currentText = (): string => {
		if ( !prefs.zone ) {
			return base.msg( 'crs-team-zone-own', ownLabel() );
		}
		return prefs.zone === 'UTC' ? base.msg( 'crs-team-zone-utc' ) : zoneLabel( env.now(), zone, base.lang );
	};
	const picker = renderZonePicker( {
		doc,
		idPrefix: idPrefix + '-zone',
		label: base.msg( 'crs-team-zone-label' ),
		placeholder: base.msg( 'crs-team-zone-placeholder' ),
		options: () => zoneOptions( env.zones(), env.now(), env.ownZone, env.deviceZone ),
		optionText,
		value: currentValue(),
		valueText: currentText(),
		announceCount: ( count: number, query: string ) => count ?
			base.msg( 'crs-team-zone-count', count ) :
			base.msg( 'crs-team-zone-none', query ),
		onChoose: ( option: ZoneOption ) => setZone( option.kind === 'preference' || option.zone.kind !== 'iana' ? undefined : option.zone.zone )
	} );
	const reset = el( doc, 'button', {
		className: 'cdx-button cdx-button--weight-quiet crs-team-zone-reset',
		attrs: { type: 'button' }
	} );
	reset.addEventListener( 'click', () => {
		setZone( undefined );
		picker.input.focus();
	} );

	// The list/month switch.
	const modeButton = ( value: CalendarMode ): HTMLButtonElement => {
		const button = el( doc, 'button', {
			className: 'cdx-toggle-button cdx-toggle-button--framed crs-team-mode__button',
			attrs: { type: 'button', 'data-mode': value }
		}, message( base, 'span', value === 'agenda' ? 'crs-team-mode-agenda' : 'crs-team-mode-month' ) );
		button.addEventListener( 'click', () => {
			if ( mode !== value ) {
				mode = value;
				save( { zone: prefs.zone, view: value === 'month' ? 'month' : undefined } );
				render( false );
			}
		} );
		return button;
	};
	const modeButtons = [ modeButton( 'agenda' ), modeButton( 'month' ) ];
	const modeGroup = el( doc, 'div', {
		className: 'cdx-toggle-button-group crs-team-mode',
		attrs: { role: 'group', 'aria-label': base.msg( 'crs-team-mode-label' ) }
	}, modeButtons );

	// "Add all upcoming to calendar".
	const going = ( now: number ): Session[] => {
		const split = splitSessions( hours.sessions, now );
		return split.live.concat( split.upcoming );
	};
	const downloadAll = downloadLink( doc, {
		label: message( base, 'span', 'crs-team-download-all' ),
		fileName: icsFileName( teamName + ' conversation hours', 'conversation-hours' ),
		build: () => icsText( context(), env, going( env.now() ), hours, source, base.msg( 'crs-team-ics-calendar-name', teamName ) ),
		className: 'crs-team-download--all'
	} );

	const controls = el( doc, 'div', {
		className: 'crs-team-calendar__controls',
		attrs: { role: 'group', 'aria-label': base.msg( 'crs-team-calendar-controls' ) }
	},
	el( doc, 'div', { className: 'crs-team-calendar__zone-control' }, picker.element, reset ),
	modeGroup,
	el( doc, 'div', { className: 'crs-team-calendar__download-all' }, downloadAll ) );

	const zoneLine = message( base, 'p', 'crs-team-times-in-zone', [ '' ], 'crs-team-calendar__zone' );
	zoneLine.setAttribute( 'aria-live', 'polite' );
	const announcer = el( doc, 'div', { className: 'crs-team-visually-hidden', attrs: { role: 'status' } } );
	const body = el( doc, 'div', { className: 'crs-team-calendar__body' } );
	const root = el( doc, 'div', { className: 'crs-team-calendar crs-team-calendar--live', attrs: { 'data-calendar-mode': mode } },
		renderIntro( base, hours ),
		controls,
		zoneLine,
		announcer,
		body );

	function save( next: CalendarPrefs ): void {
		prefs = next;
		env.prefs.save( next );
	}

	function setZone( name: string | undefined ): void {
		save( { zone: name, view: prefs.view } );
		zone = effectiveZone( prefs, env.ownZone ).zone;
		picker.setValue( currentValue(), currentText() );
		render( false );
	}

	function extras( ctx: RenderContext ): AgendaExtras {
		return {
			download: ( session: Session, state: SessionState ) => state === 'past' ? null :
				sessionDownload( ctx, env, session, hours, source, teamName )
		};
	}

	function dayPanel( ctx: RenderContext, panel: HTMLElement, day: CalendarDay | null ): void {
		while ( panel.firstChild ) {
			panel.removeChild( panel.firstChild );
		}
		if ( !day ) {
			panel.appendChild( message( ctx, 'p', 'crs-team-month-hint', [], 'crs-team-calendar__hint' ) );
			return;
		}
		const date = formatCalendarDate( day.date.year, day.date.month, day.date.day, ctx.lang, true );
		if ( !day.sessions.length ) {
			panel.appendChild( message( ctx, 'p', 'crs-team-month-day-empty', [ date ], 'crs-team-calendar__empty' ) );
			return;
		}
		panel.appendChild( el( doc, sub, { className: 'crs-team-calendar__day-heading' }, message( ctx, 'span', 'crs-team-month-day-heading', [ date ] ) ) );
		panel.appendChild( el( doc, 'ul', { className: 'crs-team-sessions' },
			day.sessions.map( ( s ) => renderSession( ctx, s, hours, { prominent: false, headingTag: 'h5', extras: extras( ctx ) } ) ) ) );
	}

	function monthBody( ctx: RenderContext ): HTMLElement[] {
		const byDay = groupSessionsByDay( hours.sessions, zone );
		if ( !selected && !shownMonth ) {
			const split = splitSessions( hours.sessions, ctx.now );
			const first = split.live.length ? split.live[ 0 ] : split.next;
			selected = first ? dateInZone( first.start, zone ) : null;
		}
		const panel = el( doc, 'div', { className: 'crs-team-calendar__day', attrs: { 'aria-live': 'polite' } } );
		const view = renderMonthView( doc, {
			lang: ctx.lang,
			zone,
			nowMs: ctx.now,
			sessionsByDay: byDay,
			year: shownMonth ? shownMonth.year : undefined,
			month: shownMonth ? shownMonth.month : undefined,
			selected,
			rtl: ctx.dir === 'rtl',
			label: ctx.msg( 'crs-team-month-label' ),
			messages: {
				previousMonth: ctx.msg( 'crs-team-month-previous' ),
				nextMonth: ctx.msg( 'crs-team-month-next' ),
				describeSessions: ( list: readonly Session[] ) => ctx.msg( 'crs-team-month-sessions', list.length )
			},
			onSelect: ( day: CalendarDay ) => {
				selected = day.date;
				shownMonth = { year: day.date.year, month: day.date.month };
				dayPanel( context(), panel, day );
			},
			onMonthChange: ( year: number, month: number ) => {
				shownMonth = { year, month };
			}
		} );
		const fillPanel = ( c: RenderContext ): void => {
			const key = selected ? dateKey( selected ) : null;
			dayPanel( c, panel, selected && key ? {
				date: selected, key, inMonth: true, isToday: false, dayOfWeek: 0, sessions: byDay.get( key ) || []
			} : null );
		};
		fillPanel( ctx );
		monthParts = { today: dateKey( dateInZone( ctx.now, zone ) ), refresh: fillPanel };
		return [ view, panel, renderPlanned( ctx, hours, headingTag ), renderMoreLinks( ctx, hours ) ].filter( ( n ): n is HTMLElement => !!n );
	}

	/** What has the focus in the body, to put it back after a re-render. */
	function focusKey(): string | null {
		const active = doc.activeElement;
		if ( !active || !body.contains( active ) ) {
			return null;
		}
		if ( active.hasAttribute( 'data-date' ) ) {
			return 'grid';
		}
		return active.getAttribute( 'data-focus-key' ) || 'body';
	}

	function restoreFocus( key: string | null ): void {
		if ( !key ) {
			return;
		}
		let target: HTMLElement | null = null;
		if ( key === 'grid' ) {
			target = body.querySelector( '[role="grid"] [tabindex="0"]' );
		} else {
			const candidates = body.querySelectorAll( '[data-focus-key]' );
			for ( let i = 0; i < candidates.length; i++ ) {
				if ( candidates[ i ].getAttribute( 'data-focus-key' ) === key ) {
					target = candidates[ i ] as HTMLElement;
				}
			}
		}
		if ( target ) {
			target.focus();
		}
	}

	function announce( ctx: RenderContext ): void {
		const news: string[] = [];
		for ( const session of hours.sessions ) {
			const state = sessionState( session, ctx.now );
			const before = states.get( session.id );
			if ( before !== undefined && before !== state ) {
				if ( state === 'live' ) {
					news.push( ctx.msg( 'crs-team-announce-live', sessionTitle( ctx, session ) ) );
				} else if ( state === 'starting-soon' ) {
					news.push( ctx.msg( 'crs-team-announce-starting', sessionTitle( ctx, session ) ) );
				}
			}
		}
		if ( news.length ) {
			announcer.textContent = news.join( ' ' );
		}
	}

	function remember( now: number ): void {
		states = new Map();
		for ( const session of hours.sessions ) {
			states.set( session.id, sessionState( session, now ) );
		}
	}

	function schedule( now: number ): void {
		if ( timer !== null ) {
			clearTimeout( timer );
			timer = null;
		}
		let at = nextStateChange( hours.sessions, now );
		const split = splitSessions( hours.sessions, now );
		if ( !split.live.length && split.next ) {
			const change = nextRelativeChange( split.next.start, now );
			if ( change !== null && ( at === null || change < at ) ) {
				at = change;
			}
		}
		if ( mode === 'month' ) {
			const midnight = now + untilMidnight( now, zone );
			if ( at === null || midnight < at ) {
				at = midnight;
			}
		}
		if ( at === null ) {
			return;
		}
		timer = setTimeout( tick, Math.min( Math.max( at - now, 0 ), MAX_TIMER_MS ) );
	}

	function tick(): void {
		timer = null;
		// Gone from the page (re-rendered, or the editor's preview replaced it): stop.
		if ( !root.isConnected ) {
			return;
		}
		render( true );
	}

	function render( fromClock: boolean ): void {
		const ctx = context();
		const focus = focusKey();
		const zoneText = ctx.msg( 'crs-team-times-in-zone', zoneLabel( zoneInstant( ctx, hours ), zone, ctx.lang ) );
		if ( zoneLine.textContent !== zoneText ) {
			zoneLine.textContent = zoneText;
		}
		reset.hidden = !prefs.zone;
		while ( reset.firstChild ) {
			reset.removeChild( reset.firstChild );
		}
		reset.appendChild( message( ctx, 'span', 'crs-team-zone-reset', [ ownLabel() ] ) );
		modeButtons.forEach( ( button ) => {
			const on = button.getAttribute( 'data-mode' ) === mode;
			button.setAttribute( 'aria-pressed', on ? 'true' : 'false' );
			button.classList.toggle( 'cdx-toggle-button--toggled-on', on );
			button.classList.toggle( 'cdx-toggle-button--toggled-off', !on );
		} );
		root.setAttribute( 'data-calendar-mode', mode );
		( downloadAll.parentNode as HTMLElement ).hidden = !going( ctx.now ).length;

		if ( fromClock && mode === 'month' && monthParts && monthParts.today === dateKey( dateInZone( ctx.now, zone ) ) ) {
			// Same day: the grid stays as it is (and so does the reader's place in it).
			monthParts.refresh( ctx );
		} else {
			monthParts = null;
			const content = mode === 'agenda' ? renderAgenda( ctx, hours, headingTag, extras( ctx ) ) : monthBody( ctx );
			while ( body.firstChild ) {
				body.removeChild( body.firstChild );
			}
			content.forEach( ( node ) => body.appendChild( node ) );
		}
		if ( fromClock ) {
			announce( ctx );
		}
		remember( ctx.now );
		restoreFocus( focus );
		schedule( ctx.now );
	}

	render( false );
	return root;
}
