/**
 * The calendar's tools: what the conversation hours need only when a
 * reader uses them (the month view and its grid, the zone picker and its
 * list, iCalendar files). They are the hidden gadget
 * `crs-team-calendar-tools`, loaded on first use and fetched ahead when the
 * browser is idle and when a reader comes near a control that needs them;
 * the renderer sees them through `CalendarEnvironment.tools`
 * (`render/lazy.ts`). Messages and date formats come from the renderer
 * (the render context, `CalendarNames`), never bundled here again.
 */
import { icsText } from './ics-file';
import { icsFileName } from './icalendar';
import { renderMonthView } from './month-view';
import { zoneOptions } from './zone-options';
import { renderZonePicker } from './zone-picker';

export interface CalendarTools {
	readonly renderMonthView: typeof renderMonthView;
	readonly renderZonePicker: typeof renderZonePicker;
	readonly zoneOptions: typeof zoneOptions;
	readonly icsText: typeof icsText;
	readonly icsFileName: typeof icsFileName;
}

/** The tools, as the gadget exports them. */
export const calendarTools: CalendarTools = { renderMonthView, renderZonePicker, zoneOptions, icsText, icsFileName };
