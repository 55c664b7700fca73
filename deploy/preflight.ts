/**
 * Checks the built pages must pass before anything is published. Pure.
 */
import { findForbiddenWikitext, findSyntaxAbove, NOWIKI_OPEN, unwrap } from '../build/checks';
import { GadgetDefinition } from '../build/gadgets-definition';
import { BuildState, builtFromCommit, formatStamp } from '../build/stamp';

/** Kept here for the deploy's tests and callers: the stamp itself lives in build/stamp.ts. */
export { builtFromCommit } from '../build/stamp';

/**
 * Problems of one built page: signature tildes, `{{subst:` and `</nowiki>`
 * (which a save would expand or which would end our nowiki wrapper) in
 * scripts and styles, syntax above ES2016 in scripts, `~~~~` and `{{subst:`
 * in wikitext pages (a save would expand them, so every deploy would differ),
 * invalid JSON in JSON pages.
 *
 * @param file File name in gadgets/, e.g. `Gadget-crs-team.js`
 * @param text Its contents
 * @return Messages naming the line, empty when the page is fine
 */
export function checkBuiltPage( file: string, text: string ): string[] {
	const problems: string[] = [];
	if ( /\.json$/.test( file ) ) {
		try {
			JSON.parse( text );
		} catch ( e ) {
			problems.push( `not valid JSON: ${ ( e as Error ).message }` );
		}
		return problems;
	}
	const isCode = /\.(js|css)$/.test( file );
	// unwrap() starts on the line of the opening marker: count page lines from there.
	const marker = isCode ? text.indexOf( NOWIKI_OPEN ) : -1;
	const offset = marker === -1 ? 0 : text.slice( 0, marker ).split( '\n' ).length - 1;
	for ( const p of findForbiddenWikitext( isCode ? unwrap( text ) : text ) ) {
		if ( isCode || !p.message.includes( '</nowiki>' ) ) {
			problems.push( `line ${ p.line + offset }: ${ p.message }` );
		}
	}
	if ( /\.js$/.test( file ) ) {
		const syntax = findSyntaxAbove( text, 2016 );
		if ( syntax ) {
			problems.push( `line ${ syntax.line }: ${ syntax.message }` );
		}
	}
	return problems;
}

/**
 * The files in gadgets/ that our definition needs: each gadget's pages and
 * description message, and each section's name message.
 *
 * @param gadgets Our gadgets (from Gadgets-definition.txt)
 * @return File names, e.g. `Gadget-crs-team.js`
 */
export function requiredFiles( gadgets: readonly GadgetDefinition[] ): string[] {
	const files: string[] = [];
	const add = ( f: string ): void => {
		if ( !files.includes( f ) ) {
			files.push( f );
		}
	};
	for ( const gadget of gadgets ) {
		for ( const page of gadget.pages ) {
			add( `Gadget-${ page }` );
		}
		add( `Gadget-${ gadget.name }` );
		add( `Gadget-section-${ gadget.section }` );
	}
	return files;
}

/**
 * Problems with gadgets/ as a whole: missing pages, pages built from another
 * commit than HEAD (run `npm run build`), pages that fail checkBuiltPage().
 *
 * @param files File name → contents of every page file in gadgets/
 * @param gadgets Our gadgets
 * @param state HEAD and whether the tree is dirty
 * @return Messages naming the file, empty when ready to publish
 */
export function checkBuild( files: ReadonlyMap<string, string>, gadgets: readonly GadgetDefinition[], state: BuildState ): string[] {
	const problems: string[] = [];
	for ( const file of requiredFiles( gadgets ) ) {
		if ( !files.has( file ) ) {
			problems.push( `gadgets/${ file } is missing (run npm run build)` );
		}
	}
	const expected = formatStamp( state );
	for ( const [ file, text ] of files ) {
		for ( const p of checkBuiltPage( file, text ) ) {
			problems.push( `gadgets/${ file }: ${ p }` );
		}
		if ( /\.(js|css)$/.test( file ) ) {
			const commit = builtFromCommit( text );
			if ( commit !== expected ) {
				problems.push( `gadgets/${ file } was built from ${ commit ? `"${ commit }"` : 'an unknown commit' }, not "${ expected }" (run npm run build)` );
			}
		}
	}
	return problems;
}
