/**
 * A reader enables the gadget in Special:Preferences (the real form), then
 * reads the team page with session times in the zone of their preferences.
 */
import {
	accessibilityViolations, callApi, createUser, expectNoErrors, logIn, newReader,
	openTeamPage, placeholderStates, saveScreenshot, setPreferences, watchErrors, useTeamWiki
} from './support';
import { expectedTimes, normaliseSpaces, SAMPLE_SESSIONS, subteamNames } from './support/sample-data';

const READER = { name: 'Reader One', password: 'reader-one-password-2026' };
const PREFERENCE_ZONE = 'Asia/Kolkata';
// The browser is elsewhere: the preference must win.
const BROWSER_ZONE = 'America/New_York';

const suite = useTeamWiki( {
	setUp: async ( { teamWiki } ) => {
		await createUser( teamWiki, READER.name, READER.password );
	}
} );

describe( 'a logged-in reader who enables the gadget in Special:Preferences', () => {
	it( 'ticks the gadget on the Gadgets tab, saves, and sees the team page in their preferred time zone', async () => {
		const context = await newReader( suite.browser, { timezoneId: BROWSER_ZONE } );
		const page = await context.newPage();
		const errors = watchErrors( page );
		await logIn( page, suite.teamWiki, READER.name, READER.password );
		await setPreferences( page, suite.teamWiki, { timecorrection: `ZoneInfo|330|${ PREFERENCE_ZONE }` } );

		// Before: the gadget is off, the fallback wikitext shows.
		await page.goto( suite.teamWiki.url( suite.teamWiki.teamPage ) );
		expect( await page.locator( '.crs-team[data-source]' ).count() ).toBe( 3 );
		expect( await page.locator( '.crs-team-rendered' ).count() ).toBe( 0 );
		expect( await page.locator( '.crs-team' ).first().innerText() ).toContain( 'is a team in the Wikimedia Foundation\'s Legal department' );

		await page.goto( suite.teamWiki.url( 'Special:Preferences' ) );
		await page.getByRole( 'tab', { name: 'Gadgets' } ).click();
		const checkbox = page.getByRole( 'checkbox', { name: /^Community Resilience and Sustainability team page: shows the team overview/ } );
		expect( await checkbox.isChecked() ).toBe( false );
		await checkbox.check();
		await Promise.all( [
			page.waitForEvent( 'load' ),
			page.getByRole( 'button', { name: 'Save' } ).click()
		] );
		await page.getByText( 'Your preferences have been saved.' ).waitFor();
		const saved = await callApi( page, suite.teamWiki, { action: 'query', meta: 'userinfo', uiprop: 'options' } );
		expect( saved.query.userinfo.options[ 'gadget-crs-team' ] ).toBeTruthy();

		await openTeamPage( page, suite.teamWiki );
		expect( await placeholderStates( page ) ).toEqual( [ 'rendered', 'rendered', 'rendered' ] );
		expect( await page.locator( '.crs-team-overview__name' ).innerText() ).toBe( 'Community Resilience and Sustainability' );
		expect( await page.locator( '.crs-team-overview__lead' ).innerText() ).toContain( 'Maggie Dennis' );
		expect( await page.locator( '.crs-team-subteam__title' ).allInnerTexts() ).toEqual( subteamNames( 'en' ) );
		expect( await page.locator( '.crs-team-calendar__zone' ).innerText() ).toContain( `${ PREFERENCE_ZONE } (UTC+5:30)` );
		for ( const session of SAMPLE_SESSIONS ) {
			const expected = expectedTimes( session, PREFERENCE_ZONE, 'en' );
			const when = normaliseSpaces( await page.locator( `[data-session-id="${ session.id }"] .crs-team-session__when time` ).innerText() );
			expect( when ).toContain( expected.date );
			expect( when ).toContain( expected.times );
			expect( when ).toContain( `${ PREFERENCE_ZONE } (UTC+5:30)` );
		}

		expect( await accessibilityViolations( page ) ).toEqual( [] );
		await saveScreenshot( page, 'reader-preferences-vector-2022' );
		expectNoErrors( errors );
		await context.close();
	} );
} );
