/**
 * The two renderers of the team page side by side: the Scribunto module's
 * HTML (from action=parse) and the gadget's DOM (src/render/views.ts in
 * jsdom), each reduced to the same normalised structure — subteams with
 * their responsibilities and links, every link by target, every session by
 * id and UTC instant — so a test can compare them and fail when either
 * drifts.
 */
import { JSDOM } from 'jsdom';
import { fallbackChain, directionOf } from '../../src/data/language';
import { parseDataPage } from '../../src/data/parse';
import { LanguageCode } from '../../src/data/types';
import { dateStyle } from '../../src/i18n/all-languages';
import { MessageKey, messagesFor } from '../../src/i18n/messages';
import { RenderContext } from '../../src/render/context';
import { renderViews } from '../../src/render/views';
import { UTC_ZONE } from '../../src/time/zones';

export interface SessionShape {
	readonly id: string;
	/** The start as an ISO instant in UTC, from `<time datetime>`. */
	readonly start: string;
	readonly links: readonly string[];
}

export interface SubteamShape {
	readonly name: string;
	/** The language the name is marked with (null: the page's). */
	readonly nameLang: string | null;
	readonly responsibilities: readonly string[];
	readonly links: readonly string[];
}

/** What both renderers must agree on. */
export interface TeamPageShape {
	readonly teamName: string;
	readonly overviewLinks: readonly string[];
	readonly subteams: readonly SubteamShape[];
	readonly sessions: readonly SessionShape[];
	readonly calendarLinks: readonly string[];
	readonly sampleNotice: boolean;
}

/** Class names and attributes of one renderer's output. */
interface Selectors {
	readonly view: ( name: string ) => string;
	readonly teamName: string;
	readonly subteam: string;
	readonly subteamName: string;
	readonly responsibility: string;
	readonly subteamLinks: string;
	readonly sessionAttribute: string;
	readonly sample: string;
}

const GADGET: Selectors = {
	view: ( name ) => `[data-view="${ name }"]`,
	teamName: '.crs-team-overview__name',
	subteam: '.crs-team-subteam',
	subteamName: '.crs-team-subteam__title',
	responsibility: '.crs-team-subteam__responsibilities li',
	subteamLinks: '.crs-team-subteam__links a',
	sessionAttribute: 'data-session-id',
	sample: '.crs-team-sample'
};

const MODULE: Selectors = {
	view: ( name ) => `[data-crs-view="${ name }"]`,
	teamName: '.crs-static-overview__name',
	subteam: '.crs-static-subteam',
	subteamName: '.crs-static-subteam__name',
	responsibility: '.crs-static-subteam__responsibilities li',
	subteamLinks: '.crs-static-subteam__links a',
	sessionAttribute: 'data-crs-session',
	sample: '.crs-static-sample'
};

/** One kind of space, trimmed. */
function text( node: Element | null ): string {
	return node ? ( node.textContent || '' ).replace( /\s+/g, ' ' ).trim() : '';
}

/**
 * A link's target, the same whichever renderer made it: `wiki:Title` for a
 * page of the wiki (red links included), the URL (percent-decoded) for an
 * external link.
 *
 * @param href The `href` attribute
 * @param wikiBase The wiki's base URL, e.g. http://127.0.0.1:8080
 */
export function linkTarget( href: string, wikiBase: string ): string {
	const url = new URL( href, wikiBase );
	if ( url.origin === new URL( wikiBase ).origin && /^\/index\.php/.test( url.pathname ) ) {
		const title = url.searchParams.get( 'title' ) || decodeURIComponent( url.pathname.replace( /^\/index\.php\/?/, '' ) );
		return `wiki:${ title.replace( /_/g, ' ' ) }${ url.hash ? decodeURIComponent( url.hash ) : '' }`;
	}
	let decoded = url.href;
	try {
		decoded = decodeURI( url.href );
	} catch {
		// keep the encoded form
	}
	return decoded;
}

function links( root: ParentNode, selector: string, wikiBase: string ): string[] {
	return Array.from( root.querySelectorAll( selector ) ).map( ( a ) => linkTarget( a.getAttribute( 'href' ) || '', wikiBase ) );
}

function shapeOf( root: ParentNode, s: Selectors, wikiBase: string ): TeamPageShape {
	const overview = root.querySelector( s.view( 'overview' ) );
	const calendar = root.querySelector( s.view( 'calendar' ) );
	return {
		teamName: text( root.querySelector( s.teamName ) ),
		overviewLinks: overview ? links( overview, 'a', wikiBase ) : [],
		subteams: Array.from( root.querySelectorAll( s.subteam ) ).map( ( card ) => {
			const name = card.querySelector( s.subteamName );
			return {
				name: text( name ),
				nameLang: name ? name.getAttribute( 'lang' ) : null,
				responsibilities: Array.from( card.querySelectorAll( s.responsibility ) ).map( text ),
				links: links( card, s.subteamLinks, wikiBase )
			};
		} ),
		sessions: Array.from( root.querySelectorAll( `[${ s.sessionAttribute }]` ) ).map( ( session ) => {
			const time = session.querySelector( 'time[datetime]' );
			return {
				id: session.getAttribute( s.sessionAttribute ) || '',
				start: new Date( time ? time.getAttribute( 'datetime' ) || '' : NaN ).toISOString(),
				links: links( session, 'a', wikiBase )
			};
		} ),
		calendarLinks: calendar ? links( calendar, 'a', wikiBase ) : [],
		sampleNotice: !!root.querySelector( s.sample )
	};
}

/**
 * The structure of the module's output, from action=parse HTML.
 *
 * @param html The parsed page's HTML
 * @param wikiBase The wiki's base URL
 */
export function moduleShape( html: string, wikiBase: string ): TeamPageShape {
	const doc = new JSDOM( html ).window.document;
	// MediaWiki's table of contents lands in the first view; it is not ours.
	doc.querySelectorAll( '#toc, .toc' ).forEach( ( toc ) => toc.remove() );
	return shapeOf( doc, MODULE, wikiBase );
}

/**
 * Renders a data page with the gadget's renderer (the static calendar, in
 * UTC, as the editor's live preview does) and returns its DOM.
 *
 * @param json The data page's text
 * @param lang The language to render in
 * @param now The clock, ms since the epoch
 * @param wikiBase The wiki's base URL (for page links, as mw.util.getUrl makes them)
 */
export function gadgetRender( json: string, lang: LanguageCode, now: number, wikiBase: string ): HTMLElement {
	const parsed = parseDataPage( json );
	if ( !parsed.ok || !parsed.result.data ) {
		throw new Error( 'the gadget cannot render this data page' );
	}
	const doc = new JSDOM( '<!DOCTYPE html><html><body></body></html>', { url: wikiBase } ).window.document;
	const chain = fallbackChain( lang );
	const { messages, languages } = messagesFor( chain );
	const ctx: RenderContext = {
		doc,
		lang,
		dir: directionOf( lang ),
		chain,
		defaultLanguage: 'en',
		msg: ( key: MessageKey, ...params: ( string | number )[] ) => ( messages[ key ] || key )
			.replace( /\$(\d+)/g, ( m, n: string ) => String( params[ Number( n ) - 1 ] ?? m ) ),
		msgLanguage: ( key: MessageKey ) => languages[ key ] || 'en',
		wikiUrl: ( title: string ) => `/index.php?title=${ encodeURIComponent( title.replace( / /g, '_' ) ).replace( /%2F/g, '/' ).replace( /%3A/g, ':' ) }`,
		zone: UTC_ZONE,
		dates: dateStyle( lang ),
		now
	};
	const root = renderViews( ctx, parsed.result.data, undefined, { sampleNotice: true } );
	doc.body.appendChild( root );
	return root;
}

/**
 * The structure of the gadget's output for a data page.
 *
 * @param json The data page's text
 * @param lang The language to render in
 * @param now The clock, ms since the epoch
 * @param wikiBase The wiki's base URL
 */
export function gadgetShape( json: string, lang: LanguageCode, now: number, wikiBase: string ): TeamPageShape {
	return shapeOf( gadgetRender( json, lang, now, wikiBase ), GADGET, wikiBase );
}
