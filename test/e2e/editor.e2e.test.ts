/**
 * A maintainer edits the team's data page with the crs-team-editor gadget:
 * in CodeEditor (Ace) and in the plain edit box, in a real MediaWiki 1.43
 * and Chromium. Typing a broken date shows the problem, choosing it moves
 * the cursor there, fixing it updates the live preview, and the saved change
 * reaches the team page. Saving with an error asks first.
 */
import { BrowserContext, Page } from 'playwright-core';
import {
	accessibilityViolations, expectNoErrors, logIn, newReader, openTeamPage, saveScreenshot,
	setPreferences, watchErrors, useTeamWiki
} from './support';
import { expectedTimes, normaliseSpaces } from './support/sample-data';

/** The December session of the sample data, as published. */
const DECEMBER = { id: '2026-12', start: '2026-12-10T16:00:00Z', end: '2026-12-10T17:30:00Z' };
const OTHER_JSON_PAGE = 'Module:Other settings.json';
/** What the editor gadget adds to the edit form, for axe-core. */
const EDITOR_PARTS = '.crs-editor-diagnostics, .crs-editor-helpers, .crs-editor-preview';
const WIKITEXT_PAGE = 'A wikitext page';

const suite = useTeamWiki( {
	setUp: async ( { teamWiki } ) => {
		await teamWiki.api.create( OTHER_JSON_PAGE, '{ "colour": "blue" }', 'JSON that is not team data' );
		await teamWiki.api.create( WIKITEXT_PAGE, 'Some text.', 'A wikitext page' );
	}
} );

/**
 * A logged-in maintainer who has the editor gadget enabled, in UTC, and
 * CodeEditor on or off.
 *
 * @param codeEditor Whether the syntax-highlighting editor is on
 */
async function maintainer( codeEditor: boolean ): Promise<{ context: BrowserContext; page: Page }> {
	const context = await newReader( suite.browser, { timezoneId: 'UTC' } );
	const page = await context.newPage();
	await logIn( page, suite.teamWiki, suite.teamWiki.admin.username, suite.teamWiki.admin.password );
	await setPreferences( page, suite.teamWiki, { 'gadget-crs-team-editor': '1', usecodeeditor: codeEditor ? '1' : '0' } );
	return { context, page };
}

/**
 * Opens the data page's edit form and waits for the problem list, the
 * preview and, with CodeEditor on, Ace (which CodeEditor sets up on its own time).
 *
 * @param page
 * @param codeEditor Whether the maintainer has CodeEditor on
 */
async function openEditForm( page: Page, codeEditor: boolean ): Promise<void> {
	await page.goto( suite.teamWiki.url( suite.teamWiki.dataPage, { action: 'edit' } ) );
	await page.locator( '.crs-editor-diagnostics .cdx-message' ).first().waitFor();
	await page.locator( '.crs-editor-preview .crs-team-overview__name' ).waitFor();
	if ( codeEditor ) {
		await page.waitForFunction( () => {
			const context = $( '#wpTextbox1' ).data( 'wikiEditor-context' ) as { codeEditorActive?: boolean } | undefined;
			return !!( context && context.codeEditorActive );
		} );
	} else {
		await page.waitForLoadState( 'networkidle' );
	}
}

/** Whether Ace (CodeEditor) is showing the text. */
function aceActive( page: Page ): Promise<boolean> {
	return page.evaluate( () => {
		const context = $( '#wpTextbox1' ).data( 'wikiEditor-context' ) as { codeEditorActive?: boolean } | undefined;
		return !!( context && context.codeEditorActive );
	} );
}

/** The text in the edit box (Ace's, when it is showing), and the cursor's offset in it. */
function editBox( page: Page ): Promise<{ text: string; cursor: number; focused: boolean }> {
	return page.evaluate( () => {
		const textarea = document.getElementById( 'wpTextbox1' ) as HTMLTextAreaElement;
		const context = $( '#wpTextbox1' ).data( 'wikiEditor-context' ) as { codeEditorActive?: boolean; codeEditor?: any } | undefined;
		if ( context && context.codeEditorActive && context.codeEditor ) {
			const ace = context.codeEditor;
			const session = ace.getSession();
			return { text: session.getValue(), cursor: session.getDocument().positionToIndex( ace.getCursorPosition() ), focused: ace.isFocused() };
		}
		return { text: textarea.value, cursor: textarea.selectionStart, focused: document.activeElement === textarea };
	} );
}

/** Selects `length` characters from `offset` in the edit box and focuses it, as a mouse drag would. */
function selectInEditBox( page: Page, offset: number, length: number ): Promise<void> {
	return page.evaluate( ( [ start, end ] ) => {
		const textarea = document.getElementById( 'wpTextbox1' ) as HTMLTextAreaElement;
		const context = $( '#wpTextbox1' ).data( 'wikiEditor-context' ) as { codeEditorActive?: boolean; codeEditor?: any } | undefined;
		if ( context && context.codeEditorActive && context.codeEditor ) {
			const ace = context.codeEditor;
			const doc = ace.getSession().getDocument();
			ace.focus();
			ace.getSelection().setSelectionRange( { start: doc.indexToPosition( start ), end: doc.indexToPosition( end ) } );
			return;
		}
		textarea.focus();
		textarea.setSelectionRange( start!, end! );
	}, [ offset, offset + length ] );
}

/** Waits until the problem list shows a problem containing `text`; returns its locator. */
async function problem( page: Page, text: string ) {
	const locator = page.locator( '.crs-editor-diagnostics__problem', { hasText: text } );
	await locator.waitFor();
	return locator;
}

/** Types over the month of the December session's start: 2026-12-10 becomes 2026-13-10. Returns where the value starts. */
async function breakTheDecemberDate( page: Page ): Promise<number> {
	const { text } = await editBox( page );
	// The start comes before the end in the sample.
	const valueAt = text.indexOf( '"2026-12-10T' );
	expect( valueAt ).toBeGreaterThan( 0 );
	await selectInEditBox( page, valueAt + '"2026-'.length, 2 );
	await page.keyboard.type( '13' );
	return valueAt;
}

async function pageText( title: string ): Promise<string> {
	const result = await suite.teamWiki.api.read( title );
	return ( result.revisions || [] )[ 0 ]!.content as string;
}

describe( 'the editor gadget', () => {
	it( 'loads only on the edit form of JSON pages, and helps only with team data', async () => {
		const { context, page } = await maintainer( true );
		const state = () => page.evaluate( () => ( {
			module: mw.loader.getState( 'ext.gadget.crs-team-editor' ),
			panel: !!document.querySelector( '.crs-editor-diagnostics, .crs-editor-preview, .crs-editor-helpers' )
		} ) );
		await page.goto( suite.teamWiki.url( suite.teamWiki.dataPage ) );
		await page.waitForLoadState( 'networkidle' );
		expect( await state() ).toEqual( { module: 'registered', panel: false } );
		await page.goto( suite.teamWiki.url( WIKITEXT_PAGE, { action: 'edit' } ) );
		await page.waitForLoadState( 'networkidle' );
		expect( await state() ).toEqual( { module: 'registered', panel: false } );
		await page.goto( suite.teamWiki.url( OTHER_JSON_PAGE, { action: 'edit' } ) );
		await page.waitForFunction( () => mw.loader.getState( 'ext.gadget.crs-team-editor' ) === 'ready' );
		await page.waitForLoadState( 'networkidle' );
		expect( await state() ).toEqual( { module: 'ready', panel: false } );
		await context.close();
	} );

	it( 'can be tried on the edit form with ?withgadget=crs-team-editor, without the preference', async () => {
		const context = await newReader( suite.browser, { timezoneId: 'UTC' } );
		const page = await context.newPage();
		const errors = watchErrors( page );
		await logIn( page, suite.teamWiki, suite.teamWiki.admin.username, suite.teamWiki.admin.password );
		await setPreferences( page, suite.teamWiki, { 'gadget-crs-team-editor': '0', usecodeeditor: '0' } );
		await page.goto( suite.teamWiki.url( suite.teamWiki.dataPage, { action: 'edit' } ) );
		await page.waitForLoadState( 'networkidle' );
		expect( await page.locator( '.crs-editor-preview' ).count() ).toBe( 0 );

		await page.goto( suite.teamWiki.url( suite.teamWiki.dataPage, { action: 'edit', withgadget: 'crs-team-editor' } ) );
		await page.locator( '.crs-editor-preview .crs-team-overview__name' ).waitFor();
		expect( await page.locator( '.crs-editor-diagnostics' ).count() ).toBe( 1 );
		expectNoErrors( errors );
		await context.close();
	} );

	it( 'in CodeEditor: shows a broken date, moves the cursor to it, holds the save, previews the fix, and the saved fix reaches the team page', async () => {
		const { context, page } = await maintainer( true );
		const errors = watchErrors( page );
		await openEditForm( page, true );
		expect( await aceActive( page ) ).toBe( true );
		const when = page.locator( `.crs-editor-preview [data-session-id="${ DECEMBER.id }"] .crs-team-session__when time` );
		expect( normaliseSpaces( await when.innerText() ) ).toContain( expectedTimes( DECEMBER, 'UTC', 'en' ).times );

		const valueAt = await breakTheDecemberDate( page );
		const broken = await problem( page, 'is not a date' );
		expect( normaliseSpaces( await broken.innerText() ) ).toMatch(
			/^Line \d+, column \d+: conversationHours\.sessions\[3\]\.start: "2026-13-10T16:00:00Z" is not a date: there is no month 13$/
		);
		// The broken session is left out of the preview.
		await when.waitFor( { state: 'detached' } );
		expect( await accessibilityViolations( page, EDITOR_PARTS ) ).toEqual( [] );

		// Move the cursor away, then choose the problem: the cursor goes to the value.
		await selectInEditBox( page, 0, 0 );
		await broken.click();
		const atProblem = await editBox( page );
		expect( atProblem.cursor ).toBe( valueAt );
		expect( atProblem.focused ).toBe( true );

		// Saving now asks first (the guard reads Ace's text, not the stale textarea); Cancel changes nothing.
		await page.click( '#wpSave' );
		const dialog = page.locator( '#crs-editor-guard' );
		await dialog.waitFor();
		expect( normaliseSpaces( await dialog.innerText() ) ).toContain( 'conversationHours.sessions[3].start: "2026-13-10T16:00:00Z" is not a date' );
		await page.keyboard.press( 'Escape' );
		await dialog.waitFor( { state: 'detached' } );
		expect( await editBox( page ) ).toEqual( { ...atProblem, focused: true } );

		// Fix it there (an hour earlier than before): the preview shows the new time.
		await page.keyboard.press( 'Shift+End' );
		await page.keyboard.insertText( '"2026-12-10T15:00:00Z",' );
		const fixed = { ...DECEMBER, start: '2026-12-10T15:00:00Z' };
		await page.locator( '.crs-editor-diagnostics__problem', { hasText: 'is not a date' } ).waitFor( { state: 'detached' } );
		await when.waitFor();
		expect( normaliseSpaces( await when.innerText() ) ).toContain( expectedTimes( fixed, 'UTC', 'en' ).times );
		const edited = ( await editBox( page ) ).text;
		expect( JSON.parse( edited ).conversationHours.sessions[ 3 ].start ).toBe( fixed.start );

		await Promise.all( [ page.waitForURL( ( url ) => !/action=(edit|submit)/.test( url.search ) ), page.click( '#wpSave' ) ] );
		expect( JSON.parse( await pageText( suite.teamWiki.dataPage ) ).conversationHours.sessions[ 3 ].start ).toBe( fixed.start );

		await openTeamPage( page, suite.teamWiki, suite.teamWiki.teamPage, { withGadget: true } );
		const published = normaliseSpaces( await page.locator( `[data-session-id="${ DECEMBER.id }"] .crs-team-session__when time` ).first().innerText() );
		expect( published ).toContain( expectedTimes( fixed, 'UTC', 'en' ).times );
		expectNoErrors( errors );
		await context.close();
	} );

	it( 'in the plain edit box: saving with an error asks first; Cancel keeps the text, "Save anyway" saves it', async () => {
		const { context, page } = await maintainer( false );
		const errors = watchErrors( page );
		await openEditForm( page, false );
		expect( await aceActive( page ) ).toBe( false );
		const valueAt = await breakTheDecemberDate( page );
		const broken = await problem( page, 'is not a date' );
		await selectInEditBox( page, 0, 0 );
		await broken.click();
		expect( await editBox( page ) ).toEqual( expect.objectContaining( { cursor: valueAt, focused: true } ) );
		const before = ( await editBox( page ) ).text;
		const revisionsBefore = await revisionCount();

		await page.click( '#wpSave' );
		const dialog = page.locator( '#crs-editor-guard' );
		await dialog.waitFor();
		expect( await dialog.getAttribute( 'role' ) ).toBe( 'dialog' );
		expect( await accessibilityViolations( page, '#crs-editor-guard' ) ).toEqual( [] );
		expect( normaliseSpaces( await dialog.locator( 'li' ).first().innerText() ) ).toMatch( /conversationHours\.sessions\[3\]\.start: "2026-13-10T\d\d:00:00Z" is not a date/ );
		await saveScreenshot( page, 'editor-save-guard' );

		await dialog.locator( 'button', { hasText: 'Cancel' } ).click();
		await dialog.waitFor( { state: 'detached' } );
		expect( new URL( page.url() ).searchParams.get( 'action' ) ).toBe( 'edit' );
		expect( await editBox( page ) ).toEqual( expect.objectContaining( { text: before, focused: true } ) );
		expect( await revisionCount() ).toBe( revisionsBefore );

		await page.click( '#wpSave' );
		await dialog.waitFor();
		await Promise.all( [
			page.waitForURL( ( url ) => !/action=(edit|submit)/.test( url.search ) ),
			dialog.locator( 'button', { hasText: 'Save anyway' } ).click()
		] );
		expect( await revisionCount() ).toBe( revisionsBefore + 1 );
		expect( JSON.parse( await pageText( suite.teamWiki.dataPage ) ) ).toEqual( JSON.parse( before ) );
		expectNoErrors( errors );
		await context.close();
	} );

	it( 'helpers add a subteam and a translation that the preview shows, in its language switcher too', async () => {
		const { context, page } = await maintainer( true );
		const errors = watchErrors( page );
		await openEditForm( page, true );
		await page.click( 'summary:has-text("Add a subteam")' );
		await page.fill( '#crs-editor-subteam-id', 'outreach' );
		await page.fill( '#crs-editor-subteam-name', 'Outreach' );
		await page.fill( '#crs-editor-subteam-responsibilities', 'Talks with communities\nRuns workshops' );
		// Enter adds the subteam; it does not save the page.
		await page.press( '#crs-editor-subteam-name', 'Enter' );
		expect( new URL( page.url() ).searchParams.get( 'action' ) ).toBe( 'edit' );
		await page.locator( '.crs-editor-preview .crs-team-subteam__title', { hasText: 'Outreach' } ).waitFor();

		await page.click( 'summary:has-text("Add a translation")' );
		await page.locator( '#crs-editor-translation-field option', { hasText: 'Outreach' } ).first().waitFor( { state: 'attached' } );
		await page.selectOption( '#crs-editor-translation-field', { label: 'subteams[3].name — Outreach' } );
		await page.fill( '#crs-editor-translation-language', 'de' );
		await page.fill( '#crs-editor-translation-text', 'Öffentlichkeitsarbeit' );
		await page.click( 'button:has-text("Add the translation")' );
		const data = JSON.parse( ( await editBox( page ) ).text );
		expect( data.subteams[ 3 ] ).toEqual( {
			id: 'outreach',
			name: { en: 'Outreach', de: 'Öffentlichkeitsarbeit' },
			responsibilities: [ 'Talks with communities', 'Runs workshops' ]
		} );

		// Both helpers open, with their messages (the pointer moved off the button: Codex's hover colour is its own).
		await page.mouse.move( 0, 0 );
		expect( await accessibilityViolations( page, '.crs-editor-helpers' ) ).toEqual( [] );
		await page.selectOption( '#crs-editor-preview-language', 'de' );
		await page.locator( '.crs-editor-preview .crs-team-subteam__title', { hasText: 'Öffentlichkeitsarbeit' } ).waitFor();
		expectNoErrors( errors );
		await context.close();
	} );
} );

async function revisionCount(): Promise<number> {
	const result = await suite.teamWiki.api.query( { prop: 'revisions', titles: suite.teamWiki.dataPage, rvprop: 'ids', rvlimit: 'max' } );
	const pages = result.query && result.query.pages as { revisions: unknown[] }[];
	return pages ? pages[ 0 ]!.revisions.length : 0;
}
