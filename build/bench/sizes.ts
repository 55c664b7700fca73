/**
 * Benchmarks that print figures (never asserted in tests):
 *  - the size of every built page, raw and gzipped (what readers download);
 *  - how long validating and rendering the sample data takes.
 * Usage: tsx build/bench/sizes.ts (builds first if gadgets/ is empty); npm run bench runs it with the others.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { JSDOM } from 'jsdom';
import { parseDataPage } from '../../src/data/parse';
import { fallbackChain } from '../../src/data/language';
import { dateStyle } from '../../src/i18n/all-languages';
import { messagesFor, MessageKey } from '../../src/i18n/messages';
import { renderViews } from '../../src/render/views';
import { RenderContext } from '../../src/render/context';
import { build } from '../build';

const ROOT = path.resolve( __dirname, '../..' );

function median( values: number[] ): number {
	const sorted = values.slice().sort( ( a, b ) => a - b );
	return sorted[ Math.floor( sorted.length / 2 ) ] ?? NaN;
}

function time( runs: number, fn: () => void ): { median: number; min: number } {
	for ( let i = 0; i < 5; i++ ) {
		fn();
	}
	const samples: number[] = [];
	for ( let i = 0; i < runs; i++ ) {
		const start = process.hrtime.bigint();
		fn();
		samples.push( Number( process.hrtime.bigint() - start ) / 1e6 );
	}
	return { median: median( samples ), min: Math.min( ...samples ) };
}

async function main(): Promise<void> {
	const built = await build();
	console.log( 'Built pages (bytes)                         raw    gzip' );
	for ( const page of built ) {
		const text = fs.readFileSync( path.join( ROOT, 'gadgets', page.file ) );
		console.log( `  ${ page.file.padEnd( 38 ) } ${ String( text.length ).padStart( 7 ) } ${ String( zlib.gzipSync( text ).length ).padStart( 7 ) }` );
	}

	const text = fs.readFileSync( path.join( ROOT, 'data', 'team-page.json' ), 'utf8' );
	const parse = time( 200, () => parseDataPage( text ) );
	console.log( `\nParse + validate the sample data page (${ text.length } bytes): median ${ parse.median.toFixed( 3 ) } ms, min ${ parse.min.toFixed( 3 ) } ms (200 runs)` );

	const parsed = parseDataPage( text );
	if ( !parsed.ok || !parsed.result.data ) {
		throw new Error( 'the sample data page does not validate' );
	}
	const data = parsed.result.data;
	const dom = new JSDOM( '<!DOCTYPE html><div id="c"></div>' );
	const chain = fallbackChain( 'de' );
	const { messages, languages } = messagesFor( chain );
	const ctx: RenderContext = {
		doc: dom.window.document,
		lang: 'de',
		dir: 'ltr',
		chain,
		defaultLanguage: 'en',
		msg: ( key: MessageKey, ...params ) => ( messages[ key ] ?? key ).replace( /\$(\d)/g, ( _m, n ) => String( params[ Number( n ) - 1 ] ) ),
		msgLanguage: ( key: MessageKey ) => languages[ key ] ?? 'en',
		wikiUrl: ( title ) => '/wiki/' + encodeURIComponent( title ),
		zone: { kind: 'iana', zone: 'Europe/Berlin' },
		dates: dateStyle( 'de' ),
		now: Date.UTC( 2026, 10, 23 )
	};
	const render = time( 100, () => renderViews( ctx, data ) );
	console.log( `Render all three views (jsdom, de, Europe/Berlin): median ${ render.median.toFixed( 3 ) } ms, min ${ render.min.toFixed( 3 ) } ms (100 runs)` );
}

main().catch( ( err: Error ) => {
	console.error( err.message );
	process.exit( 1 );
} );
