/**
 * Starts Debian's Chromium through playwright-core (no browser download):
 * headless, no background networking, a fresh profile every time.
 */
import * as fs from 'fs';
import { Browser, chromium, LaunchOptions } from 'playwright-core';

const CANDIDATES = [ process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome' ];

export function chromiumPath(): string {
	const found = CANDIDATES.find( ( p ): p is string => !!p && fs.existsSync( p ) );
	if ( !found ) {
		throw new Error( 'No Chromium found: install Debian\'s chromium (scripts/install-system-deps.sh) or set CHROMIUM_PATH' );
	}
	return found;
}

export function launchChromium( options: LaunchOptions = {} ): Promise<Browser> {
	return chromium.launch( {
		executablePath: chromiumPath(),
		headless: true,
		args: [
			'--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
			'--disable-background-networking', '--disable-component-update', '--disable-sync',
			'--disable-dev-shm-usage'
		],
		...options
	} );
}
