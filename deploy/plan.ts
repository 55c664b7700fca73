/**
 * What a deploy will do to each page, and how to describe it: comparison as
 * MediaWiki will store the text, unified diffs, edit summaries, the status
 * table and totals. Pure.
 */
import { createTwoFilesPatch } from 'diff';

/**
 * Where a page comes from, which decides the git paths its summary lists:
 * the built gadgets, our section of the definition, the data and team pages,
 * or the Scribunto module with its messages and tracking category.
 */
export type PageKind = 'gadget' | 'definition' | 'data' | 'module';

/** A page as the repository wants it. */
export interface LocalPage {
	readonly title: string;
	readonly text: string;
	readonly kind: PageKind;
	/** The file it was read from, for messages. */
	readonly source: string;
	/** Content model to create the page with, when not the title's default. */
	readonly contentModel?: string;
}

/** A page as the wiki has it. */
export interface RemotePage {
	readonly title: string;
	readonly exists: boolean;
	/** Current text ('' when missing). */
	readonly text: string;
	/** The page's content model (for a missing page: the title's default). */
	readonly contentModel: string;
	/** Summary of the latest revision. */
	readonly lastComment: string;
}

export type Action = 'create' | 'change' | 'unchanged';

export interface PlannedPage {
	readonly title: string;
	readonly kind: PageKind;
	readonly source: string;
	readonly action: Action;
	/** Text to save. */
	readonly text: string;
	readonly contentModel?: string;
	/** Unified diff from the wiki's text to ours ('' when unchanged). */
	readonly diff: string;
	/** The commit named by the latest revision's summary, if any. */
	readonly lastDeployed: string | null;
	readonly notes: readonly string[];
}

/** CommentStore::COMMENT_CHARACTER_LIMIT: summaries longer than this are cut by MediaWiki. */
export const SUMMARY_LIMIT = 500;

/** File name in gadgets/ → wiki page title. */
export function titleForFile( file: string ): string {
	return `MediaWiki:${ file }`;
}

/** Whether a file in gadgets/ is a page to publish (`Gadget-*`, not README.md etc.). */
export function isPageFile( file: string ): boolean {
	return /^Gadget-[^/\\]+$/.test( file );
}

function canonicalJson( text: string ): string | null {
	try {
		return JSON.stringify( JSON.parse( text ), null, 4 );
	} catch {
		return null;
	}
}

/**
 * The text as MediaWiki stores it after a save: Unicode NFC, `\n` line
 * breaks, no trailing whitespace; JSON pages are re-serialised (MediaWiki
 * pretty-prints them), so only their data is compared.
 *
 * @param text Page text
 * @param contentModel The page's content model
 * @return Text to compare and diff
 */
export function normalizeForWiki( text: string, contentModel: string ): string {
	const plain = text.normalize( 'NFC' ).replace( /\r\n?/g, '\n' ).replace( /\s+$/, '' );
	if ( contentModel === 'json' ) {
		const json = canonicalJson( plain );
		if ( json !== null ) {
			return json;
		}
	}
	return plain;
}

/** The short commit hash in a summary written by this tool (`Repo at abc1234…`), or null. */
export function lastDeployedCommit( summary: string ): string | null {
	const m = /(?:^|[^\w])Repo at ([0-9a-f]{7,40})\b/.exec( summary );
	return m?.[ 1 ] ?? null;
}

/**
 * Cuts text to at most `limit` Unicode code points, ending with `…` when cut.
 *
 * @param text Any text
 * @param limit Maximum length in code points
 * @return The text, or its start and an ellipsis
 */
export function truncateCodePoints( text: string, limit: number ): string {
	const points = Array.from( text );
	if ( points.length <= limit ) {
		return text;
	}
	return points.slice( 0, limit - 1 ).join( '' ).trimEnd() + '…';
}

/**
 * The edit summary: `Repo at <sha>: <subject>; <subject>`, cut to the limit.
 *
 * @param sha Short hash of the deployed commit
 * @param subjects Commit subjects since the page's last deploy, newest first
 * @param dirty Whether the working tree had uncommitted changes
 * @return Summary of at most SUMMARY_LIMIT code points
 */
export function editSummary( sha: string, subjects: readonly string[], dirty = false ): string {
	const head = `Repo at ${ sha }${ dirty ? ' with uncommitted changes' : '' }`;
	const list = subjects.map( ( s ) => s.trim() ).filter( Boolean ).join( '; ' );
	return truncateCodePoints( list ? `${ head }: ${ list }` : head, SUMMARY_LIMIT );
}

/**
 * A unified diff between two texts, labelled with the page title.
 *
 * @param title Page title
 * @param before The wiki's text ('' for a new page)
 * @param after Our text
 * @return The diff, or '' when equal
 */
export function unifiedDiff( title: string, before: string, after: string ): string {
	if ( before === after ) {
		return '';
	}
	const withEol = ( s: string ): string => s === '' || s.endsWith( '\n' ) ? s : `${ s }\n`;
	const patch = createTwoFilesPatch( `${ title } (wiki)`, `${ title } (repository)`, withEol( before ), withEol( after ), '', '', { context: 3 } );
	// Drop the "Index:"/"====" preamble: start at the "---" line.
	return patch.slice( patch.indexOf( '--- ' ) );
}

/**
 * Decides what to do with one page.
 *
 * @param local The page as we want it
 * @param remote The page as the wiki has it
 * @param notes Notes to carry (e.g. from the definition merge)
 * @return The planned action with its diff
 */
export function planPage( local: LocalPage, remote: RemotePage, notes: readonly string[] = [] ): PlannedPage {
	const model = remote.exists ? remote.contentModel : ( local.contentModel || remote.contentModel );
	const ours = normalizeForWiki( local.text, model );
	const theirs = remote.exists ? normalizeForWiki( remote.text, model ) : '';
	let action: Action;
	if ( !remote.exists ) {
		action = 'create';
	} else if ( ours === theirs && ( !local.contentModel || local.contentModel === remote.contentModel ) ) {
		action = 'unchanged';
	} else {
		action = 'change';
	}
	const notesOut = [ ...notes ];
	if ( remote.exists && local.contentModel && local.contentModel !== remote.contentModel ) {
		notesOut.push( `content model changes from ${ remote.contentModel } to ${ local.contentModel }` );
	}
	return {
		title: local.title,
		kind: local.kind,
		source: local.source,
		action,
		text: local.text,
		contentModel: local.contentModel,
		diff: action === 'unchanged' ? '' : unifiedDiff( local.title, theirs, ours ),
		lastDeployed: remote.exists ? lastDeployedCommit( remote.lastComment ) : null,
		notes: notesOut
	};
}

export interface Totals {
	readonly create: number;
	readonly change: number;
	readonly unchanged: number;
}

/** How many pages each action applies to. */
export function totals( plan: readonly PlannedPage[] ): Totals {
	return {
		create: plan.filter( ( p ) => p.action === 'create' ).length,
		change: plan.filter( ( p ) => p.action === 'change' ).length,
		unchanged: plan.filter( ( p ) => p.action === 'unchanged' ).length
	};
}

/** `2 to create, 1 to change, 4 unchanged` */
export function formatTotals( t: Totals ): string {
	return `${ t.create } to create, ${ t.change } to change, ${ t.unchanged } unchanged`;
}

/** Counts of the +/- lines of a unified diff. */
export function diffStat( diff: string ): string {
	let added = 0;
	let removed = 0;
	for ( const line of diff.split( '\n' ) ) {
		if ( line.startsWith( '+' ) && !line.startsWith( '+++' ) ) {
			added++;
		} else if ( line.startsWith( '-' ) && !line.startsWith( '---' ) ) {
			removed++;
		}
	}
	return `+${ added } -${ removed }`;
}

export interface TableRow {
	readonly title: string;
	readonly status: string;
	readonly detail: string;
}

/**
 * A plain-text table, one row per page.
 *
 * @param rows Page, status and detail
 * @return Lines joined with `\n`
 */
export function formatTable( rows: readonly TableRow[] ): string {
	const header: TableRow = { title: 'Page', status: 'Status', detail: 'Detail' };
	const all = [ header, ...rows ];
	const w1 = Math.max( ...all.map( ( r ) => r.title.length ) );
	const w2 = Math.max( ...all.map( ( r ) => r.status.length ) );
	return all.map( ( r ) => `${ r.title.padEnd( w1 ) }  ${ r.status.padEnd( w2 ) }  ${ r.detail }`.trimEnd() ).join( '\n' );
}

/** Table rows for a plan (before anything is saved). */
export function planRows( plan: readonly PlannedPage[] ): TableRow[] {
	return plan.map( ( p ) => ( {
		title: p.title,
		status: p.action === 'create' ? 'create' : p.action === 'change' ? 'change' : 'unchanged',
		detail: [ p.action === 'unchanged' ? '' : diffStat( p.diff ), ...p.notes ].filter( Boolean ).join( '; ' )
	} ) );
}
