'use strict';

/**
 * Integration tests against a real local MediaWiki (test/wiki/wiki.ts starts a
 * fresh one per test file): `npm run test:wiki`. Kept apart from the unit
 * suite (jest.config.js), which needs no wiki.
 */
module.exports = {
	testEnvironment: 'node',
	roots: [ '<rootDir>/test/wiki' ],
	testMatch: [ '**/*.test.ts' ],
	transform: {
		'^.+\\.ts$': '<rootDir>/build/jest-transform.js'
	},
	moduleFileExtensions: [ 'ts', 'js', 'json' ],
	testTimeout: 120000,
	// Each test file runs its own wiki; two at a time suit a 2-core machine.
	maxWorkers: 2
};
