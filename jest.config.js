'use strict';

/** Jest runs the TypeScript sources through esbuild (see build/jest-transform.js). */
module.exports = {
	testEnvironment: 'node',
	roots: [ '<rootDir>/test' ],
	testMatch: [ '**/*.test.ts' ],
	testPathIgnorePatterns: [ '/node_modules/', '/test/e2e/', '/test/wiki/' ],
	transform: {
		'^.+\\.ts$': '<rootDir>/build/jest-transform.js'
	},
	moduleFileExtensions: [ 'ts', 'js', 'json' ]
};
