/**
 * The validator's toolkit: collects problems with their JSON paths and reads
 * the format's basic values (objects, lists, texts, ids), reporting what is
 * wrong in words. Pure.
 */
import { appendIndex, appendKey } from '../json/path';
import { Json, JsonObject, isJsonObject } from '../json/value';
import { isLanguageCode } from './language';
import { SOURCE_KEY, isSourceHash } from './source-marker';
import { DataProblem, LanguageCode, LocalisedText } from './types';

const ID_RE = /^[a-z0-9](?:[a-z0-9._-]{0,62}[a-z0-9])?$/;

/**
 * The longest text the format accepts, in characters (Unicode code points,
 * as JSON Schema's maxLength and Lua's mw.ustring.len count): far more than
 * a name or a paragraph needs, far less than what costs a browser seconds
 * of layout.
 */
export const MAX_TEXT_LENGTH = 5000;

/**
 * The length of `value` in Unicode code points.
 *
 * @param value
 */
function codePointLength( value: string ): number {
	const pairs = value.match( /[\ud800-\udbff][\udc00-\udfff]/g );
	return value.length - ( pairs ? pairs.length : 0 );
}

/**
 * Why `value` is too long (`limit` characters at most), or null.
 *
 * @param value
 * @param limit
 */
export function tooLong( value: string, limit: number ): string | null {
	// A string of at most `limit` UTF-16 units has at most `limit` code points: no counting.
	const length = value.length > limit ? codePointLength( value ) : 0;
	return length > limit ? `is ${ length } characters long, over the limit of ${ limit }: it is left out` : null;
}

/**
 * Whether `value` is an id the format accepts for a subteam or session:
 * lowercase letters, digits, dots and hyphens, at most 64 characters,
 * starting and ending with a letter or digit.
 *
 * @param value
 */
export function isValidId( value: unknown ): value is string {
	return typeof value === 'string' && ID_RE.test( value );
}

/**
 * A value as an error message names it: `a list`, `the text "…"`, `number 3`.
 *
 * @param value
 */
export function describeValue( value: unknown ): string {
	if ( value === null ) {
		return 'null';
	}
	if ( Array.isArray( value ) ) {
		return 'a list';
	}
	if ( typeof value === 'object' ) {
		return 'an object';
	}
	if ( typeof value === 'string' ) {
		return `the text ${ JSON.stringify( value.length > 40 ? value.slice( 0, 40 ) + '…' : value ) }`;
	}
	return `${ typeof value } ${ String( value ) }`;
}

export class Validator {
	readonly problems: DataProblem[] = [];

	defaultLanguage: LanguageCode = 'en';

	error( path: string, message: string ): void {
		this.problems.push( { path, message, severity: 'error' } );
	}

	warn( path: string, message: string ): void {
		this.problems.push( { path, message, severity: 'warning' } );
	}

	/**
	 * Warns about properties the format does not know (usually typos).
	 *
	 * @param obj
	 * @param path
	 * @param keys
	 */
	knownKeys( obj: JsonObject, path: string, keys: readonly string[] ): void {
		for ( const key of Object.keys( obj ) ) {
			if ( !keys.includes( key ) ) {
				this.warn( appendKey( path, key ), `unknown property "${ key }" is ignored (expected one of: ${ keys.join( ', ' ) })` );
			}
		}
	}

	object( value: unknown, path: string ): JsonObject | null {
		if ( isJsonObject( value ) ) {
			return value;
		}
		this.error( path, `must be an object, not ${ describeValue( value ) }` );
		return null;
	}

	list( value: unknown, path: string ): Json[] | null {
		if ( Array.isArray( value ) ) {
			return value;
		}
		this.error( path, `must be a list, not ${ describeValue( value ) }` );
		return null;
	}

	/**
	 * A string of at most MAX_TEXT_LENGTH characters, or null.
	 *
	 * @param value
	 * @param path
	 */
	private short( value: string, path: string ): string | null {
		const problem = tooLong( value, MAX_TEXT_LENGTH );
		if ( problem ) {
			this.error( path, problem );
			return null;
		}
		return value.trim();
	}

	string( value: unknown, path: string ): string | null {
		if ( typeof value === 'string' && value.trim() ) {
			return this.short( value, path );
		}
		this.error( path, typeof value === 'string' ? 'must not be empty' : `must be text, not ${ describeValue( value ) }` );
		return null;
	}

	text( value: unknown, path: string ): LocalisedText | null {
		if ( typeof value === 'string' ) {
			if ( !value.trim() ) {
				this.error( path, 'must not be empty' );
				return null;
			}
			const short = this.short( value, path );
			return short === null ? null : { [ this.defaultLanguage ]: short };
		}
		if ( !isJsonObject( value ) ) {
			this.error( path, `must be text or an object of translations such as {"en": "…", "de": "…"}, not ${ describeValue( value ) }` );
			return null;
		}
		const result: Record<string, string> = {};
		for ( const lang of Object.keys( value ) ) {
			const p = appendKey( path, lang );
			if ( lang === SOURCE_KEY ) {
				this.sourceMarker( value[ lang ], p );
				continue;
			}
			const translation = value[ lang ];
			if ( !isLanguageCode( lang ) ) {
				this.error( p, `"${ lang }" is not a language code (use MediaWiki's codes, such as en, de, pt-br)` );
			} else if ( typeof translation !== 'string' || !translation.trim() ) {
				this.error( p, `the ${ lang } text must be non-empty text, not ${ describeValue( translation ) }` );
			} else {
				const short = this.short( translation, p );
				if ( short !== null ) {
					result[ lang ] = short;
				}
			}
		}
		if ( !Object.keys( result ).length ) {
			if ( !Object.keys( value ).some( ( key ) => key !== SOURCE_KEY ) ) {
				this.error( path, 'has no text in any language' );
			}
			return null;
		}
		if ( !Object.prototype.hasOwnProperty.call( result, this.defaultLanguage ) ) {
			this.warn( path, `has no text in ${ this.defaultLanguage } (the default language); readers whose language is missing see ${ Object.keys( result )[ 0 ] }` );
		}
		return result;
	}

	/**
	 * The `_source` member of a text object (see `source-marker.ts`): not
	 * shown to readers, so a malformed one is only a warning.
	 *
	 * @param value
	 * @param path
	 */
	sourceMarker( value: unknown, path: string ): void {
		if ( !isJsonObject( value ) ) {
			this.warn( path, `must be an object of source hashes such as {"de": "1a2b3c4d"}, not ${ describeValue( value ) }` );
			return;
		}
		for ( const lang of Object.keys( value ) ) {
			if ( !isLanguageCode( lang ) || !isSourceHash( value[ lang ] ) ) {
				this.warn( appendKey( path, lang ), 'must be a language code with a source hash of 8 hexadecimal digits; the editor writes these' );
			}
		}
	}

	optionalText( obj: JsonObject, key: string, path: string ): LocalisedText | undefined {
		if ( obj[ key ] === undefined ) {
			return undefined;
		}
		return this.text( obj[ key ], appendKey( path, key ) ) || undefined;
	}

	texts( value: unknown, path: string ): LocalisedText[] {
		const list = this.list( value, path );
		if ( !list ) {
			return [];
		}
		const result: LocalisedText[] = [];
		list.forEach( ( item, i ) => {
			const text = this.text( item, appendIndex( path, i ) );
			if ( text ) {
				result.push( text );
			}
		} );
		return result;
	}

	/**
	 * A subteam's or session's id, unique among `seen` (which it joins).
	 *
	 * @param value
	 * @param path
	 * @param seen
	 * @param what
	 */
	id( value: unknown, path: string, seen: Set<string>, what: string ): string | null {
		if ( !isValidId( value ) ) {
			this.error( path, `must be an identifier of lowercase letters, digits, dots and hyphens (such as "2026-12" or "trust-and-safety"), not ${ describeValue( value ) }` );
			return null;
		}
		if ( seen.has( value ) ) {
			this.error( path, `"${ value }" is already the id of another ${ what }; ids must be unique` );
			return null;
		}
		seen.add( value );
		return value;
	}
}
