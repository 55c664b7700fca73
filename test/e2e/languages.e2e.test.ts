/**
 * Readers in French and Hebrew (`uselang=fr`, `uselang=he`): the gadget's
 * interface is in their language, not English ("Join the call", the
 * notes sentence, "Led by" translated), and times follow the wiki's default format
 * (24-hour clock).
 */
import * as fs from 'fs';
import * as path from 'path';
import {
	accessibilityViolations, DESKTOP, expectNoErrors, newReaderWithClock, openTeamPage, placeholderStates, saveScreenshot, watchErrors, useTeamWiki
} from './support';

const START = new Date( '2026-11-23T12:00:00Z' );
const BROWSER_ZONE = 'Europe/Berlin';
const I18N = path.join( __dirname, '../../i18n' );
const messagesOf = ( lang: string ): Record<string, string> => JSON.parse( fs.readFileSync( path.join( I18N, lang + '.json' ), 'utf8' ) ) as Record<string, string>;
const ENGLISH = messagesOf( 'en' );

/** Interface words every reader of the sample page meets, in the list view before the December session. */
const KEYS = [ 'crs-team-link-room', 'crs-team-led-by', 'crs-team-sample-data', 'crs-team-subteam-responsibilities', 'crs-team-zone-label', 'crs-team-download-session' ];

const suite = useTeamWiki();

describe.each( [
	[ 'fr', 'ltr', 'Rejoindre l’appel' ],
	[ 'he', 'rtl', 'הצטרפות לשיחה' ]
] )( 'a reader with uselang=%s', ( lang, dir, joinTheCall ) => {
	it( 'reads the interface in that language, with the wiki\'s 24-hour times', async () => {
		const context = await newReaderWithClock( suite.browser, START, { ...DESKTOP, timezoneId: BROWSER_ZONE } );
		const page = await context.newPage();
		const errors = watchErrors( page );
		await openTeamPage( page, suite.teamWiki, suite.teamWiki.teamPage, { withGadget: true, uselang: lang } );
		expect( await placeholderStates( page ) ).toEqual( [ 'rendered', 'rendered', 'rendered' ] );
		for ( const rendered of await page.locator( '.crs-team-rendered' ).all() ) {
			expect( [ await rendered.getAttribute( 'lang' ), await rendered.getAttribute( 'dir' ) ] ).toEqual( [ lang, dir ] );
		}

		const text = ( await page.locator( '.crs-team-rendered' ).allInnerTexts() ).join( '\n' );
		const own = messagesOf( lang );
		expect( text ).toContain( joinTheCall );
		for ( const key of KEYS ) {
			expect( text ).toContain( own[ key ] );
			expect( text ).not.toContain( ENGLISH[ key ] );
		}
		// The notes sentence ("For a list of these conversations and notes, …"), up to its first comma.
		expect( text ).toContain( own[ 'crs-team-notes-sentence' ]!.split( ',' )[ 0 ] );
		expect( text ).not.toContain( ENGLISH[ 'crs-team-notes-sentence' ]!.split( ',' )[ 0 ] );
		// 10 December 2026, 16:00–17:30 UTC, in Berlin: 17:00–18:30, never "5:00 PM".
		const when = await page.locator( '[data-session-id="2026-12"] .crs-team-session__when time' ).innerText();
		expect( when ).toContain( '17:00–18:30' );
		expect( when ).not.toMatch( /PM|AM/ );

		expect( await accessibilityViolations( page ) ).toEqual( [] );
		await saveScreenshot( page, `language-${ lang }` );
		expectNoErrors( errors );
		await context.close();
	} );
} );
