/**
 * Reads MediaWiki:Gadgets-definition text the way the Gadgets extension
 * (MediaWikiGadgetsDefinitionRepo, MediaWiki 1.43) does: comments removed,
 * `== section ==` headings, `* name[options]|page|page` lines.
 *
 * Pure: used by the build (externals, page list), the deploy command and tests.
 */

export interface GadgetDefinition {
	readonly name: string;
	readonly section: string;
	/** The line as written. */
	readonly line: string;
	/** Option name → values (`[]` for a flag such as `package`). */
	readonly options: ReadonlyMap<string, readonly string[]>;
	/** Page names without the `MediaWiki:Gadget-` prefix, e.g. `crs-team.js`. */
	readonly pages: readonly string[];
}

const SECTION_RE = /^==+ *([^*:\s|]+)\s*(?<!=)==+\s*$/;
// The Gadgets extension's own pattern. Linear despite the nested `+`: every
// repetition of (\|[^|]*) starts with the one character the rest cannot match.
// eslint-disable-next-line security/detect-unsafe-regex
const LINE_RE = /^\*+ *([a-zA-Z](?:[-_:.\w ]*[a-zA-Z0-9])?)(\s*\[.*?\])?\s*((\|[^|]*)+)\s*$/;

/** The section name of a `== name ==` heading line; `null` when the line is not one. */
export function parseSectionHeading( line: string ): string | null {
	const m = SECTION_RE.exec( line );
	return m && m[ 1 ] !== undefined ? m[ 1 ] : null;
}

/** Parses one gadget line; `null` when the Gadgets extension would ignore it. */
export function parseGadgetLine( line: string, section: string ): GadgetDefinition | null {
	const m = LINE_RE.exec( line );
	if ( !m || m[ 1 ] === undefined || m[ 3 ] === undefined ) {
		return null;
	}
	const name = m[ 1 ].replace( / /g, '_' );
	const options = new Map<string, string[]>();
	const optionText = ( m[ 2 ] || '' ).trim().replace( /^\[|\]$/g, '' ).trim();
	for ( const option of optionText.split( /\s*\|\s*/ ) ) {
		if ( !option ) {
			continue;
		}
		const eq = option.search( /\s*=\s*/ );
		if ( eq === -1 ) {
			options.set( option, [] );
		} else {
			const key = option.slice( 0, eq );
			const value = option.slice( eq ).replace( /^\s*=\s*/, '' );
			options.set( key, value.split( ',' ).map( ( v ) => v.trim() ) );
		}
	}
	const pages = m[ 3 ].split( /\s*\|\s*/ ).map( ( p ) => p.trim() ).filter( Boolean );
	return { name, section, line, options, pages };
}

/**
 * Every gadget the page defines, in order, as the Gadgets extension reads it.
 *
 * @param text
 */
export function parseGadgetsDefinition( text: string ): GadgetDefinition[] {
	const withoutComments = text.replace( /<!--[\s\S]*?-->/g, '' );
	const gadgets: GadgetDefinition[] = [];
	let section = '';
	for ( const line of withoutComments.split( /(?:\r\n|\r|\n)+/ ) ) {
		const heading = parseSectionHeading( line );
		if ( heading !== null ) {
			section = heading;
			continue;
		}
		const gadget = parseGadgetLine( line, section );
		if ( gadget ) {
			gadgets.push( gadget );
		}
	}
	return gadgets;
}

/**
 * The ResourceLoader modules a gadget depends on (the build keeps them external).
 *
 * @param gadget
 */
export function dependenciesOf( gadget: GadgetDefinition ): readonly string[] {
	return gadget.options.get( 'dependencies' ) || [];
}

/**
 * Section names used by the definition, in order of first appearance.
 *
 * @param gadgets
 */
export function sectionsOf( gadgets: readonly GadgetDefinition[] ): string[] {
	const seen: string[] = [];
	for ( const g of gadgets ) {
		if ( g.section && !seen.includes( g.section ) ) {
			seen.push( g.section );
		}
	}
	return seen;
}
