/**
 * Whether the text being edited is a team data page (so the editor gadget
 * should help), judged from the text alone. Pure.
 */

/** A property that only our data format has at its top level. */
const OUR_PROPERTY = /"conversationHours"\s*:/;
/** A `$schema` naming our schema (its URL or title contains `crs-team`). */
const OUR_SCHEMA = /"\$schema"\s*:\s*"[^"\r\n]*crs-team[^"\r\n]*"/i;

/** True when `text` looks like a team data page, even a broken one. */
export function looksLikeTeamData( text: string ): boolean {
	return OUR_PROPERTY.test( text ) || OUR_SCHEMA.test( text );
}
