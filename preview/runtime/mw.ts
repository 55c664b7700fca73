/**
 * A minimal `mw` for the local preview ONLY (never part of a gadget bundle):
 * the parts of MediaWiki's client API the gadgets use, backed by the preview
 * server's stand-in api.php. Gadget code is loaded the way ResourceLoader
 * runs package gadgets: `function ( require, module, exports )`.
 */

type Params = Record<string, string | number | boolean | undefined>;

class MwMap {
	private values: Record<string, unknown> = {};

	get( key?: string | string[], fallback: unknown = null ): unknown {
		if ( key === undefined ) {
			return { ...this.values };
		}
		if ( Array.isArray( key ) ) {
			const out: Record<string, unknown> = {};
			key.forEach( ( k ) => {
				out[ k ] = this.get( k, fallback );
			} );
			return out;
		}
		return Object.prototype.hasOwnProperty.call( this.values, key ) ? this.values[ key ] : fallback;
	}

	set( key: string | Record<string, unknown>, value?: unknown ): boolean {
		if ( typeof key === 'string' ) {
			this.values[ key ] = value;
		} else {
			Object.keys( key ).forEach( ( k ) => {
				this.values[ k ] = key[ k ];
			} );
		}
		return true;
	}

	exists( key: string ): boolean {
		return Object.prototype.hasOwnProperty.call( this.values, key );
	}
}

const config = new MwMap();
const messages = new MwMap();
const userOptions = new MwMap();

/**
 * $1 parameters and {{PLURAL:$n|one|other}} (English-style rules), as the preview needs.
 *
 * @param text
 * @param params
 */
function formatMessage( text: string, params: string[] ): string {
	let out = text.replace( /\$(\d+)/g, ( m, n: string ) => {
		const param = params[ Number( n ) - 1 ];
		return param !== undefined ? param : m;
	} );
	out = out.replace( /\{\{PLURAL:([^|}]*)\|([^}]*)\}\}/gi, ( _m, count: string, forms: string ) => {
		const list = forms.split( '|' );
		return ( Number( count ) === 1 ? list[ 0 ] : list[ list.length - 1 ] ) || '';
	} );
	return out;
}

function message( key: string, ...params: unknown[] ) {
	const text = messages.exists( key ) ? String( messages.get( key ) ) : `⧼${ key }⧽`;
	const formatted = formatMessage( text, params.map( String ) );
	return {
		text: () => formatted,
		plain: () => formatted,
		exists: () => messages.exists( key )
	};
}

const hooks: Record<string, { handlers: ( ( ...args: unknown[] ) => void )[]; memory: unknown[] | null }> = {};
function hook( name: string ) {
	const h = hooks[ name ] || ( hooks[ name ] = { handlers: [], memory: null } );
	const api = {
		add( ...fns: ( ( ...args: unknown[] ) => void )[] ) {
			h.handlers.push( ...fns );
			if ( h.memory ) {
				fns.forEach( ( fn ) => fn( ...( h.memory as unknown[] ) ) );
			}
			return api;
		},
		fire( ...args: unknown[] ) {
			h.memory = args;
			h.handlers.forEach( ( fn ) => fn( ...args ) );
			return api;
		}
	};
	return api;
}

// ResourceLoader stand-in: modules are gadget files fetched from the preview server.
const moduleSources: Record<string, string> = {};
const moduleExports: Record<string, unknown> = {};

function requireModule( name: string ): unknown {
	if ( Object.prototype.hasOwnProperty.call( moduleExports, name ) ) {
		return moduleExports[ name ];
	}
	const url = moduleSources[ name ];
	if ( !url ) {
		throw new Error( `Module ${ name } is not loaded` );
	}
	throw new Error( `Module ${ name } is registered but not loaded; use mw.loader.using` );
}

async function fetchModule( name: string ): Promise<void> {
	if ( Object.prototype.hasOwnProperty.call( moduleExports, name ) ) {
		return;
	}
	const url = moduleSources[ name ];
	if ( !url ) {
		// Core modules (mediawiki.api, codex-styles…) are part of this runtime or the page.
		moduleExports[ name ] = {};
		return;
	}
	const response = await fetch( url );
	if ( !response.ok ) {
		throw new Error( `Could not load ${ url }: HTTP ${ response.status }` );
	}
	const code = await response.text();
	const module = { exports: {} as unknown };
	// eslint-disable-next-line no-new-func
	const run = new Function( 'require', 'module', 'exports', `${ code }\n//# sourceURL=${ url }` );
	run( requireModule, module, module.exports );
	moduleExports[ name ] = module.exports;
}

/** Each module is fetched once, however many ask for it at the same time (a prefetch and a click). */
const loading: Record<string, Promise<void>> = {};

function loadModule( name: string ): Promise<void> {
	loading[ name ] = loading[ name ] || fetchModule( name ).catch( ( err: unknown ) => {
		delete loading[ name ];
		throw err;
	} );
	return loading[ name ] as Promise<void>;
}

/** Where the preview keeps saved user options, so they survive a reload like on a wiki. */
const SAVED_OPTIONS_KEY = 'crs-preview-user-options';

function savedOptions(): Record<string, string | null> {
	try {
		// eslint-disable-next-line mediawiki/no-storage
		return JSON.parse( window.localStorage.getItem( SAVED_OPTIONS_KEY ) || '{}' );
	} catch {
		return {};
	}
}

class Api {
	/**
	 * Like action=options: stored for the preview's logged-in reader.
	 *
	 * @param name
	 * @param value
	 */
	async saveOption( name: string, value: string | null ): Promise<unknown> {
		if ( config.get( 'wgUserName' ) === null ) {
			// eslint-disable-next-line no-throw-literal -- mw.Api rejects with an error code string
			throw 'notloggedin';
		}
		const saved = savedOptions();
		saved[ name ] = value;
		// eslint-disable-next-line mediawiki/no-storage
		window.localStorage.setItem( SAVED_OPTIONS_KEY, JSON.stringify( saved ) );
		return { options: 'success' };
	}

	async get( params: Params ): Promise<unknown> {
		const query = new URLSearchParams();
		Object.keys( params ).forEach( ( k ) => {
			if ( params[ k ] !== undefined ) {
				query.set( k, String( params[ k ] ) );
			}
		} );
		const response = await fetch( `${ config.get( 'wgScriptPath' ) }/api.php?${ query }` );
		if ( !response.ok ) {
			// mw.Api rejects with an error code string.
			// eslint-disable-next-line no-throw-literal -- mw.Api rejects with an error code string
			throw 'http';
		}
		const json = await response.json();
		if ( json.error ) {
			throw json.error.code;
		}
		return json;
	}
}

function normaliseTitle( text: string ): string | null {
	const trimmed = text.replace( /_/g, ' ' ).replace( /\s+/g, ' ' ).trim().replace( /^:/, '' );
	if ( !trimmed || /[<>[\]{}|]/.test( trimmed ) ) {
		return null;
	}
	const colon = trimmed.indexOf( ':' );
	const ucfirst = ( s: string ) => s.charAt( 0 ).toUpperCase() + s.slice( 1 );
	if ( colon > 0 ) {
		return ucfirst( trimmed.slice( 0, colon ).trim() ) + ':' + ucfirst( trimmed.slice( colon + 1 ).trim() );
	}
	return ucfirst( trimmed );
}

const runtime = {
	config,
	messages,
	message,
	msg: ( key: string, ...params: unknown[] ) => message( key, ...params ).text(),
	hook,
	log: { warn: ( ...args: unknown[] ) => console.warn( ...args ) }, // eslint-disable-line no-console
	loader: {
		register( name: string, url: string ) {
			moduleSources[ name ] = url;
		},
		async using( names: string | string[] ) {
			for ( const name of Array.isArray( names ) ? names : [ names ] ) {
				await loadModule( name );
			}
			return requireModule;
		},
		load( name: string ): void {
			loadModule( name ).catch( () => undefined );
		},
		require: requireModule,
		getState: ( name: string ) => Object.prototype.hasOwnProperty.call( moduleExports, name ) ? 'ready' :
			moduleSources[ name ] ? 'registered' : null
	},
	Api,
	Map: MwMap,
	/** mw.Message over a map of its own (the editor's messages and the "help translate" line use one). */
	Message: class {
		public constructor( private readonly map: MwMap, private readonly key: string, private readonly params: unknown[] = [] ) {}

		public text(): string {
			const text = this.map.exists( this.key ) ? String( this.map.get( this.key ) ) : `⧼${ this.key }⧽`;
			return formatMessage( text, this.params.map( String ) );
		}
	},
	util: {
		getUrl( title: string, query?: Record<string, string> ) {
			const path = '/wiki/' + encodeURIComponent( title.replace( / /g, '_' ) ).replace( /%2F/g, '/' ).replace( /%3A/g, ':' );
			return query ? `${ path }?${ new URLSearchParams( query ) }` : path;
		}
	},
	Title: {
		newFromText( text: string ) {
			const title = normaliseTitle( text );
			return title ? { getPrefixedText: () => title } : null;
		}
	},
	language: {
		getFallbackLanguageChain: () => [ String( config.get( 'wgUserLanguage' ) ), 'en' ].filter( ( l, i, a ) => a.indexOf( l ) === i )
	},
	user: {
		isAnon: () => config.get( 'wgUserName' ) === null,
		options: userOptions
	},
	// This object IS the preview's mw.storage, so it uses localStorage itself.
	/* eslint-disable mediawiki/no-storage */
	storage: {
		get: ( key: string ) => window.localStorage.getItem( key ),
		set: ( key: string, value: string ) => {
			window.localStorage.setItem( key, value );
			return true;
		},
		remove: ( key: string ) => {
			window.localStorage.removeItem( key );
			return true;
		}
	}
	/* eslint-enable mediawiki/no-storage */
};

userOptions.set( savedOptions() );

( window as unknown as { mw: typeof runtime } ).mw = runtime;

export {};
