/**
 * Renders the views a placeholder asks for (all three when it names none).
 */
import { TeamPageData, View, VIEWS } from '../data/types';
import { MessageKey } from '../i18n/messages';
import { renderConversationHours } from '../calendar/conversation-hours';
import { codexMessage } from './codex-message';
import { RenderContext } from './context';
import { el } from './dom';
import { renderOverview } from './overview';
import { renderSubteams } from './subteams';
import { message } from './text';

const RENDERERS: Record<View, ( ctx: RenderContext, data: TeamPageData, headingTag: 'h3' | 'h4', options: ViewOptions ) => HTMLElement> = {
	overview: renderOverview,
	subteams: renderSubteams,
	calendar: ( ctx, data, headingTag, options ) => renderConversationHours( ctx, data, headingTag, options.source || '' )
};

const HEADINGS: Record<View, MessageKey> = {
	overview: 'crs-team-view-overview',
	subteams: 'crs-team-view-subteams',
	calendar: 'crs-team-view-calendar'
};

export interface ViewOptions {
	/** Say that the data is sample data (once per page is enough). */
	readonly sampleNotice?: boolean;
	/** The data page's title (identifies the sessions in calendar files). */
	readonly source?: string;
	/** Starts every id rendered (`crs-team` by default; one per placeholder, see `placeholders/find.ts`). */
	readonly idPrefix?: string;
}

/**
 * One view alone sits under the page's own heading; several views together
 * get a heading (h2) each.
 *
 * @param ctx
 * @param data
 * @param views
 * @param options
 */
export function renderViews( ctx: RenderContext, data: TeamPageData, views: readonly View[] = VIEWS, options: ViewOptions = {} ): HTMLElement {
	const several = views.length > 1;
	return el( ctx.doc, 'div', {
		className: 'crs-team-rendered',
		attrs: { lang: ctx.lang, dir: ctx.dir }
	},
	data.sample && options.sampleNotice !== false ?
		codexMessage( ctx.doc, { type: 'notice', className: 'crs-team-sample' }, message( ctx, 'span', 'crs-team-sample-data' ) ) :
		null,
	views.map( ( view ) => el( ctx.doc, 'section', { className: `crs-team-view crs-team-view--${ view }`, attrs: { 'data-view': view } },
		several ? message( ctx, 'h2', HEADINGS[ view ], [], 'crs-team-view__heading' ) : null,
		RENDERERS[ view ]( ctx, data, 'h3', options ) ) ) );
}
