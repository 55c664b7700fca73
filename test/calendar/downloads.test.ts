/** @jest-environment jsdom */
/**
 * "Add to calendar" as a reader uses it, through the real gadget: the
 * iCalendar file of one session and of all upcoming ones, their UIDs across
 * downloads and edits, where the links are offered.
 */
import ICAL from 'ical.js';
import { PREFS_STORAGE_KEY } from '../../src/calendar/prefs';
import { downloadLink, sessionDownload } from '../../src/calendar/downloads';
import { Session } from '../../src/data/types';
import { calendarTools } from '../../src/calendar/tools';
import { loadedPart } from '../../src/render/lazy';
import { UTC_ZONE } from '../../src/time/zones';
import { englishContext, teamData, testEnvironment } from './support/context';
import { readerClock, SAMPLE, view, pickZone, button } from './support/live-reader';
import { nth } from './support/nth';
import { blobText, recordSavedFiles } from '../support/saved-files';

readerClock();

describe( 'add to calendar', () => {
	let blobs: Blob[];
	beforeEach( () => {
		blobs = recordSavedFiles();
	} );

	async function download( link: HTMLAnchorElement ): Promise<{ cal: ICAL.Component; text: string; blob: Blob }> {
		link.click();
		const blob = nth( blobs, -1 );
		expect( link.getAttribute( 'href' ) ).toBe( 'blob:http://localhost/' + blobs.length );
		const text = await blobText( blob );
		return { cal: new ICAL.Component( ICAL.parse( text ) ), text, blob };
	}

	it( 'one session: a text/calendar file named after it, every field from the data', async () => {
		const { root } = await view();
		const link = root.querySelector( '.crs-team-session--next a[download]' ) as HTMLAnchorElement;
		// Seen: "Add to calendar"; heard: which session.
		expect( link.textContent!.trim() ).toBe( 'Add to calendar \u2013 Conversation hour, December 2026 (sample data)' );
		expect( link.querySelector( '.crs-team-visually-hidden' )!.textContent ).toBe( ' \u2013 Conversation hour, December 2026 (sample data)' );
		expect( link.hasAttribute( 'aria-label' ) ).toBe( false );
		expect( link.className ).toContain( 'cdx-button' );
		jest.setSystemTime( new Date( '2026-11-24T08:30:00Z' ) );
		const { cal, blob, text } = await download( link );
		// Named when it is saved (the tools that write it arrive after the first render).
		expect( link.getAttribute( 'download' ) ).toBe( 'conversation-hour-december-2026-sample-data.ics' );
		expect( blob.type ).toBe( 'text/calendar;charset=utf-8' );
		expect( text.split( '\r\n' ).slice( 0, 5 ) ).toEqual( [ 'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Wikimedia Foundation//crs-team-gadgets//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH' ] );
		expect( cal.getFirstPropertyValue( 'method' ) ).toBe( 'PUBLISH' );
		const events = cal.getAllSubcomponents( 'vevent' );
		expect( events ).toHaveLength( 1 );
		const event = nth( events, 0 );
		expect( event.getFirstPropertyValue( 'uid' ) ).toBe( '2026-12@metawiki/Module%3ACommunity_Resilience_and_Sustainability/data.json' );
		expect( event.getFirstPropertyValue( 'summary' ) ).toBe( 'Conversation hour, December 2026 (sample data)' );
		expect( event.getFirstPropertyValue( 'description' ) ).toBe( 'Bring your questions, or submit them beforehand on the talk page.\n\n' +
			'Join the call: https://wikimedia.zoom.us/j/0000000000\n\nLive stream: https://www.youtube.com/@WikimediaFoundation/streams' );
		expect( event.getFirstPropertyValue( 'location' ) ).toBe( 'https://wikimedia.zoom.us/j/0000000000' );
		expect( event.getFirstPropertyValue( 'url' ) ).toBe( 'http://localhost/wiki/Community_Resilience_and_Sustainability' );
		expect( event.getFirstPropertyValue( 'sequence' ) ).toBe( 0 );
		expect( event.getFirstPropertyValue( 'status' ) ).toBe( 'CONFIRMED' );
		const ev = new ICAL.Event( event );
		expect( ev.startDate.toUnixTime() * 1000 ).toBe( Date.parse( '2026-12-10T16:00:00Z' ) );
		expect( ev.endDate.toUnixTime() * 1000 ).toBe( Date.parse( '2026-12-10T17:30:00Z' ) );
		expect( ev.startDate.zone ).toBe( ICAL.Timezone.utcTimezone );
		expect( ( event.getFirstPropertyValue( 'dtstamp' ) as ICAL.Time ).toUnixTime() * 1000 ).toBe( Date.parse( '2026-11-24T08:30:00Z' ) );
	} );

	it( 'all upcoming sessions: one file, whatever zone is shown; UIDs stable across downloads and edits', async () => {
		const data = JSON.parse( SAMPLE );
		data.conversationHours.sessions.push( {
			id: 'ru-2027', start: '2027-03-11T15:00:00Z', end: '2027-03-11T16:30:00Z', sequence: 3, status: 'postponed',
			title: { en: 'Часы общения 🗣️ ساعات المحادثة' },
			description: ( 'Вопросы, идеи; всё — 💬 مرحبا بالجميع، ' ).repeat( 60 ),
			room: 'https://meet.example/rooms/a,b;c'
		} );
		const { root } = await view( { data } );
		pickZone( root, 'Kathmandu' );
		const link = button( root, 'Add all upcoming to calendar' ) as HTMLAnchorElement;
		const first = await download( link );
		expect( link.getAttribute( 'download' ) ).toBe( 'community-resilience-and-sustainability-conversation-hours.ics' );
		const events = first.cal.getAllSubcomponents( 'vevent' );
		expect( events.map( ( e ) => e.getFirstPropertyValue( 'uid' ) ) ).toEqual( [
			'2026-12@metawiki/Module%3ACommunity_Resilience_and_Sustainability/data.json',
			'ru-2027@metawiki/Module%3ACommunity_Resilience_and_Sustainability/data.json'
		] );
		expect( events.map( ( e ) => e.getFirstPropertyValue( 'dtstart' )!.toString() ) ).toEqual( [ '2026-12-10T16:00:00Z', '2027-03-11T15:00:00Z' ] );
		const ru = nth( events, 1 );
		expect( ru.getFirstPropertyValue( 'summary' ) ).toBe( 'Часы общения 🗣️ ساعات المحادثة' );
		expect( ru.getFirstPropertyValue( 'description' ) ).toBe( data.conversationHours.sessions[ 4 ].description.trim() +
			'\n\nJoin the call: https://meet.example/rooms/a,b;c' );
		expect( ru.getFirstPropertyValue( 'location' ) ).toBe( 'https://meet.example/rooms/a,b;c' );
		expect( ru.getFirstPropertyValue( 'sequence' ) ).toBe( 3 );
		expect( ru.getFirstPropertyValue( 'status' ) ).toBe( 'CANCELLED' );
		expect( first.cal.getFirstPropertyValue( 'x-wr-calname' ) ).toBe( 'Community Resilience and Sustainability: conversation hours' );
		// Every physical line is at most 75 octets and whole UTF-8 characters.
		for ( const line of first.text.split( '\r\n' ) ) {
			expect( Buffer.byteLength( line, 'utf8' ) ).toBeLessThanOrEqual( 75 );
			expect( line ).not.toMatch( /^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$|\uFFFD/ );
		}

		// A later download after the session moved: same UID, the new SEQUENCE.
		data.conversationHours.sessions[ 4 ].start = '2027-03-18T15:00:00Z';
		data.conversationHours.sessions[ 4 ].end = '2027-03-18T16:30:00Z';
		data.conversationHours.sessions[ 4 ].sequence = 4;
		data.conversationHours.sessions[ 4 ].status = 'scheduled';
		data.conversationHours.sessions[ 4 ].title = 'Renamed';
		const again = await view( { data } );
		const movedEvents = ( await download( button( again.root, 'Add all upcoming to calendar' ) as HTMLAnchorElement ) ).cal.getAllSubcomponents( 'vevent' );
		const moved = nth( movedEvents, 1 );
		expect( moved.getFirstPropertyValue( 'uid' ) ).toBe( 'ru-2027@metawiki/Module%3ACommunity_Resilience_and_Sustainability/data.json' );
		expect( moved.getFirstPropertyValue( 'sequence' ) ).toBe( 4 );
		expect( moved.getFirstPropertyValue( 'dtstart' )!.toString() ).toBe( '2027-03-18T15:00:00Z' );
	} );

	it( 'downloads are offered in the month view too, and not for past sessions', async () => {
		const { root } = await view( { storage: { [ PREFS_STORAGE_KEY ]: '{"view":"month"}' } } );
		const link = root.querySelector( '.crs-team-calendar__day a[download]' ) as HTMLAnchorElement;
		expect( link.textContent!.trim() ).toBe( 'Add to calendar \u2013 Conversation hour, December 2026 (sample data)' );
		const { cal } = await download( link );
		expect( cal.getFirstSubcomponent( 'vevent' )!.getFirstPropertyValue( 'uid' ) ).toMatch( /^2026-12@/ );
		button( root, 'List' ).click();
		expect( root.querySelectorAll( '.crs-team-calendar__group a[download]' ) ).toHaveLength( 0 );
	} );

	it( 'with nothing upcoming, there is no "all upcoming" download', async () => {
		jest.setSystemTime( new Date( '2027-06-01T00:00:00Z' ) );
		const { root } = await view();
		expect( ( root.querySelector( '.crs-team-calendar__download-all' ) as HTMLElement ).hidden ).toBe( true );
	} );
} );

describe( 'a download link on its own', () => {
	const HOURS = {
		stream: 'https://www.youtube.com/@wikimedia',
		sessions: [ {
			id: 'dec', title: { en: 'December hour', de: 'Dezember-Stunde' }, description: 'Questions welcome',
			start: '2026-12-10T16:00:00Z', end: '2026-12-10T17:30:00Z', room: 'Zoom/Room', sequence: 2
		} ]
	};

	function sessionLink(): HTMLAnchorElement {
		const env = testEnvironment( { ownZone: UTC_ZONE, now: () => Date.now() } );
		const ctx = englishContext( { now: Date.now(), calendar: env } );
		const data = teamData( HOURS );
		const link = sessionDownload( ctx, env, data.conversationHours.sessions[ 0 ] as Session, data.conversationHours, 'Data page', 'CR&S' );
		document.body.appendChild( link );
		return link;
	}

	/** Without object URLs, the file travels as a data: URL. */
	function savedText( link: HTMLAnchorElement ): string {
		const href = link.getAttribute( 'href' ) || '';
		expect( href.startsWith( 'data:text/calendar;charset=utf-8,' ) ).toBe( true );
		return decodeURIComponent( href.slice( href.indexOf( ',' ) + 1 ) );
	}

	beforeEach( () => {
		document.body.innerHTML = '';
		// A browser without object URLs (the tests above give jsdom some).
		Object.assign( window.URL, { createObjectURL: undefined, revokeObjectURL: undefined } );
		document.addEventListener( 'click', ( e ) => e.preventDefault() );
	} );

	test( 'the .ics holds the session as the reader\'s calendar needs it', () => {
		const link = sessionLink();
		expect( link.getAttribute( 'download' ) ).toBe( 'december-hour.ics' );
		expect( link.getAttribute( 'href' ) ).toBe( '#' );
		link.click();
		const event = new ICAL.Component( ICAL.parse( savedText( link ) ) ).getFirstSubcomponent( 'vevent' ) as ICAL.Component;
		expect( [
			event.getFirstPropertyValue( 'summary' ),
			String( event.getFirstPropertyValue( 'dtstart' ) ),
			String( event.getFirstPropertyValue( 'dtend' ) ),
			event.getFirstPropertyValue( 'uid' ),
			event.getFirstPropertyValue( 'sequence' ),
			event.getFirstPropertyValue( 'location' ),
			event.getFirstPropertyValue( 'description' )
		] ).toEqual( [
			'December hour',
			'2026-12-10T16:00:00Z',
			'2026-12-10T17:30:00Z',
			'dec@metawiki/Data_page',
			2,
			'https://meta.wikimedia.org/wiki/Zoom%2FRoom',
			'Questions welcome\n\nJoin the call: https://meta.wikimedia.org/wiki/Zoom%2FRoom\n\nLive stream: https://www.youtube.com/@wikimedia'
		] );
	} );

	test( 'the file is let go a minute after the download', () => {
		const link = sessionLink();
		link.click();
		expect( link.getAttribute( 'href' ) ).not.toBe( '#' );
		jest.advanceTimersByTime( 60 * 1000 );
		expect( link.getAttribute( 'href' ) ).toBe( '#' );
	} );

	test( 'a file that cannot be built is not downloaded', () => {
		const link = downloadLink( document, { label: 'Add', tools: loadedPart( calendarTools ), failed: 'Failed', fileName: () => 'x.ics', build: () => {
			throw new Error( 'broken' );
		} } );
		document.body.appendChild( link );
		const click = new MouseEvent( 'click', { bubbles: true, cancelable: true } );
		link.dispatchEvent( click );
		expect( click.defaultPrevented ).toBe( true );
		expect( link.getAttribute( 'href' ) ).toBe( '#' );
	} );
} );
