/**
 * Merges our section of Gadgets-definition.txt into the text of a wiki's
 * MediaWiki:Gadgets-definition page. Pure.
 *
 * We own the sections our file defines and our gadget lines in them, nothing
 * else: every other line, section, comment and blank line of the page is kept
 * byte for byte. Our lines are replaced where outdated and added under our
 * heading where missing; a missing section is appended at the end of the page.
 * A page we cannot merge safely (our heading twice, one of our gadgets defined
 * in another section, an unclosed comment, a broken line naming one of our
 * gadgets) is refused with a DefinitionMergeError naming the line to fix.
 *
 * Lines are read as the Gadgets extension reads them (comments removed, the
 * parser of build/gadgets-definition.ts), and every merge result is re-parsed
 * and checked: other gadgets unchanged, ours exactly as in our file.
 */
import { GadgetDefinition, parseGadgetsDefinition, parseSectionHeading } from '../build/gadgets-definition';
import {
	COMMENT_RE, DefinitionMergeError, joinLines, Line, LineInfo, lineNumber, PageGadget, PageModel, readPage, splitLines
} from './definition-page';

export { DEFINITION_PAGE, DefinitionMergeError } from './definition-page';

/** A section of our Gadgets-definition.txt. */
export interface OwnedSection {
	/** Section name, e.g. `crs-team-gadgets`. */
	readonly name: string;
	/** The heading line as written in our file. */
	readonly heading: string;
	/** Our gadgets in this section, in file order. */
	readonly gadgets: readonly GadgetDefinition[];
}

export interface MergeResult {
	/** The page text to save. */
	readonly text: string;
	/** Whether `text` differs from the page. */
	readonly changed: boolean;
	/** Things the deployer should know, e.g. unknown lines kept in our section. */
	readonly notes: readonly string[];
}

/**
 * The sections and gadget lines of our Gadgets-definition.txt.
 *
 * @param text Contents of Gadgets-definition.txt
 * @return One entry per section, in file order
 */
export function ownedSections( text: string ): OwnedSection[] {
	const gadgets = parseGadgetsDefinition( text );
	if ( !gadgets.length ) {
		throw new Error( 'Gadgets-definition.txt defines no gadget' );
	}
	const headings = new Map<string, string>();
	for ( const line of text.replace( COMMENT_RE, '' ).split( /\r\n|\r|\n/ ) ) {
		const name = parseSectionHeading( line );
		if ( name !== null ) {
			if ( headings.has( name ) ) {
				throw new Error( `Gadgets-definition.txt: section "${ name }" appears twice` );
			}
			headings.set( name, line );
		}
	}
	const seen = new Set<string>();
	for ( const gadget of gadgets ) {
		if ( !gadget.section ) {
			throw new Error( `Gadgets-definition.txt: gadget "${ gadget.name }" is not under a == section == heading` );
		}
		if ( seen.has( gadget.name ) ) {
			throw new Error( `Gadgets-definition.txt: gadget "${ gadget.name }" is defined twice` );
		}
		seen.add( gadget.name );
	}
	const sections: OwnedSection[] = [];
	for ( const [ name, heading ] of headings ) {
		const own = gadgets.filter( ( g ) => g.section === name );
		if ( own.length ) {
			sections.push( { name, heading, gadgets: own } );
		}
	}
	return sections;
}

/** Refuses lines that look like ours but that the Gadgets extension would ignore. */
function checkLookalikes( lines: readonly Line[], page: PageModel, owned: readonly OwnedSection[] ): void {
	const parsed = new Set<Line>( page.gadgets.map( ( g ) => g.line ) );
	const headings = new Set<Line>( page.sections.map( ( s ) => s.heading ) );
	for ( const line of lines ) {
		const info = page.infos.get( line ) as LineInfo;
		if ( parsed.has( line ) || headings.has( line ) ) {
			continue;
		}
		const live = info.live.trim();
		for ( const section of owned ) {
			if ( /^=/.test( live ) && live.replace( /^=+|=+$/g, '' ).trim() === section.name ) {
				throw new DefinitionMergeError( `line ${ lineNumber( lines, line ) } ("${ live }") looks like the heading of our section "${ section.name }" but is not a valid heading. Fix it by hand, then deploy again.` );
			}
			const bulleted = /^\*+ */.exec( live );
			const rest = bulleted ? live.slice( bulleted[ 0 ].length ) : '';
			for ( const gadget of section.gadgets ) {
				// The extension reads spaces in names as underscores.
				const named = [ gadget.name, gadget.name.replace( /_/g, ' ' ) ].some( ( name ) => rest.startsWith( name ) && /^(?:[\s[|]|$)/.test( rest.slice( name.length ) ) );
				if ( bulleted && named ) {
					throw new DefinitionMergeError( `line ${ lineNumber( lines, line ) } ("${ live }") looks like a definition of our gadget "${ gadget.name }" but the Gadgets extension cannot read it. Fix or remove it by hand, then deploy again.` );
				}
			}
		}
	}
}

function insertAfter( lines: Line[], anchor: Line, line: Line, eol: string ): void {
	const index = lines.indexOf( anchor );
	line.eol = anchor.eol;
	if ( anchor.eol === '' ) {
		anchor.eol = eol;
	}
	lines.splice( index + 1, 0, line );
}

function insertBefore( lines: Line[], anchor: Line, line: Line, eol: string ): void {
	line.eol = eol;
	lines.splice( lines.indexOf( anchor ), 0, line );
}

function requireSingleLineComments( lines: readonly Line[], page: PageModel, line: Line, what: string ): void {
	const info = page.infos.get( line );
	// Lines we inserted have no info and no comments.
	if ( info && info.multiLineComment ) {
		throw new DefinitionMergeError( `line ${ lineNumber( lines, line ) } (${ what }) shares a line with a comment that spans several lines; we cannot edit it safely. Move the comment to lines of its own, then deploy again.` );
	}
}

function mergeSection( lines: Line[], page: PageModel, section: OwnedSection, eol: string, endsWithEol: boolean, notes: string[] ): void {
	const found = page.sections.filter( ( s ) => s.name === section.name );
	if ( found.length > 1 ) {
		throw new DefinitionMergeError( `our section "== ${ section.name } ==" appears ${ found.length } times (lines ${ found.map( ( s ) => lineNumber( lines, s.heading ) ).join( ', ' ) }). Merge them by hand, then deploy again.` );
	}
	const ourNames = new Set( section.gadgets.map( ( g ) => g.name ) );
	for ( const gadget of page.gadgets ) {
		if ( ourNames.has( gadget.definition.name ) && gadget.definition.section !== section.name ) {
			const where = gadget.definition.section ? `section "${ gadget.definition.section }"` : 'no section (above the first heading)';
			throw new DefinitionMergeError( `our gadget "${ gadget.definition.name }" is defined in ${ where } at line ${ lineNumber( lines, gadget.line ) }, not in our section "${ section.name }". Remove or move that line by hand, then deploy again.` );
		}
	}

	const pageSection = found[ 0 ];
	if ( !pageSection ) {
		const block: Line[] = [ section.heading, ...section.gadgets.map( ( g ) => g.line ) ].map( ( text ) => ( { text, eol } ) );
		const last = lines[ lines.length - 1 ];
		if ( last ) {
			if ( last.eol === '' ) {
				last.eol = eol;
			}
			if ( last.text.trim() !== '' ) {
				block.unshift( { text: '', eol } );
			}
		}
		const blockEnd = block[ block.length - 1 ] as Line;
		blockEnd.eol = endsWithEol ? eol : '';
		lines.push( ...block );
		return;
	}

	const inSection = page.gadgets.filter( ( g ) => g.definition.section === section.name && pageSection.body.includes( g.line ) );
	const present = new Map<string, PageGadget>();
	for ( const gadget of inSection ) {
		const name = gadget.definition.name;
		if ( ourNames.has( name ) ) {
			const other = present.get( name );
			if ( other ) {
				throw new DefinitionMergeError( `our gadget "${ name }" is defined twice in our section (lines ${ lineNumber( lines, other.line ) } and ${ lineNumber( lines, gadget.line ) }). Remove one by hand, then deploy again.` );
			}
			present.set( name, gadget );
		} else {
			notes.push( `line ${ lineNumber( lines, gadget.line ) }: gadget "${ name }" in our section "${ section.name }" is not in Gadgets-definition.txt; kept as it is (remove it by hand if it is retired)` );
		}
	}

	// Outdated lines: replaced in place, keeping comments written on the line.
	for ( const gadget of section.gadgets ) {
		const existing = present.get( gadget.name );
		if ( existing && existing.info.live.trimEnd() !== gadget.line.trimEnd() ) {
			requireSingleLineComments( lines, page, existing.line, `our gadget "${ gadget.name }"` );
			existing.line.text = [ gadget.line, ...existing.info.comments ].join( ' ' );
		}
	}

	// Missing lines: next to their neighbours in our file, else at the end of the section's gadget lines.
	const placed: ( Line | null )[] = section.gadgets.map( ( g ) => {
		const existing = present.get( g.name );
		return existing ? existing.line : null;
	} );
	section.gadgets.forEach( ( gadget, i ) => {
		if ( placed[ i ] ) {
			return;
		}
		const line: Line = { text: gadget.line, eol };
		const before = placed.slice( 0, i ).filter( Boolean ).pop();
		const after = placed.slice( i + 1 ).find( Boolean );
		if ( before ) {
			requireSingleLineComments( lines, page, before, 'the line after which ours goes' );
			insertAfter( lines, before, line, eol );
		} else if ( after ) {
			insertBefore( lines, after, line, eol );
		} else {
			const lastOurs = inSection[ inSection.length - 1 ];
			const anchor = lastOurs ? lastOurs.line : pageSection.heading;
			requireSingleLineComments( lines, page, anchor, 'the line after which ours goes' );
			insertAfter( lines, anchor, line, eol );
		}
		placed[ i ] = line;
	} );
}

function gadgetKey( g: GadgetDefinition ): string {
	return `${ g.section }\n${ g.line.trimEnd() }`;
}

/** Re-parses the result as the extension will and checks nothing but our lines moved. */
function verify( before: string, after: string, owned: readonly OwnedSection[] ): void {
	const ours = new Set<string>();
	for ( const section of owned ) {
		for ( const gadget of section.gadgets ) {
			ours.add( gadget.name );
		}
	}
	const othersBefore = parseGadgetsDefinition( before ).filter( ( g ) => !ours.has( g.name ) ).map( gadgetKey );
	const parsedAfter = parseGadgetsDefinition( after );
	const othersAfter = parsedAfter.filter( ( g ) => !ours.has( g.name ) ).map( gadgetKey );
	if ( othersBefore.join( '\n\n' ) !== othersAfter.join( '\n\n' ) ) {
		throw new DefinitionMergeError( 'merging our lines would change how other gadgets are read (probably a comment or line break in an unusual place next to our lines). Nothing was saved; edit our section by hand.' );
	}
	const oursAfter = parsedAfter.filter( ( g ) => ours.has( g.name ) ).map( gadgetKey ).sort();
	const expected: string[] = [];
	for ( const section of owned ) {
		for ( const gadget of section.gadgets ) {
			expected.push( gadgetKey( gadget ) );
		}
	}
	expected.sort();
	if ( oursAfter.join( '\n\n' ) !== expected.join( '\n\n' ) ) {
		throw new DefinitionMergeError( 'after merging, our gadgets would not read as in Gadgets-definition.txt (probably a comment or line break in an unusual place in our section). Nothing was saved; edit our section by hand.' );
	}
}

/**
 * Merges our sections into the definition page's text.
 *
 * @param page Current text of MediaWiki:Gadgets-definition ('' when the page does not exist)
 * @param owned Our sections (see ownedSections())
 * @return The text to save, whether it changed, and notes for the deployer
 * @throws {DefinitionMergeError} when the page is malformed or ambiguous
 */
export function mergeDefinition( page: string, owned: readonly OwnedSection[] ): MergeResult {
	const eolMatch = /\r\n|\r|\n/.exec( page );
	const eol = eolMatch ? eolMatch[ 0 ] : '\n';
	const endsWithEol = /[\r\n]$/.test( page );
	const notes: string[] = [];
	const lines = splitLines( page );
	const model = readPage( page, lines );
	checkLookalikes( lines, model, owned );
	for ( const section of owned ) {
		mergeSection( lines, model, section, eol, endsWithEol, notes );
	}
	const text = joinLines( lines );
	verify( page, text, owned );
	return { text, changed: text !== page, notes };
}
