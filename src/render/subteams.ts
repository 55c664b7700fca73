/**
 * View 2: one Codex card per subteam, in a responsive grid.
 */
import { Subteam, TeamPageData } from '../data/types';
import { RenderContext } from './context';
import { el, HeadingTag } from './dom';
import { linkElement, linkList } from './links';
import { localText, message } from './text';

function card( ctx: RenderContext, subteam: Subteam, headingTag: HeadingTag ): HTMLElement {
	const titleId = `crs-team-subteam-${ subteam.id }`;
	const title = localText( ctx, headingTag, subteam.name, 'cdx-card__text__title crs-team-subteam__title' );
	title.id = titleId;
	const extraLinks = [
		subteam.page ? el( ctx.doc, 'li', null, linkElement( ctx, subteam.page, { fallbackLabel: ctx.msg( 'crs-team-subteam-page' ) } ) ) : null,
		subteam.contact ? el( ctx.doc, 'li', null, linkElement( ctx, subteam.contact, { fallbackLabel: ctx.msg( 'crs-team-subteam-contact' ) } ) ) : null
	];
	const links = linkList( ctx, subteam.links, 'crs-team-subteam__links' ) || el( ctx.doc, 'ul', { className: 'crs-team-subteam__links' } );
	extraLinks.forEach( ( li ) => li && links.insertBefore( li, links.firstChild ) );
	return el( ctx.doc, 'li', { className: 'cdx-card crs-team-subteam', attrs: { 'aria-labelledby': titleId } },
		el( ctx.doc, 'div', { className: 'cdx-card__text' },
			title,
			subteam.summary ? localText( ctx, 'p', subteam.summary, 'cdx-card__text__description' ) : null,
			subteam.responsibilities.length ? el( ctx.doc, 'div', { className: 'cdx-card__text__supporting-text crs-team-subteam__responsibilities' },
				message( ctx, 'p', 'crs-team-subteam-responsibilities', [], 'crs-team-subteam__label' ),
				el( ctx.doc, 'ul', null, subteam.responsibilities.map( ( r ) => localText( ctx, 'li', r ) ) )
			) : null,
			links.childNodes.length ? links : null
		)
	);
}

export function renderSubteams( ctx: RenderContext, data: TeamPageData, headingTag: HeadingTag = 'h3' ): HTMLElement {
	return el( ctx.doc, 'ul', { className: 'crs-team-subteams' },
		data.subteams.map( ( subteam ) => card( ctx, subteam, headingTag ) ) );
}
