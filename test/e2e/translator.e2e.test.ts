/**
 * A translator's way through the team page, in a real MediaWiki 1.43 and
 * Chromium: on the German translation page (`…/de`) a logged-in user who can
 * edit the data page sees "German: N of M texts translated — help
 * translate", follows it to the data page's edit form in Translate mode for
 * German, translates the three subteam names and one session title, sees the
 * live preview in German, saves through the usual edit form, and the `/de`
 * page then shows the translations (the line's count up by four). Readers
 * without an account never see the line nor download it. The panel passes
 * axe-core, on a phone in Minerva and in Vector 2022's night mode.
 */
import * as path from 'path';
import { BrowserContext, Page } from 'playwright-core';
import {
	accessibilityViolations, ARTIFACTS_DIR, contrastBelow, createUser, DESKTOP, expectNoErrors, horizontalOverflow, logIn,
	newReader, openTeamPage, PHONE, saveScreenshot, setPreferences, watchErrors, useTeamWiki
} from './support';
import { SAMPLE_DATA_TEXT } from './support/sample-data';

const TRANSLATOR = 'Translator';
const NIGHT_TRANSLATOR = 'Night Translator';
const PASSWORD = 'translator-password-2026';
const TRANSLATE_PANEL = '.crs-translate';
const LINE = '.crs-help-translate';
const HELP_MODULE = 'ext.gadget.crs-team-help-translate';

/** What the translator writes, by the text's path in the data page. */
const GERMAN: Readonly<Record<string, string>> = {
	'subteams[0].name': 'Unterstützung der Gremien',
	'subteams[1].name': 'Menschenrechte',
	'subteams[2].name': 'Vertrauen und Sicherheit',
	'conversationHours.sessions[3].title': 'Gesprächsstunde, Dezember 2026 (Beispieldaten)'
};

/** The sample data with no German text at all, as the German page on Meta-Wiki starts out. */
function untranslatedData(): string {
	const data = JSON.parse( SAMPLE_DATA_TEXT );
	data.subteams[ 1 ].name = data.subteams[ 1 ].name.en;
	return JSON.stringify( data, null, '\t' );
}

let germanPage: string;

const suite = useTeamWiki( {
	setUp: async ( { teamWiki, browser } ) => {
		germanPage = `${ teamWiki.teamPage }/de`;
		await teamWiki.api.save( teamWiki.dataPage, untranslatedData(), 'No German yet' );
		const wikitext = await teamWiki.api.read( teamWiki.teamPage );
		await teamWiki.api.create( germanPage, wikitext.revisions![ 0 ]!.content!, 'Übersetzung' );
		await teamWiki.api.request( { action: 'setpagelanguage', title: germanPage, lang: 'de', token: teamWiki.api.csrfToken } );
		for ( const [ name, theme ] of [ [ TRANSLATOR, 'day' ], [ NIGHT_TRANSLATOR, 'night' ] ] as const ) {
			await createUser( teamWiki, name, PASSWORD );
			const context = await newReader( browser );
			const page = await context.newPage();
			await logIn( page, teamWiki, name, PASSWORD );
			await setPreferences( page, teamWiki, { 'gadget-crs-team': '1', 'vector-theme': theme } );
			await context.close();
		}
	}
} );

/**
 * A logged-in translator in a fresh context.
 *
 * @param name
 * @param options Viewport and such
 */
async function translator( name: string, options = DESKTOP ): Promise<{ context: BrowserContext; page: Page }> {
	const context = await newReader( suite.browser, { timezoneId: 'UTC', ...options } );
	const page = await context.newPage();
	await logIn( page, suite.teamWiki, name, PASSWORD );
	return { context, page };
}

/** The line's counts, once it has appeared. */
async function lineCounts( page: Page ): Promise<{ translated: number; total: number }> {
	const text = await page.locator( LINE ).innerText();
	const match = /^German: (\d+) of (\d+) texts translated — help translate/.exec( text );
	if ( !match ) {
		throw new Error( `unexpected line: ${ text }` );
	}
	return { translated: Number( match[ 1 ] ), total: Number( match[ 2 ] ) };
}

/** The Translate mode's progress line, once the wiki's language names have arrived. */
async function panelSummary( page: Page ): Promise<string> {
	const summary = page.locator( `${ TRANSLATE_PANEL } .crs-translate__summary` );
	await page.waitForFunction( () => /^Deutsch/.test( document.querySelector( '.crs-translate__summary' )?.textContent || '' ) );
	return summary.innerText();
}

describe( 'a translator', () => {
	it( 'follows the "help translate" line, translates four texts in Translate mode, saves, and the German page shows them', async () => {
		const { context, page } = await translator( TRANSLATOR );
		const errors = watchErrors( page );
		await openTeamPage( page, suite.teamWiki, germanPage );
		await page.locator( LINE ).waitFor();
		const before = await lineCounts( page );
		expect( before.translated ).toBe( 0 );
		// Above the team overview, in the translator's (English) interface.
		expect( await page.locator( `${ LINE } + .crs-team` ).count() ).toBe( 1 );
		expect( await page.locator( LINE ).getAttribute( 'lang' ) ).toBe( 'en' );
		expect( await accessibilityViolations( page, LINE ) ).toEqual( [] );

		await Promise.all( [ page.waitForURL( /action=edit/ ), page.locator( `${ LINE } a` ).click() ] );
		const address = new URL( page.url() );
		expect( [ address.searchParams.get( 'withgadget' ), address.searchParams.get( 'crs-translate' ) ] ).toEqual( [ 'crs-team-editor', 'de' ] );
		await page.locator( `${ TRANSLATE_PANEL } textarea` ).first().waitFor();
		await page.locator( '.crs-editor-preview .crs-team-overview__name' ).waitFor();
		expect( ( await panelSummary( page ) ).replace( /^Deutsch.*\(de\): /, '' ) ).toBe( `0 of ${ before.total } texts translated, 0 outdated.` );

		for ( const [ where, german ] of Object.entries( GERMAN ) ) {
			const field = page.locator( `${ TRANSLATE_PANEL } textarea[data-crs-path="${ where }"]` );
			await field.fill( german );
			await field.press( 'Enter' );
		}
		expect( ( await panelSummary( page ) ).replace( /^Deutsch.*\(de\): /, '' ) ).toBe( `4 of ${ before.total } texts translated, 0 outdated.` );
		expect( await page.locator( `${ TRANSLATE_PANEL } progress` ).evaluate( ( bar: HTMLProgressElement ) => [ bar.value, bar.max ] ) ).toEqual( [ 4, before.total ] );

		// The live preview is German at once.
		const preview = page.locator( '.crs-editor-preview' );
		await page.waitForFunction( () => document.querySelector( '.crs-editor-preview .crs-team-subteam__title' )?.textContent === 'Unterstützung der Gremien' );
		expect( await preview.locator( '.crs-team-subteam__title' ).allInnerTexts() ).toEqual( [ GERMAN[ 'subteams[0].name' ], GERMAN[ 'subteams[1].name' ], GERMAN[ 'subteams[2].name' ] ] );
		expect( await preview.locator( '.crs-team-overview__about :is(h2, h3)' ).first().innerText() ).toBe( 'Was wir tun' );
		expect( await preview.innerText() ).toContain( GERMAN[ 'conversationHours.sessions[3].title' ] );

		await page.locator( `${ TRANSLATE_PANEL } #crs-translate-filter` ).selectOption( 'all' );
		expect( await accessibilityViolations( page, TRANSLATE_PANEL ) ).toEqual( [] );
		await page.locator( `${ TRANSLATE_PANEL } #crs-translate-filter` ).selectOption( 'untranslated' );
		// The panel's top (for the README): the language, the progress and the first rows.
		await page.locator( TRANSLATE_PANEL ).evaluate( ( panel ) => panel.scrollIntoView() );
		const box = ( await page.locator( TRANSLATE_PANEL ).boundingBox() )!;
		await page.screenshot( { path: path.join( ARTIFACTS_DIR, 'translate-mode.png' ), animations: 'disabled', clip: { x: box.x, y: box.y, width: box.width, height: Math.min( box.height, 640 ) } } );

		// The usual save path: a summary, then Save.
		await page.fill( '#wpSummary', 'German: subteam names and the December session' );
		await Promise.all( [ page.waitForURL( ( url ) => !/action=(edit|submit)/.test( url.search ) ), page.click( '#wpSave' ) ] );
		const saved = JSON.parse( ( await suite.teamWiki.api.read( suite.teamWiki.dataPage ) ).revisions![ 0 ]!.content! );
		expect( saved.subteams.map( ( s: { name: Record<string, string> } ) => s.name.de ) ).toEqual( [ GERMAN[ 'subteams[0].name' ], GERMAN[ 'subteams[1].name' ], GERMAN[ 'subteams[2].name' ] ] );
		expect( saved.conversationHours.sessions[ 3 ].title.de ).toBe( GERMAN[ 'conversationHours.sessions[3].title' ] );

		await openTeamPage( page, suite.teamWiki, germanPage );
		expect( await page.locator( '.crs-team-subteam__title' ).allInnerTexts() ).toEqual( [ GERMAN[ 'subteams[0].name' ], GERMAN[ 'subteams[1].name' ], GERMAN[ 'subteams[2].name' ] ] );
		expect( await page.locator( '[data-session-id="2026-12"]' ).first().innerText() ).toContain( GERMAN[ 'conversationHours.sessions[3].title' ] );
		await page.locator( LINE ).waitFor();
		expect( await lineCounts( page ) ).toEqual( { translated: before.translated + 4, total: before.total } );
		await saveScreenshot( page, 'translator-german-page' );

		// Hidden for German, it stays hidden on the next visit.
		await page.locator( `${ LINE } button` ).click();
		expect( await page.locator( LINE ).count() ).toBe( 0 );
		await openTeamPage( page, suite.teamWiki, germanPage );
		expect( await page.locator( LINE ).count() ).toBe( 0 );
		expect( await page.evaluate( ( name ) => mw.loader.getState( name ), HELP_MODULE ) ).toBe( 'registered' );
		expectNoErrors( errors );
		await context.close();
	} );

	it( 'is the only one to see it: an anonymous reader gets no line, and neither downloads it nor asks for rights', async () => {
		const context = await newReader( suite.browser, DESKTOP );
		const page = await context.newPage();
		const errors = watchErrors( page );
		const asked: string[] = [];
		page.on( 'request', ( request ) => {
			if ( request.url().includes( 'api.php' ) ) {
				asked.push( request.url() );
			}
		} );
		await openTeamPage( page, suite.teamWiki, germanPage, { withGadget: true } );
		expect( await page.locator( '.crs-team-rendered' ).count() ).toBe( 3 );
		expect( await page.locator( LINE ).count() ).toBe( 0 );
		expect( await page.evaluate( ( name ) => mw.loader.getState( name ), HELP_MODULE ) ).toBe( 'registered' );
		expect( asked.filter( ( url ) => url.includes( 'intestactions' ) ) ).toEqual( [] );
		expectNoErrors( errors );
		await context.close();
	} );

	it( 'finds the line and the panel usable on a phone in Minerva', async () => {
		const phone = await translator( TRANSLATOR, PHONE );
		await openTeamPage( phone.page, suite.teamWiki, germanPage, { skin: 'minerva' } );
		await phone.page.locator( LINE ).waitFor();
		expect( await horizontalOverflow( phone.page ) ).toEqual( { page: 0, ours: [] } );
		await saveScreenshot( phone.page, 'translator-line-minerva-phone' );
		await phone.page.goto( suite.teamWiki.url( suite.teamWiki.dataPage, { action: 'edit', useskin: 'minerva', withgadget: 'crs-team-editor', 'crs-translate': 'de' } ) );
		await panelSummary( phone.page );
		const panelBox = await phone.page.locator( TRANSLATE_PANEL ).boundingBox();
		expect( panelBox!.x + panelBox!.width ).toBeLessThanOrEqual( 390 );
		expect( await accessibilityViolations( phone.page, TRANSLATE_PANEL ) ).toEqual( [] );
		await saveScreenshot( phone.page, 'translate-mode-minerva-phone' );
		await phone.context.close();
	} );

	it( 'finds the line and the panel readable in Vector 2022\'s night mode', async () => {
		const night = await translator( NIGHT_TRANSLATOR );
		await openTeamPage( night.page, suite.teamWiki, germanPage, { skin: 'vector-2022' } );
		expect( await night.page.locator( 'html' ).getAttribute( 'class' ) ).toContain( 'skin-theme-clientpref-night' );
		await night.page.locator( LINE ).waitFor();
		expect( await accessibilityViolations( night.page, LINE ) ).toEqual( [] );
		expect( await contrastBelow( night.page, `${ LINE } .cdx-message__content, ${ LINE } a` ) ).toEqual( [] );
		await saveScreenshot( night.page, 'translator-line-vector-2022-night' );
		await night.page.goto( suite.teamWiki.url( suite.teamWiki.dataPage, { action: 'edit', useskin: 'vector-2022', withgadget: 'crs-team-editor', 'crs-translate': 'de' } ) );
		await panelSummary( night.page );
		expect( await accessibilityViolations( night.page, TRANSLATE_PANEL ) ).toEqual( [] );
		expect( await contrastBelow( night.page, `${ TRANSLATE_PANEL } h2, ${ TRANSLATE_PANEL } .crs-translate__summary, ${ TRANSLATE_PANEL } label, ${ TRANSLATE_PANEL } .crs-translate__source` ) ).toEqual( [] );
		await saveScreenshot( night.page, 'translate-mode-vector-2022-night' );
		await night.context.close();
	} );
} );
