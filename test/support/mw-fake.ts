/**
 * A small, typed, STRICT stand-in for `mw` in jsdom tests: reading a config
 * key or user option the test did not set throws, so a test cannot pass on a
 * wrong assumption about what the wiki provides. Every API request is recorded.
 */

import { languagePackOf } from '../../build/language-packs';

export interface FakeWikiOptions {
	readonly config: Record<string, unknown>;
	readonly userOptions?: Record<string, unknown>;
	/** Answers mw.Api#get; throw (or reject with a code string) to fail. */
	readonly api: ( params: Record<string, unknown> ) => Promise<unknown>;
	readonly fallbackChain?: string[];
	/** What mw.storage holds at the start (anonymous readers' choices). */
	readonly storage?: Record<string, string>;
	/** Answers mw.Api#saveOption; resolves by default. */
	readonly saveOption?: ( name: string, value: string | null ) => Promise<unknown>;
	/** What mw.loader.using's `require` gives for each module name (the language gadgets as built by default); others fail to load. */
	readonly modules?: Record<string, unknown>;
	/** Modules the page has not loaded yet (`registered`) until mw.loader.using asks for them. */
	readonly notLoaded?: readonly string[];
}

export interface FakeWiki {
	readonly requests: Record<string, unknown>[];
	readonly warnings: unknown[][];
	/** mw.storage's contents, as they change. */
	readonly storage: Record<string, string>;
	/** Every mw.Api#saveOption call, in order. */
	readonly savedOptions: [ string, string | null ][];
	/** Every module name given to mw.loader.using, in order. */
	readonly loaded: string[];
	/** Every module name given to mw.loader.load (fetched ahead), in order. */
	readonly prefetched: string[];
}

class StrictMap {
	constructor( private readonly values: Record<string, unknown>, private readonly what: string ) {}

	get( key: string ): unknown {
		if ( !Object.prototype.hasOwnProperty.call( this.values, key ) ) {
			throw new Error( `test did not expect ${ this.what } "${ key }" to be read` );
		}
		return this.values[ key ];
	}

	set( key: string | Record<string, unknown>, value?: unknown ): boolean {
		if ( typeof key === 'string' ) {
			this.values[ key ] = value;
		} else {
			Object.assign( this.values, key );
		}
		return true;
	}
}

export function formatMessage( text: string, params: string[] ): string {
	return text
		.replace( /\$(\d+)/g, ( m, n: string ) => params[ Number( n ) - 1 ] ?? m )
		.replace( /\{\{PLURAL:([^|}]*)\|([^}]*)\}\}/gi, ( _m, count: string, forms: string ) => {
			const list = forms.split( '|' );
			return ( Number( count ) === 1 ? list[ 0 ] : list[ list.length - 1 ] ) ?? '';
		} );
}

export function installFakeMw( options: FakeWikiOptions ): FakeWiki {
	const requests: Record<string, unknown>[] = [];
	const warnings: unknown[][] = [];
	const storage: Record<string, string> = { ...options.storage };
	const savedOptions: [ string, string | null ][] = [];
	const loaded: string[] = [];
	const prefetched: string[] = [];
	const notLoaded = new Set( options.notLoaded );
	// The language gadgets as the build makes them (unless the test gives its own).
	const moduleOf = ( name: string ): unknown => {
		const modules = options.modules || {};
		if ( Object.prototype.hasOwnProperty.call( modules, name ) ) {
			return modules[ name ];
		}
		return name.startsWith( 'ext.gadget.' ) ? languagePackOf( name.slice( 'ext.gadget.'.length ) ) : null;
	};
	const messages: Record<string, string> = {};
	const config = new StrictMap( { ...options.config }, 'config key' );
	const userOptions = new StrictMap( { date: 'default', ...options.userOptions }, 'user option' );
	const fake = {
		config,
		messages: {
			set: ( values: Record<string, string> ) => Object.assign( messages, values ),
			get: ( key: string ) => messages[ key ]
		},
		message: ( key: string, ...params: string[] ) => ( {
			text: () => {
				const text = messages[ key ];
				if ( text === undefined ) {
					throw new Error( `message ${ key } was used before being set` );
				}
				return formatMessage( text, params );
			}
		} ),
		Api: class {
			get( params: Record<string, unknown> ): Promise<unknown> {
				requests.push( params );
				return options.api( params );
			}

			saveOption( name: string, value: string | null ): Promise<unknown> {
				if ( config.get( 'wgUserName' ) === null ) {
					throw new Error( 'anonymous readers cannot save user options' );
				}
				savedOptions.push( [ name, value ] );
				return options.saveOption ? options.saveOption( name, value ) : Promise.resolve( { options: 'success' } );
			}
		},
		storage: {
			get: ( key: string ) => Object.prototype.hasOwnProperty.call( storage, key ) ? storage[ key ] : null,
			set: ( key: string, value: string ) => {
				storage[ key ] = String( value );
				return true;
			},
			remove: ( key: string ) => {
				delete storage[ key ];
				return true;
			}
		},
		util: {
			getUrl: ( title: string, query?: Record<string, string> ) => '/wiki/' + encodeURIComponent( title.replace( / /g, '_' ) ) + ( query ? '?' + new URLSearchParams( query ).toString() : '' )
		},
		Title: {
			newFromText: ( text: string ) => {
				const t = text.replace( /_/g, ' ' ).trim();
				return !t || t.length > 255 || /[<>[\]{}|]/.test( t ) ? null : { getPrefixedText: () => t.charAt( 0 ).toUpperCase() + t.slice( 1 ) };
			}
		},
		language: {
			getFallbackLanguageChain: () => options.fallbackChain || [ String( config.get( 'wgUserLanguage' ) ), 'en' ]
		},
		user: {
			isAnon: () => config.get( 'wgUserName' ) === null,
			options: userOptions
		},
		log: { warn: ( ...args: unknown[] ) => warnings.push( args ) },
		loader: {
			using: ( names: string | string[] ) => {
				const list = Array.isArray( names ) ? names : [ names ];
				loaded.push( ...list );
				list.forEach( ( name ) => notLoaded.delete( name ) );
				const missing = list.find( ( name ) => !moduleOf( name ) );
				return missing === undefined ?
					Promise.resolve( ( asked: string ) => moduleOf( asked ) ) :
					Promise.reject( new Error( `Module ${ missing } failed.` ) );
			},
			load: ( name: string ) => {
				prefetched.push( name );
			},
			getState: ( name: string ) => {
				if ( !moduleOf( name ) ) {
					return null;
				}
				return notLoaded.has( name ) ? 'registered' : 'ready';
			},
			require: ( name: string ) => {
				const found = moduleOf( name );
				if ( !found ) {
					throw new Error( `Module ${ name } is not loaded` );
				}
				return found;
			}
		},
		Map: class {
			public readonly values: Record<string, string> = {};

			set( values: Record<string, string> ): boolean {
				Object.assign( this.values, values );
				return true;
			}
		},
		Message: class {
			constructor( private readonly map: { values: Record<string, string> }, private readonly key: string, private readonly params: string[] ) {}

			text(): string {
				const text = this.map.values[ this.key ];
				if ( text === undefined ) {
					throw new Error( `message ${ this.key } is not in its map` );
				}
				return formatMessage( text, this.params );
			}
		}
	};
	( globalThis as unknown as { mw: unknown } ).mw = fake;
	return { requests, warnings, storage, savedOptions, loaded, prefetched };
}

/**
 * The formatversion=2 answer of the API for one existing page.
 *
 * @param title
 * @param content
 * @param extra
 */
export function pageResponse( title: string, content: string, extra: Record<string, unknown> = {} ): unknown {
	return {
		batchcomplete: true,
		query: {
			pages: [ {
				pageid: 7, ns: 828, title, contentmodel: 'json', ...extra,
				revisions: [ { revid: 42, timestamp: '2026-11-01T00:00:00Z', slots: { main: { contentmodel: 'json', content } } } ]
			} ]
		}
	};
}
