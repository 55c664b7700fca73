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

/**
 * The sample data page's text plus a session three weeks from now (15:00 UTC,
 * 90 minutes), so that whenever the suite runs the page shows a next session
 * with its Codex buttons.
 */
export function sampleDataWithNextSession(): string {
	const data = JSON.parse( SAMPLE_DATA_TEXT );
	const start = new Date( Date.now() + 21 * 24 * 3600 * 1000 );
	start.setUTCHours( 15, 0, 0, 0 );
	data.conversationHours.sessions.push( {
		id: 'next',
		title: 'Conversation hour (three weeks from now)',
		start: start.toISOString().replace( /\.000Z$/, 'Z' ),
		end: new Date( start.getTime() + 90 * 60 * 1000 ).toISOString().replace( /\.000Z$/, 'Z' ),
		stream: 'https://www.youtube.com/@WikimediaFoundation/streams',
		room: 'https://wikimedia.zoom.us/j/0000000000'
	} );
	return JSON.stringify( data, null, '\t' );
}

/** The subteam names in a language, falling back to English (or the plain string). */
export function subteamNames( lang: string ): string[] {
	return SAMPLE_DATA.subteams.map( ( s: { name: string | Record<string, string> } ) => typeof s.name === 'string' ? s.name : s.name[ lang ] || s.name.en );
}

/** Collapses every kind of space (Intl uses narrow and no-break spaces) to one plain space. */
export function normaliseSpaces( text: string ): string {
	return text.replace( /\s+/gu, ' ' ).trim();
}

/**
 * MediaWiki's default date format (its `Messages*.php`: English `j F Y`,
 * German `j. F Y`, both with the 24-hour `H:i`), as the wiki itself writes
 * dates for a reader without a date preference.
 */
const WIKI_DATE_FORMATS: Record<string, ( day: string, month: string, year: string ) => string> = {
	en: ( day, month, year ) => `${ day } ${ month } ${ year }`,
	de: ( day, month, year ) => `${ day }. ${ month } ${ year }`
};

/**
 * What a reader should read for a session: its date and its start–end times
 * in their zone and language as the wiki writes them by default ("Thursday,
 * 10 December 2026", "16:00–17:30"; names from Intl, laid out by hand, not
 * with the gadget's code), and the zone's name.
 *
 * @param session
 * @param timeZone IANA zone
 * @param locale `en` or `de`
 */
export function expectedTimes( session: SampleSession, timeZone: string, locale: 'en' | 'de' ): { date: string; times: string; zone: string } {
	const start = new Date( session.start );
	const end = new Date( session.end );
	const field = ( at: Date, options: Intl.DateTimeFormatOptions ): string => new Intl.DateTimeFormat( locale, { ...options, timeZone } ).format( at );
	const clock = ( at: Date ): string => new Intl.DateTimeFormat( 'en', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone } ).format( at );
	const date = field( start, { weekday: 'long' } ) + ', ' +
		WIKI_DATE_FORMATS[ locale ]!( field( start, { day: 'numeric' } ).replace( /\D/g, '' ), field( start, { month: 'long' } ), field( start, { year: 'numeric' } ) );
	return { date: normaliseSpaces( date ), times: `${ clock( start ) }\u2013${ clock( end ) }`, zone: timeZone };
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
