/**
 * The team page at every width a reader may have (320, 390, 768, 1280 and
 * 1920 px), in Vector 2022's day and night themes, left to right (English)
 * and right to left (Hebrew): never a sideways scroll, no control on top of
 * another, headings in the page's outline. Each combination, in the list
 * and in the month view, is kept as a screenshot in artifacts/e2e/
 * (`looks-<width>-<theme>-<direction>[-month].png`) for a person to look at.
 * So are Minerva on a phone (`looks-minerva-390-<theme>[-month].png`), the
 * time zone list open (`looks-zone-picker-<theme>.png`) and a data page
 * with a mistake in it (`looks-problems-<theme>.png`): together they show
 * every Codex component the reader's page uses (src/codex/), day and night,
 * and axe-core checks their contrast.
 */
import { Page } from 'playwright-core';
import {
	ARTIFACTS_DIR, accessibilityViolations, createUser, expectNoErrors, headingOrderViolations, horizontalOverflow, logIn, newReader,
	openTeamPage, overlappingControls, saveScreenshot, setPreferences, useTeamWiki, watchErrors
} from './support';
import { sampleDataWithNextSession } from './support/sample-data';

const PASSWORD = 'looks-reader-password-2026';
const WIDTHS = [ 320, 390, 768, 1280, 1920 ] as const;
const THEMES = [ 'day', 'night' ] as const;
const DIRECTIONS = [ { dir: 'ltr', uselang: 'en' }, { dir: 'rtl', uselang: 'he' } ] as const;

function reader( theme: string ): string {
	return `Looks ${ theme } reader`;
}

const suite = useTeamWiki( {
	setUp: async ( { teamWiki, browser } ) => {
		await teamWiki.api.save( teamWiki.dataPage, sampleDataWithNextSession(), 'A session three weeks from now' );
		for ( const theme of THEMES ) {
			await createUser( teamWiki, reader( theme ), PASSWORD );
			const context = await newReader( browser );
			const page = await context.newPage();
			await logIn( page, teamWiki, reader( theme ), PASSWORD );
			await setPreferences( page, teamWiki, { 'gadget-crs-team': '1', 'vector-theme': theme, 'minerva-theme': theme } );
			await context.close();
		}
	}
} );

/** What must hold in every view: no sideways scroll, no overlapping controls. */
async function expectLaidOut( page: Page ): Promise<void> {
	expect( await horizontalOverflow( page ) ).toEqual( { page: 0, ours: [] } );
	expect( await overlappingControls( page ) ).toEqual( [] );
}

describe.each( THEMES )( 'Vector 2022, %s theme', ( theme ) => {
	it.each( DIRECTIONS )( '$uselang ($dir): every width, list and month view', async ( { dir, uselang } ) => {
		const context = await newReader( suite.browser );
		const page = await context.newPage();
		const errors = watchErrors( page );
		await logIn( page, suite.teamWiki, reader( theme ), PASSWORD );
		for ( const width of WIDTHS ) {
			await page.setViewportSize( { width, height: 900 } );
			await openTeamPage( page, suite.teamWiki, suite.teamWiki.teamPage, { skin: 'vector-2022', uselang } );
			expect( await page.locator( 'html' ).getAttribute( 'dir' ) ).toBe( dir );
			expect( await page.locator( 'html' ).getAttribute( 'class' ) ).toContain( `skin-theme-clientpref-${ theme }` );
			await saveScreenshot( page, `looks-${ width }-${ theme }-${ dir }` );
			await expectLaidOut( page );
			expect( await headingOrderViolations( page ) ).toEqual( [] );
			await page.locator( 'button[data-mode="month"]' ).click();
			await page.locator( '.crs-month__grid' ).waitFor();
			await saveScreenshot( page, `looks-${ width }-${ theme }-${ dir }-month` );
			await expectLaidOut( page );
			expect( await headingOrderViolations( page ) ).toEqual( [] );
			// Back to the list, so the next width opens as a reader first sees it.
			await page.locator( 'button[data-mode="agenda"]' ).click();
		}
		expectNoErrors( errors );
		await context.close();
	} );
} );

/** A data page whose first session has no usable start: the page reports it in a Codex message. */
function dataWithAMistake(): string {
	const data = JSON.parse( sampleDataWithNextSession() );
	data.conversationHours.sessions[ 0 ].start = 'next Tuesday';
	return JSON.stringify( data, null, '\t' );
}

describe.each( THEMES )( 'Codex components, %s theme', ( theme ) => {
	async function open( skin: string, width: number ): Promise<{ page: Page; done(): Promise<void> }> {
		const context = await newReader( suite.browser );
		const page = await context.newPage();
		const errors = watchErrors( page );
		await logIn( page, suite.teamWiki, reader( theme ), PASSWORD );
		await page.setViewportSize( { width, height: 900 } );
		await openTeamPage( page, suite.teamWiki, suite.teamWiki.teamPage, { skin, uselang: 'en' } );
		return { page, done: async () => {
			expectNoErrors( errors );
			await context.close();
		} };
	}

	it( 'Minerva at 390 px: list and month view', async () => {
		const { page, done } = await open( 'minerva', 390 );
		expect( await page.evaluate( () => mw.config.get( 'skin' ) ) ).toBe( 'minerva' );
		await saveScreenshot( page, `looks-minerva-390-${ theme }` );
		await expectLaidOut( page );
		expect( await accessibilityViolations( page ) ).toEqual( [] );
		await page.locator( 'button[data-mode="month"]' ).click();
		await page.locator( '.crs-month__grid' ).waitFor();
		await saveScreenshot( page, `looks-minerva-390-${ theme }-month` );
		await expectLaidOut( page );
		await done();
	} );

	it( 'the time zone list open (a text input and a menu)', async () => {
		const { page, done } = await open( 'vector-2022', 1280 );
		const box = page.getByRole( 'combobox', { name: 'Time zone' } );
		await box.click();
		await box.fill( 'Ka' );
		await page.keyboard.press( 'ArrowDown' );
		expect( await box.getAttribute( 'aria-expanded' ) ).toBe( 'true' );
		const controls = ( await page.locator( '.crs-team-calendar__controls' ).boundingBox() )!;
		await page.screenshot( {
			path: `${ ARTIFACTS_DIR }/looks-zone-picker-${ theme }.png`,
			clip: { x: controls.x, y: controls.y, width: controls.width, height: controls.height + 240 }
		} );
		// Contrast of the field, the list and its highlighted item, in this theme.
		expect( await accessibilityViolations( page ) ).toEqual( [] );
		await page.keyboard.press( 'Escape' );
		await done();
	} );

	it( 'a data page with a mistake: the problem report', async () => {
		await suite.teamWiki.api.save( suite.teamWiki.dataPage, dataWithAMistake(), 'A session without a usable start' );
		try {
			const { page, done } = await open( 'vector-2022', 1280 );
			const report = page.locator( '.crs-team .cdx-message' ).first();
			await report.waitFor();
			expect( await report.innerText() ).toContain( 'next Tuesday' );
			await saveScreenshot( page, `looks-problems-${ theme }` );
			await expectLaidOut( page );
			expect( await accessibilityViolations( page ) ).toEqual( [] );
			await done();
		} finally {
			await suite.teamWiki.api.save( suite.teamWiki.dataPage, sampleDataWithNextSession(), 'The session back' );
		}
	} );
} );
