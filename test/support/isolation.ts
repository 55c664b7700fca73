/**
 * Team data whose every string is an unterminated RIGHT-TO-LEFT OVERRIDE,
 * and how to find the element that isolates each one (shared by the gadget's
 * test, test/render/isolation.test.ts, and the module's, test/wiki/).
 */

// Without isolation it reverses everything after it in its paragraph
// ("Led by", "Cancelled", commas…).
export const HOSTILE = 'A\u202Egnp.exe';

export const ISOLATION_PAGE = {
	team: {
		name: HOSTILE,
		organisation: HOSTILE,
		department: HOSTILE,
		lead: { name: HOSTILE, role: HOSTILE },
		summary: HOSTILE,
		about: [ HOSTILE ],
		goals: { period: HOSTILE, intro: HOSTILE, items: [ HOSTILE ] },
		links: [ { target: 'Meta:Example', label: HOSTILE }, 'https://example.org/' ]
	},
	subteams: [ {
		id: 'a', name: HOSTILE, summary: HOSTILE, responsibilities: [ HOSTILE, HOSTILE ],
		links: [ { target: 'https://example.org/x', label: HOSTILE } ]
	} ],
	conversationHours: {
		description: [ HOSTILE ],
		planned: [ { label: HOSTILE, note: HOSTILE } ],
		sessions: [
			{ id: 'c', title: HOSTILE, description: HOSTILE, status: 'cancelled', start: '2026-12-10T16:00:00Z', end: '2026-12-10T17:00:00Z' },
			{ id: 'l', title: HOSTILE, start: '2026-11-23T11:30:00Z', end: '2026-11-23T13:00:00Z' }
		]
	}
};

/** The nearest element that stops the text's bidi controls: a bdi, an element with dir, or a block. */
export function isolateOf( node: Node ): HTMLElement {
	let element = node.parentElement;
	while ( element ) {
		const inline = [ 'SPAN', 'STRONG', 'A', 'B', 'I', 'EM', 'TIME' ].includes( element.tagName );
		if ( element.tagName === 'BDI' || element.hasAttribute( 'dir' ) || !inline ) {
			return element;
		}
		element = element.parentElement;
	}
	throw new Error( 'no isolating element' );
}

export function hostileTextNodes( root: Node ): Text[] {
	const found: Text[] = [];
	const walker = root.ownerDocument!.createTreeWalker( root, 4 /* NodeFilter.SHOW_TEXT */ );
	for ( let n = walker.nextNode(); n; n = walker.nextNode() ) {
		if ( ( n.nodeValue || '' ).includes( '\u202E' ) ) {
			found.push( n as Text );
		}
	}
	return found;
}
