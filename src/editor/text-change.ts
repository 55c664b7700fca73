/**
 * The smallest single replacement turning one text into another. Pure.
 */
import type { TextChange } from '../json/edit';

/**
 * The region of `before` that differs from `after` (common start and end
 * left out), as a change to apply to `before`; `null` when they are equal.
 */
export function changedRegion( before: string, after: string ): TextChange | null {
	if ( before === after ) {
		return null;
	}
	const max = Math.min( before.length, after.length );
	let head = 0;
	while ( head < max && before.charCodeAt( head ) === after.charCodeAt( head ) ) {
		head++;
	}
	let tail = 0;
	while ( tail < max - head &&
		before.charCodeAt( before.length - 1 - tail ) === after.charCodeAt( after.length - 1 - tail ) ) {
		tail++;
	}
	// Do not split a surrogate pair or a \r\n between the common parts and the change.
	while ( head > 0 && isSplitPoint( before, head ) ) {
		head--;
	}
	while ( tail > 0 && isSplitPoint( before, before.length - tail ) ) {
		tail--;
	}
	return { start: head, end: before.length - tail, text: after.slice( head, after.length - tail ) };
}

function isSplitPoint( text: string, index: number ): boolean {
	const prev = text.charCodeAt( index - 1 );
	const next = text.charCodeAt( index );
	return ( prev >= 0xd800 && prev <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ) || ( prev === 13 && next === 10 );
}
