/**
 * The outdated-translation marker: a text object may record, per language,
 * a short hash of the default-language text its translation was made from,
 * `"_source": { "de": "1a2b3c4d" }`. When the default-language text changes,
 * the hash no longer matches and the translation is outdated. Readers never
 * see the marker: the validator, the reader gadget and the Lua module ignore
 * it for display. Pure.
 */

/** The member of a text object that holds the source hashes. */
export const SOURCE_KEY = '_source';

/** A source hash: 8 lowercase hexadecimal digits. */
const HASH_RE = /^[0-9a-f]{8}$/;

export function isSourceHash( value: unknown ): value is string {
	return typeof value === 'string' && HASH_RE.test( value );
}

/**
 * A short, stable hash of a source text (32-bit FNV-1a over its UTF-16 code
 * units, after trimming, as 8 hex digits). Not for security: it only tells
 * whether a text changed.
 *
 * @param text
 */
/* eslint-disable no-bitwise -- a hash works on bits */
export function hashSource( text: string ): string {
	let hash = 0x811c9dc5;
	const trimmed = text.trim();
	for ( let i = 0; i < trimmed.length; i++ ) {
		hash ^= trimmed.charCodeAt( i );
		hash = Math.imul( hash, 0x01000193 ) >>> 0;
	}
	return hash.toString( 16 ).padStart( 8, '0' );
}
/* eslint-enable no-bitwise */
