/**
 * The team page in every skin a reader may use: Vector 2022 (day and night),
 * Minerva on a phone, MonoBook and Timeless, and a right-to-left interface
 * language. Each must render all three parts, never scroll sideways, and
 * keep Codex contrast (axe-core's WCAG 2.1 AA colour-contrast rule included).
 *
 * Night mode: Vector 2022 on MediaWiki 1.43 offers it to logged-in readers by
 * default ($wgVectorNightMode['logged_in']); a reader picks it with the
 * `vector-theme` preference (Appearance menu or Special:Preferences), and the
 * skin then puts `skin-theme-clientpref-night` on <html> and switches the
 * Codex CSS variables our styles use.
 */
import { BrowserContextOptions, Page } from 'playwright-core';
import {
	accessibilityViolations, contrastBelow, contrastRatio, createUser, DESKTOP, expectNoErrors, horizontalOverflow, logIn,
	newReader, openTeamPage, PHONE, placeholderStates, saveScreenshot, setPreferences, watchErrors, useTeamWiki
} from './support';
import { sampleDataWithNextSession, subteamNames } from './support/sample-data';

const PASSWORD = 'skin-reader-password-2026';
/** Reads with the gadget enabled and the default (day) theme. */
const DAY_READER = 'Day Reader';
/** Reads with the gadget enabled and Vector 2022's night theme in their preferences. */
const NIGHT_READER = 'Night Reader';

const suite = useTeamWiki( {
	setUp: async ( { teamWiki, browser } ) => {
		await teamWiki.api.save( teamWiki.dataPage, sampleDataWithNextSession(), 'A session three weeks from now' );
		for ( const [ name, theme ] of [ [ DAY_READER, 'day' ], [ NIGHT_READER, 'night' ] ] as const ) {
			await createUser( teamWiki, name, PASSWORD );
			const context = await newReader( browser );
			const page = await context.newPage();
			await logIn( page, teamWiki, name, PASSWORD );
			await setPreferences( page, teamWiki, { 'gadget-crs-team': '1', 'vector-theme': theme } );
			await context.close();
		}
	}
} );

interface Reading {
	readonly page: Page;
	/** Checks errors, closes the context. */
	done(): Promise<void>;
}

/**
 * Logs a reader in (in a fresh context) and opens the team page.
 *
 * @param reader
 * @param contextOptions
 * @param query
 * @param query.skin useskin
 * @param query.uselang The interface language
 */
async function read( reader: string, contextOptions: BrowserContextOptions, query: { skin: string; uselang?: string } ): Promise<Reading> {
	const context = await newReader( suite.browser, contextOptions );
	const page = await context.newPage();
	const errors = watchErrors( page );
	await logIn( page, suite.teamWiki, reader, PASSWORD );
	await openTeamPage( page, suite.teamWiki, suite.teamWiki.teamPage, query );
	return {
		page,
		done: async () => {
			expectNoErrors( errors );
			await context.close();
		}
	};
}

const BUTTONS = '.crs-team__output .cdx-button:visible';

/** What every skin must get right. */
async function expectReadableTeamPage( page: Page ): Promise<void> {
	expect( await placeholderStates( page ) ).toEqual( [ 'rendered', 'rendered', 'rendered' ] );
	expect( await page.locator( '.crs-team-overview__name' ).isVisible() ).toBe( true );
	expect( await page.locator( '.crs-team-subteam' ).count() ).toBe( 3 );
	for ( const card of await page.locator( '.crs-team-subteam' ).all() ) {
		expect( await card.isVisible() ).toBe( true );
	}
	expect( await page.locator( '.crs-team-calendar__zone' ).isVisible() ).toBe( true );
	expect( await horizontalOverflow( page ) ).toEqual( { page: 0, ours: [] } );
	expect( await accessibilityViolations( page ) ).toEqual( [] );
	// axe-core leaves Codex buttons with an icon undecided; check them here
	// (the next session's two ways to join, and the calendar's controls and downloads).
	expect( await page.locator( BUTTONS ).count() ).toBeGreaterThanOrEqual( 2 );
	expect( await contrastBelow( page, BUTTONS ) ).toEqual( [] );
}

/** Left edges of the subteam cards, in document order. */
function cardBoxes( page: Page ): Promise<{ x: number; y: number; width: number }[]> {
	return page.locator( '.crs-team-subteam' ).evaluateAll( ( cards ) => cards.map( ( card ) => {
		const box = card.getBoundingClientRect();
		return { x: Math.round( box.left ), y: Math.round( box.top ), width: Math.round( box.width ) };
	} ) );
}

describe( 'skins and modes', () => {
	it( 'Vector 2022: cards in a grid', async () => {
		const { page, done } = await read( DAY_READER, DESKTOP, { skin: 'vector-2022' } );
		await expectReadableTeamPage( page );
		expect( await page.locator( 'html' ).getAttribute( 'class' ) ).toContain( 'skin-theme-clientpref-day' );
		const cards = await cardBoxes( page );
		// Two cards side by side on the first row.
		expect( cards[ 0 ]!.y ).toBe( cards[ 1 ]!.y );
		expect( cards[ 1 ]!.x ).toBeGreaterThan( cards[ 0 ]!.x );
		await saveScreenshot( page, 'vector-2022' );
		await done();
	} );

	it( 'Vector 2022 in night mode: dark page, our text stays readable', async () => {
		const { page, done } = await read( NIGHT_READER, DESKTOP, { skin: 'vector-2022' } );
		const htmlClass = await page.locator( 'html' ).getAttribute( 'class' ) || '';
		expect( htmlClass ).toContain( 'skin-theme-clientpref-night' );
		const colours = await page.evaluate( () => ( {
			page: getComputedStyle( document.body ).backgroundColor,
			card: getComputedStyle( document.querySelector( '.crs-team-subteam' ) as Element ).backgroundColor,
			text: getComputedStyle( document.querySelector( '.crs-team-rendered' ) as Element ).color
		} ) );
		// A dark page and dark cards: white text on them would have a contrast above 15.
		expect( contrastRatio( 'rgb(255, 255, 255)', colours.page ) ).toBeGreaterThan( 15 );
		expect( contrastRatio( 'rgb(255, 255, 255)', colours.card ) ).toBeGreaterThan( 15 );
		// Our text is light: well above AA (4.5) against the dark card.
		expect( contrastRatio( colours.text, colours.card ) ).toBeGreaterThan( 7 );
		await expectReadableTeamPage( page );
		await saveScreenshot( page, 'vector-2022-night' );
		await done();
	} );

	it( 'Minerva on a phone: one column of cards, nothing wider than the screen', async () => {
		const { page, done } = await read( DAY_READER, PHONE, { skin: 'minerva' } );
		expect( await page.evaluate( () => mw.config.get( 'skin' ) ) ).toBe( 'minerva' );
		await expectReadableTeamPage( page );
		const cards = await cardBoxes( page );
		expect( new Set( cards.map( ( c ) => c.x ) ).size ).toBe( 1 );
		expect( cards[ 1 ]!.y ).toBeGreaterThan( cards[ 0 ]!.y );
		for ( const card of cards ) {
			expect( card.x ).toBeGreaterThanOrEqual( 0 );
			expect( card.x + card.width ).toBeLessThanOrEqual( 390 );
		}
		await saveScreenshot( page, 'minerva-phone' );
		await done();
	} );

	it.each( [ 'monobook', 'timeless' ] )( '%s', async ( skin ) => {
		const { page, done } = await read( DAY_READER, DESKTOP, { skin } );
		expect( await page.evaluate( () => mw.config.get( 'skin' ) ) ).toBe( skin );
		await expectReadableTeamPage( page );
		await saveScreenshot( page, skin );
		await done();
	} );

	it( 'a Hebrew interface lays the team page out right to left', async () => {
		const { page, done } = await read( DAY_READER, DESKTOP, { skin: 'vector-2022', uselang: 'he' } );
		expect( await page.locator( 'html' ).getAttribute( 'dir' ) ).toBe( 'rtl' );
		for ( const rendered of await page.locator( '.crs-team-rendered' ).all() ) {
			expect( await rendered.getAttribute( 'lang' ) ).toBe( 'he' );
			expect( await rendered.getAttribute( 'dir' ) ).toBe( 'rtl' );
		}
		expect( await page.locator( '.crs-team-subteams' ).evaluate( ( list ) => getComputedStyle( list ).direction ) ).toBe( 'rtl' );
		expect( await page.locator( '.crs-team-overview__about h2' ).innerText() ).toBe( 'מה אנחנו עושים' );
		// The data is English: the card titles say so, and run left to right inside the RTL layout.
		const titles = page.locator( '.crs-team-subteam__title' );
		expect( await titles.allInnerTexts() ).toEqual( subteamNames( 'he' ) );
		expect( await titles.first().getAttribute( 'dir' ) ).toBe( 'ltr' );
		// The grid runs from the right: the first card is right of the second.
		const cards = await cardBoxes( page );
		expect( cards[ 0 ]!.y ).toBe( cards[ 1 ]!.y );
		expect( cards[ 0 ]!.x ).toBeGreaterThan( cards[ 1 ]!.x );
		// Headings start at the right edge of their part.
		const edges = await page.locator( '.crs-team-overview__about' ).evaluate( ( about ) => ( {
			part: Math.round( about.getBoundingClientRect().right ),
			heading: Math.round( ( about.querySelector( 'h2' ) as Element ).getBoundingClientRect().right ),
			align: getComputedStyle( about.querySelector( 'h2' ) as Element ).textAlign
		} ) );
		expect( edges.heading ).toBe( edges.part );
		expect( [ 'start', 'right' ] ).toContain( edges.align );
		await expectReadableTeamPage( page );
		await saveScreenshot( page, 'vector-2022-rtl-he' );
		await done();
	} );
} );
