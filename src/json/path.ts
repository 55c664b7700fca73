/**
 * JSON paths as the data page's validator and editor tools write them. Pure.
 *
 * Syntax:
 * - the whole document is the empty path `` (empty string);
 * - a property whose name is an identifier (`/^[A-Za-z_$][A-Za-z0-9_$]*$/`)
 *   is `.name`, without the dot at the start of the path: `team.name`;
 * - any other property name is quoted as a JSON string in brackets:
 *   `team.name["pt-br"]`, `["odd key"].x`;
 * - an array element is its zero-based index in brackets: `subteams[2]`.
 *
 * So `conversationHours.sessions[2].start` is the `start` property of the
 * third session.
 */

/** One step of a path: a property name or an array index. */
export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** The path of property `key` of the value at `parent`. */
export function appendKey( parent: string, key: string ): string {
	if ( IDENTIFIER.test( key ) ) {
		return parent === '' ? key : parent + '.' + key;
	}
	return parent + '[' + JSON.stringify( key ) + ']';
}

/** The path of element `index` of the array at `parent`. */
export function appendIndex( parent: string, index: number ): string {
	return parent + '[' + index + ']';
}

/** Writes segments as a path: `[ 'a', 0, 'b c' ]` → `a[0]["b c"]`. */
export function formatPath( segments: readonly PathSegment[] ): string {
	let path = '';
	for ( const segment of segments ) {
		path = typeof segment === 'number' ? appendIndex( path, segment ) : appendKey( path, segment );
	}
	return path;
}

function readQuoted( path: string, start: number ): { value: string; end: number } | null {
	// `start` is at the opening quote; find the closing one, honouring escapes.
	let i = start + 1;
	while ( i < path.length ) {
		const c = path.charAt( i );
		if ( c === '\\' ) {
			i += 2;
			continue;
		}
		if ( c === '"' ) {
			try {
				return { value: JSON.parse( path.slice( start, i + 1 ) ) as string, end: i + 1 };
			} catch {
				return null;
			}
		}
		i++;
	}
	return null;
}

/**
 * Reads a path into segments; `null` when it is not in the syntax above.
 * Also accepts a leading dot and `['single quoted']` keys, which other tools write.
 */
export function parsePath( path: string ): PathSegment[] | null {
	const segments: PathSegment[] = [];
	let i = 0;
	while ( i < path.length ) {
		const c = path.charAt( i );
		if ( c === '[' ) {
			const next = path.charAt( i + 1 );
			if ( next === '"' ) {
				const quoted = readQuoted( path, i + 1 );
				if ( !quoted || path.charAt( quoted.end ) !== ']' ) {
					return null;
				}
				segments.push( quoted.value );
				i = quoted.end + 1;
			} else if ( next === '\'' ) {
				const close = path.indexOf( '\']', i + 2 );
				if ( close === -1 ) {
					return null;
				}
				segments.push( path.slice( i + 2, close ) );
				i = close + 2;
			} else {
				const m = /^\[(\d+)\]/.exec( path.slice( i ) );
				if ( !m ) {
					return null;
				}
				segments.push( Number( m[ 1 ] ) );
				i += m[ 0 ].length;
			}
		} else {
			if ( c === '.' ) {
				if ( i === 0 && path.length === 1 ) {
					return null;
				}
				i++;
			} else if ( i !== 0 ) {
				return null;
			}
			const m = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec( path.slice( i ) );
			if ( !m ) {
				return null;
			}
			segments.push( m[ 0 ] );
			i += m[ 0 ].length;
		}
	}
	return segments;
}

/**
 * The path and its ancestors, nearest first, ending with the root ``:
 * `a.b[1]` → `a.b[1]`, `a.b`, `a`, ``. An unreadable path gives just ``.
 */
export function pathAndAncestors( path: string ): string[] {
	const segments = parsePath( path );
	if ( !segments ) {
		return path === '' ? [ '' ] : [ path, '' ];
	}
	const result: string[] = [];
	for ( let n = segments.length; n >= 0; n-- ) {
		result.push( formatPath( segments.slice( 0, n ) ) );
	}
	if ( result[ 0 ] !== path ) {
		// Spelled differently (e.g. `['x']`): keep the caller's spelling first.
		result.unshift( path );
	}
	return result;
}
