/**
 * Gadget "crs-team-calendar-tools" (hidden): the month view, the zone
 * picker and its list, and iCalendar files (src/calendar/tools.ts). Loaded
 * by the renderer on first use, and fetched ahead when the browser is idle
 * after the first render and when a reader comes near a control that needs
 * it. Everything the renderer already has (DOM helpers, texts, zones, dates)
 * it takes from crs-team-core, its dependency (build/shared-modules.ts).
 */
import { calendarTools } from '../../calendar/tools';

export const { renderMonthView, renderZonePicker, zoneOptions, icsText, icsFileName } = calendarTools;
