/**
 * Links in the data page: a wiki page title or an http(s) URL, as a string
 * or as `{ "target": …, "label": … }`. A bad link is reported and dropped.
 * Pure.
 */
import { appendIndex, appendKey } from '../json/path';
import { JsonObject, isJsonObject } from '../json/value';
import { parseLinkTarget } from './links';
import { Link, LocalisedText } from './types';
import { describeValue, Validator } from './validator';

function validateLink( v: Validator, value: unknown, path: string ): Link | null {
	let targetText: unknown = value;
	let label: LocalisedText | undefined;
	if ( isJsonObject( value ) ) {
		v.knownKeys( value, path, [ 'target', 'label' ] );
		targetText = value.target;
		if ( value.label !== undefined ) {
			label = v.text( value.label, appendKey( path, 'label' ) ) || undefined;
		}
		if ( targetText === undefined ) {
			v.error( appendKey( path, 'target' ), 'is missing: a link needs a page title or an http(s) URL' );
			return null;
		}
		path = appendKey( path, 'target' );
	}
	if ( typeof targetText !== 'string' ) {
		v.error( path, `must be a page title or an http(s) URL, not ${ describeValue( targetText ) }` );
		return null;
	}
	const parsed = parseLinkTarget( targetText );
	if ( 'error' in parsed ) {
		v.error( path, parsed.error );
		return null;
	}
	return label ? { target: parsed.target, label } : { target: parsed.target };
}

export function optionalLink( v: Validator, obj: JsonObject, key: string, path: string ): Link | undefined {
	if ( obj[ key ] === undefined ) {
		return undefined;
	}
	return validateLink( v, obj[ key ], appendKey( path, key ) ) || undefined;
}

export function linkList( v: Validator, obj: JsonObject, key: string, path: string ): Link[] {
	if ( obj[ key ] === undefined ) {
		return [];
	}
	const list = v.list( obj[ key ], appendKey( path, key ) );
	if ( !list ) {
		return [];
	}
	const result: Link[] = [];
	list.forEach( ( item, i ) => {
		const link = validateLink( v, item, appendIndex( appendKey( path, key ), i ) );
		if ( link ) {
			result.push( link );
		}
	} );
	return result;
}
