/**
 * The team page with the gadget and without it, side by side: medians of
 * fresh readers on a desktop (Vector 2022) and a phone (Minerva, 390 px).
 */
import { Browser } from 'playwright-core';
import { DESKTOP, PHONE, TeamWiki } from '../../test/e2e/support';
import { measure, median, repeat } from './page-runs';

export type TeamPageFigures = Record<string, number>;

/**
 * @param browser
 * @param teamWiki
 * @param cpu CPU slow-down (1 = the machine's speed)
 * @param runs Readers per variant
 */
export async function teamPageFigures( browser: Browser, teamWiki: TeamWiki, cpu: number, runs: number ): Promise<TeamPageFigures> {
	const plainUrl = teamWiki.url( teamWiki.teamPage, {} );
	const gadgetUrl = teamWiki.url( teamWiki.teamPage, { withgadget: 'crs-team' } );
	const phoneUrl = teamWiki.url( teamWiki.teamPage, { withgadget: 'crs-team', useskin: 'minerva' } );
	// Opened at the calendar's section, where the gadget's output is in view as it arrives.
	const anchor = '#Conversation_hours';
	const plain = await repeat( runs, () => measure( browser, plainUrl, DESKTOP, cpu ) );
	const gadget = await repeat( runs, () => measure( browser, gadgetUrl, DESKTOP, cpu ) );
	const phone = await repeat( runs, () => measure( browser, phoneUrl, PHONE, cpu ) );
	const gadgetAtCalendar = await repeat( runs, () => measure( browser, gadgetUrl + anchor, DESKTOP, cpu ) );
	const phoneAtCalendar = await repeat( runs, () => measure( browser, phoneUrl + anchor, PHONE, cpu ) );
	return {
		clsDesktop: median( gadget.map( ( r ) => r.cls ) ),
		clsPhone: median( phone.map( ( r ) => r.cls ) ),
		clsDesktopAtCalendar: median( gadgetAtCalendar.map( ( r ) => r.cls ) ),
		clsPhoneAtCalendar: median( phoneAtCalendar.map( ( r ) => r.cls ) ),
		clsWithout: median( plain.map( ( r ) => r.cls ) ),
		done: median( gadget.map( ( r ) => r.doneAt ?? NaN ) ),
		dcl: median( gadget.map( ( r ) => r.domContentLoaded ) ),
		fcp: median( gadget.map( ( r ) => r.firstContentfulPaint ?? NaN ) ),
		dataEnd: median( gadget.map( ( r ) => r.dataResponseEnd ?? NaN ) ),
		ratio: median( gadget.map( ( r ) => ( r.doneAt ?? NaN ) / r.domContentLoaded ) ),
		addedBytes: median( gadget.map( ( r ) => r.gzipBytes ) ) - median( plain.map( ( r ) => r.gzipBytes ) ),
		longestWith: median( gadget.map( ( r ) => r.longestTask ) ),
		longestWithout: median( plain.map( ( r ) => r.longestTask ) ),
		apiRequests: median( gadget.map( ( r ) => r.apiRequests ) )
	};
}
