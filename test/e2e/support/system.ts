/**
 * Checks that the machine has what the suite needs, before anything starts,
 * so a missing package fails with one clear message instead of a timeout.
 */
import * as fs from 'fs';
import { chromiumPath } from '../browser';

const MEDIAWIKI_DIR = '/usr/share/mediawiki';
const INSTALL_HINT = 'Run scripts/install-system-deps.sh (as root or with sudo) to install them.';

/**
 * @return Problems found, one line each; empty when everything is there
 */
export function missingSystemDeps(): string[] {
	const missing: string[] = [];
	try {
		chromiumPath();
	} catch {
		missing.push( 'Chromium (Debian package chromium, or CHROMIUM_PATH)' );
	}
	if ( !fs.existsSync( `${ MEDIAWIKI_DIR }/maintenance/run.php` ) ) {
		missing.push( `MediaWiki 1.43 (Debian package mediawiki, in ${ MEDIAWIKI_DIR })` );
	}
	const php = ( process.env.PATH || '' ).split( ':' ).some( ( dir ) => fs.existsSync( `${ dir }/php` ) );
	if ( !php ) {
		missing.push( 'PHP 8.2 (Debian package php-cli)' );
	}
	return missing;
}

/** Throws naming every missing package and the script that installs them. */
export function assertSystemDeps(): void {
	const missing = missingSystemDeps();
	if ( missing.length ) {
		throw new Error( `The end-to-end tests need:\n  ${ missing.join( '\n  ' ) }\n${ INSTALL_HINT }` );
	}
}
