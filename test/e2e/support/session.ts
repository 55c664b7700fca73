/**
 * A person in the browser: logging in through the real login form, and the
 * Action API with that person's session (for what the test sets up rather
 * than exercises, e.g. a time zone preference).
 */
import { Page } from 'playwright-core';
import { TeamWiki } from './team-wiki';

/**
 * Logs the page in through Special:UserLogin, as a person would, and waits
 * for the wiki to show the user as logged in.
 *
 * @param page A page of the browser context that should hold the session
 * @param teamWiki
 * @param username
 * @param password
 */
export async function logIn( page: Page, teamWiki: TeamWiki, username: string, password: string ): Promise<void> {
	await page.goto( teamWiki.url( 'Special:UserLogin' ) );
	await page.fill( '#wpName1', username );
	await page.fill( '#wpPassword1', password );
	await Promise.all( [
		page.waitForURL( ( url ) => !url.searchParams.get( 'title' )?.startsWith( 'Special:UserLogin' ) ),
		page.click( '#wpLoginAttempt' )
	] );
	const who = await page.evaluate( () => mw.config.get( 'wgUserName' ) );
	if ( who !== username.replace( /_/g, ' ' ) ) {
		throw new Error( `Logging in as ${ username } failed (the wiki says: ${ who })` );
	}
}

/**
 * Calls the Action API with the page's session (its cookies): POST with a
 * CSRF token when `post` is set.
 *
 * @param page A page whose context is logged in (or not, for anonymous calls)
 * @param teamWiki
 * @param params API parameters
 * @param post Whether to POST with a csrf token
 * @return The decoded answer (formatversion 2); throws on an API error
 */
export async function callApi( page: Page, teamWiki: TeamWiki, params: Record<string, string>, post = false ): Promise<any> {
	const request = page.context().request;
	const base = { format: 'json', formatversion: '2' };
	let response;
	if ( post ) {
		const tokens = await ( await request.get( teamWiki.wiki.apiUrl, { params: { ...base, action: 'query', meta: 'tokens' } } ) ).json();
		response = await request.post( teamWiki.wiki.apiUrl, { form: { ...base, ...params, token: tokens.query.tokens.csrftoken } } );
	} else {
		response = await request.get( teamWiki.wiki.apiUrl, { params: { ...base, ...params } } );
	}
	const body = await response.json();
	if ( body.error ) {
		throw new Error( `API ${ params.action }: ${ body.error.code }: ${ body.error.info }` );
	}
	return body;
}

/**
 * Sets the logged-in user's preferences through action=options.
 *
 * @param page A logged-in page
 * @param teamWiki
 * @param options e.g. { timecorrection: 'ZoneInfo|330|Asia/Kolkata' }
 */
export async function setPreferences( page: Page, teamWiki: TeamWiki, options: Record<string, string> ): Promise<void> {
	const change = Object.entries( options ).map( ( [ key, value ] ) => `${ key }=${ value }` ).join( '\x1f' );
	await callApi( page, teamWiki, { action: 'options', change: `\x1f${ change }` }, true );
}
