/**
 * The build stamp: the commit every built script and style sheet names in its
 * header ("Built from commit 0123456789." or "… with uncommitted changes."),
 * written by the build and checked by the deploy's preflight. One home for
 * its format, the paths that count as the build's inputs, and reading it
 * from git and from a built page.
 */
import { execFileSync } from 'child_process';

/** The paths the build reads: uncommitted changes here make the stamp say so. */
export const BUILD_PATHS: readonly string[] = [ 'src', 'i18n', 'build', 'Gadgets-definition.txt', 'package.json' ];

/** How many hex digits of the commit hash the stamp shows. */
export const STAMP_HASH_LENGTH = 10;

/** What the stamp records. */
export interface BuildState {
	/** Short hash of HEAD ({@link STAMP_HASH_LENGTH} digits). */
	readonly head: string;
	/** Whether the build's inputs have uncommitted changes. */
	readonly dirty: boolean;
}

function git( root: string, args: readonly string[] ): string {
	return execFileSync( 'git', args, { cwd: root, stdio: [ 'ignore', 'pipe', 'pipe' ], encoding: 'utf8' } ).trim();
}

/**
 * HEAD and whether the build's inputs in `root` have uncommitted changes.
 *
 * @param root The repository's folder
 */
export function readBuildState( root: string ): BuildState {
	return {
		head: git( root, [ 'rev-parse', `--short=${ STAMP_HASH_LENGTH }`, 'HEAD' ] ),
		dirty: git( root, [ 'status', '--porcelain', '--untracked-files=no', '--', ...BUILD_PATHS ] ) !== ''
	};
}

/**
 * The stamp's text: `0123456789` or `0123456789 with uncommitted changes`.
 *
 * @param state
 */
export function formatStamp( state: BuildState ): string {
	return state.dirty ? `${ state.head } with uncommitted changes` : state.head;
}

/**
 * The header comment of a built script or style sheet.
 *
 * @param project The package's name and version, e.g. `crs-team-gadgets 0.1.0`
 * @param gadget The gadget's name
 * @param stamp From {@link formatStamp}, or `unknown commit` outside git
 */
export function stampHeader( project: string, gadget: string, stamp: string ): string {
	return [
		'/**',
		` * ${ project }: gadget "${ gadget }".`,
		` * Built from commit ${ stamp }. Do not edit this page by hand:`,
		' * change the source in the project\'s repository and deploy.',
		' */'
	].join( '\n' );
}

/**
 * The stamp a built script or style sheet names in its header, or null.
 *
 * @param text The built page
 */
export function builtFromCommit( text: string ): string | null {
	const m = /Built from commit ([^.\n]+)\./.exec( text );
	return m && m[ 1 ] ? m[ 1 ].trim() : null;
}
