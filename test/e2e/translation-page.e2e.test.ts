/**
 * The German translation page: a subpage `…/de` whose page language is set
 * to German (Special:PageLanguage, here through its API) renders in German,
 * with English fallback text marked as English.
 */
import {
	accessibilityViolations, expectNoErrors, newReader, openTeamPage,
	placeholderStates, saveScreenshot, watchErrors, useTeamWiki
} from './support';
import { expectedTimes, normaliseSpaces, SAMPLE_SESSIONS } from './support/sample-data';

const BROWSER_ZONE = 'Europe/Berlin';

let germanPage: string;

const suite = useTeamWiki( {
	setUp: async ( { teamWiki } ) => {
		germanPage = `${ teamWiki.teamPage }/de`;
		const wikitext = await teamWiki.api.read( teamWiki.teamPage );
		await teamWiki.api.create( germanPage, wikitext.revisions![ 0 ]!.content!, 'Übersetzung' );
		await teamWiki.api.request( { action: 'setpagelanguage', title: germanPage, lang: 'de', token: teamWiki.api.csrfToken } );
	}
} );

describe( 'the German translation page', () => {
	it( 'shows German headings, messages and dates, and marks English fallback text lang="en"', async () => {
		const context = await newReader( suite.browser, { timezoneId: BROWSER_ZONE } );
		const page = await context.newPage();
		const errors = watchErrors( page );
		await openTeamPage( page, suite.teamWiki, germanPage, { withGadget: true } );

		// The reader's interface stays English; the page's language is German.
		expect( await page.evaluate( () => [ mw.config.get( 'wgUserLanguage' ), mw.config.get( 'wgPageContentLanguage' ) ] ) ).toEqual( [ 'en', 'de' ] );
		expect( await placeholderStates( page ) ).toEqual( [ 'rendered', 'rendered', 'rendered' ] );
		for ( const rendered of await page.locator( '.crs-team-rendered' ).all() ) {
			expect( await rendered.getAttribute( 'lang' ) ).toBe( 'de' );
		}

		expect( await page.locator( '.crs-team-sample' ).innerText() ).toContain( 'Beispieldaten' );
		expect( await page.locator( '.crs-team-overview__about h2' ).innerText() ).toBe( 'Was wir tun' );
		expect( await page.locator( '.crs-team-overview__goals h2' ).innerText() ).toBe( 'Ziele 2023–2024' );
		expect( await page.locator( '.crs-team-subteam__label' ).allInnerTexts() ).toEqual( [ 'Aufgaben', 'Aufgaben', 'Aufgaben' ] );
		expect( await page.locator( '.crs-team-calendar__next h3' ).innerText() ).toBe( 'Nächste Gesprächsstunde' );
		expect( await page.locator( '.crs-team-calendar__cadence' ).innerText() ).toBe( 'Findet vierteljährlich statt.' );
		expect( await page.locator( '.crs-team-calendar__zone' ).innerText() ).toMatch( /^Zeiten in Europe\/Berlin \(UTC\+[12]\)\.$/ );

		// Translated data text is German; untranslated text is English, and says so.
		const titles = page.locator( '.crs-team-subteam__title' );
		expect( await titles.allInnerTexts() ).toEqual( [ 'Committee Support', 'Menschenrechte', 'Trust and Safety' ] );
		expect( await titles.nth( 0 ).getAttribute( 'lang' ) ).toBe( 'en' );
		expect( await titles.nth( 1 ).getAttribute( 'lang' ) ).toBeNull();
		expect( await page.locator( '.crs-team-overview__summary' ).getAttribute( 'lang' ) ).toBe( 'en' );
		const english = page.locator( '.crs-team-rendered [lang="en"]' );
		expect( await english.count() ).toBeGreaterThan( 3 );
		for ( const node of await english.all() ) {
			expect( await node.getAttribute( 'dir' ) ).toBe( 'ltr' );
		}

		for ( const session of SAMPLE_SESSIONS ) {
			const expected = expectedTimes( session, BROWSER_ZONE, 'de' );
			const when = normaliseSpaces( await page.locator( `[data-session-id="${ session.id }"] .crs-team-session__when time` ).innerText() );
			expect( when ).toContain( expected.date );
			expect( when ).toContain( expected.times );
		}

		expect( await accessibilityViolations( page ) ).toEqual( [] );
		await saveScreenshot( page, 'translation-page-de' );
		expectNoErrors( errors );
		await context.close();
	} );
} );
