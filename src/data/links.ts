/**
 * Link targets in the data page: a wiki page title or an http(s) URL. Pure.
 */
import { LinkTarget } from './types';
import { tooLong } from './validator';

/** The longest link target the format accepts, in characters (spaces around it included). */
export const MAX_TARGET_LENGTH = 2000;

/** Characters MediaWiki never allows in a title (see $wgLegalTitleChars). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what titles may not contain
const ILLEGAL_TITLE_CHARS = /[<>[\]{}|\u0000-\u001f\u007f\ufffd]/;
/** A UTF-16 surrogate without its partner: no URL can encode it (encodeURIComponent throws). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?:^|[^\ud800-\udbff])[\udc00-\udfff]/;
const URL_SCHEME_RE = /^[a-z][a-z0-9+.-]*:\/\//i;

type ParsedTarget = { target: LinkTarget } | { error: string };

// Targets already read: a long data page repeats the same room, stream and
// notes links in session after session, and `new URL` is the validator's
// costliest call. Emptied when large, so memory stays bounded.
const parsedTargets = new Map<string, ParsedTarget>();
const PARSED_TARGETS_SIZE = 5000;

/**
 * Classifies a link target written in the data page, or gives the reason it
 * is not one.
 *
 * @param value
 */
export function parseLinkTarget( value: string ): ParsedTarget {
	const known = parsedTargets.get( value );
	if ( known ) {
		return known;
	}
	if ( parsedTargets.size >= PARSED_TARGETS_SIZE ) {
		parsedTargets.clear();
	}
	const parsed = readLinkTarget( value );
	parsedTargets.set( value, parsed );
	return parsed;
}

function readLinkTarget( value: string ): ParsedTarget {
	const long = tooLong( value, MAX_TARGET_LENGTH );
	if ( long ) {
		return { error: long };
	}
	const text = value.trim();
	if ( !text ) {
		return { error: 'is empty' };
	}
	if ( /^https?:\/\//i.test( text ) ) {
		let url: URL;
		try {
			url = new URL( text );
		} catch ( e ) {
			return { error: `"${ text }" is not a valid URL` };
		}
		if ( !url.hostname ) {
			return { error: `"${ text }" has no host name` };
		}
		return { target: { kind: 'external', url: url.href } };
	}
	if ( URL_SCHEME_RE.test( text ) || /^(javascript|data|vbscript|mailto):/i.test( text ) || text.startsWith( '//' ) ) {
		return { error: `"${ text }" is neither a wiki page title nor an http(s) URL` };
	}
	if ( ILLEGAL_TITLE_CHARS.test( text ) ) {
		return { error: `"${ text }" is not a valid page title (it contains one of < > [ ] { } |)` };
	}
	if ( LONE_SURROGATE.test( text ) ) {
		return { error: `"${ text.replace( /[\ud800-\udfff]/g, '\ufffd' ) }" is not a valid page title (it contains a broken character: a lone UTF-16 surrogate)` };
	}
	if ( text.length > 255 ) {
		return { error: 'is too long for a page title (over 255 characters)' };
	}
	return { target: { kind: 'wiki', title: text } };
}

/**
 * The text to show for a link that has no label.
 *
 * @param target
 */
export function defaultLinkText( target: LinkTarget ): string {
	if ( target.kind === 'wiki' ) {
		return target.title.replace( /_/g, ' ' ).replace( /^:/, '' );
	}
	try {
		const url = new URL( target.url );
		return url.hostname.replace( /^www\./, '' ) + ( url.pathname === '/' ? '' : url.pathname );
	} catch ( e ) {
		return target.url;
	}
}
