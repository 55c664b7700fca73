/**
 * JSON values as `JSON.parse` returns them, and the one test for a JSON
 * object that the validator and the editor share. Pure.
 */

export type Json = null | boolean | number | string | Json[] | JsonObject;

export interface JsonObject {
	[ key: string ]: Json;
}

/**
 * Whether `value` is a JSON object (not null, not an array).
 *
 * @param value
 */
export function isJsonObject( value: unknown ): value is JsonObject {
	return typeof value === 'object' && value !== null && !Array.isArray( value );
}
