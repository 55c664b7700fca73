/**
 * The wiki side of a deploy, through mwn: log in, read pages, check rights,
 * save pages. Every request carries `assert=user` once logged in.
 */
import { Mwn } from 'mwn';
import { Credentials } from './credentials';
import { normalizeForWiki, PlannedPage, RemotePage } from './plan';

export interface Connection {
	readonly bot: Mwn;
	/** User name, or null when reading anonymously (dry run without credentials). */
	readonly user: string | null;
	readonly rights: ReadonlySet<string>;
}

/**
 * Connects to a wiki: bot password login, OAuth 2 access token, or (for dry
 * runs only) anonymous reading.
 *
 * @param apiUrl URL of api.php
 * @param credentials From credentialsFromEnv(); null to read anonymously
 * @param userAgent User-Agent header
 * @return The client with the user's name and rights
 */
export async function connect( apiUrl: string, credentials: Credentials | null, userAgent: string ): Promise<Connection> {
	const bot = new Mwn( {
		apiUrl,
		userAgent,
		silent: true,
		maxRetries: 3,
		retryPause: 3000,
		username: credentials && credentials.kind === 'botpassword' ? credentials.username : undefined,
		password: credentials && credentials.kind === 'botpassword' ? credentials.password : undefined,
		OAuth2AccessToken: credentials && credentials.kind === 'oauth2' ? credentials.token : undefined
	} );
	if ( !credentials ) {
		await bot.getSiteInfo();
		return { bot, user: null, rights: new Set() };
	}
	if ( credentials.kind === 'oauth2' ) {
		bot.initOAuth();
		await bot.getTokensAndSiteInfo();
	} else {
		await bot.login();
	}
	bot.setDefaultParams( { assert: 'user' } );
	const info = await bot.userinfo( { uiprop: [ 'rights' ] } ) as { name: string; rights?: string[]; anon?: boolean };
	if ( info.anon ) {
		throw new Error( 'The wiki does not recognise the credentials (still anonymous after logging in).' );
	}
	return { bot, user: info.name, rights: new Set( info.rights || [] ) };
}

interface ApiRevision {
	slots?: { main?: { content?: string; contentmodel?: string } };
	comment?: string;
}

interface ApiPageInfo {
	title: string;
	missing?: boolean;
	invalid?: boolean;
	invalidreason?: string;
	contentmodel: string;
	revisions?: ApiRevision[];
}

/**
 * Reads the current text, content model and latest summary of pages.
 *
 * @param bot A connected client
 * @param titles Page titles
 * @return Title (as given) → page
 */
export async function readPages( bot: Mwn, titles: readonly string[] ): Promise<Map<string, RemotePage>> {
	const pages = new Map<string, RemotePage>();
	for ( let i = 0; i < titles.length; i += 50 ) {
		const batch = titles.slice( i, i + 50 );
		const response = await bot.request( {
			action: 'query',
			titles: batch,
			prop: [ 'info', 'revisions' ],
			rvprop: [ 'content', 'comment' ],
			rvslots: 'main',
			formatversion: '2'
		} );
		const query = response.query as { pages: ApiPageInfo[]; normalized?: { from: string; to: string }[] };
		const byTitle = new Map( query.pages.map( ( p ) => [ p.title, p ] ) );
		const normalized = new Map( ( query.normalized || [] ).map( ( n ) => [ n.from, n.to ] ) );
		for ( const title of batch ) {
			const page = byTitle.get( normalized.get( title ) || title );
			if ( !page || page.invalid ) {
				throw new Error( `${ title }: not a valid page title on this wiki${ page && page.invalidreason ? ` (${ page.invalidreason })` : '' }` );
			}
			const revision = page.revisions && page.revisions[ 0 ];
			pages.set( title, {
				title,
				exists: !page.missing,
				text: revision && revision.slots && revision.slots.main && revision.slots.main.content || '',
				contentModel: page.contentmodel,
				lastComment: revision && revision.comment || ''
			} );
		}
	}
	return pages;
}

/**
 * The user rights a save of this page needs.
 *
 * @param page A planned page
 * @return Right names
 */
export function rightsNeeded( page: PlannedPage ): string[] {
	const rights = [ 'edit' ];
	if ( page.action === 'create' ) {
		rights.push( 'createpage' );
	}
	if ( /^MediaWiki:/.test( page.title ) ) {
		rights.push( 'editinterface' );
		if ( /\.js$/.test( page.title ) ) {
			rights.push( 'editsitejs' );
		} else if ( /\.css$/.test( page.title ) ) {
			rights.push( 'editsitecss' );
		} else if ( /\.json$/.test( page.title ) ) {
			rights.push( 'editsitejson' );
		}
	}
	return rights;
}

export type OutcomeStatus = 'created' | 'changed' | 'unchanged' | 'failed' | 'skipped';

export interface Outcome {
	readonly title: string;
	readonly status: OutcomeStatus;
	readonly detail: string;
}

/**
 * Saves one planned page. Changes go through mwn's edit(), which re-reads
 * the page and sends `basetimestamp`, retrying on edit conflicts; `rebase`
 * recomputes our text from the fresh page text on each try. A page already
 * as we want it is left alone.
 *
 * @param bot A connected client
 * @param page The planned page
 * @param summary Edit summary
 * @param rebase Text to save given the page's current text (default: page.text)
 * @return What happened
 */
export async function savePage( bot: Mwn, page: PlannedPage, summary: string, rebase?: ( current: string ) => string ): Promise<Outcome> {
	const extra: Record<string, string> = { watchlist: 'nochange' };
	if ( page.contentModel ) {
		extra.contentmodel = page.contentModel;
	}
	if ( page.action === 'create' ) {
		const text = rebase ? rebase( '' ) : page.text;
		const result = await bot.create( page.title, text, summary, extra );
		return { title: page.title, status: 'created', detail: `revision ${ result.newrevid }` };
	}
	const model = page.contentModel || ( /\.json$/.test( page.title ) ? 'json' : '' );
	const transform = ( rev: { content: string } ): Record<string, string> | undefined => {
		const text = rebase ? rebase( rev.content ) : page.text;
		if ( normalizeForWiki( text, model ) === normalizeForWiki( rev.content, model ) && !page.contentModel ) {
			return undefined;
		}
		return { text, summary, ...extra };
	};
	const result = await bot.edit( page.title, transform as never, { conflictRetries: 3, suppressNochangeWarning: true, exclusionRegex: undefined } );
	if ( result.result === 'aborted' || result.nochange ) {
		return { title: page.title, status: 'unchanged', detail: 'already up to date' };
	}
	return { title: page.title, status: 'changed', detail: `revision ${ result.newrevid }` };
}
