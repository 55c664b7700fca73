/**
 * A fresh MediaWiki 1.43 with our gadgets published by our own deploy command,
 * the sample data page and the team page: what a wiki looks like right after
 * a first install, for one test file.
 */
import { execFile } from 'child_process';
import { Mwn } from 'mwn';
import { createBotPassword, runMaintenance, startWiki, StartWikiOptions, TestWiki } from '../../wiki/wiki';
import { ROOT, TSX } from './paths';

export const TEAM_PAGE_TITLE = 'Community Resilience and Sustainability';
export const DATA_PAGE_TITLE = 'Module:Community Resilience and Sustainability/data.json';

export interface TeamWiki {
	readonly wiki: TestWiki;
	/** The team page (data/team-page.wikitext). */
	readonly teamPage: string;
	/** The JSON data page (data/team-page.json). */
	readonly dataPage: string;
	/** The admin (also an interface administrator) and their password. */
	readonly admin: { readonly username: string; readonly password: string };
	/** The admin's API client (mwn, logged in with a bot password). */
	readonly api: Mwn;
	/**
	 * A URL of index.php for a title, e.g. url( teamPage, { useskin: 'minerva' } ).
	 *
	 * @param title Page title
	 * @param query More query parameters
	 */
	url( title: string, query?: Record<string, string> ): string;
	/** Stops the wiki and removes its folder. */
	stop(): Promise<void>;
}

/** The grants of the admin's API client: edits, page language, site JS. */
/**
 * The test account's grants. `highvolume` carries `noratelimit`, as for any
 * bot: the hostile-data test saves the data page dozens of times a minute,
 * over MediaWiki's edit rate limit on a quick machine.
 */
const ADMIN_GRANTS = [ 'basic', 'highvolume', 'editpage', 'createeditmovepage', 'editprotected', 'editsiteconfig', 'editmyoptions' ];

function deploy( wiki: TestWiki, credentials: { username: string; password: string } ): Promise<void> {
	const args = [ 'deploy/cli.ts', '--api', wiki.apiUrl, '--create', '--data', '--team-page-title', TEAM_PAGE_TITLE, '--allow-dirty' ];
	return new Promise( ( resolve, reject ) => {
		execFile( TSX, args, {
			cwd: ROOT,
			env: { ...process.env, CI: 'true', MW_USERNAME: credentials.username, MW_PASSWORD: credentials.password }
		}, ( err, stdout, stderr ) => {
			if ( err ) {
				reject( new Error( `npm run deploy failed:\n${ stdout }\n${ stderr }` ) );
			} else {
				resolve();
			}
		} );
	} );
}

/**
 * Starts a fresh wiki and publishes the current build into it with
 * `npm run deploy -- --create --data --team-page-title …`. The build must
 * exist (the suite's globalSetup makes it); the deploy command refuses a
 * build that does not match the working tree.
 *
 * @param options Passed to startWiki(), e.g. extraSettings
 * @return The wiki; call stop() in afterAll
 */
export async function startTeamWiki( options: StartWikiOptions = {} ): Promise<TeamWiki> {
	const wiki = await startWiki( options );
	try {
		const deployer = await createBotPassword( wiki, 'deploy', [ 'basic', 'editsiteconfig', 'createeditmovepage' ] );
		await deploy( wiki, deployer );
		const botPassword = await createBotPassword( wiki, 'e2e', ADMIN_GRANTS );
		const api = new Mwn( {
			apiUrl: wiki.apiUrl,
			userAgent: 'crs-team-gadgets end-to-end tests',
			username: botPassword.username,
			password: botPassword.password,
			silent: true,
			maxRetries: 0
		} );
		await api.login();
		return {
			wiki,
			teamPage: TEAM_PAGE_TITLE,
			dataPage: DATA_PAGE_TITLE,
			admin: { username: wiki.adminUser, password: wiki.adminPassword },
			api,
			url: ( title, query = {} ) => {
				const url = new URL( wiki.indexUrl );
				url.searchParams.set( 'title', title.replace( / /g, '_' ) );
				for ( const [ key, value ] of Object.entries( query ) ) {
					url.searchParams.set( key, value );
				}
				return url.toString();
			},
			stop: () => wiki.stop()
		};
	} catch ( e ) {
		await wiki.stop();
		throw e;
	}
}

/**
 * Creates an ordinary account (no groups), as Special:CreateAccount would.
 *
 * @param teamWiki
 * @param username
 * @param password At least 10 characters, not a common password
 */
export async function createUser( teamWiki: TeamWiki, username: string, password: string ): Promise<void> {
	await runMaintenance( teamWiki.wiki, 'createAndPromote', [ username, password ] );
}
