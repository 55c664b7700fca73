/**
 * The controls above the reader's conversation hours, built once so that
 * the focus stays in them while the body below is re-rendered:
 *
 * - the time zone picker (zone-picker.ts): the reader's own zone, the
 *   device's, UTC or any IANA zone, and "Use your time zone" to undo an
 *   explicit choice;
 * - the list/month switch (Codex toggle buttons with `aria-pressed`);
 * - "Add all upcoming to calendar" (downloads.ts), hidden when nothing is
 *   upcoming;
 * - the line naming the zone times are in (a polite live region).
 *
 * What a control does is a {@link CalendarAction} for view-state.ts; the
 * live view decides what follows.
 */
import { ConversationHours } from '../data/types';
import { CalendarEnvironment, RenderContext } from '../render/context';
import { el, HeadingTag } from '../render/dom';
import { prefetchOnApproach, whenIdle } from '../render/lazy';
import { message } from '../render/text';
import { zoneLabel } from '../time/zones';
import { zoneInstant } from './agenda';
import { downloadLink } from './downloads';
import { CalendarMode } from './prefs';
import { CalendarAction, CalendarViewState, sessionsToDownload, zonePickerValue } from './view-state';
import type { ZoneOption } from './zone-options';
import { ZonePickerSlot, zonePickerSlot } from './zone-picker-slot';

/** What every part of the live view needs to know. */
export interface LiveCalendar {
	/** The page's render context (its `zone` is the reader's own). */
	readonly base: RenderContext;
	readonly env: CalendarEnvironment;
	readonly hours: ConversationHours;
	readonly headingTag: HeadingTag;
	/** The data page's title (part of the iCalendar UIDs). */
	readonly source: string;
	/** The team's name as plain text (calendar and file names). */
	readonly teamName: string;
	/** Unique prefix for element ids. */
	readonly idPrefix: string;
}

/** The live view as its parts see it: its state and render context of the moment, and where actions go. */
export interface LiveViewHandle {
	state(): CalendarViewState;
	/** The page's render context with the zone shown and the current time. */
	context(): RenderContext;
	dispatch( action: CalendarAction ): void;
}

export interface LiveControls {
	/** The group of controls. */
	readonly element: HTMLElement;
	/** "Times are in …": placed below the controls. */
	readonly zoneLine: HTMLElement;
	/** Brings everything but the picker's text up to date (after every render). */
	update( ctx: RenderContext, state: CalendarViewState ): void;
	/** Shows a newly chosen zone in the picker's text box. */
	showZoneChoice( state: CalendarViewState ): void;
}

function ownZoneLabel( cal: LiveCalendar ): string {
	return zoneLabel( cal.env.now(), cal.env.ownZone, cal.base.lang );
}

function optionText( cal: LiveCalendar, option: ZoneOption ): string {
	switch ( option.kind ) {
		case 'preference':
			return cal.base.msg( 'crs-team-zone-own', option.label );
		case 'device':
			return cal.base.msg( 'crs-team-zone-device', option.label );
		case 'utc':
			return cal.base.msg( 'crs-team-zone-utc' );
	}
	return option.label;
}

function choiceText( cal: LiveCalendar, state: CalendarViewState ): string {
	if ( !state.prefs.zone ) {
		return cal.base.msg( 'crs-team-zone-own', ownZoneLabel( cal ) );
	}
	return state.prefs.zone === 'UTC' ? cal.base.msg( 'crs-team-zone-utc' ) : zoneLabel( cal.env.now(), state.zone, cal.base.lang );
}

function renderPicker( cal: LiveCalendar, view: LiveViewHandle ): ZonePickerSlot {
	const { base, env } = cal;
	const state = view.state();
	const common = {
		doc: base.doc,
		idPrefix: cal.idPrefix + '-zone',
		label: base.msg( 'crs-team-zone-label' ),
		placeholder: base.msg( 'crs-team-zone-placeholder' )
	};
	return zonePickerSlot( env.tools, {
		...common,
		value: zonePickerValue( state, env.ownZone, env.deviceZone ),
		valueText: choiceText( cal, state ),
		failed: base.msg( 'crs-team-part-failed' ),
		picker: ( tools, value, valueText ) => ( {
			...common,
			value,
			valueText,
			options: () => tools.zoneOptions( env.zones(), env.now(), env.ownZone, env.deviceZone ),
			optionText: ( option: ZoneOption ) => optionText( cal, option ),
			announceCount: ( count: number, query: string ) => count ?
				base.msg( 'crs-team-zone-count', count ) :
				base.msg( 'crs-team-zone-none', query ),
			onChoose: ( option: ZoneOption ) => view.dispatch( {
				type: 'choose-zone',
				zone: option.kind === 'preference' || option.zone.kind !== 'iana' ? undefined : option.zone.zone
			} )
		} )
	} );
}

function renderModeButtons( ctx: RenderContext, view: LiveViewHandle ): HTMLButtonElement[] {
	const modes: CalendarMode[] = [ 'agenda', 'month' ];
	return modes.map( ( mode ) => {
		const button = el( ctx.doc, 'button', {
			className: 'cdx-toggle-button cdx-toggle-button--framed crs-team-mode__button',
			attrs: { type: 'button', 'data-mode': mode }
		}, message( ctx, 'span', mode === 'agenda' ? 'crs-team-mode-agenda' : 'crs-team-mode-month' ) );
		button.addEventListener( 'click', () => view.dispatch( { type: 'choose-mode', mode } ) );
		return button;
	} );
}

function renderDownloadAll( cal: LiveCalendar, view: LiveViewHandle ): HTMLAnchorElement {
	const { base, env, hours } = cal;
	return downloadLink( base.doc, {
		label: message( base, 'span', 'crs-team-download-all' ),
		tools: env.tools,
		fileName: ( tools ) => tools.icsFileName( cal.teamName + ' conversation hours', 'conversation-hours' ),
		build: ( tools ) => tools.icsText( view.context(), env, sessionsToDownload( hours.sessions, env.now() ), hours, cal.source,
			base.msg( 'crs-team-ics-calendar-name', cal.teamName ) ),
		failed: base.msg( 'crs-team-part-failed' ),
		className: 'crs-team-download--all'
	} );
}

/**
 * Build the controls.
 *
 * @param cal
 * @param view
 * @return {LiveControls}
 */
export function renderLiveControls( cal: LiveCalendar, view: LiveViewHandle ): LiveControls {
	const { base, env } = cal;
	const doc = base.doc;
	const picker = renderPicker( cal, view );
	const reset = el( doc, 'button', {
		className: 'cdx-button cdx-button--weight-quiet crs-team-zone-reset',
		attrs: { type: 'button' }
	} );
	reset.addEventListener( 'click', () => {
		view.dispatch( { type: 'choose-zone', zone: undefined } );
		picker.input.focus();
	} );
	const modeButtons = renderModeButtons( base, view );
	const downloadAll = el( doc, 'div', { className: 'crs-team-calendar__download-all' }, renderDownloadAll( cal, view ) );
	const element = el( doc, 'div', {
		className: 'crs-team-calendar__controls',
		attrs: { role: 'group', 'aria-label': base.msg( 'crs-team-calendar-controls' ) }
	},
	el( doc, 'div', { className: 'crs-team-calendar__zone-control' }, picker.element, reset ),
	el( doc, 'div', {
		className: 'cdx-toggle-button-group crs-team-mode',
		attrs: { role: 'group', 'aria-label': base.msg( 'crs-team-mode-label' ) }
	}, modeButtons ),
	downloadAll );
	modeButtons.forEach( ( button ) => prefetchOnApproach( button, env.tools ) );
	// The tools (picker, month view, iCalendar) arrive when the browser is
	// idle after the first render; then the picker takes its place and
	// builds its list, off the reader's first interaction.
	if ( env.tools.get() ) {
		whenIdle( doc, () => picker.prepare() );
	} else {
		whenIdle( doc, () => {
			picker.fill().then( ( real ) => real.prepare(), () => undefined );
		}, 1000 );
	}
	const zoneLine = message( base, 'p', 'crs-team-times-in-zone', [ '' ], 'crs-team-calendar__zone' );
	zoneLine.setAttribute( 'aria-live', 'polite' );

	return {
		element,
		zoneLine,
		update( ctx: RenderContext, current: CalendarViewState ): void {
			const zoneText = ctx.msg( 'crs-team-times-in-zone', zoneLabel( zoneInstant( ctx, cal.hours ), current.zone, ctx.lang ) );
			// Only a real change is announced.
			if ( zoneLine.textContent !== zoneText ) {
				zoneLine.textContent = zoneText;
			}
			reset.hidden = !current.prefs.zone;
			while ( reset.firstChild ) {
				reset.removeChild( reset.firstChild );
			}
			reset.appendChild( message( ctx, 'span', 'crs-team-zone-reset', [ ownZoneLabel( cal ) ] ) );
			modeButtons.forEach( ( button ) => {
				const on = button.getAttribute( 'data-mode' ) === current.mode;
				button.setAttribute( 'aria-pressed', on ? 'true' : 'false' );
				button.classList.toggle( 'cdx-toggle-button--toggled-on', on );
				button.classList.toggle( 'cdx-toggle-button--toggled-off', !on );
			} );
			downloadAll.hidden = !sessionsToDownload( cal.hours.sessions, ctx.now ).length;
		},
		showZoneChoice( current: CalendarViewState ): void {
			picker.setValue( zonePickerValue( current, env.ownZone, env.deviceZone ), choiceText( cal, current ) );
		}
	};
}
