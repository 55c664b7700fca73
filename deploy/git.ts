/**
 * What the deploy needs to know from git: HEAD, uncommitted changes, and the
 * commit subjects since the last deploy of a page.
 */
import { execFileSync } from 'child_process';
import { BUILD_PATHS, readBuildState, STAMP_HASH_LENGTH } from '../build/stamp';

/** Paths whose history goes into the summaries of gadget pages and the definition. */
export const GADGET_PATHS = [ 'src', 'i18n', 'build', 'Gadgets-definition.txt' ];
/** Paths whose history goes into the summaries of data pages. */
export const DATA_PATHS = [ 'data' ];
/** Paths that must be clean (tracked and untracked) to deploy without --allow-dirty. */
const DEPLOY_PATHS = [ ...BUILD_PATHS, 'data', 'deploy', 'package-lock.json' ];

function git( root: string, args: readonly string[] ): string {
	return execFileSync( 'git', args, { cwd: root, stdio: [ 'ignore', 'pipe', 'pipe' ], encoding: 'utf8' } );
}

/** Short hash of HEAD, as the build stamp shows it (see build/stamp.ts). */
export function headCommit( root: string ): string {
	return git( root, [ 'rev-parse', `--short=${ STAMP_HASH_LENGTH }`, 'HEAD' ] ).trim();
}

/** Whether the build would stamp its output "with uncommitted changes". */
export function buildIsDirty( root: string ): boolean {
	return readBuildState( root ).dirty;
}

/** Uncommitted changes (including new files) that a deploy must not publish silently. */
export function uncommittedChanges( root: string ): string[] {
	return git( root, [ 'status', '--porcelain', '--untracked-files=all', '--', ...DEPLOY_PATHS ] )
		.split( '\n' ).filter( Boolean );
}

/** Whether `sha` names a commit of this repository. */
export function isKnownCommit( root: string, sha: string ): boolean {
	try {
		git( root, [ 'rev-parse', '--verify', '--quiet', `${ sha }^{commit}` ] );
		return true;
	} catch {
		return false;
	}
}

/**
 * Subjects of the commits after `since` up to HEAD that touch `paths`,
 * newest first; null when `since` is not a commit we know.
 *
 * @param root Repository folder
 * @param since A commit hash (full or short)
 * @param paths Paths to limit the log to
 * @return Subjects, or null
 */
export function subjectsSince( root: string, since: string, paths: readonly string[] ): string[] | null {
	if ( !isKnownCommit( root, since ) ) {
		return null;
	}
	return git( root, [ 'log', '--format=%s', `${ since }..HEAD`, '--', ...paths ] )
		.split( '\n' ).filter( Boolean );
}
