/**
 * What crs-team-core shares with the gadgets that depend on it and load on
 * first use (crs-team-calendar-tools, crs-team-problems): each module they
 * import that this gadget bundles too, under its path in src/ without the
 * extension. The build (build/shared-modules.ts) turns their imports of
 * these files into `require( 'ext.gadget.crs-team-core' ).shared[ … ]`
 * and fails if one imports a file bundled here but not listed. Messages
 * and date formats are not listed: those parts get them through the
 * render context.
 */
import * as calendarDate from '../../calendar/calendar-date';
import * as downloads from '../../calendar/downloads';
import * as language from '../../data/language';
import * as codexMessage from '../../render/codex-message';
import * as dom from '../../render/dom';
import * as links from '../../render/links';
import * as text from '../../render/text';
import * as locale from '../../time/locale';
import * as zones from '../../time/zones';

export const shared = {
	'calendar/calendar-date': calendarDate,
	'calendar/downloads': downloads,
	'data/language': language,
	'render/codex-message': codexMessage,
	'render/dom': dom,
	'render/links': links,
	'render/text': text,
	'time/locale': locale,
	'time/zones': zones
};
