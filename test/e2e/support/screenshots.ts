/**
 * Full-page screenshots into artifacts/e2e/ (kept by CI as artefacts).
 */
import * as fs from 'fs';
import * as path from 'path';
import { Page } from 'playwright-core';
import { ARTIFACTS_DIR } from './paths';

/**
 * @param page
 * @param name File name without extension, e.g. `vector-2022-night`
 * @return The file written
 */
export async function saveScreenshot( page: Page, name: string ): Promise<string> {
	fs.mkdirSync( ARTIFACTS_DIR, { recursive: true } );
	const file = path.join( ARTIFACTS_DIR, `${ name }.png` );
	await page.screenshot( { path: file, fullPage: true, animations: 'disabled' } );
	return file;
}
