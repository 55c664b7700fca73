/**
 * The banana rule: every language we ship has every message, in every
 * message folder. `npm run lint` runs scripts/lint-i18n.sh; these tests run
 * it on copies of the folders with a key taken out and prove it fails.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.join( __dirname, '../..' );
const FOLDERS = [ 'i18n', 'i18n/editor', 'src/lua/i18n' ];

function lint( dir: string ): { status: number | null; output: string } {
	const run = spawnSync( 'bash', [ path.join( ROOT, 'scripts/lint-i18n.sh' ), dir ], { encoding: 'utf8' } );
	return { status: run.status, output: run.stdout + run.stderr };
}

/** A temporary copy of a message folder's JSON files. */
function copyOf( folder: string ): string {
	const dir = fs.mkdtempSync( path.join( os.tmpdir(), 'crs-i18n-' ) );
	for ( const file of fs.readdirSync( path.join( ROOT, folder ) ).filter( ( f ) => f.endsWith( '.json' ) ) ) {
		fs.copyFileSync( path.join( ROOT, folder, file ), path.join( dir, file ) );
	}
	return dir;
}

function edit( file: string, change: ( messages: Record<string, unknown> ) => void ): void {
	const messages = JSON.parse( fs.readFileSync( file, 'utf8' ) ) as Record<string, unknown>;
	change( messages );
	fs.writeFileSync( file, JSON.stringify( messages, null, '\t' ) + '\n' );
}

const copies: string[] = [];
afterAll( () => copies.forEach( ( dir ) => fs.rmSync( dir, { recursive: true, force: true } ) ) );

describe.each( FOLDERS )( 'the message folder %s', ( folder ) => {
	const languages = fs.readdirSync( path.join( ROOT, folder ) )
		.filter( ( f ) => f.endsWith( '.json' ) && f !== 'en.json' && f !== 'qqq.json' )
		.map( ( f ) => f.replace( /\.json$/, '' ) );
	const keys = Object.keys( JSON.parse( fs.readFileSync( path.join( ROOT, folder, 'en.json' ), 'utf8' ) ) as object )
		.filter( ( key ) => key !== '@metadata' );

	it( 'passes the check, and ships German, Hebrew, French and Spanish', () => {
		expect( languages.sort() ).toEqual( [ 'de', 'es', 'fr', 'he' ] );
		expect( lint( path.join( ROOT, folder ) ).status ).toBe( 0 );
	} );

	it( 'fails when a shipped language misses a key, and names the language and the key', () => {
		const dir = copyOf( folder );
		copies.push( dir );
		const key = keys[ keys.length - 1 ]!;
		edit( path.join( dir, 'fr.json' ), ( messages ) => {
			delete messages[ key ];
		} );
		const { status, output } = lint( dir );
		expect( status ).not.toBe( 0 );
		expect( output ).toContain( 'The "fr" translation has 1 missing translation' );
		expect( output ).toContain( '* ' + key );
	} );

	it( 'fails when a new language file is added with only some of the keys', () => {
		const dir = copyOf( folder );
		copies.push( dir );
		fs.writeFileSync( path.join( dir, 'it.json' ), JSON.stringify( { '@metadata': { authors: [ 'x' ] }, [ keys[ 0 ]! ]: 'x' } ) );
		const { status, output } = lint( dir );
		expect( status ).not.toBe( 0 );
		expect( output ).toContain( 'The "it" translation has ' + ( keys.length - 1 ) );
	} );
} );
