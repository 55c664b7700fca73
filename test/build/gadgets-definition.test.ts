import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { dependenciesOf, parseGadgetLine, parseGadgetsDefinition } from '../../build/gadgets-definition';
import { findForbiddenWikitext, findSyntaxAbove, unwrap } from '../../build/checks';
import { build } from '../../build/build';

const ROOT = path.join( __dirname, '../..' );
const DEFINITION = fs.readFileSync( path.join( ROOT, 'Gadgets-definition.txt' ), 'utf8' );

describe( 'parsing a definition the way the Gadgets extension does', () => {
	it( 'reads names, sections, options and pages', () => {
		const text = [
			'<!-- a comment with * fake[ResourceLoader]|fake.js -->',
			'== editing-tools ==',
			'* HotCat[ResourceLoader|dependencies=mediawiki.util, jquery.ui |default]|HotCat.js|HotCat.css',
			'not a gadget line',
			'==appearance==',
			'*  Dark mode toggle [ResourceLoader|type=styles] | dark.css '
		].join( '\r\n' );
		const gadgets = parseGadgetsDefinition( text );
		expect( gadgets.map( ( g ) => [ g.name, g.section, g.pages ] ) ).toEqual( [
			[ 'HotCat', 'editing-tools', [ 'HotCat.js', 'HotCat.css' ] ],
			[ 'Dark_mode_toggle', 'appearance', [ 'dark.css' ] ]
		] );
		expect( dependenciesOf( gadgets[ 0 ]! ) ).toEqual( [ 'mediawiki.util', 'jquery.ui' ] );
		expect( gadgets[ 0 ]!.options.get( 'default' ) ).toEqual( [] );
		expect( gadgets[ 1 ]!.options.get( 'type' ) ).toEqual( [ 'styles' ] );
	} );

	it( 'ignores lines the extension ignores', () => {
		expect( parseGadgetLine( '* 1bad[ResourceLoader]|x.js', '' ) ).toBeNull();
		expect( parseGadgetLine( '* nopages[ResourceLoader]', '' ) ).toBeNull();
	} );
} );

describe( 'our Gadgets-definition.txt', () => {
	const gadgets = parseGadgetsDefinition( DEFINITION );

	// The real build, so these tests never look at stale output.
	beforeAll( () => build(), 60000 );

	it( 'defines the reader gadget as a package gadget that can be tried with ?withgadget=', () => {
		const reader = gadgets.find( ( g ) => g.name === 'crs-team' )!;
		expect( reader.options.has( 'ResourceLoader' ) ).toBe( true );
		expect( reader.options.has( 'package' ) ).toBe( true );
		expect( reader.options.has( 'supportsUrlLoad' ) ).toBe( true );
		expect( reader.options.has( 'default' ) ).toBe( false );
		// The loader runs on every page view: it must not pull in heavy modules.
		expect( dependenciesOf( reader ) ).toEqual( [] );
	} );

	it( 'defines the maintainers\' editor for the edit form of JSON pages only, and lets it be tried with ?withgadget=', () => {
		const editor = gadgets.find( ( g ) => g.name === 'crs-team-editor' )!;
		expect( editor.options.has( 'supportsUrlLoad' ) ).toBe( true );
		expect( editor.options.has( 'default' ) ).toBe( false );
		expect( editor.options.get( 'actions' ) ).toEqual( [ 'edit' ] );
		expect( editor.options.get( 'contentModels' ) ).toEqual( [ 'json' ] );
	} );

	it.each( [ 'crs-team-calendar-tools', 'crs-team-problems' ] )( 'defines %s as a hidden package gadget that depends on the renderer, whose code it shares', ( name ) => {
		const lazy = gadgets.find( ( g ) => g.name === name )!;
		expect( lazy.options.has( 'hidden' ) ).toBe( true );
		expect( lazy.options.has( 'package' ) ).toBe( true );
		expect( dependenciesOf( lazy ) ).toEqual( [ 'ext.gadget.crs-team-core' ] );
		expect( lazy.pages ).toEqual( [ `${ name }.js` ] );
		// After the renderer, which the build needs first (build/shared-modules.ts).
		expect( gadgets.indexOf( lazy ) ).toBeGreaterThan( gadgets.findIndex( ( g ) => g.name === 'crs-team-core' ) );
	} );

	it( 'runs the reader gadget on "Show preview" of the team page (the extension checks submit as edit)', () => {
		// Gadget::isActionSupported maps action=submit to edit before looking at
		// actions=, so a definition naming submit without edit never runs on a preview.
		const reader = gadgets.find( ( g ) => g.name === 'crs-team' )!;
		expect( reader.options.get( 'actions' ) ).toEqual( [ 'view', 'edit' ] );
		for ( const gadget of gadgets ) {
			expect( gadget.options.get( 'actions' ) || [] ).not.toContain( 'submit' );
		}
	} );

	it( 'puts the styles that keep the page still in the page\'s head, with the loader (a type=styles peer)', () => {
		// Gadgets 1.43 (Hooks::onBeforePageDisplay) adds a general gadget's
		// type=styles peers with addModuleStyles: a <link> in the <head>.
		const reader = gadgets.find( ( g ) => g.name === 'crs-team' )!;
		expect( reader.options.get( 'peers' ) ).toEqual( [ 'crs-team-styles' ] );
		const styles = gadgets.find( ( g ) => g.name === 'crs-team-styles' )!;
		expect( styles.options.get( 'type' ) ).toEqual( [ 'styles' ] );
		expect( styles.options.has( 'hidden' ) ).toBe( true );
		expect( styles.pages ).toEqual( [ 'crs-team-styles.css' ] );
		// Every page view of the gadget's readers loads it, render-blocking.
		const css = fs.readFileSync( path.join( ROOT, 'gadgets', 'Gadget-crs-team-styles.css' ) );
		expect( zlib.gzipSync( css ).length ).toBeLessThan( 1000 );
	} );

	it( 'puts every gadget in one section', () => {
		expect( new Set( gadgets.map( ( g ) => g.section ) ) ).toEqual( new Set( [ 'crs-team-gadgets' ] ) );
	} );

	it( 'names only pages that the build produced, plus their description messages', () => {
		const built = fs.readdirSync( path.join( ROOT, 'gadgets' ) );
		for ( const gadget of gadgets ) {
			for ( const page of gadget.pages ) {
				expect( built ).toContain( `Gadget-${ page }` );
			}
			expect( built ).toContain( `Gadget-${ gadget.name }` );
		}
		expect( built ).toContain( 'Gadget-section-crs-team-gadgets' );
	} );

	const pages = gadgets.reduce( ( all: string[], g ) => all.concat( g.pages ), [] );
	const read = ( page: string ) => fs.readFileSync( path.join( ROOT, 'gadgets', `Gadget-${ page }` ), 'utf8' );

	it.each( pages )( 'built page %s is wrapped in nowiki and free of wikitext a save would expand', ( page ) => {
		const text = read( page );
		expect( text ).toMatch( /\/\* <nowiki> \*\/[\s\S]*\/\* <\/nowiki> \*\/\n$/ );
		expect( findForbiddenWikitext( unwrap( text ) ) ).toEqual( [] );
	} );

	it.each( pages.filter( ( p ) => p.endsWith( '.js' ) ) )( 'built script %s is ES2016 CommonJS', ( page ) => {
		const text = read( page );
		expect( findSyntaxAbove( text, 2016 ) ).toBeNull();
		expect( text ).not.toMatch( /\bimport\s*\(|^\s*export\s/m );
	} );

	it( 'keeps the editor\'s messages out of the reader\'s renderer, and in the editor', () => {
		expect( read( 'crs-team-core.js' ) ).toContain( '"crs-team-next-heading"' );
		expect( read( 'crs-team-core.js' ) ).not.toMatch( /"crs-team-editor-/ );
		expect( read( 'crs-team-editor.js' ) ).toContain( '"crs-team-editor-check-past-session"' );
	} );
} );

describe( 'build checks', () => {
	it( 'finds signatures, subst and closing nowiki, with their lines', () => {
		expect( findForbiddenWikitext( 'a\nvar s = "~~~~";\n{{subst:x}}\n</nowiki>' ).map( ( p ) => p.line ) ).toEqual( [ 2, 3, 4 ] );
	} );

	it( 'rejects syntax newer than ES2016', () => {
		expect( findSyntaxAbove( 'async function f() { await 1; }' ) ).toMatchObject( { line: 1 } );
		expect( findSyntaxAbove( 'const o = { ...a };' ) ).not.toBeNull();
		expect( findSyntaxAbove( 'let x = a ** 2; class A {}' ) ).toBeNull();
	} );
} );
