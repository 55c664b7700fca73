/**
 * View 1: the team overview — name, place in the organisation, lead, what
 * the team does, the goals it is rooted in, and its links.
 */
import { pickText } from '../data/localise';
import { TeamPageData } from '../data/types';
import { RenderContext } from './context';
import { el, HeadingTag } from './dom';
import { linkElement, linkList } from './links';
import { localText, markLanguage, message, plainText } from './text';

function placeInOrganisation( ctx: RenderContext, data: TeamPageData ): HTMLElement | null {
	const { department, organisation } = data.team;
	if ( !organisation ) {
		return null;
	}
	// Both texts come from the data and may be in another language than the message.
	const dep = department ? pickText( department, ctx.chain, ctx.defaultLanguage ) : null;
	const org = pickText( organisation, ctx.chain, ctx.defaultLanguage );
	const node = dep ?
		message( ctx, 'p', 'crs-team-part-of', [ dep, org ], 'crs-team-overview__place' ) :
		message( ctx, 'p', 'crs-team-part-of-organisation', [ org ], 'crs-team-overview__place' );
	return node;
}

function lead( ctx: RenderContext, data: TeamPageData ): HTMLElement | null {
	const person = data.team.lead;
	if ( !person ) {
		return null;
	}
	const name = person.link ?
		linkElement( ctx, person.link, { fallbackLabel: el( ctx.doc, 'bdi', null, person.name ) } ) :
		el( ctx.doc, 'bdi', null, person.name );
	return el( ctx.doc, 'p', { className: 'crs-team-overview__lead' },
		message( ctx, 'span', 'crs-team-led-by', [], 'crs-team-overview__lead-label' ),
		' ',
		el( ctx.doc, 'strong', null, name ),
		person.role ? [ ', ', localText( ctx, 'span', person.role, 'crs-team-overview__lead-role' ) ] : null
	);
}

function goals( ctx: RenderContext, data: TeamPageData, headingTag: HeadingTag ): HTMLElement | null {
	const g = data.team.goals;
	if ( !g || ( !g.items.length && !g.intro ) ) {
		return null;
	}
	const heading = g.period ?
		message( ctx, headingTag, 'crs-team-goals-heading-period', [ g.period ] ) :
		message( ctx, headingTag, 'crs-team-goals-heading' );
	return el( ctx.doc, 'div', { className: 'crs-team-overview__goals' },
		heading,
		g.intro ? localText( ctx, 'p', g.intro ) : null,
		g.items.length ? el( ctx.doc, 'ul', { className: 'crs-team-goals' },
			g.items.map( ( item ) => localText( ctx, 'li', item, 'cdx-info-chip crs-team-goals__item' ) ) ) : null,
		g.link ? el( ctx.doc, 'p', null, linkElement( ctx, g.link ) ) : null
	);
}

/**
 * The team's name and its summary. A summary that opens with the name (as
 * the team page's does) gets it as its bold opening words, the way a wiki
 * article's lead does, instead of a line of its own: the page title, a name
 * line and the summary would otherwise say the name three times in a row.
 *
 * @param ctx
 * @param data
 * @return The name line (or null) and the summary (or null)
 */
function nameAndSummary( ctx: RenderContext, data: TeamPageData ): [ HTMLElement | null, HTMLElement | null ] {
	const { team } = data;
	const name = plainText( ctx, team.name );
	const summary = team.summary ? localText( ctx, 'p', team.summary, 'crs-team-overview__summary' ) : null;
	const text = summary ? summary.textContent || '' : '';
	if ( summary && name && text.startsWith( name ) ) {
		summary.textContent = '';
		summary.append( el( ctx.doc, 'strong', { className: 'crs-team-overview__name' }, name ), text.slice( name.length ) );
		return [ null, summary ];
	}
	const title = el( ctx.doc, 'p', { className: 'crs-team-overview__title' },
		localText( ctx, 'strong', team.name, 'crs-team-overview__name' ) );
	return [ title, summary ];
}

export function renderOverview( ctx: RenderContext, data: TeamPageData, headingTag: HeadingTag = 'h3' ): HTMLElement {
	const { team } = data;
	const [ title, summary ] = nameAndSummary( ctx, data );
	const section = el( ctx.doc, 'div', { className: 'crs-team-overview' },
		el( ctx.doc, 'div', { className: 'crs-team-overview__intro' },
			title,
			placeInOrganisation( ctx, data ),
			lead( ctx, data ),
			summary
		),
		team.about.length ? el( ctx.doc, 'div', { className: 'crs-team-overview__about' },
			message( ctx, headingTag, 'crs-team-about-heading' ),
			team.about.map( ( paragraph ) => localText( ctx, 'p', paragraph ) ) ) : null,
		goals( ctx, data, headingTag ),
		team.links.length ? el( ctx.doc, 'div', { className: 'crs-team-overview__links' },
			message( ctx, headingTag, 'crs-team-links-heading' ),
			linkList( ctx, team.links, 'crs-team-links' ) ) : null
	);
	section.setAttribute( 'aria-label', plainText( ctx, team.name ) );
	return markLanguage( ctx, section, ctx.lang );
}
