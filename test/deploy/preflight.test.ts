import { parseGadgetsDefinition } from '../../build/gadgets-definition';
import { builtFromCommit, checkBuild, checkBuiltPage, requiredFiles } from '../../deploy/preflight';

const GADGETS = parseGadgetsDefinition( [
	'== crs-team-gadgets ==',
	'* crs-team[ResourceLoader|package]|crs-team.js',
	'* crs-team-core[ResourceLoader|package|hidden]|crs-team-core.js|crs-team-core.css'
].join( '\n' ) );

const script = ( commit: string, body: string ): string => `/**\n * crs-team-gadgets 0.1.0: gadget "x".\n * Built from commit ${ commit }. Do not edit this page by hand:\n */\n/* <nowiki> */\n${ body }\n/* </nowiki> */\n`;

function files( commit: string, overrides: Record<string, string> = {} ): Map<string, string> {
	return new Map( Object.entries( {
		'Gadget-crs-team.js': script( commit, 'var a = 1;' ),
		'Gadget-crs-team-core.js': script( commit, 'var b = 2;' ),
		'Gadget-crs-team-core.css': script( commit, '.a { color: red; }' ),
		'Gadget-crs-team': 'Team page',
		'Gadget-crs-team-core': 'Core',
		'Gadget-section-crs-team-gadgets': 'CRS team',
		...overrides
	} ) );
}

describe( 'checkBuiltPage', () => {
	it( 'accepts clean pages', () => {
		expect( checkBuiltPage( 'Gadget-a.js', script( 'abc', 'var x = [ 1 ].map( function ( y ) { return y ** 2; } );' ) ) ).toEqual( [] );
		expect( checkBuiltPage( 'Gadget-a', 'Some <nowiki>~</nowiki></nowiki> text' ) ).toEqual( [] );
		expect( checkBuiltPage( 'Gadget-a.json', '{"a":1}' ) ).toEqual( [] );
	} );

	it( 'finds wikitext a save would expand, inside our nowiki wrapper', () => {
		expect( checkBuiltPage( 'Gadget-a.js', script( 'abc', 'var s = "~~~~";\nvar t = "{{subst:x}}";' ) ) )
			.toEqual( [ 'line 6: contains "~~~~"', 'line 7: contains "{{subst:"' ] );
		expect( checkBuiltPage( 'Gadget-a.css', script( 'abc', '/* </nowiki> */ .a {}' ) ) ).toEqual( [ 'line 6: contains "</nowiki>"' ] );
		expect( checkBuiltPage( 'Gadget-a', 'Signed ~~~~' ) ).toEqual( [ 'line 1: contains "~~~~"' ] );
	} );

	it( 'finds syntax above ES2016 in scripts', () => {
		const problems = checkBuiltPage( 'Gadget-a.js', script( 'abc', 'async function f() { await g(); }' ) );
		expect( problems ).toHaveLength( 1 );
		expect( problems[ 0 ] ).toMatch( /^line 6: not ES2016/ );
		expect( checkBuiltPage( 'Gadget-a.js', 'var a = b?.c;' )[ 0 ] ).toMatch( /not ES2016/ );
	} );

	it( 'finds invalid JSON', () => {
		expect( checkBuiltPage( 'Gadget-a.json', '{a:1}' )[ 0 ] ).toMatch( /^not valid JSON/ );
	} );
} );

describe( 'checkBuild', () => {
	it( 'lists the files the definition needs', () => {
		expect( requiredFiles( GADGETS ) ).toEqual( [
			'Gadget-crs-team.js', 'Gadget-crs-team', 'Gadget-section-crs-team-gadgets',
			'Gadget-crs-team-core.js', 'Gadget-crs-team-core.css', 'Gadget-crs-team-core'
		] );
	} );

	it( 'accepts a complete build of HEAD', () => {
		expect( checkBuild( files( '0123456789' ), GADGETS, { head: '0123456789', dirty: false } ) ).toEqual( [] );
		expect( checkBuild( files( '0123456789 with uncommitted changes' ), GADGETS, { head: '0123456789', dirty: true } ) ).toEqual( [] );
	} );

	it( 'refuses missing and stale pages', () => {
		const built = files( '0123456789' );
		built.delete( 'Gadget-crs-team-core' );
		expect( checkBuild( built, GADGETS, { head: 'abcdefabcd', dirty: false } ) ).toEqual( [
			'gadgets/Gadget-crs-team-core is missing (run npm run build)',
			'gadgets/Gadget-crs-team.js was built from "0123456789", not "abcdefabcd" (run npm run build)',
			'gadgets/Gadget-crs-team-core.js was built from "0123456789", not "abcdefabcd" (run npm run build)',
			'gadgets/Gadget-crs-team-core.css was built from "0123456789", not "abcdefabcd" (run npm run build)'
		] );
		expect( checkBuild( files( '0123456789 with uncommitted changes' ), GADGETS, { head: '0123456789', dirty: false } ) ).toHaveLength( 3 );
	} );

	it( 'refuses pages that fail the checks, naming the file', () => {
		const problems = checkBuild( files( '0123456789', { 'Gadget-crs-team.js': script( '0123456789', 'var s = "~~~~";' ) } ), GADGETS, { head: '0123456789', dirty: false } );
		expect( problems ).toEqual( [ 'gadgets/Gadget-crs-team.js: line 6: contains "~~~~"' ] );
	} );

	it( 'reads the commit from a built header', () => {
		expect( builtFromCommit( script( '0123456789', '' ) ) ).toBe( '0123456789' );
		expect( builtFromCommit( 'no header' ) ).toBeNull();
	} );
} );
