/** @jest-environment jsdom */
/**
 * The one entry the page's views use: the reader gets the interactive view
 * where the page gives a calendar environment, the static agenda elsewhere
 * (the editor's live preview).
 */
import { renderConversationHours } from '../../src/calendar/conversation-hours';
import { UTC_ZONE } from '../../src/time/zones';
import { at, englishContext, teamData, testEnvironment } from './support/context';

const NOW = at( '2026-11-23T12:00:00Z' );
const DATA = teamData( { sessions: [ { id: 'dec', start: '2026-12-10T16:00:00Z', end: '2026-12-10T17:30:00Z' } ] } );

beforeEach( () => {
	jest.useFakeTimers( { now: NOW } );
} );
afterEach( () => {
	jest.useRealTimers();
} );

test( 'without a calendar environment: the list alone, no controls, no timer', () => {
	const root = renderConversationHours( englishContext( { now: NOW } ), DATA, 'h3', 'Data page' );
	expect( root.querySelector( '[role="combobox"], button, a[download]' ) ).toBeNull();
	expect( root.querySelector( '[data-session-id="dec"]' ) ).not.toBeNull();
	expect( jest.getTimerCount() ).toBe( 0 );
} );

test( 'with one: the zone picker, the list/month switch, downloads, and one timer for the next change', () => {
	const env = testEnvironment( { ownZone: UTC_ZONE, now: () => Date.now(), prefs: { view: 'month' } } );
	const root = renderConversationHours( englishContext( { now: NOW, calendar: env } ), DATA, 'h4', 'Data page' );
	document.body.appendChild( root );
	expect( root.querySelector( '[role="combobox"]' ) ).not.toBeNull();
	expect( root.getAttribute( 'data-calendar-mode' ) ).toBe( 'month' );
	expect( root.querySelector( '[role="grid"]' ) ).not.toBeNull();
	expect( root.querySelector( '.crs-team-calendar__day-heading' )?.textContent ).toBe( 'Conversation hours on Thursday, December 10, 2026' );
	expect( jest.getTimerCount() ).toBe( 1 );
} );
