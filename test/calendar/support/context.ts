/**
 * What the calendar's direct DOM tests share: a RenderContext with the real
 * English messages (formatted like mw.message#text), team data through the
 * real validator, and a calendar environment whose clock and choices the
 * test controls.
 */
import { CalendarPrefs } from '../../../src/calendar/prefs';
import { TeamPageData } from '../../../src/data/types';
import { validateTeamData } from '../../../src/data/validate';
import { CalendarEnvironment, RenderContext } from '../../../src/render/context';
import { UTC_ZONE, ZoneChoice } from '../../../src/time/zones';
import { renderContext } from '../../support/render-context';
import { calendarTools } from '../../../src/calendar/tools';
import { loadedPart } from '../../../src/render/lazy';

export const at = ( iso: string ): number => Date.parse( iso );

export interface ContextOptions {
	readonly now: number;
	readonly zone?: ZoneChoice;
	readonly calendar?: CalendarEnvironment;
}

/**
 * An English render context in `document`.
 *
 * @param options
 * @return {RenderContext}
 */
export function englishContext( options: ContextOptions ): RenderContext {
	return renderContext( 'en', {
		zone: options.zone || UTC_ZONE,
		now: options.now,
		calendar: options.calendar
	} );
}

/**
 * Team data with these conversation hours, as the validator reads them.
 *
 * @param conversationHours The `conversationHours` of a data page.
 * @return {TeamPageData}
 */
export function teamData( conversationHours: Record<string, unknown> ): TeamPageData {
	const { data, problems } = validateTeamData( { version: 1, team: { name: 'CR&S' }, conversationHours } );
	const errors = problems.filter( ( p ) => p.severity === 'error' );
	if ( !data || errors.length ) {
		throw new Error( 'test data is invalid: ' + JSON.stringify( errors ) );
	}
	return data;
}

export interface TestEnvironment extends CalendarEnvironment {
	/** Every choice saved, in order. */
	readonly saved: CalendarPrefs[];
}

/**
 * A calendar environment with a fixed list of zones and choices kept in memory.
 *
 * @param options
 * @param options.ownZone
 * @param options.now The clock (`Date.now` under fake timers, usually).
 * @param options.prefs What is stored at first.
 * @return {TestEnvironment}
 */
export function testEnvironment( options: { ownZone: ZoneChoice; now: () => number; prefs?: CalendarPrefs } ): TestEnvironment {
	const saved: CalendarPrefs[] = [];
	return {
		saved,
		ownZone: options.ownZone,
		deviceZone: null,
		prefs: {
			load: () => options.prefs || {},
			save: ( prefs: CalendarPrefs ) => {
				saved.push( prefs );
			}
		},
		now: options.now,
		zones: () => [ 'Asia/Kathmandu', 'Europe/Berlin' ],
		wikiId: 'metawiki',
		absoluteUrl: ( href: string ) => new URL( href, 'https://meta.wikimedia.org/' ).href,
		pageUrl: 'https://meta.wikimedia.org/wiki/Community_Resilience_and_Sustainability',
		tools: loadedPart( calendarTools )
	};
}
