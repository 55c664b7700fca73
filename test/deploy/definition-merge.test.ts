import * as fs from 'fs';
import * as path from 'path';
import { diffArrays } from 'diff';
import { parseGadgetsDefinition } from '../../build/gadgets-definition';
import { DefinitionMergeError, mergeDefinition, ownedSections } from '../../deploy/definition-merge';

const OUR_FILE = [
	'== crs-team-gadgets ==',
	'* crs-team[ResourceLoader|package|supportsUrlLoad|actions=view,submit]|crs-team.js',
	'* crs-team-core[ResourceLoader|package|hidden|dependencies=mediawiki.api,mediawiki.util]|crs-team-core.js|crs-team-core.css',
	''
].join( '\n' );
const HEADING = '== crs-team-gadgets ==';
const TEAM = '* crs-team[ResourceLoader|package|supportsUrlLoad|actions=view,submit]|crs-team.js';
const CORE = '* crs-team-core[ResourceLoader|package|hidden|dependencies=mediawiki.api,mediawiki.util]|crs-team-core.js|crs-team-core.css';
const OWNED = ownedSections( OUR_FILE );

const REALISTIC = fs.readFileSync( path.join( __dirname, '..', 'fixtures', 'gadgets-definition-page.txt' ), 'utf8' );
const OUTDATED_TEAM = '* crs-team[ResourceLoader|package|actions=view]|crs-team.js';

/** Lines of a text, without their terminators (the exact-text assertions check those). */
function linesOf( text: string ): string[] {
	return text.split( /\r\n|\r|\n/ );
}

/**
 * Asserts that `after` differs from `before` only by lines we own: every
 * removed line is an old line of one of our gadgets, every added line is our
 * heading, one of our lines, or a blank separator.
 */
function expectOnlyOurLinesChanged( before: string, after: string ): void {
	const ours = [ HEADING, TEAM, CORE, '' ];
	for ( const change of diffArrays( linesOf( before ), linesOf( after ) ) ) {
		for ( const line of change.value ) {
			if ( change.removed ) {
				expect( line ).toMatch( /^\* crs-team(-core)?[[|]/ );
			} else if ( change.added ) {
				expect( ours ).toContain( line );
			}
		}
	}
}

function otherGadgets( text: string ): string[] {
	return parseGadgetsDefinition( text )
		.filter( ( g ) => g.name !== 'crs-team' && g.name !== 'crs-team-core' )
		.map( ( g ) => `${ g.section }|${ g.line }` );
}

describe( 'ownedSections', () => {
	it( 'reads the section and lines of our own Gadgets-definition.txt', () => {
		const text = fs.readFileSync( path.join( __dirname, '..', '..', 'Gadgets-definition.txt' ), 'utf8' );
		const sections = ownedSections( text );
		expect( sections.map( ( s ) => s.name ) ).toEqual( [ 'crs-team-gadgets' ] );
		expect( sections[ 0 ]?.heading ).toBe( HEADING );
		expect( sections[ 0 ]?.gadgets.map( ( g ) => g.name ) ).toEqual( parseGadgetsDefinition( text ).map( ( g ) => g.name ) );
	} );

	it( 'refuses a file with gadgets outside a section or defined twice', () => {
		expect( () => ownedSections( `${ TEAM }\n` ) ).toThrow( /not under a == section == heading/ );
		expect( () => ownedSections( `${ HEADING }\n${ TEAM }\n${ TEAM }\n` ) ).toThrow( /defined twice/ );
	} );
} );

describe( 'mergeDefinition on a page with 51 other gadgets', () => {
	it( 'replaces our outdated line, adds the missing one after it, and keeps every other byte', () => {
		expect( otherGadgets( REALISTIC ) ).toHaveLength( 51 );
		const result = mergeDefinition( REALISTIC, OWNED );
		expect( result.changed ).toBe( true );
		expect( result.text ).toBe( REALISTIC.replace( `${ OUTDATED_TEAM }\n`, `${ TEAM }\n${ CORE }\n` ) );
		expectOnlyOurLinesChanged( REALISTIC, result.text );
		expect( otherGadgets( result.text ) ).toEqual( otherGadgets( REALISTIC ) );
	} );

	it( 'ignores a copy of our line inside a comment', () => {
		expect( REALISTIC ).toContain( '<!-- Disabled until T123456 is fixed:\n* oldEditTools[ResourceLoader]|oldEditTools.js\n* crs-team[ResourceLoader]|crs-team.js\n-->' );
		const result = mergeDefinition( REALISTIC, OWNED );
		expect( result.text ).toContain( '* crs-team[ResourceLoader]|crs-team.js\n-->' );
	} );

	it( 'changes nothing when run on its own output', () => {
		const once = mergeDefinition( REALISTIC, OWNED ).text;
		const twice = mergeDefinition( once, OWNED );
		expect( twice.changed ).toBe( false );
		expect( twice.text ).toBe( once );
		expect( twice.notes ).toEqual( [] );
	} );

	it( 'appends our section at the end when it is missing, after a blank line', () => {
		const page = REALISTIC.replace( `== crs-team-gadgets ==\n${ OUTDATED_TEAM }\n\n`, '' );
		expect( page ).not.toContain( 'crs-team-gadgets' );
		const result = mergeDefinition( page, OWNED );
		expect( result.text ).toBe( `${ page }\n\n${ HEADING }\n${ TEAM }\n${ CORE }` );
		expectOnlyOurLinesChanged( page, result.text );
	} );

	it( 'adds our lines under our heading when the section is empty', () => {
		const page = REALISTIC.replace( `${ OUTDATED_TEAM }\n`, '' );
		const result = mergeDefinition( page, OWNED );
		expect( result.text ).toBe( page.replace( `${ HEADING }\n`, `${ HEADING }\n${ TEAM }\n${ CORE }\n` ) );
	} );

	it( 'handles our section at the end of the page, without a final line break', () => {
		const base = REALISTIC.replace( `== crs-team-gadgets ==\n${ OUTDATED_TEAM }\n\n`, '' );
		const page = `${ base }\n\n${ HEADING }\n${ OUTDATED_TEAM }`;
		const result = mergeDefinition( page, OWNED );
		expect( result.text ).toBe( `${ base }\n\n${ HEADING }\n${ TEAM }\n${ CORE }` );
		expectOnlyOurLinesChanged( page, result.text );
	} );

	it( 'keeps a final line break when the page has one', () => {
		const page = '== tools ==\n* a|a.js\n';
		expect( mergeDefinition( page, OWNED ).text ).toBe( `${ page }\n${ HEADING }\n${ TEAM }\n${ CORE }\n` );
	} );

	it( 'keeps CRLF line breaks and uses them for our lines', () => {
		const page = REALISTIC.replace( /\n/g, '\r\n' );
		const result = mergeDefinition( page, OWNED );
		expect( result.text ).toBe( page.replace( `${ OUTDATED_TEAM }\r\n`, `${ TEAM }\r\n${ CORE }\r\n` ) );
		expectOnlyOurLinesChanged( page, result.text );
		expect( mergeDefinition( result.text, OWNED ).changed ).toBe( false );
	} );

	it( 'leaves the page alone when our lines are up to date', () => {
		const page = REALISTIC.replace( `${ OUTDATED_TEAM }\n`, `${ TEAM }\n${ CORE }\n` );
		const result = mergeDefinition( page, OWNED );
		expect( result.changed ).toBe( false );
		expect( result.text ).toBe( page );
	} );

	it( 'keeps our lines where they are when their order differs, and inserts a missing one before its successor', () => {
		const page = `${ HEADING }\n${ CORE }\n* other|other.js`;
		const result = mergeDefinition( page, OWNED );
		expect( result.text ).toBe( `${ HEADING }\n${ TEAM }\n${ CORE }\n* other|other.js` );
	} );
} );

describe( 'mergeDefinition, small pages', () => {
	it( 'creates the whole text for an empty page', () => {
		expect( mergeDefinition( '', OWNED ) ).toEqual( {
			text: `${ HEADING }\n${ TEAM }\n${ CORE }`,
			changed: true,
			notes: []
		} );
	} );

	it( 'keeps a comment written after our outdated line', () => {
		const page = `${ HEADING }\n${ OUTDATED_TEAM } <!-- see talk page -->\n${ CORE }\n`;
		expect( mergeDefinition( page, OWNED ).text ).toBe( `${ HEADING }\n${ TEAM } <!-- see talk page -->\n${ CORE }\n` );
	} );

	it( 'accepts odd spacing in our heading and keeps it', () => {
		const page = `==crs-team-gadgets==  \n${ TEAM }\n`;
		expect( mergeDefinition( page, OWNED ).text ).toBe( `==crs-team-gadgets==  \n${ TEAM }\n${ CORE }\n` );
	} );

	it( 'treats our line with trailing spaces as up to date', () => {
		const page = `${ HEADING }\n${ TEAM }   \n${ CORE }`;
		expect( mergeDefinition( page, OWNED ).changed ).toBe( false );
	} );

	it( 'keeps a gadget in our section that our file does not define, with a note', () => {
		const page = `${ HEADING }\n${ TEAM }\n* crs-team-retired|crs-team-retired.js\n${ CORE }`;
		const result = mergeDefinition( page, OWNED );
		expect( result.changed ).toBe( false );
		expect( result.notes ).toEqual( [ expect.stringMatching( /line 3: gadget "crs-team-retired" in our section .* kept/ ) ] );
	} );

	it( 'keeps another section of the same page that has a similar name', () => {
		const page = '== crs-team-gadgets-extra ==\n* x|x.js\n';
		const result = mergeDefinition( page, OWNED );
		expect( result.text.startsWith( page ) ).toBe( true );
	} );
} );

describe( 'mergeDefinition refuses malformed or ambiguous pages', () => {
	/** The message of the DefinitionMergeError thrown for a page. */
	const refusal = ( page: string ): string => {
		try {
			mergeDefinition( page, OWNED );
		} catch ( e ) {
			if ( e instanceof DefinitionMergeError ) {
				return e.message;
			}
			throw e;
		}
		return 'merged without refusing';
	};

	it( 'our heading twice', () => {
		expect( refusal( `${ HEADING }\n${ TEAM }\n== other ==\n* a|a.js\n== crs-team-gadgets ==\n${ CORE }` ) ).toMatch( /our section "== crs-team-gadgets ==" appears 2 times \(lines 1, 5\)/ );
	} );

	it( 'one of our gadgets in another section', () => {
		expect( refusal( `== tools ==\n${ CORE }\n${ HEADING }\n${ TEAM }` ) ).toMatch( /our gadget "crs-team-core" is defined in section "tools" at line 2/ );
	} );

	it( 'one of our gadgets above the first heading', () => {
		expect( refusal( `${ TEAM }\n${ HEADING }\n${ CORE }` ) ).toMatch( /defined in no section \(above the first heading\) at line 1/ );
	} );

	it( 'one of our gadgets twice in our section', () => {
		expect( refusal( `${ HEADING }\n${ TEAM }\n${ CORE }\n${ OUTDATED_TEAM }` ) ).toMatch( /"crs-team" is defined twice in our section \(lines 2 and 4\)/ );
	} );

	it( 'a comment that is never closed', () => {
		expect( refusal( `== tools ==\n* a|a.js\n<!-- oops\n${ HEADING }\n${ TEAM }` ) ).toMatch( /line 3 opens a comment/ );
	} );

	it( 'a broken line naming one of our gadgets', () => {
		expect( refusal( `${ HEADING }\n${ TEAM }\n* crs-team-core[ResourceLoader]\n` ) ).toMatch( /line 3 .* looks like a definition of our gadget "crs-team-core"/ );
	} );

	it( 'a broken heading with our section name', () => {
		expect( refusal( `== crs-team-gadgets\n${ TEAM }\n` ) ).toMatch( /line 1 .* looks like the heading of our section/ );
	} );

	it( 'a comment spanning lines on our outdated line', () => {
		expect( refusal( `${ HEADING }\n${ OUTDATED_TEAM } <!-- note\ncontinued -->\n${ CORE }` ) ).toMatch( /spans several lines/ );
	} );

	it( 'and the refusal names the page', () => {
		expect( refusal( `${ HEADING }\n${ HEADING }` ) ).toMatch( /^MediaWiki:Gadgets-definition: / );
	} );
} );
