/**
 * A deploy from start to end: read the built pages and data, check them,
 * read the wiki, plan, print, and (unless dry run) save what differs.
 */
import * as fs from 'fs';
import * as path from 'path';
import { GadgetDefinition, parseGadgetsDefinition } from '../build/gadgets-definition';
import { Credentials } from './credentials';
import { DEFINITION_PAGE, mergeDefinition, ownedSections, OwnedSection } from './definition-merge';
import { buildIsDirty, DATA_PATHS, GADGET_PATHS, headCommit, subjectsSince, uncommittedChanges } from './git';
import { LuaFile, MessageFile, MODULE_CONTENT_MODEL, MODULE_SOURCE_DIR, modulePages } from './module-pages';
import { checkBuild, checkBuiltPage } from './preflight';
import { editSummary, formatTable, formatTotals, isPageFile, LocalPage, PlannedPage, planPage, planRows, RemotePage, titleForFile, totals } from './plan';
import { connect, Connection, Outcome, readPages, rightsNeeded, savePage } from './publish';

export interface ExtraPage {
	/** File to publish, relative to the repository root. */
	readonly file: string;
	/** Wiki page title. */
	readonly title: string;
}

export interface DeployOptions {
	/** Repository root. */
	readonly root: string;
	readonly apiUrl: string;
	readonly dryRun: boolean;
	/** Allow creating pages that do not exist yet. */
	readonly create: boolean;
	/** Allow uncommitted changes. */
	readonly allowDirty: boolean;
	/** The data page (JSON content model), when --data is given. */
	readonly data?: ExtraPage;
	/** The team page (wikitext), when --team-page-title is given. */
	readonly teamPage?: ExtraPage;
	/** null: read anonymously (dry run only). */
	readonly credentials: Credentials | null;
	readonly userAgent: string;
	/** Prints one line or block of output. */
	readonly log: ( text: string ) => void;
}

export interface DeployResult {
	readonly plan: readonly PlannedPage[];
	readonly outcomes: readonly Outcome[];
	/** Number of edits saved. */
	readonly edits: number;
}

/** A refusal or failure; the message says what to do. */
export class DeployError extends Error {
	constructor( message: string ) {
		super( message );
		this.name = 'DeployError';
	}
}

function readLocalPages( root: string ): Map<string, string> {
	const dir = path.join( root, 'gadgets' );
	const files = new Map<string, string>();
	if ( !fs.existsSync( dir ) ) {
		return files;
	}
	for ( const file of fs.readdirSync( dir ).sort() ) {
		if ( isPageFile( file ) ) {
			files.set( file, fs.readFileSync( path.join( dir, file ), 'utf8' ) );
		}
	}
	return files;
}

function readExtraPage( root: string, extra: ExtraPage, contentModel: string | undefined ): LocalPage {
	const file = path.resolve( root, extra.file );
	if ( !fs.existsSync( file ) ) {
		throw new DeployError( `${ extra.file } does not exist; it is needed to publish ${ extra.title }.` );
	}
	const text = fs.readFileSync( file, 'utf8' );
	const problems = checkBuiltPage( contentModel === 'json' ? 'page.json' : 'page.wikitext', text );
	if ( problems.length ) {
		throw new DeployError( `${ extra.file }: ${ problems.join( '; ' ) }` );
	}
	return { title: extra.title, text, kind: 'data', source: extra.file, contentModel };
}

/** Every `*.json` of a banana folder, by language code. */
function readMessageFolder( dir: string ): Record<string, MessageFile> {
	const files: Record<string, MessageFile> = {};
	for ( const file of fs.readdirSync( dir ).sort() ) {
		if ( /^[a-z-]+\.json$/.test( file ) ) {
			files[ file.replace( /\.json$/, '' ) ] = JSON.parse( fs.readFileSync( path.join( dir, file ), 'utf8' ) );
		}
	}
	return files;
}

/**
 * Every `.lua` file under src/lua/, its subfolders included, sorted by path.
 *
 * @param root Repository root
 * @return The files, with paths relative to src/lua/
 */
export function readLuaFiles( root: string ): LuaFile[] {
	const base = path.join( root, MODULE_SOURCE_DIR );
	const found: LuaFile[] = [];
	const visit = ( dir: string ): void => {
		for ( const entry of fs.readdirSync( path.join( base, dir ), { withFileTypes: true } ) ) {
			const relative = dir ? `${ dir }/${ entry.name }` : entry.name;
			if ( entry.isDirectory() ) {
				visit( relative );
			} else if ( entry.isFile() && entry.name.endsWith( '.lua' ) ) {
				found.push( { path: relative, text: fs.readFileSync( path.join( base, relative ), 'utf8' ) } );
			}
		}
	};
	visit( '' );
	return found.sort( ( a, b ) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0 );
}

/**
 * The Scribunto module and its submodules, its messages and its tracking category, checked
 * like the other pages.
 *
 * @param root Repository root
 * @return Pages to publish
 */
export function readModulePages( root: string ): LocalPage[] {
	const pages = modulePages( {
		lua: readLuaFiles( root ),
		readerMessages: readMessageFolder( path.join( root, 'i18n' ) ),
		moduleMessages: readMessageFolder( path.join( root, 'src', 'lua', 'i18n' ) )
	} );
	for ( const page of pages ) {
		const problems = checkBuiltPage( page.contentModel === 'json' ? 'page.json' : 'page.wikitext', page.text );
		if ( problems.length ) {
			throw new DeployError( `${ page.source }: ${ problems.join( '; ' ) }` );
		}
	}
	return pages;
}

/** Saves happen in this order: code and styles, messages, the module, data, the definition last. */
function saveOrder( page: PlannedPage ): number {
	if ( page.kind === 'definition' ) {
		return 4;
	}
	if ( page.kind === 'data' ) {
		return 3;
	}
	if ( page.kind === 'module' ) {
		return 2;
	}
	return /\.(js|css|json)$/.test( page.title ) ? 0 : 1;
}

function summaryFor( root: string, page: PlannedPage, head: string, dirty: boolean ): string {
	const paths = page.kind === 'data' ? DATA_PATHS : GADGET_PATHS;
	const subjects = page.lastDeployed ? subjectsSince( root, page.lastDeployed, paths ) : null;
	return editSummary( head, subjects || [], dirty );
}

function checkRights( connection: Connection, pages: readonly PlannedPage[] ): void {
	const missing = new Set<string>();
	for ( const page of pages ) {
		for ( const right of rightsNeeded( page ) ) {
			if ( !connection.rights.has( right ) ) {
				missing.add( right );
			}
		}
	}
	if ( missing.size ) {
		throw new DeployError( `${ connection.user } lacks the rights ${ [ ...missing ].join( ', ' ) } needed for these edits. ` +
			'The account must be an interface administrator, and a bot password needs the grants "Edit sitewide and user CSS/JS" (editsiteconfig) and, to create pages, "Create, edit, and move pages" (createeditmovepage).' );
	}
}

/**
 * Every page this deploy would publish, as it is in the repository: the
 * built gadget pages (checked first), the module pages, and the data and
 * team pages when asked for.
 */
function localPages( options: DeployOptions, gadgets: GadgetDefinition[], head: string, dirty: boolean ): LocalPage[] {
	const { root } = options;
	const files = readLocalPages( root );
	const problems = checkBuild( files, gadgets, { head, dirty } );
	if ( problems.length ) {
		throw new DeployError( `The built pages are not ready to publish:\n  ${ problems.join( '\n  ' ) }` );
	}
	const local: LocalPage[] = [ ...files ].map( ( [ file, text ] ) => ( { title: titleForFile( file ), text, kind: 'gadget' as const, source: `gadgets/${ file }` } ) );
	local.push( ...readModulePages( root ) );
	if ( options.data ) {
		local.push( readExtraPage( root, options.data, 'json' ) );
	}
	if ( options.teamPage ) {
		local.push( readExtraPage( root, options.teamPage, undefined ) );
	}
	const titles = local.map( ( p ) => p.title );
	if ( new Set( titles ).size !== titles.length || titles.includes( DEFINITION_PAGE ) ) {
		throw new DeployError( `Two pages would be published to the same title: ${ titles.join( ', ' ) }` );
	}
	return local;
}

/**
 * MediaWiki's edit rate limit (90 edits a minute for a user without
 * `noratelimit`, e.g. a bot password without the `highvolume` grant): the
 * deploy saves ~60 pages, so it waits the window out and tries the page
 * again, at most RATE_LIMIT_TRIES times.
 */
const RATE_LIMIT_WAIT_MS = 61000;
const RATE_LIMIT_TRIES = 3;

/** savePage, waiting out the wiki's rate limit (`ratelimited`). */
async function savePatiently( bot: Parameters<typeof savePage>[ 0 ], page: PlannedPage, summary: string, rebase: ( ( current: string ) => string ) | undefined, log: ( text: string ) => void ): Promise<Outcome> {
	for ( let attempt = 1; ; attempt++ ) {
		try {
			return await savePage( bot, page, summary, rebase );
		} catch ( e ) {
			if ( ( e as { code?: string } ).code !== 'ratelimited' || attempt >= RATE_LIMIT_TRIES ) {
				throw e;
			}
			log( `${ page.title }: the wiki's edit rate limit; waiting ${ RATE_LIMIT_WAIT_MS / 1000 } s, then trying again.` );
			await new Promise( ( resolve ) => {
				setTimeout( resolve, RATE_LIMIT_WAIT_MS );
			} );
		}
	}
}

/** Saves the planned pages in order; after a failure, the rest are skipped. */
async function saveInOrder(
	bot: Parameters<typeof savePage>[ 0 ], plan: readonly PlannedPage[], summaryOf: ( page: PlannedPage ) => string, owned: OwnedSection[], log: ( text: string ) => void
): Promise<{ outcomes: Outcome[]; failure: string | null }> {
	const outcomes: Outcome[] = [];
	let failure: string | null = null;
	for ( const page of plan ) {
		if ( failure ) {
			outcomes.push( { title: page.title, status: 'skipped', detail: 'not saved: an earlier page failed' } );
			continue;
		}
		if ( page.action === 'unchanged' ) {
			outcomes.push( { title: page.title, status: 'unchanged', detail: '' } );
			continue;
		}
		const summary = summaryOf( page );
		const rebase = page.kind === 'definition' ? ( current: string ) => mergeDefinition( current, owned ).text : undefined;
		try {
			outcomes.push( await savePatiently( bot, page, summary, rebase, log ) );
		} catch ( e ) {
			failure = `${ page.title }: ${ ( e as Error ).message }`;
			outcomes.push( { title: page.title, status: 'failed', detail: ( e as Error ).message } );
		}
	}
	return { outcomes, failure };
}

/**
 * Runs a deploy.
 *
 * @param options See DeployOptions
 * @return The plan, what happened to each page, and the number of edits
 * @throws {DeployError} on a refusal or failed save (the message names the page)
 */
export async function deploy( options: DeployOptions ): Promise<DeployResult> {
	const { root, log } = options;
	const definitionText = fs.readFileSync( path.join( root, 'Gadgets-definition.txt' ), 'utf8' );
	const owned: OwnedSection[] = ownedSections( definitionText );
	const gadgets = parseGadgetsDefinition( definitionText );

	const head = headCommit( root );
	const changes = uncommittedChanges( root );
	if ( changes.length && !options.allowDirty ) {
		const message = `The working tree has uncommitted changes:\n  ${ changes.join( '\n  ' ) }\nCommit or stash them, or pass --allow-dirty.`;
		if ( !options.dryRun ) {
			throw new DeployError( message );
		}
		log( `Warning: ${ message }\n` );
	}
	const dirty = buildIsDirty( root );

	const local = localPages( options, gadgets, head, dirty );
	const titles = local.map( ( p ) => p.title );

	const connection = await connect( options.apiUrl, options.credentials, options.userAgent );
	log( connection.user ? `Logged in to ${ options.apiUrl } as ${ connection.user }.` : `Reading ${ options.apiUrl } anonymously (no credentials set).` );
	const remote = await readPages( connection.bot, [ ...titles, DEFINITION_PAGE ] );
	for ( const page of local.filter( ( p ) => p.kind === 'module' && p.source.endsWith( '.lua' ) ) ) {
		const moduleModel = ( remote.get( page.title ) as RemotePage ).contentModel;
		if ( moduleModel !== MODULE_CONTENT_MODEL ) {
			throw new DeployError( `${ page.title } would get the content model ${ moduleModel }, not ${ MODULE_CONTENT_MODEL }: the wiki needs the Scribunto extension for the team page module.` );
		}
	}

	const plan: PlannedPage[] = local.map( ( page ) => planPage( page, remote.get( page.title ) as RemotePage ) );
	const definitionRemote = remote.get( DEFINITION_PAGE ) as RemotePage;
	let merged;
	try {
		merged = mergeDefinition( definitionRemote.text, owned );
	} catch ( e ) {
		throw new DeployError( `Refusing to edit ${ ( e as Error ).message }` );
	}
	plan.push( planPage(
		{ title: DEFINITION_PAGE, text: merged.text, kind: 'definition', source: 'Gadgets-definition.txt' },
		definitionRemote,
		merged.notes
	) );
	plan.sort( ( a, b ) => saveOrder( a ) - saveOrder( b ) );

	log( formatTable( planRows( plan ) ) );
	log( formatTotals( totals( plan ) ) );
	if ( options.dryRun ) {
		for ( const page of plan ) {
			if ( page.diff ) {
				log( `\n${ page.diff.trimEnd() }` );
			}
		}
		log( '\nDry run: nothing was saved.' );
		return { plan, outcomes: [], edits: 0 };
	}

	const toSave = plan.filter( ( p ) => p.action !== 'unchanged' );
	const creates = toSave.filter( ( p ) => p.action === 'create' );
	if ( creates.length && !options.create ) {
		throw new DeployError( `Refusing to create ${ creates.length } page(s) that do not exist on the wiki yet: ${ creates.map( ( p ) => p.title ).join( ', ' ) }. ` +
			'Check the API URL, then run again with --create.' );
	}
	if ( !toSave.length ) {
		log( 'Nothing to save.' );
		return { plan, outcomes: plan.map( ( p ) => ( { title: p.title, status: 'unchanged' as const, detail: '' } ) ), edits: 0 };
	}
	checkRights( connection, toSave );

	const { outcomes, failure } = await saveInOrder( connection.bot, plan, ( page ) => summaryFor( root, page, head, dirty ), owned, log );
	log( '' );
	log( formatTable( outcomes ) );
	const edits = outcomes.filter( ( o ) => o.status === 'created' || o.status === 'changed' ).length;
	log( `${ edits } edit(s) saved.` );
	if ( failure ) {
		throw new DeployError( `Deploy failed at ${ failure }` );
	}
	return { plan, outcomes, edits };
}
