/**
 * The styles peer (crs-team-styles, in the <head>) gives the server
 * rendering the gadget's layout, so it repeats sizes of crs-team-core's
 * stylesheet and of the Codex components (src/codex/). Each pair below is a
 * rule of the peer and the rule it mirrors, with the declarations that must
 * be the same: change one side and this test names the other.
 *
 * Sizes tuned to the server's own markup (a session's paragraphs, the room
 * kept for the controls and the "Add to calendar" button) have no twin
 * here: test/e2e/layout-shift.e2e.test.ts measures them.
 */
import * as fs from 'fs';
import * as path from 'path';
import { repoRoot } from '../project/repo-files';
import { declarationsOf, normalise, parseRules } from '../support/css';

function read( file: string ): string {
	return fs.readFileSync( path.join( repoRoot, file ), 'utf8' );
}

const peer = parseRules( read( 'src/gadgets/crs-team-styles/styles.css' ) );
const core = parseRules( read( 'src/gadgets/crs-team-core/styles.css' ) + read( 'src/codex/button.css' ) + read( 'src/codex/card.css' ) );

const PHONE_UP = normalise( '@media screen and ( min-width: 640px )' );

/** [ the peer's selector, the selector it mirrors, the properties they share ] */
const TWINS: [ string, string, string[] ][] = [
	[ '.crs-team .crs-static ul', '.crs-team-rendered ul', [ 'margin', 'margin-inline-start', 'padding' ] ],
	[ '.crs-team .crs-static li', '.crs-team-rendered li', [ 'margin-bottom' ] ],
	[ '.crs-team .crs-static-calendar > p:last-of-type', '.crs-team-calendar__zone', [ 'color', 'font-size' ] ],
	[ '.crs-team .crs-static-calendar__next', '.crs-team-calendar__next', [ 'margin-top' ] ],
	[ '.crs-team .crs-static-calendar__group', '.crs-team-calendar__group', [ 'margin-top' ] ],
	[ '.crs-team .crs-static-calendar__next > .crs-static-session', '.crs-team-rendered .crs-team-session--next',
		[ 'background-color', 'border', 'border-radius', 'margin', 'padding' ] ],
	[ '.crs-team .crs-static-calendar__group li.crs-static-session', '.crs-team-rendered .crs-team-sessions > .crs-team-session',
		[ 'border-bottom', 'margin', 'padding' ] ],
	[ '.crs-team .crs-static ul.crs-static-session__links', '.crs-team-session__links', [ 'display', 'flex-wrap', 'gap', 'margin' ] ],
	[ '.crs-team .crs-static-calendar__next .crs-static-session__links a', '.cdx-button', [ 'box-sizing', 'min-height' ] ],
	[ '.crs-team .crs-static ul.crs-static-subteams', '.crs-team-subteams', [ 'display', 'gap', 'grid-template-columns' ] ],
	[ `${ PHONE_UP } .crs-team .crs-static ul.crs-static-subteams`, `${ PHONE_UP } .crs-team-subteams`, [ 'grid-template-columns' ] ],
	[ '.crs-team .crs-static li.crs-static-subteam', '.crs-team-rendered .crs-team-subteam', [ 'border', 'border-radius', 'margin', 'min-width', 'padding' ] ],
	[ '.crs-team .crs-static .crs-static-subteam__name', '.crs-team-rendered .crs-team-subteam__title',
		[ 'border', 'font-family', 'font-size', 'margin', 'padding' ] ]
];

describe( 'the styles peer stays in step with the gadget\'s stylesheet', () => {
	it.each( TWINS )( '%s mirrors %s', ( peerSelector, coreSelector, properties ) => {
		const mine = declarationsOf( peer, peerSelector );
		const theirs = declarationsOf( core, coreSelector );
		const pick = ( from: Map<string, string> ): Record<string, string | undefined> => Object.fromEntries( properties.map( ( p ) => [ p, from.get( p ) ] ) );
		expect( pick( theirs ) ).toEqual( expect.objectContaining( Object.fromEntries( properties.map( ( p ) => [ p, expect.any( String ) ] ) ) ) );
		expect( pick( mine ) ).toEqual( pick( theirs ) );
	} );

	it( 'notices a size changed on one side only (the check can fail)', () => {
		const changed = parseRules( '.crs-team-rendered li { margin-bottom: 6px; }' );
		expect( declarationsOf( changed, '.crs-team-rendered li' ).get( 'margin-bottom' ) ).toBe( '6px' );
		expect( declarationsOf( peer, '.crs-team .crs-static li' ).get( 'margin-bottom' ) ).not.toBe( '6px' );
		const media = parseRules( '@media screen and ( min-width: 640px ) { .a, .b > .c { gap: 1px } }' );
		expect( declarationsOf( media, `${ PHONE_UP } .b > .c` ).get( 'gap' ) ).toBe( '1px' );
	} );
} );
