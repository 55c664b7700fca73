/**
 * npm run deploy -- --api https://WIKI/w/api.php [--dry-run] [--create]
 *   [--data [--data-title TITLE] [--data-file FILE]]
 *   [--team-page-title TITLE [--team-page-file FILE]] [--allow-dirty]
 *
 * Publishes the built gadgets (gadgets/) and our section of
 * MediaWiki:Gadgets-definition to a wiki. See the Deploying section of README.md.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from 'util';
import { credentialsFromEnv, Credentials, promptHidden, redact, secretsOf } from './credentials';
import { deploy, DeployOptions } from './deploy';

const ROOT = path.resolve( __dirname, '..' );

export const DEFAULT_DATA_TITLE = 'Module:Community Resilience and Sustainability/data.json';
export const DEFAULT_DATA_FILE = 'data/team-page.json';
export const DEFAULT_TEAM_PAGE_FILE = 'data/team-page.wikitext';

const USAGE = `Usage: npm run deploy -- --api https://WIKI/w/api.php [options]

  --api URL              the wiki's api.php (required)
  --dry-run              show what would change (a diff per page); save nothing
  --create               allow creating pages that do not exist yet
  --data                 also publish the sample data page (JSON content model)
  --data-title TITLE     its title (default: ${ DEFAULT_DATA_TITLE })
  --data-file FILE       its source (default: ${ DEFAULT_DATA_FILE })
  --team-page-title T    also publish the team page wikitext to page T
  --team-page-file FILE  its source (default: ${ DEFAULT_TEAM_PAGE_FILE })
  --allow-dirty          allow uncommitted changes in the working tree
  --help                 show this help

Credentials come from the environment: MW_USERNAME and MW_PASSWORD (a bot
password, "User@BotName"), or MW_OAUTH2_TOKEN (an owner-only OAuth 2 token).`;

/**
 * Turns command-line arguments into deploy options (without credentials). Pure.
 *
 * @param argv Arguments after the script name
 * @return Options, `help`, or an error message
 */
export function parseCommandLine( argv: readonly string[] ): { options: Omit<DeployOptions, 'credentials' | 'userAgent' | 'log' | 'root'> } | { help: true } | { error: string } {
	let values;
	try {
		( { values } = parseArgs( {
			args: [ ...argv ],
			strict: true,
			allowPositionals: false,
			options: {
				api: { type: 'string' },
				'dry-run': { type: 'boolean', default: false },
				create: { type: 'boolean', default: false },
				data: { type: 'boolean', default: false },
				'data-title': { type: 'string' },
				'data-file': { type: 'string' },
				'team-page-title': { type: 'string' },
				'team-page-file': { type: 'string' },
				'allow-dirty': { type: 'boolean', default: false },
				help: { type: 'boolean', default: false }
			}
		} ) );
	} catch ( e ) {
		return { error: ( e as Error ).message };
	}
	if ( values.help ) {
		return { help: true };
	}
	if ( !values.api ) {
		return { error: '--api is required' };
	}
	let url: URL;
	try {
		url = new URL( values.api );
	} catch {
		return { error: `--api: not a URL: ${ values.api }` };
	}
	if ( !/^https?:$/.test( url.protocol ) || !/\/api\.php$/.test( url.pathname ) ) {
		return { error: `--api must be the URL of the wiki's api.php, e.g. https://test.wikipedia.org/w/api.php (got ${ values.api })` };
	}
	if ( !values.data && ( values[ 'data-title' ] || values[ 'data-file' ] ) ) {
		return { error: '--data-title and --data-file need --data' };
	}
	if ( !values[ 'team-page-title' ] && values[ 'team-page-file' ] ) {
		return { error: '--team-page-file needs --team-page-title' };
	}
	return {
		options: {
			apiUrl: url.toString(),
			dryRun: !!values[ 'dry-run' ],
			create: !!values.create,
			allowDirty: !!values[ 'allow-dirty' ],
			data: values.data ? {
				title: values[ 'data-title' ] || DEFAULT_DATA_TITLE,
				file: values[ 'data-file' ] || DEFAULT_DATA_FILE
			} : undefined,
			teamPage: values[ 'team-page-title' ] ? {
				title: values[ 'team-page-title' ],
				file: values[ 'team-page-file' ] || DEFAULT_TEAM_PAGE_FILE
			} : undefined
		}
	};
}

function userAgent( credentials: Credentials | null ): string {
	const pkg = JSON.parse( fs.readFileSync( path.join( ROOT, 'package.json' ), 'utf8' ) );
	const mwn = JSON.parse( fs.readFileSync( require.resolve( 'mwn/package.json' ), 'utf8' ) );
	const who = credentials && credentials.kind === 'botpassword' ? ` (User:${ credentials.username.split( '@' )[ 0 ] })` : '';
	return `${ pkg.name }-deploy/${ pkg.version }${ who } mwn/${ mwn.version }`;
}

async function main( argv: readonly string[] ): Promise<number> {
	const parsed = parseCommandLine( argv );
	if ( 'help' in parsed ) {
		console.log( USAGE );
		return 0;
	}
	if ( 'error' in parsed ) {
		console.error( `deploy: ${ parsed.error }\n\n${ USAGE }` );
		return 2;
	}
	const interactive = !!process.stdin.isTTY && !process.env.CI;
	const found = credentialsFromEnv( process.env, interactive );
	let credentials: Credentials | null = found.credentials;
	if ( found.error ) {
		console.error( `deploy: ${ found.error }` );
		return 2;
	}
	if ( found.promptFor ) {
		credentials = { kind: 'botpassword', username: found.promptFor, password: await promptHidden( `Bot password for ${ found.promptFor }: ` ) };
	}
	if ( !credentials && !parsed.options.dryRun ) {
		console.error( 'deploy: no credentials. Set MW_USERNAME and MW_PASSWORD (a bot password) or MW_OAUTH2_TOKEN; see the Deploying section of README.md.' );
		return 2;
	}
	const secrets = secretsOf( credentials );
	const log = ( text: string ): void => {
		console.log( redact( text, secrets ) );
	};
	try {
		await deploy( { ...parsed.options, root: ROOT, credentials, userAgent: userAgent( credentials ), log } );
		return 0;
	} catch ( e ) {
		console.error( redact( `deploy: ${ ( e as Error ).message }`, secrets ) );
		return 1;
	}
}

if ( require.main === module ) {
	main( process.argv.slice( 2 ) ).then( ( code ) => {
		process.exitCode = code;
	}, ( e: Error ) => {
		console.error( `deploy: ${ e.message }` );
		process.exitCode = 1;
	} );
}
