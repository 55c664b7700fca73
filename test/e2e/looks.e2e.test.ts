/**
 * The team page at every width a reader may have (320, 390, 768, 1280 and
 * 1920 px), in Vector 2022's day and night themes, left to right (English)
 * and right to left (Hebrew): never a sideways scroll, no control on top of
 * another, headings in the page's outline. Each combination, in the list
 * and in the month view, is kept as a screenshot in artifacts/e2e/
 * (`looks-<width>-<theme>-<direction>[-month].png`) for a person to look at.
 */
import { Page } from 'playwright-core';
import {
	createUser, expectNoErrors, headingOrderViolations, horizontalOverflow, logIn, newReader,
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
			await setPreferences( page, teamWiki, { 'gadget-crs-team': '1', 'vector-theme': theme } );
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
