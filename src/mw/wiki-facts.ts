/**
 * What the editor's checks ask the wiki: which linked pages do not exist, and
 * which language codes MediaWiki knows. Thin: one `action=query` request per
 * question (titles in batches of 50, the API's limit), answers remembered so
 * typing does not repeat them.
 */
import type { LanguageCode } from '../data/types';
import type { LanguageInfo } from '../editor/language-choice';

/** The part of mw.Api used here. */
export interface ApiGet {
	get( params: Record<string, string | number | boolean> ): JQuery.Promise<unknown> | Promise<unknown>;
}

export interface WikiFacts {
	/**
	 * The titles (as given) that do not exist. Titles asked before (or being
	 * asked) are not asked again; when the request fails the titles count as
	 * existing, and are asked again next time.
	 */
	missingTitles( titles: readonly string[] ): Promise<Set<string>>;
	/** The language codes MediaWiki knows; `null` when the wiki could not tell. */
	knownLanguages(): Promise<Set<LanguageCode> | null>;
	/** Every language MediaWiki knows with its autonym, name and direction (`meta=languageinfo`); `[]` when it could not tell. */
	languageInfo(): Promise<LanguageInfo[]>;
}

/** The API's limit of titles per query for most users. */
const TITLES_PER_QUERY = 50;

interface QueryPagesResponse {
	query?: {
		normalized?: { from: string; to: string }[];
		pages?: { title: string; missing?: boolean }[];
	};
}

interface LanguageInfoResponse {
	continue?: Record<string, string>;
	query?: { languageinfo?: Record<string, { code: string; autonym?: string; name?: string; dir?: string }> };
}

/** The API answers languageinfo in parts (`continue`) when it takes long; at most this many. */
const LANGUAGEINFO_PARTS = 20;

async function askLanguageInfo( api: ApiGet ): Promise<LanguageInfo[]> {
	const result: LanguageInfo[] = [];
	let cont: Record<string, string> = {};
	for ( let part = 0; part < LANGUAGEINFO_PARTS; part++ ) {
		const response = await api.get( {
			action: 'query',
			meta: 'languageinfo',
			liprop: 'code|autonym|name|dir',
			formatversion: 2,
			...cont
		} ) as LanguageInfoResponse;
		const info = ( response.query && response.query.languageinfo ) || {};
		for ( const key of Object.keys( info ) ) {
			const l = info[ key ];
			if ( l ) {
				result.push( { code: l.code, autonym: l.autonym || '', name: l.name || '', dir: l.dir === 'rtl' ? 'rtl' : 'ltr' } );
			}
		}
		if ( !response.continue ) {
			break;
		}
		cont = response.continue;
	}
	return result;
}

interface SiteinfoLanguagesResponse {
	query?: { languages?: { code: string }[] };
}

export function createWikiFacts( api: ApiGet ): WikiFacts {
	const exists = new Map<string, boolean>();
	const pending = new Map<string, Promise<void>>();
	let languages: Promise<Set<LanguageCode> | null> | null = null;
	let info: Promise<LanguageInfo[]> | null = null;

	async function ask( titles: string[] ): Promise<void> {
		const response = await api.get( {
			action: 'query',
			titles: titles.join( '|' ),
			formatversion: 2
		} ) as QueryPagesResponse;
		const query = response.query || {};
		const normalised = new Map<string, string>();
		for ( const n of query.normalized || [] ) {
			normalised.set( n.from, n.to );
		}
		const missing = new Set<string>();
		for ( const page of query.pages || [] ) {
			if ( page.missing ) {
				missing.add( page.title );
			}
		}
		for ( const title of titles ) {
			exists.set( title, !missing.has( normalised.get( title ) || title ) );
		}
	}

	return {
		async missingTitles( titles: readonly string[] ): Promise<Set<string>> {
			const toAsk = titles.filter( ( t, i ) => !exists.has( t ) && !pending.has( t ) && titles.indexOf( t ) === i );
			for ( let i = 0; i < toAsk.length; i += TITLES_PER_QUERY ) {
				const batch = toAsk.slice( i, i + TITLES_PER_QUERY );
				const request = ask( batch ).catch( () => {
					// Not known this time; asked again on the next change.
				} ).then( () => {
					for ( const title of batch ) {
						pending.delete( title );
					}
				} );
				for ( const title of batch ) {
					pending.set( title, request );
				}
			}
			// Also wait for titles asked by an earlier call that is still under way.
			await Promise.all( titles.map( ( t ) => pending.get( t ) ) );
			return new Set( titles.filter( ( t ) => exists.get( t ) === false ) );
		},

		knownLanguages(): Promise<Set<LanguageCode> | null> {
			if ( !languages ) {
				languages = Promise.resolve( api.get( {
					action: 'query',
					meta: 'siteinfo',
					siprop: 'languages',
					formatversion: 2
				} ) ).then( ( response ) => {
					const list = ( response as SiteinfoLanguagesResponse ).query;
					return list && list.languages ? new Set( list.languages.map( ( l ) => l.code ) ) : null;
				}, () => {
					languages = null;
					return null;
				} );
			}
			return languages;
		},

		languageInfo(): Promise<LanguageInfo[]> {
			if ( !info ) {
				info = askLanguageInfo( api ).catch( () => {
					info = null;
					return [];
				} );
			}
			return info;
		}
	};
}
