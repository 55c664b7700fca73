/**
 * The conversation-hours view, the one entry the page's views use:
 * interactive where the page provides a calendar environment (the reader
 * gadget, the local preview), the static agenda elsewhere (the editor's live
 * preview).
 */
import { TeamPageData } from '../data/types';
import { RenderContext } from '../render/context';
import { HeadingTag } from '../render/dom';
import { renderCalendar } from './agenda';
import { renderLiveCalendar } from './live-view';

/**
 * The conversation hours of `data`.
 *
 * @param ctx
 * @param data
 * @param headingTag
 * @param source The data page's title (part of the iCalendar UIDs).
 * @return {HTMLElement}
 */
export function renderConversationHours( ctx: RenderContext, data: TeamPageData, headingTag: HeadingTag, source: string ): HTMLElement {
	return ctx.calendar ?
		renderLiveCalendar( ctx, data, headingTag, ctx.calendar, source ) :
		renderCalendar( ctx, data, headingTag );
}
