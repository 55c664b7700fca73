/**
 * The Scribunto side of a release: the Lua module that renders the team
 * page on the server and its submodules (every .lua file under src/lua/,
 * each to its Module: title), the interface messages it reads (the
 * reader's i18n/*.json and the module's own src/lua/i18n/*.json, as one
 * JSON page), and the hidden tracking category for pages whose data page
 * is broken. Pure: files in, pages out.
 */
import { LocalPage } from './plan';

/** Where the module lives on the wiki; the data page is its `/data.json` subpage. */
export const MODULE_TITLE = 'Module:Community Resilience and Sustainability';
/** The messages page the module reads with mw.loadJsonData (see src/lua/). */
export const MODULE_MESSAGES_TITLE = `${ MODULE_TITLE }/i18n.json`;
/** The folder of the module and its submodules in the repository. */
export const MODULE_SOURCE_DIR = 'src/lua';
/** The entry module's source in the repository. */
export const MODULE_SOURCE = `${ MODULE_SOURCE_DIR }/Community Resilience and Sustainability.lua`;
/** The content model MediaWiki gives Module: pages when Scribunto is installed. */
export const MODULE_CONTENT_MODEL = 'Scribunto';

/** A banana message file: `@metadata` and one text per key. */
export type MessageFile = Readonly<Record<string, unknown>>;

/**
 * One JSON object of messages per language (`{"de": {...}, "en": {...}}`),
 * from any number of banana folders merged key by key; `qqq` and
 * `@metadata` are left out. Keys and languages are sorted so the page text
 * only changes when a message does.
 *
 * @param folders Per folder, its files by language code
 * @return The page text
 */
export function messagesPageText( folders: readonly Readonly<Record<string, MessageFile>>[] ): string {
	const byLanguage: Record<string, Record<string, string>> = {};
	for ( const files of folders ) {
		for ( const [ lang, file ] of Object.entries( files ) ) {
			if ( lang === 'qqq' ) {
				continue;
			}
			const messages = byLanguage[ lang ] || ( byLanguage[ lang ] = {} );
			for ( const [ key, text ] of Object.entries( file ) ) {
				if ( key !== '@metadata' && typeof text === 'string' ) {
					messages[ key ] = text;
				}
			}
		}
	}
	const sorted: Record<string, Record<string, string>> = {};
	for ( const lang of Object.keys( byLanguage ).sort() ) {
		const messages = byLanguage[ lang ] || {};
		sorted[ lang ] = Object.fromEntries( Object.keys( messages ).sort().map( ( key ) => [ key, messages[ key ] || '' ] ) );
	}
	return JSON.stringify( sorted, null, '\t' ) + '\n';
}

/**
 * The text of the hidden tracking category page.
 *
 * @param moduleTitle The module's title
 * @return Wikitext with __HIDDENCAT__
 */
export function trackingCategoryText( moduleTitle: string ): string {
	return [
		'__HIDDENCAT__',
		`Pages on which [[${ moduleTitle }]] could not show the team page because its JSON data page is missing, is not valid JSON, or has no usable team name. Readers of these pages see a short note instead of the team page.`,
		'',
		`To fix a page, open the data page named in its <code><nowiki>{{#invoke:…|source=…}}</nowiki></code> (by default [[${ moduleTitle }/data.json]]) and correct it; the page leaves this category when it is next rendered.`,
		'',
		'The name of this category can be changed with the message <code>MediaWiki:crs-team-broken-data-category</code>.',
		''
	].join( '\n' );
}

/**
 * The Module: title of a Lua file under src/lua/: its path there without
 * `.lua` (`Community Resilience and Sustainability/dates.lua` is
 * `Module:Community Resilience and Sustainability/dates`).
 *
 * @param file Path relative to src/lua/, with `/` between folders
 * @return The module's title
 */
export function moduleTitleForPath( file: string ): string {
	if ( !/^[^/].*\.lua$/.test( file ) || file.split( '/' ).some( ( part ) => part === '' || part === '.' || part === '..' ) ) {
		throw new Error( `${ MODULE_SOURCE_DIR }/${ file } is not a Lua module file (a relative path ending in .lua)` );
	}
	return `Module:${ file.replace( /\.lua$/, '' ) }`;
}

/** One Lua file under src/lua/. */
export interface LuaFile {
	/** Path relative to src/lua/, with `/` between folders. */
	readonly path: string;
	readonly text: string;
}

export interface ModuleSources {
	/** Every Lua file under src/lua/ (the entry module and its submodules). */
	readonly lua: readonly LuaFile[];
	/** i18n/*.json (the reader's messages), by language code. */
	readonly readerMessages: Readonly<Record<string, MessageFile>>;
	/** src/lua/i18n/*.json (the module's own messages), by language code. */
	readonly moduleMessages: Readonly<Record<string, MessageFile>>;
}

/**
 * The Lua pages, sorted by title, the entry module last: saved in this
 * order, the entry module never requires a submodule the wiki lacks yet.
 *
 * @param files The Lua files under src/lua/
 * @return One page per file
 */
export function luaPages( files: readonly LuaFile[] ): LocalPage[] {
	const pages = files.map( ( file ): LocalPage => (
		{ title: moduleTitleForPath( file.path ), text: file.text, kind: 'module', source: `${ MODULE_SOURCE_DIR }/${ file.path }` }
	) );
	const rank = ( page: LocalPage ): number => page.title === MODULE_TITLE ? 1 : 0;
	return pages.sort( ( a, b ) => rank( a ) - rank( b ) || ( a.title < b.title ? -1 : a.title > b.title ? 1 : 0 ) );
}

/**
 * The pages that publish the module: messages first, then the submodules
 * and the entry module, then the tracking category (named by the module's
 * English message).
 *
 * @param sources The files
 * @return Pages to plan and save, in that order
 */
export function modulePages( sources: ModuleSources ): LocalPage[] {
	const english = sources.moduleMessages.en || {};
	const categoryName = english[ 'crs-team-static-broken-category' ];
	if ( !sources.lua.some( ( file ) => moduleTitleForPath( file.path ) === MODULE_TITLE ) ) {
		throw new Error( `${ MODULE_SOURCE } is missing: it is the module pages invoke` );
	}
	if ( typeof categoryName !== 'string' || !categoryName.trim() ) {
		throw new Error( 'src/lua/i18n/en.json has no crs-team-static-broken-category message' );
	}
	return [
		{
			title: MODULE_MESSAGES_TITLE,
			text: messagesPageText( [ sources.readerMessages, sources.moduleMessages ] ),
			kind: 'module',
			source: 'i18n/*.json, src/lua/i18n/*.json',
			contentModel: 'json'
		},
		...luaPages( sources.lua ),
		{ title: `Category:${ categoryName.trim() }`, text: trackingCategoryText( MODULE_TITLE ), kind: 'module', source: 'deploy/module-pages.ts' }
	];
}
