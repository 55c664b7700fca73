import { DEFAULT_DATA_FILE, DEFAULT_DATA_TITLE, parseCommandLine } from '../../deploy/cli';
import { credentialsFromEnv, redact, secretsOf } from '../../deploy/credentials';

describe( 'parseCommandLine', () => {
	it( 'reads the options', () => {
		expect( parseCommandLine( [ '--api', 'https://test.wikipedia.org/w/api.php', '--dry-run', '--data' ] ) ).toEqual( {
			options: {
				apiUrl: 'https://test.wikipedia.org/w/api.php',
				dryRun: true,
				create: false,
				allowDirty: false,
				data: { title: DEFAULT_DATA_TITLE, file: DEFAULT_DATA_FILE },
				teamPage: undefined
			}
		} );
		const parsed = parseCommandLine( [ '--api=http://127.0.0.1:8080/api.php', '--create', '--allow-dirty', '--data', '--data-title', 'Module:X/data.json',
			'--data-file', 'test/fixtures/x.json', '--team-page-title', 'CRS', '--team-page-file', 'x.wikitext' ] );
		expect( parsed ).toEqual( {
			options: {
				apiUrl: 'http://127.0.0.1:8080/api.php',
				dryRun: false,
				create: true,
				allowDirty: true,
				data: { title: 'Module:X/data.json', file: 'test/fixtures/x.json' },
				teamPage: { title: 'CRS', file: 'x.wikitext' }
			}
		} );
	} );

	it( 'refuses bad input with a message', () => {
		expect( parseCommandLine( [] ) ).toEqual( { error: '--api is required' } );
		expect( parseCommandLine( [ '--api', 'https://meta.wikimedia.org/wiki/Main_Page' ] ) ).toEqual( { error: expect.stringMatching( /must be the URL of the wiki's api.php/ ) } );
		expect( parseCommandLine( [ '--api', 'x' ] ) ).toEqual( { error: '--api: not a URL: x' } );
		expect( parseCommandLine( [ '--api', 'https://w/api.php', '--data-title', 'X' ] ) ).toEqual( { error: '--data-title and --data-file need --data' } );
		expect( parseCommandLine( [ '--api', 'https://w/api.php', '--force' ] ) ).toEqual( { error: expect.stringMatching( /--force/ ) } );
		expect( parseCommandLine( [ '--help' ] ) ).toEqual( { help: true } );
	} );
} );

describe( 'credentialsFromEnv', () => {
	it( 'reads a bot password or an OAuth 2 token', () => {
		expect( credentialsFromEnv( { MW_USERNAME: 'Example@deploy', MW_PASSWORD: 'secretsecret' }, false ) )
			.toEqual( { credentials: { kind: 'botpassword', username: 'Example@deploy', password: 'secretsecret' } } );
		expect( credentialsFromEnv( { MW_OAUTH2_TOKEN: 'tokentoken' }, false ) ).toEqual( { credentials: { kind: 'oauth2', token: 'tokentoken' } } );
		expect( credentialsFromEnv( {}, false ) ).toEqual( { credentials: null } );
	} );

	it( 'asks for a missing password only on a terminal outside CI', () => {
		expect( credentialsFromEnv( { MW_USERNAME: 'Example@deploy' }, true ) ).toEqual( { credentials: null, promptFor: 'Example@deploy' } );
		expect( credentialsFromEnv( { MW_USERNAME: 'Example@deploy', CI: 'true' }, true ).error ).toBe( 'MW_USERNAME is set but MW_PASSWORD is not.' );
		expect( credentialsFromEnv( { MW_USERNAME: 'Example@deploy' }, false ).error ).toBe( 'MW_USERNAME is set but MW_PASSWORD is not.' );
	} );

	it( 'refuses confusing combinations without echoing secrets', () => {
		const both = credentialsFromEnv( { MW_USERNAME: 'Example@deploy', MW_PASSWORD: 'secretsecret', MW_OAUTH2_TOKEN: 'tokentoken' }, false );
		expect( both.error ).toMatch( /not both/ );
		expect( both.error ).not.toMatch( /secretsecret|tokentoken/ );
		expect( credentialsFromEnv( { MW_PASSWORD: 'secretsecret' }, false ).error ).toMatch( /MW_USERNAME is not/ );
		expect( credentialsFromEnv( { MW_USERNAME: 'Example', MW_PASSWORD: 'secretsecret' }, false ).error ).toMatch( /not a bot password login name/ );
	} );
} );

describe( 'redact', () => {
	it( 'hides secrets, also URL-encoded', () => {
		const secrets = secretsOf( { kind: 'botpassword', username: 'Example@deploy', password: 'p@ss word+1234' } );
		expect( redact( 'lgpassword=p%40ss%20word%2B1234&x=1 and p@ss word+1234', secrets ) ).toBe( 'lgpassword=***&x=1 and ***' );
		expect( redact( 'Bearer tokentoken', secretsOf( { kind: 'oauth2', token: 'tokentoken' } ) ) ).toBe( 'Bearer ***' );
		expect( redact( 'nothing', secretsOf( null ) ) ).toBe( 'nothing' );
	} );
} );
