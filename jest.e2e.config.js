'use strict';

/**
 * End-to-end tests: a real MediaWiki 1.43 per test file, our deploy command,
 * Debian's Chromium through playwright-core (`npm run test:e2e`). The
 * harness is test/e2e/support/; globalSetup checks the system packages and
 * builds gadgets/ once.
 */
module.exports = {
	testEnvironment: 'node',
	roots: [ '<rootDir>/test/e2e' ],
	testMatch: [ '**/*.e2e.test.ts' ],
	globalSetup: '<rootDir>/test/e2e/support/global-setup.ts',
	transform: {
		'^.+\\.ts$': '<rootDir>/build/jest-transform.js'
	},
	moduleFileExtensions: [ 'ts', 'js', 'json' ],
	testTimeout: 120000,
	// Each file runs its own wiki and browser; two at a time suit a 2-core machine.
	maxWorkers: 2
};
