/**
 * Jest globalSetup of the end-to-end suite (jest.e2e.config.js): runs once
 * before all test files. It checks the system packages and builds gadgets/
 * from the current tree, so every file deploys the code as it is now (the
 * deploy command then confirms the build matches the tree). Building once
 * here, not per file, keeps parallel files from writing gadgets/ at once.
 * Screenshots of an earlier run are removed, so artifacts/e2e/ shows this run.
 */
import * as fs from 'fs';
import { buildGadgets } from '../../wiki/build-gadgets';
import { ARTIFACTS_DIR } from './paths';
import { assertSystemDeps } from './system';

export default async function globalSetup(): Promise<void> {
	assertSystemDeps();
	fs.rmSync( ARTIFACTS_DIR, { recursive: true, force: true } );
	fs.mkdirSync( ARTIFACTS_DIR, { recursive: true } );
	await buildGadgets();
}
