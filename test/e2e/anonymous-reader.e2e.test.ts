/**
 * An anonymous reader tries the gadget with ?withgadget=crs-team and reads
 * the session times in their browser's time zone.
 */
import {
	accessibilityViolations, expectNoErrors, newReader, openTeamPage,
	placeholderStates, saveScreenshot, watchErrors, useTeamWiki
} from './support';
import { expectedTimes, normaliseSpaces, SAMPLE_SESSIONS, subteamNames } from './support/sample-data';

// A zone far from UTC, where the sample's afternoon sessions fall on the next day.
const BROWSER_ZONE = 'Pacific/Auckland';

const suite = useTeamWiki();

describe( 'an anonymous reader with ?withgadget=crs-team', () => {
	it( 'sees the overview, the three subteam cards and the sessions in the browser\'s zone', async () => {
		const context = await newReader( suite.browser, { timezoneId: BROWSER_ZONE } );
		const page = await context.newPage();
		const errors = watchErrors( page );
		await openTeamPage( page, suite.teamWiki, suite.teamWiki.teamPage, { withGadget: true } );

		expect( await page.evaluate( () => mw.user.isAnon() ) ).toBe( true );
		expect( await placeholderStates( page ) ).toEqual( [ 'rendered', 'rendered', 'rendered' ] );
		expect( await page.locator( '.crs-team-overview__name' ).innerText() ).toBe( 'Community Resilience and Sustainability' );
		expect( await page.locator( '.crs-team-subteam__title' ).allInnerTexts() ).toEqual( subteamNames( 'en' ) );
		// The fallback wikitext is kept, hidden.
		expect( await page.locator( '.crs-team__fallback' ).first().isHidden() ).toBe( true );

		for ( const session of SAMPLE_SESSIONS ) {
			const expected = expectedTimes( session, BROWSER_ZONE, 'en' );
			const when = normaliseSpaces( await page.locator( `[data-session-id="${ session.id }"] .crs-team-session__when time` ).innerText() );
			expect( when ).toContain( expected.date );
			expect( when ).toContain( expected.times );
			expect( when ).toContain( expected.zone );
		}
		expect( await page.locator( '.crs-team-calendar__zone' ).innerText() ).toContain( BROWSER_ZONE );

		expect( await accessibilityViolations( page ) ).toEqual( [] );
		await saveScreenshot( page, 'anonymous-reader-withgadget' );
		expectNoErrors( errors );
		await context.close();
	} );
} );
