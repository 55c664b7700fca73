/**
 * The sample data page (data/team-page.json) as the tests expect to see it,
 * and the times a reader in a given zone should read, computed with Intl
 * independently of the gadget's own formatting code.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from './paths';

export interface SampleSession {
	readonly id: string;
	readonly start: string;
	readonly end: string;
}

export const SAMPLE_DATA_TEXT = fs.readFileSync( path.join( ROOT, 'data', 'team-page.json' ), 'utf8' );
export const SAMPLE_DATA = JSON.parse( SAMPLE_DATA_TEXT );
export const SAMPLE_SESSIONS: readonly SampleSession[] = SAMPLE_DATA.conversationHours.sessions;

/** The subteam names in a language, falling back to English (or the plain string). */
export function subteamNames( lang: string ): string[] {
	return SAMPLE_DATA.subteams.map( ( s: { name: string | Record<string, string> } ) => typeof s.name === 'string' ? s.name : s.name[ lang ] || s.name.en );
}

/** Collapses every kind of space (Intl uses narrow and no-break spaces) to one plain space. */
export function normaliseSpaces( text: string ): string {
	return text.replace( /\s+/gu, ' ' ).trim();
}

/**
 * What a reader should read for a session: its date and its start–end times
 * in their zone and language, and the zone's name.
 *
 * @param session
 * @param timeZone IANA zone
 * @param locale BCP 47, e.g. `en` or `de`
 */
export function expectedTimes( session: SampleSession, timeZone: string, locale: string ): { date: string; times: string; zone: string } {
	const start = new Date( session.start );
	const end = new Date( session.end );
	const date = new Intl.DateTimeFormat( locale, { dateStyle: 'full', timeZone } ).format( start );
	// formatRange is ES2021; the project's lib setting is older than the Node and Chromium used here.
	const timeFormat = new Intl.DateTimeFormat( locale, { timeStyle: 'short', timeZone } ) as Intl.DateTimeFormat & { formatRange( a: Date, b: Date ): string };
	const times = timeFormat.formatRange( start, end );
	return { date: normaliseSpaces( date ), times: normaliseSpaces( times ), zone: timeZone };
}

/**
 * A zone's offset from UTC at a moment, as people write it and the gadget
 * shows it: `UTC`, `UTC+1`, `UTC+5:45`, `UTC−3:30` (U+2212 MINUS SIGN).
 * Computed with Intl.
 *
 * @param timeZone IANA zone
 * @param at The moment
 */
export function utcOffsetLabel( timeZone: string, at: Date ): string {
	const name = new Intl.DateTimeFormat( 'en', { timeZone, timeZoneName: 'longOffset' } ).formatToParts( at )
		.find( ( part ) => part.type === 'timeZoneName' )?.value || 'GMT';
	const match = /^GMT([+-])(\d\d):(\d\d)$/.exec( name );
	if ( !match || ( match[ 2 ] === '00' && match[ 3 ] === '00' ) ) {
		return 'UTC';
	}
	const [ , sign, hours, minutes ] = match;
	return `UTC${ sign === '-' ? '\u2212' : '+' }${ Number( hours ) }${ minutes === '00' ? '' : `:${ minutes }` }`;
}
