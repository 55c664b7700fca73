import { builtFromCommit, formatStamp, stampHeader } from '../../build/stamp';

describe( 'the build stamp', () => {
	it( 'names the commit, and says when the build had uncommitted changes', () => {
		expect( formatStamp( { head: '0123456789', dirty: false } ) ).toBe( '0123456789' );
		expect( formatStamp( { head: '0123456789', dirty: true } ) ).toBe( '0123456789 with uncommitted changes' );
	} );

	it.each( [ false, true ] )( 'is read back from the header the build writes (uncommitted changes: %s)', ( dirty ) => {
		const stamp = formatStamp( { head: 'abcdef0123', dirty } );
		const page = stampHeader( 'crs-team-gadgets 0.1.0', 'crs-team', stamp ) + '\n/* <nowiki> */\nvar x = 1;\n';
		expect( builtFromCommit( page ) ).toBe( stamp );
		expect( page ).toContain( 'gadget "crs-team"' );
	} );

	it( 'is not found in a page without the header', () => {
		expect( builtFromCommit( 'var x = 1; // Built by hand' ) ).toBeNull();
	} );
} );
