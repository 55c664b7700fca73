/**
 * Credentials come from the environment only: a bot password
 * (MW_USERNAME = `User@BotName`, MW_PASSWORD) or an OAuth 2 owner-only access
 * token (MW_OAUTH2_TOKEN). The password may be typed in (not echoed) when
 * MW_USERNAME is set without MW_PASSWORD on an interactive terminal, never
 * when CI is set. Secrets are never printed: see redact().
 */
import * as readline from 'readline';

export type Credentials =
	{ readonly kind: 'botpassword'; readonly username: string; readonly password: string } |
	{ readonly kind: 'oauth2'; readonly token: string };

export type CredentialsResult =
	{ readonly credentials: Credentials | null; readonly error?: undefined; readonly promptFor?: string } |
	{ readonly credentials: null; readonly error: string; readonly promptFor?: undefined };

/**
 * Reads credentials from environment variables. Pure.
 *
 * @param env The environment (process.env)
 * @param interactive Whether a password may be asked for on the terminal
 * @return Credentials; or `promptFor` (the username) when the password should
 *  be asked for; or an error message; `credentials: null` without an error
 *  when none are set
 */
export function credentialsFromEnv( env: NodeJS.ProcessEnv, interactive: boolean ): CredentialsResult {
	const username = ( env.MW_USERNAME || '' ).trim();
	const password = env.MW_PASSWORD || '';
	const token = ( env.MW_OAUTH2_TOKEN || '' ).trim();
	if ( token && ( username || password ) ) {
		return { credentials: null, error: 'Set either MW_OAUTH2_TOKEN or MW_USERNAME and MW_PASSWORD, not both.' };
	}
	if ( token ) {
		return { credentials: { kind: 'oauth2', token } };
	}
	if ( password && !username ) {
		return { credentials: null, error: 'MW_PASSWORD is set but MW_USERNAME is not (use the bot password login name, e.g. "Example@deploy").' };
	}
	if ( username && !password ) {
		if ( interactive && !env.CI ) {
			return { credentials: null, promptFor: username };
		}
		return { credentials: null, error: 'MW_USERNAME is set but MW_PASSWORD is not.' };
	}
	if ( username ) {
		if ( !username.includes( '@' ) ) {
			return { credentials: null, error: `MW_USERNAME "${ username }" is not a bot password login name (expected "User@BotName", see Special:BotPasswords).` };
		}
		return { credentials: { kind: 'botpassword', username, password } };
	}
	return { credentials: null };
}

/** The secret values of some credentials, for redact(). */
export function secretsOf( credentials: Credentials | null ): string[] {
	if ( !credentials ) {
		return [];
	}
	return credentials.kind === 'oauth2' ? [ credentials.token ] : [ credentials.password ];
}

/**
 * Replaces every occurrence of a secret (and of its URL-encoded form) by `***`.
 *
 * @param text Any text about to be printed
 * @param secrets Secret values
 * @return Text safe to print
 */
export function redact( text: string, secrets: readonly string[] ): string {
	let out = text;
	for ( const secret of secrets ) {
		if ( secret.length < 4 ) {
			continue;
		}
		for ( const form of new Set( [ secret, encodeURIComponent( secret ) ] ) ) {
			out = out.split( form ).join( '***' );
		}
	}
	return out;
}

/**
 * Asks for a password on the terminal without echoing it.
 *
 * @param question The prompt
 * @return What was typed
 */
export function promptHidden( question: string ): Promise<string> {
	return new Promise( ( resolve ) => {
		const output = process.stderr;
		const rl = readline.createInterface( { input: process.stdin, output, terminal: true } );
		const mutable = rl as unknown as { _writeToOutput: () => void };
		output.write( question );
		// readline has no option to hide input: replace its echo with nothing.
		// eslint-disable-next-line no-underscore-dangle
		mutable._writeToOutput = () => undefined;
		rl.question( '', ( answer ) => {
			rl.close();
			output.write( '\n' );
			resolve( answer );
		} );
	} );
}
