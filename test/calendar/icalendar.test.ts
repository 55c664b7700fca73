import ICAL from 'ical.js';
import {
	escapeText,
	foldLine,
	icsDateTime,
	IcsEvent,
	icsFileName,
	icsUid,
	sessionsToICalendar
} from '../../src/calendar/icalendar';
import { ICS_MIME } from '../../src/calendar/downloads';
import { nth } from './support/nth';

const at = ( iso: string ): number => Date.parse( iso );
const NOW = at( '2026-11-23T19:22:05.123Z' );
const PROD_ID = '-//Wikimedia Foundation//CRS team gadgets//EN';
const encoder = new TextEncoder();
const decoder = new TextDecoder( 'utf-8', { fatal: true } );

const base: IcsEvent = {
	uid: 'ch-2026-12@meta.wikimedia.org',
	sequence: 2,
	startMs: at( '2026-12-10T16:00:00Z' ),
	endMs: at( '2026-12-10T17:30:00Z' ),
	summary: 'Conversation hours',
	description: 'Bring your questions; all welcome, really.\nSecond line \\ with a backslash.',
	url: 'https://meta.wikimedia.org/wiki/Community_Resilience_and_Sustainability/Conversation_Hours',
	location: 'https://zoom.example/j/123?pwd=a,b;c',
	status: 'scheduled'
};

const LONG = ( 'Разговорные часы — ساعات المحادثة — 🗣️💬🌍 mixed with ASCII, commas; semicolons\\ and newlines\n' ).repeat( 25 ).slice( 0, 2000 );

/** The physical lines of a file: checks CRLF everywhere and the 75-octet limit. */
function physicalLines( ics: string ): string[] {
	expect( ics.endsWith( '\r\n' ) ).toBe( true );
	// No bare CR or LF.
	expect( ics.replace( /\r\n/g, '' ) ).not.toMatch( /[\r\n]/ );
	const lines = ics.slice( 0, -2 ).split( '\r\n' );
	for ( const line of lines ) {
		expect( encoder.encode( line ).length ).toBeLessThanOrEqual( 75 );
	}
	return lines;
}

/** Every physical line is valid UTF-8 on its own: folding never split a character. */
function expectWholeCharacters( ics: string ): void {
	for ( const line of ics.split( '\r\n' ) ) {
		const bytes = encoder.encode( line );
		expect( () => decoder.decode( bytes ) ).not.toThrow();
		// And no lone surrogate halves sit at a line edge.
		expect( line ).not.toMatch( /^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/ );
	}
}

/**
 * ical.js leaves the values of properties it has no type for (X-WR-CALNAME,
 * and NAME from RFC 7986) as written; both are TEXT (RFC 5545 §3.8.8.2,
 * RFC 7986 §5.1), so unescape them here.
 *
 * @param value
 * @return {string}
 */
function unescapeText( value: unknown ): string {
	return String( value ).replace( /\\([\\;,nN])/g, ( _m, c: string ) => c === 'n' || c === 'N' ? '\n' : c );
}

function parse( ics: string ): ICAL.Component {
	return new ICAL.Component( ICAL.parse( ics ) );
}

function unixMs( time: ICAL.Time ): number {
	return time.toUnixTime() * 1000;
}

describe( 'sessionsToICalendar', () => {
	test( 'leaves out an event dated before the year 1000, and refuses a file with nothing else', () => {
		const year50 = new Date( 0 ).setUTCFullYear( 50, 5, 1 );
		const ics = sessionsToICalendar( [ { ...base, uid: 'old', startMs: year50, endMs: year50 + 3600000 }, base ], { prodId: PROD_ID, nowMs: NOW } );
		expect( parse( ics ).getAllSubcomponents( 'vevent' ).map( ( e ) => e.getFirstPropertyValue( 'uid' ) ) ).toEqual( [ base.uid ] );
		expect( ics ).not.toMatch( /DTSTART:(0050|1950)/ );
		expect( () => sessionsToICalendar( [ { ...base, startMs: year50 } ], { prodId: PROD_ID, nowMs: NOW } ) ).toThrow( RangeError );
	} );

	test( 'the calendar and one event, every field read back by ical.js', () => {
		const ics = sessionsToICalendar( [ base ], { prodId: PROD_ID, calendarName: 'Conversation hours, CR&S', nowMs: NOW } );
		physicalLines( ics );
		const cal = parse( ics );
		expect( cal.name ).toBe( 'vcalendar' );
		expect( cal.getFirstPropertyValue( 'version' ) ).toBe( '2.0' );
		expect( cal.getFirstPropertyValue( 'prodid' ) ).toBe( PROD_ID );
		expect( cal.getFirstPropertyValue( 'method' ) ).toBe( 'PUBLISH' );
		expect( cal.getFirstPropertyValue( 'calscale' ) ).toBe( 'GREGORIAN' );
		expect( unescapeText( cal.getFirstPropertyValue( 'x-wr-calname' ) ) ).toBe( 'Conversation hours, CR&S' );
		expect( unescapeText( cal.getFirstPropertyValue( 'name' ) ) ).toBe( 'Conversation hours, CR&S' );
		const events = cal.getAllSubcomponents( 'vevent' );
		expect( events ).toHaveLength( 1 );
		const vevent = nth( events, 0 );
		expect( vevent.getFirstPropertyValue( 'uid' ) ).toBe( base.uid );
		expect( vevent.getFirstPropertyValue( 'sequence' ) ).toBe( 2 );
		expect( vevent.getFirstPropertyValue( 'summary' ) ).toBe( base.summary );
		expect( vevent.getFirstPropertyValue( 'description' ) ).toBe( base.description );
		expect( vevent.getFirstPropertyValue( 'url' ) ).toBe( base.url );
		expect( vevent.getFirstPropertyValue( 'location' ) ).toBe( base.location );
		expect( vevent.getFirstPropertyValue( 'status' ) ).toBe( 'CONFIRMED' );
		const stamp = vevent.getFirstPropertyValue( 'dtstamp' ) as ICAL.Time;
		expect( stamp.isDate ).toBe( false );
		expect( stamp.zone ).toBe( ICAL.Timezone.utcTimezone );
		expect( unixMs( stamp ) ).toBe( at( '2026-11-23T19:22:05Z' ) );
		const event = new ICAL.Event( vevent );
		expect( event.startDate.zone ).toBe( ICAL.Timezone.utcTimezone );
		expect( event.endDate.zone ).toBe( ICAL.Timezone.utcTimezone );
		expect( unixMs( event.startDate ) ).toBe( base.startMs );
		expect( unixMs( event.endDate ) ).toBe( base.endMs );
		expect( event.uid ).toBe( base.uid );
		expect( event.sequence ).toBe( 2 );
	} );

	test( 'the exact text of a small file', () => {
		const ics = sessionsToICalendar( [ {
			uid: 'a@b', sequence: 0, startMs: at( '2026-12-10T16:00:00Z' ), endMs: at( '2026-12-10T17:00:00Z' ), summary: 'Hi, there'
		} ], { prodId: PROD_ID, nowMs: NOW } );
		expect( ics ).toBe( [
			'BEGIN:VCALENDAR',
			'VERSION:2.0',
			'PRODID:-//Wikimedia Foundation//CRS team gadgets//EN',
			'CALSCALE:GREGORIAN',
			'METHOD:PUBLISH',
			'BEGIN:VEVENT',
			'UID:a@b',
			'DTSTAMP:20261123T192205Z',
			'DTSTART:20261210T160000Z',
			'DTEND:20261210T170000Z',
			'SEQUENCE:0',
			'SUMMARY:Hi\\, there',
			'END:VEVENT',
			'END:VCALENDAR',
			''
		].join( '\r\n' ) );
	} );

	test.each( [
		[ 'Cyrillic', 'Часы общения', 'Приходите с вопросами, идеями; и новостями.\nВторая строка.' ],
		[ 'Arabic', 'ساعات المحادثة', 'تعالوا بأسئلتكم، وأفكاركم؛ مرحبا بالجميع.\nسطر ثان.' ],
		[ 'Hebrew', 'שעות שיחה', 'שאלות, רעיונות; וכל מה שביניהם.' ],
		[ 'emoji', '🗣️ Conversation hours 👩🏽‍💻', '🎉🎉🎉, 🧵; 👨‍👩‍👧‍👦\n🏳️‍🌈 and \\ backslash' ],
		[ 'CJK', '対話の時間', '質問、アイデア、何でもどうぞ。' ],
		[ 'Devanagari', 'बातचीत के घंटे', 'प्रश्न, विचार; सभी का स्वागत है।' ],
		[ 'a 2000-character mix', LONG.slice( 0, 300 ), LONG ],
		[ 'a 2000-character emoji run', '🌍'.repeat( 100 ), '🌍👍🏿'.repeat( 500 ) ],
		[ '2000 ASCII escapes', ',;\\'.repeat( 30 ), ',;\\\n'.repeat( 500 ) ],
		[ 'Windows and old Mac line ends', 'a', 'one\r\ntwo\rthree\nfour' ]
	] )( '%s survives the round trip', ( _name, summary, description ) => {
		const event: IcsEvent = {
			uid: 'ch-x@meta.wikimedia.org',
			sequence: 7,
			startMs: at( '2027-03-28T00:30:00Z' ),
			endMs: at( '2027-03-28T02:30:00Z' ),
			summary,
			description,
			location: summary + ' — https://meet.example/room',
			url: 'https://meta.wikimedia.org/wiki/Conversation_hours',
			status: 'cancelled'
		};
		const ics = sessionsToICalendar( [ event ], { prodId: PROD_ID, calendarName: summary, nowMs: NOW } );
		physicalLines( ics );
		expectWholeCharacters( ics );
		const cal = parse( ics );
		const vevent = cal.getFirstSubcomponent( 'vevent' ) as ICAL.Component;
		const expectedDescription = description.replace( /\r\n|\r/g, '\n' );
		expect( unescapeText( cal.getFirstPropertyValue( 'x-wr-calname' ) ) ).toBe( summary );
		expect( vevent.getFirstPropertyValue( 'summary' ) ).toBe( summary );
		expect( vevent.getFirstPropertyValue( 'description' ) ).toBe( expectedDescription );
		expect( vevent.getFirstPropertyValue( 'location' ) ).toBe( event.location );
		expect( vevent.getFirstPropertyValue( 'status' ) ).toBe( 'CANCELLED' );
		expect( vevent.getFirstPropertyValue( 'sequence' ) ).toBe( 7 );
		expect( vevent.getFirstPropertyValue( 'uid' ) ).toBe( event.uid );
		expect( vevent.getFirstPropertyValue( 'url' ) ).toBe( event.url );
		expect( ( vevent.getFirstPropertyValue( 'dtstamp' ) as ICAL.Time ).toUnixTime() * 1000 ).toBe( at( '2026-11-23T19:22:05Z' ) );
		expect( cal.getFirstPropertyValue( 'prodid' ) ).toBe( PROD_ID );
		expect( cal.getFirstPropertyValue( 'version' ) ).toBe( '2.0' );
		expect( cal.getFirstPropertyValue( 'method' ) ).toBe( 'PUBLISH' );
		const parsed = new ICAL.Event( vevent );
		expect( unixMs( parsed.startDate ) ).toBe( event.startMs );
		expect( unixMs( parsed.endDate ) ).toBe( event.endMs );
	} );

	test( 'long descriptions really are folded, and unfold to the original', () => {
		const ics = sessionsToICalendar( [ Object.assign( {}, base, { description: LONG } ) ], { prodId: PROD_ID, nowMs: NOW } );
		const lines = physicalLines( ics );
		const start = lines.findIndex( ( l ) => l.startsWith( 'DESCRIPTION:' ) );
		let end = start + 1;
		while ( ( lines[ end ] || '' ).startsWith( ' ' ) ) {
			end++;
		}
		expect( end - start ).toBeGreaterThanOrEqual( 30 );
		const unfolded = lines.slice( start, end ).map( ( l, i ) => i ? l.slice( 1 ) : l ).join( '' );
		expect( unfolded ).toBe( 'DESCRIPTION:' + escapeText( LONG ) );
	} );

	test( 'several events, cancelled and postponed ones marked', () => {
		const events: IcsEvent[] = [
			base,
			Object.assign( {}, base, { uid: 'b@x', status: 'cancelled', sequence: 0 } ),
			Object.assign( {}, base, { uid: 'c@x', status: 'postponed', sequence: 3 } ),
			{ uid: 'd@x', sequence: 0, startMs: base.startMs, endMs: base.endMs, summary: 'No extras' }
		];
		const cal = parse( sessionsToICalendar( events, { prodId: PROD_ID, nowMs: NOW } ) );
		const vevents = cal.getAllSubcomponents( 'vevent' );
		expect( vevents.map( ( v ) => v.getFirstPropertyValue( 'uid' ) ) ).toEqual( [ base.uid, 'b@x', 'c@x', 'd@x' ] );
		expect( vevents.map( ( v ) => v.getFirstPropertyValue( 'status' ) ) ).toEqual( [ 'CONFIRMED', 'CANCELLED', 'CANCELLED', null ] );
		expect( vevents.map( ( v ) => v.getFirstPropertyValue( 'sequence' ) ) ).toEqual( [ 2, 0, 3, 0 ] );
		const bare = nth( vevents, 3 );
		for ( const name of [ 'description', 'url', 'location' ] ) {
			expect( bare.hasProperty( name ) ).toBe( false );
		}
	} );

	test( 'the same data gives the same UIDs and the same file', () => {
		const a = sessionsToICalendar( [ base ], { prodId: PROD_ID, nowMs: NOW } );
		const b = sessionsToICalendar( [ base ], { prodId: PROD_ID, nowMs: NOW } );
		expect( a ).toBe( b );
	} );

	test( 'a UID comes from the session id and the page alone: a moved, renamed session keeps it', () => {
		const uid = icsUid( 'ch-2026-12', 'metawiki/Module:CRS/data.json' );
		const before = parse( sessionsToICalendar( [ Object.assign( {}, base, { uid } ) ], { prodId: PROD_ID, nowMs: NOW } ) );
		const moved = parse( sessionsToICalendar( [ Object.assign( {}, base, {
			uid: icsUid( 'ch-2026-12', 'metawiki/Module:CRS/data.json' ),
			startMs: base.startMs + 7 * 86400000, endMs: base.endMs + 7 * 86400000, summary: 'Moved', sequence: 3
		} ) ], { prodId: PROD_ID, nowMs: NOW + 86400000 } ) );
		const a = before.getFirstSubcomponent( 'vevent' ) as ICAL.Component;
		const b = moved.getFirstSubcomponent( 'vevent' ) as ICAL.Component;
		expect( b.getFirstPropertyValue( 'uid' ) ).toBe( a.getFirstPropertyValue( 'uid' ) );
		expect( b.getFirstPropertyValue( 'sequence' ) ).toBeGreaterThan( a.getFirstPropertyValue( 'sequence' ) as unknown as number );
		expect( icsUid( 'ch-2027-03', 'metawiki/Module:CRS/data.json' ) ).not.toBe( uid );
		expect( icsUid( 'ch-2026-12', 'enwiki/Module:CRS/data.json' ) ).not.toBe( uid );
	} );

	test( 'URLs: encoded when needed, left out unless http(s)', () => {
		const one = ( url: string ): unknown => {
			const cal = parse( sessionsToICalendar( [ Object.assign( {}, base, { url } ) ], { prodId: PROD_ID, nowMs: NOW } ) );
			return ( cal.getFirstSubcomponent( 'vevent' ) as ICAL.Component ).getFirstPropertyValue( 'url' );
		};
		expect( one( 'https://meta.wikimedia.org/wiki/Разговор' ) ).toBe( 'https://meta.wikimedia.org/wiki/%D0%A0%D0%B0%D0%B7%D0%B3%D0%BE%D0%B2%D0%BE%D1%80' );
		expect( one( 'https://example.org/a b?x=1,2;3' ) ).toBe( 'https://example.org/a%20b?x=1,2;3' );
		expect( one( 'ftp://example.org/file' ) ).toBeNull();
		expect( one( 'data:text/plain,hello' ) ).toBeNull();
		expect( one( 'not a url' ) ).toBeNull();
	} );

	test( 'odd numbers: negative or fractional SEQUENCE, an end not after the start, milliseconds', () => {
		const cal = parse( sessionsToICalendar( [
			Object.assign( {}, base, { sequence: -1 } ),
			Object.assign( {}, base, { uid: 'f@x', sequence: 2.7, endMs: base.startMs } ),
			Object.assign( {}, base, { uid: 'g@x', startMs: NaN } ),
			Object.assign( {}, base, { uid: 'h@x', startMs: base.startMs + 999 } )
		], { prodId: PROD_ID, nowMs: NOW } ) );
		const vevents = cal.getAllSubcomponents( 'vevent' );
		expect( vevents ).toHaveLength( 3 );
		expect( nth( vevents, 0 ).getFirstPropertyValue( 'sequence' ) ).toBe( 0 );
		expect( nth( vevents, 1 ).getFirstPropertyValue( 'sequence' ) ).toBe( 2 );
		expect( nth( vevents, 1 ).hasProperty( 'dtend' ) ).toBe( false );
		expect( unixMs( nth( vevents, 2 ).getFirstPropertyValue( 'dtstart' ) as ICAL.Time ) ).toBe( base.startMs );
	} );

	test( 'no usable event, or an event without UID, is an error', () => {
		expect( () => sessionsToICalendar( [], { prodId: PROD_ID, nowMs: NOW } ) ).toThrow( RangeError );
		expect( () => sessionsToICalendar( [ Object.assign( {}, base, { uid: ' ' } ) ], { prodId: PROD_ID, nowMs: NOW } ) ).toThrow( RangeError );
	} );
} );

describe( 'escapeText', () => {
	test.each( [
		[ 'plain', 'plain' ],
		[ 'a,b', 'a\\,b' ],
		[ 'a;b', 'a\\;b' ],
		[ 'a\\b', 'a\\\\b' ],
		[ 'a\nb', 'a\\nb' ],
		[ 'a\r\nb', 'a\\nb' ],
		[ 'a\rb', 'a\\nb' ],
		[ 'a\u2028b', 'a\\nb' ],
		[ 'tab\tkept', 'tab\tkept' ],
		[ 'bell\u0007 and nul\u0000 dropped\u007f', 'bell and nul dropped' ],
		[ 'colon: and "quotes" stay', 'colon: and "quotes" stay' ],
		[ 'lone \uD83D surrogate', 'lone \uFFFD surrogate' ]
	] )( '%j → %j', ( input, expected ) => {
		expect( escapeText( input ) ).toBe( expected );
	} );
} );

describe( 'foldLine', () => {
	test.each( [
		[ 'ASCII', 'X'.repeat( 200 ) ],
		[ 'two-byte', 'Ж'.repeat( 100 ) ],
		[ 'three-byte', '語'.repeat( 100 ) ],
		[ 'four-byte', '😀'.repeat( 100 ) ],
		[ 'mixed offsets', 'a' + 'Ж😀語'.repeat( 60 ) ],
		[ 'exactly 75', 'Y'.repeat( 75 ) ],
		[ '76', 'Y'.repeat( 76 ) ]
	] )( '%s: lines ≤ 75 octets, whole characters, unfolds back', ( _name, line ) => {
		const folded = foldLine( line );
		const physical = folded.split( '\r\n' );
		physical.forEach( ( p ) => {
			expect( encoder.encode( p ).length ).toBeLessThanOrEqual( 75 );
			expect( () => decoder.decode( encoder.encode( p ) ) ).not.toThrow();
		} );
		expect( physical.slice( 1 ).every( ( p ) => p.charAt( 0 ) === ' ' ) ).toBe( true );
		expect( physical.map( ( p, i ) => i ? p.slice( 1 ) : p ).join( '' ) ).toBe( line );
		// Lines are filled: only the last may have room for another character.
		physical.slice( 0, -1 ).forEach( ( p ) => {
			expect( encoder.encode( p ).length ).toBeGreaterThan( 71 );
		} );
	} );

	test( 'short lines are untouched', () => {
		expect( foldLine( 'SUMMARY:Hi' ) ).toBe( 'SUMMARY:Hi' );
		expect( foldLine( 'Y'.repeat( 75 ) ) ).toBe( 'Y'.repeat( 75 ) );
		expect( foldLine( 'Y'.repeat( 76 ) ) ).toBe( 'Y'.repeat( 75 ) + '\r\n Y' );
	} );
} );

describe( 'helpers', () => {
	test( 'ICS_MIME', () => {
		expect( ICS_MIME ).toBe( 'text/calendar;charset=utf-8' );
	} );

	test.each( [
		[ '2026-12-10T16:00:00Z', '20261210T160000Z' ],
		[ '2026-12-10T16:00:00.999Z', '20261210T160000Z' ],
		[ '2027-01-01T00:00:00Z', '20270101T000000Z' ]
	] )( 'icsDateTime( %s ) → %s', ( iso, expected ) => {
		expect( icsDateTime( at( iso ) ) ).toBe( expected );
	} );

	test( 'icsDateTime writes years from 1000 to 9999 and refuses others (iCalendar years have four digits)', () => {
		expect( icsDateTime( at( '1000-01-01T00:00:00Z' ) ) ).toBe( '10000101T000000Z' );
		expect( icsDateTime( at( '9999-12-31T23:59:59Z' ) ) ).toBe( '99991231T235959Z' );
		for ( const ms of [ Date.UTC( 999, 11, 31 ), at( '+010000-01-01T00:00:00Z' ), new Date( 0 ).setUTCFullYear( 50, 5, 1 ), NaN ] ) {
			expect( () => icsDateTime( ms ) ).toThrow( RangeError );
		}
	} );

	test.each( [
		[ 'ch-2026-12', 'meta.wikimedia.org', 'ch-2026-12@meta.wikimedia.org' ],
		[ 'a b@c', 'meta.wikimedia.org/wiki/Data', 'a%20b%40c@meta.wikimedia.org/wiki/Data' ],
		[ 'день', 'x.org', '%D0%B4%D0%B5%D0%BD%D1%8C@x.org' ]
	] )( 'icsUid( %j, %j ) → %s', ( id, domain, expected ) => {
		expect( icsUid( id, domain ) ).toBe( expected );
	} );

	test.each( [
		[ 'Conversation hours', 'conversation-hours.ics' ],
		[ 'Conversation hours: 10 Décembre 2026', 'conversation-hours-10-decembre-2026.ics' ],
		[ 'Große Straße — Ærø', 'grosse-strasse-aero.ics' ],
		[ '  --Already.ics', 'already.ics' ],
		[ 'Часы общения', 'calendar.ics' ],
		[ 'ساعات المحادثة', 'calendar.ics' ],
		[ '🗣️💬', 'calendar.ics' ],
		[ '', 'calendar.ics' ],
		[ 'x'.repeat( 100 ), 'x'.repeat( 60 ) + '.ics' ],
		[ 'a/b\\c:d*e?f"g<h>i|j', 'a-b-c-d-e-f-g-h-i-j.ics' ]
	] )( 'icsFileName( %j ) → %s', ( title, expected ) => {
		expect( icsFileName( title ) ).toBe( expected );
	} );

	test( 'icsFileName with a fallback', () => {
		expect( icsFileName( 'Часы общения', 'Conversation hours' ) ).toBe( 'conversation-hours.ics' );
		expect( icsFileName( 'Часы общения', 'Часы' ) ).toBe( 'calendar.ics' );
	} );
} );
