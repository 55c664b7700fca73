/**
 * test/ mirrors the source: each folder of src/ (and the build, deploy and
 * preview tools) has its own test folder, so a newcomer finds a module's
 * tests where the module is.
 */
import { repoFiles } from './repo-files';

const files = repoFiles();

function foldersUnder( root: string ): string[] {
	return Array.from( new Set( files
		.filter( ( file ) => file.startsWith( `${ root }/` ) && file.split( '/' ).length > 2 )
		.map( ( file ) => file.split( '/' )[ 1 ] as string ) ) ).sort();
}

const sourceFolders = [
	...foldersUnder( 'src' ).filter( ( folder ) => folder !== 'lua' ),
	'build', 'deploy', 'preview'
];

describe( 'test layout', () => {
	it.each( sourceFolders )( '%s has a test folder of the same name with tests in it', ( folder ) => {
		const tests = files.filter( ( file ) => file.startsWith( `test/${ folder }/` ) && file.endsWith( '.test.ts' ) );
		expect( tests ).not.toEqual( [] );
	} );

	it( 'has no test folder that mirrors nothing', () => {
		// Suites across the source: the wiki, the browser, hostile data, these rules.
		const harness = [ 'e2e', 'wiki', 'hostile', 'fixtures', 'support', 'project' ];
		const strays = foldersUnder( 'test' ).filter( ( folder ) => !sourceFolders.includes( folder ) && !harness.includes( folder ) );
		expect( strays ).toEqual( [] );
	} );
} );
