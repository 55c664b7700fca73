/**
 * The browser's first `Intl` call on a page loads its locale and zone data
 * (at 4× CPU, close to 200 ms): made here, by the loader, in a task of its
 * own while the data request is on its way, so that the renderer's task
 * does not pay for it. Pure; never throws.
 */

/**
 * Formats one date in the reader's language and the browser's zone, as the
 * renderer will (a zone chosen in the preferences loads its own data, a
 * smaller cost, on first use).
 *
 * @param lang The reader's language (a MediaWiki code)
 */
export function warmIntl( lang: string ): void {
	try {
		// A full time loads the zone's data too (its long name).
		new Intl.DateTimeFormat( lang, { timeStyle: 'full' } ).format();
	} catch ( e ) {
		// An unknown language: the renderer falls back, in its own time.
	}
}
