/**
 * The project's own files, as git knows them, for tests that check the
 * project's layout and documentation against the tree.
 */
import { execFileSync } from 'child_process';
import * as path from 'path';

export const repoRoot = path.resolve( __dirname, '../..' );

/** Every tracked or new (not ignored) file, relative to the repository root, with `/`. */
export function repoFiles(): string[] {
	const out = execFileSync(
		'git', [ 'ls-files', '--cached', '--others', '--exclude-standard', '-z' ],
		{ cwd: repoRoot, encoding: 'utf8' }
	);
	return out.split( '\0' ).filter( ( file ) => file !== '' );
}
