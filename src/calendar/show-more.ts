/**
 * "Show more" for a long list of sessions: the reader's view draws the first
 * few sessions of the past (and upcoming) list and a Codex button that draws
 * the next batch, so the cost of a render (and of a zone switch) grows with
 * what is drawn, not with the data page's length.
 *
 * Keyboard and screen readers: the button is a real `<button>`; after it is
 * pressed, the focus moves to the first newly drawn session (which screen
 * readers read), and the button goes once nothing remains.
 */
import { Session } from '../data/types';
import { MessageKey } from '../i18n/messages';
import { RenderContext } from '../render/context';
import { el } from '../render/dom';
import { message } from '../render/text';

/**
 * How many sessions of a list are drawn at first, and how many more each
 * press of "show more" draws: the sample page's two years of quarterly
 * sessions fit (8), a monthly team's last year nearly does, and ten
 * session cards are about two screens on a phone.
 */
const SHOW_MORE_BATCH = 10;

/** The lists that are drawn capped. */
export type CappedGroup = 'past' | 'upcoming';

/** The button's text for each list: "Show 10 more earlier conversation hours (3,990 not shown)". */
const BUTTON_MESSAGES: Record<CappedGroup, MessageKey> = {
	past: 'crs-team-show-more-past',
	upcoming: 'crs-team-show-more-upcoming'
};

/** What the view remembers between renders: how many of each list the reader has had drawn. */
export interface ShowMore {
	shown( group: CappedGroup ): number;
	setShown( group: CappedGroup, count: number ): void;
}

/**
 * A {@link ShowMore} that starts at {@link SHOW_MORE_BATCH} for each list.
 *
 * @return {ShowMore}
 */
export function showMoreState(): ShowMore {
	const counts: Record<CappedGroup, number> = { past: SHOW_MORE_BATCH, upcoming: SHOW_MORE_BATCH };
	return {
		shown: ( group ) => counts[ group ],
		setShown: ( group, count ) => {
			counts[ group ] = count;
		}
	};
}

function buttonLabel( ctx: RenderContext, group: CappedGroup, remaining: number ): HTMLElement {
	return message( ctx, 'span', BUTTON_MESSAGES[ group ], [ Math.min( SHOW_MORE_BATCH, remaining ), remaining ] );
}

/**
 * Draws the first sessions of `sessions` (as many as `state` says were
 * shown) into `list`, and gives the "show more" button below it, or null
 * when every session is drawn.
 *
 * @param ctx
 * @param group
 * @param sessions The whole list, in the order it is shown.
 * @param list The `<ul>` to draw into.
 * @param item Draws one session's `<li>`.
 * @param state
 * @return {HTMLElement|null}
 */
export function drawCapped(
	ctx: RenderContext,
	group: CappedGroup,
	sessions: readonly Session[],
	list: HTMLElement,
	item: ( session: Session ) => HTMLElement,
	state: ShowMore
): HTMLElement | null {
	let shown = Math.min( Math.max( state.shown( group ), SHOW_MORE_BATCH ), sessions.length );
	for ( let i = 0; i < shown; i++ ) {
		list.appendChild( item( sessions[ i ] as Session ) );
	}
	if ( shown >= sessions.length ) {
		return null;
	}
	const button = el( ctx.doc, 'button', {
		className: 'cdx-button crs-team-show-more',
		// Lets a re-render (live states, a zone switch) put the focus back on it.
		attrs: { type: 'button', 'data-focus-key': 'show-more:' + group }
	}, buttonLabel( ctx, group, sessions.length - shown ) );
	const wrapper = el( ctx.doc, 'p', { className: 'crs-team-calendar__show-more' }, button );
	button.addEventListener( 'click', () => {
		const end = Math.min( shown + SHOW_MORE_BATCH, sessions.length );
		let first: HTMLElement | null = null;
		for ( let i = shown; i < end; i++ ) {
			const node = item( sessions[ i ] as Session );
			first = first || node;
			list.appendChild( node );
		}
		shown = end;
		state.setShown( group, shown );
		if ( shown >= sessions.length ) {
			wrapper.remove();
		} else {
			button.replaceChild( buttonLabel( ctx, group, sessions.length - shown ), button.firstChild as Node );
		}
		if ( first ) {
			// Screen readers read the first new session; Tab goes on from there.
			first.setAttribute( 'tabindex', '-1' );
			first.focus();
		}
	} );
	return wrapper;
}
