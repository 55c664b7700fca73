/**
 * Renders the views a placeholder asks for (all three when it names none).
 */
import { TeamPageData, View, VIEWS } from '../data/types';
import { MessageKey } from '../i18n/messages';
import { renderConversationHours } from '../calendar/conversation-hours';
import { codexMessage } from './codex-message';
import { RenderContext } from './context';
import { el, headingTag as headingOfLevel, HeadingTag, subHeading } from './dom';
import { renderOverview } from './overview';
import { renderSubteams } from './subteams';
import { message } from './text';

const RENDERERS: Record<View, ( ctx: RenderContext, data: TeamPageData, headingTag: HeadingTag, options: ViewOptions ) => HTMLElement> = {
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
	/**
	 * The level the views' headings start at, so they follow the page's
	 * outline: one below the heading the placeholder stands under (2 for
	 * one at the top of the page, under its h1). Without it, several views
	 * get h2 each and a single view's headings are h3, as under a section.
	 */
	readonly headingLevel?: number;
}

/**
 * The context with the data page's `defaultLanguage`.
 *
 * @param ctx
 * @param data
 */
function withDefaultLanguage( ctx: RenderContext, data: TeamPageData ): RenderContext {
	return ctx.defaultLanguage === data.defaultLanguage ? ctx : { ...ctx, defaultLanguage: data.defaultLanguage };
}

/**
 * One view alone sits under the page's own heading; several views together
 * get a heading each (h2 unless `headingLevel` says otherwise).
 *
 * @param context
 * @param data
 * @param views
 * @param options
 */
export function renderViews( context: RenderContext, data: TeamPageData, views: readonly View[] = VIEWS, options: ViewOptions = {} ): HTMLElement {
	// Texts without the reader's languages fall back to the data page's own
	// default language, as in the module (not to whatever the context says).
	const ctx = withDefaultLanguage( context, data );
	const several = views.length > 1;
	const top = headingOfLevel( options.headingLevel !== undefined ? options.headingLevel : ( several ? 2 : 3 ) );
	const inner = several ? subHeading( top ) : top;
	return el( ctx.doc, 'div', {
		className: 'crs-team-rendered',
		attrs: { lang: ctx.lang, dir: ctx.dir }
	},
	data.sample && options.sampleNotice !== false ?
		codexMessage( ctx.doc, { type: 'notice', className: 'crs-team-sample' }, message( ctx, 'span', 'crs-team-sample-data' ) ) :
		null,
	views.map( ( view ) => el( ctx.doc, 'section', { className: `crs-team-view crs-team-view--${ view }`, attrs: { 'data-view': view } },
		several ? message( ctx, top, HEADINGS[ view ], [], 'crs-team-view__heading' ) : null,
		RENDERERS[ view ]( ctx, data, inner, options ) ) ) );
}
