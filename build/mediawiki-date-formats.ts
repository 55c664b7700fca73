/**
 * Generates `src/time/mediawiki-date-formats.json`: each language's date and
 * time formats as MediaWiki itself uses them, read from the installed
 * MediaWiki's `languages/messages/Messages*.php` (`$defaultDateFormat`,
 * `$dateFormats`, `$digitTransformTable`, resolved along `$fallback` as
 * MediaWiki's LocalisationCache does).
 *
 *   npx tsx build/mediawiki-date-formats.ts [/usr/share/mediawiki]
 *
 * `test/time/date-formats.test.ts` regenerates the table from the installed
 * MediaWiki and fails if the committed file differs.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

/** What one `Messages*.php` file says itself. */
interface OwnFacts {
	fallback: string | null;
	defaultDateFormat: string | null;
	dateFormats: Record<string, string> | null;
	digitTransformTable: Record<string, string> | null;
}

/** A language's formats: `default` names the preference used when the user chose none. */
export interface DateFormatSet {
	default: string;
	/** Preference → [ time pattern, date pattern ] (PHP `date()` letters, MediaWiki's `sprintfDate`). */
	[ preference: string ]: string | readonly [ string, string ];
}

export interface DateFormatTable {
	source: string;
	/** Distinct format sets; the first is English's. */
	formats: DateFormatSet[];
	/** Language code → index into `formats`, for languages whose set is not English's. */
	languages: Record<string, number>;
	/** Language code → its ten digits, for languages MediaWiki writes numbers in with its own digits. */
	digits: Record<string, string>;
}

/** The preferences every language can be asked for (`mw.user.options.get( 'date' )`). */
const PREFERENCES = [ 'dmy', 'mdy', 'ymd', 'ISO 8601' ];

const DUMP_PHP = `
$dir = $argv[1];
foreach ( file( $argv[2] ) as $line ) {
	if ( preg_match( '/^define\\\\( .NS_/', $line ) ) { eval( $line ); }
}
$out = [];
foreach ( glob( "$dir/Messages*.php" ) as $file ) {
	$code = strtolower( str_replace( '_', '-', substr( basename( $file, '.php' ), 8 ) ) );
	$out[$code] = ( static function ( $file ) {
		$fallback = null; $defaultDateFormat = null; $dateFormats = null; $digitTransformTable = null;
		include $file;
		return [ 'fallback' => $fallback, 'defaultDateFormat' => $defaultDateFormat,
			'dateFormats' => $dateFormats, 'digitTransformTable' => $digitTransformTable ];
	} )( $file );
}
echo json_encode( $out, JSON_UNESCAPED_UNICODE );
`;

/**
 * Every language file's own facts, read by PHP (the files are PHP).
 *
 * @param mediawiki The MediaWiki installation, e.g. /usr/share/mediawiki.
 */
export function readMediaWikiDateFacts( mediawiki: string ): Record<string, OwnFacts> {
	const run = spawnSync( 'php', [ '-r', DUMP_PHP, path.join( mediawiki, 'languages/messages' ), path.join( mediawiki, 'includes/Defines.php' ) ], {
		encoding: 'utf8', maxBuffer: 64 * 1024 * 1024
	} );
	if ( run.status !== 0 ) {
		throw new Error( `php could not read ${ mediawiki }/languages/messages: ${ run.stderr || run.error }` );
	}
	return JSON.parse( run.stdout ) as Record<string, OwnFacts>;
}

/**
 * A language's fallback chain as the LocalisationCache builds it: itself,
 * its `$fallback` languages (and theirs), English last.
 *
 * @param facts
 * @param code
 */
export function chainOf( facts: Record<string, OwnFacts>, code: string ): string[] {
	const chain = [ code ];
	for ( let i = 0; i < chain.length; i++ ) {
		const own = facts[ chain[ i ]! ];
		const fallbacks = own && own.fallback ? own.fallback.split( ',' ).map( ( c ) => c.trim() ).filter( Boolean ) : [];
		for ( const fallback of fallbacks ) {
			if ( !chain.includes( fallback ) ) {
				chain.push( fallback );
			}
		}
	}
	if ( !chain.includes( 'en' ) ) {
		chain.push( 'en' );
	}
	return chain;
}

/**
 * One language's set: `$dateFormats` merged key by key along the chain (the
 * language's own entries win), `$defaultDateFormat` from the first language
 * of the chain that sets it; "dmy or mdy" is `dmy` (`$wgAmericanDates` is
 * false by default and on Wikimedia wikis).
 *
 * @param facts
 * @param code
 */
function formatSetOf( facts: Record<string, OwnFacts>, code: string ): DateFormatSet {
	const chain = chainOf( facts, code );
	const merged: Record<string, string> = {};
	for ( const lang of [ ...chain ].reverse() ) {
		Object.assign( merged, ( facts[ lang ] && facts[ lang ]!.dateFormats ) || {} );
	}
	const found = chain.map( ( lang ) => facts[ lang ] && facts[ lang ]!.defaultDateFormat ).find( Boolean );
	const defaultName = !found || found === 'dmy or mdy' ? 'dmy' : found;
	const set: DateFormatSet = { default: defaultName };
	for ( const preference of [ ...PREFERENCES, defaultName ] ) {
		const time = merged[ preference + ' time' ];
		const date = merged[ preference + ' date' ];
		if ( time !== undefined && date !== undefined ) {
			set[ preference ] = [ time, date ];
		}
	}
	return set;
}

/**
 * The table: distinct sets, English's first, and the languages that differ.
 *
 * @param facts
 * @param mediawikiVersion Named in the table's `source`.
 */
export function dateFormatTable( facts: Record<string, OwnFacts>, mediawikiVersion: string ): DateFormatTable {
	const table: DateFormatTable = {
		source: `MediaWiki ${ mediawikiVersion } languages/messages/Messages*.php ($defaultDateFormat, $dateFormats, $digitTransformTable); generated by build/mediawiki-date-formats.ts`,
		formats: [],
		languages: {},
		digits: {}
	};
	const index = new Map<string, number>();
	const add = ( set: DateFormatSet ): number => {
		const key = JSON.stringify( set );
		if ( !index.has( key ) ) {
			index.set( key, table.formats.length );
			table.formats.push( set );
		}
		return index.get( key )!;
	};
	add( formatSetOf( facts, 'en' ) );
	for ( const code of Object.keys( facts ).sort() ) {
		const i = add( formatSetOf( facts, code ) );
		if ( i !== 0 ) {
			table.languages[ code ] = i;
		}
		const withDigits = chainOf( facts, code ).map( ( lang ) => facts[ lang ] && facts[ lang ]!.digitTransformTable ).find( Boolean );
		if ( withDigits ) {
			table.digits[ code ] = [ 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 ].map( ( d ) => withDigits[ String( d ) ] || String( d ) ).join( '' );
		}
	}
	return table;
}

/**
 * The installed MediaWiki's version, from its `includes/Defines.php`.
 *
 * @param mediawiki
 */
export function mediaWikiVersion( mediawiki: string ): string {
	const defines = fs.readFileSync( path.join( mediawiki, 'includes/Defines.php' ), 'utf8' );
	const match = /define\(\s*'MW_VERSION',\s*'([^']+)'/.exec( defines );
	return match ? match[ 1 ]! : 'unknown';
}

/**
 * The table as committed: one line per format set and per language, so a
 * MediaWiki upgrade shows as a readable diff.
 *
 * @param table
 */
export function serialise( table: DateFormatTable ): string {
	const lines = ( entries: string[] ): string => entries.map( ( line ) => '\t\t' + line ).join( ',\n' );
	// One line in the project's JSON style: spaces inside brackets and after separators.
	const inline = ( set: DateFormatSet ): string => '{ ' + Object.keys( set ).map( ( key ) => {
		const value = set[ key ]!;
		return JSON.stringify( key ) + ': ' + ( typeof value === 'string' ? JSON.stringify( value ) : '[ ' + value.map( ( v ) => JSON.stringify( v ) ).join( ', ' ) + ' ]' );
	} ).join( ', ' ) + ' }';
	return '{\n' +
		`\t"source": ${ JSON.stringify( table.source ) },\n` +
		`\t"formats": [\n${ lines( table.formats.map( inline ) ) }\n\t],\n` +
		`\t"languages": {\n${ lines( Object.keys( table.languages ).map( ( code ) => `${ JSON.stringify( code ) }: ${ table.languages[ code ] }` ) ) }\n\t},\n` +
		`\t"digits": {\n${ lines( Object.keys( table.digits ).map( ( code ) => `${ JSON.stringify( code ) }: ${ JSON.stringify( table.digits[ code ] ) }` ) ) }\n\t}\n` +
		'}\n';
}

/** Where the table is committed. */
export const TABLE_FILE = path.join( __dirname, '../src/time/mediawiki-date-formats.json' );

if ( require.main === module ) {
	const mediawiki = process.argv[ 2 ] || '/usr/share/mediawiki';
	const table = dateFormatTable( readMediaWikiDateFacts( mediawiki ), mediaWikiVersion( mediawiki ) );
	fs.writeFileSync( TABLE_FILE, serialise( table ) );
	process.stdout.write( `${ TABLE_FILE }: ${ table.formats.length } format sets, ${ Object.keys( table.languages ).length } languages differ from English\n` );
}
