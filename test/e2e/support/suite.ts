/**
 * The one setup of every end-to-end file: a fresh team wiki (our deploy
 * command, the sample data page, the team page) and Debian's Chromium,
 * started side by side before the file's tests and stopped after them.
 *
 *     const suite = useTeamWiki( {
 *         setUp: async ( { teamWiki } ) => createUser( teamWiki, 'Reader', 'reader-password-2026' )
 *     } );
 *
 *     it( '…', async () => {
 *         const context = await newReader( suite.browser );
 *         …
 *         await openTeamPage( page, suite.teamWiki );
 *     } );
 *
 * Each file gets its own wiki (see ARCHITECTURE.md), so every file still
 * runs alone: `npx jest -c jest.e2e.config.js test/e2e/skins.e2e.test.ts`.
 */
import { Browser } from 'playwright-core';
import { StartWikiOptions } from '../../wiki/wiki';
import { launchChromium } from '../browser';
import { startTeamWiki, TeamWiki } from './team-wiki';

export interface TeamWikiSuite {
	/** The file's wiki; read it inside tests and hooks, not at load time. */
	readonly teamWiki: TeamWiki;
	/** The file's browser; each reader gets a fresh context from newReader(). */
	readonly browser: Browser;
}

export interface SuiteOptions {
	/** Passed to startWiki(), e.g. extraSettings. */
	readonly wiki?: StartWikiOptions;
	/** Runs once the wiki and the browser are up: users, data page edits, preferences. */
	readonly setUp?: ( suite: TeamWikiSuite ) => Promise<void>;
}

/**
 * Starts a team wiki and a browser together; stop() stops both (whatever
 * state either is in) and can be called twice. For scripts and reproductions
 * outside jest; test files use useTeamWiki().
 *
 * @param wikiOptions Passed to startWiki()
 */
export async function startTeamWikiAndBrowser( wikiOptions: StartWikiOptions = {} ): Promise<TeamWikiSuite & { stop(): Promise<void> }> {
	const [ wiki, browser ] = await Promise.allSettled( [ startTeamWiki( wikiOptions ), launchChromium() ] );
	const stop = async (): Promise<void> => {
		const stopped = await Promise.allSettled( [
			browser.status === 'fulfilled' ? browser.value.close() : null,
			wiki.status === 'fulfilled' ? wiki.value.stop() : null
		] );
		const failure = stopped.find( ( s ): s is PromiseRejectedResult => s.status === 'rejected' );
		if ( failure ) {
			throw failure.reason;
		}
	};
	if ( wiki.status === 'rejected' || browser.status === 'rejected' ) {
		await stop().catch( () => undefined );
		throw wiki.status === 'rejected' ? wiki.reason : ( browser as PromiseRejectedResult ).reason;
	}
	return { teamWiki: wiki.value, browser: browser.value, stop };
}

/**
 * Registers the file's beforeAll (start the wiki and the browser, then
 * `setUp`) and afterAll (stop both). Call it once, at the top level of a
 * test file.
 *
 * @param options
 * @return Getters for the wiki and the browser, valid once beforeAll has run
 */
export function useTeamWiki( options: SuiteOptions = {} ): TeamWikiSuite {
	let started: ( TeamWikiSuite & { stop(): Promise<void> } ) | null = null;
	const get = (): TeamWikiSuite => {
		if ( !started ) {
			throw new Error( 'The team wiki is not running: its beforeAll failed (see the first error above), or it is read outside a test' );
		}
		return started;
	};
	beforeAll( async () => {
		started = await startTeamWikiAndBrowser( options.wiki );
		if ( options.setUp ) {
			await options.setUp( started );
		}
	} );
	afterAll( async () => {
		if ( started ) {
			await started.stop();
		}
	} );
	return {
		get teamWiki() {
			return get().teamWiki;
		},
		get browser() {
			return get().browser;
		}
	};
}
