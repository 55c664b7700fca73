/**
 * Watching a page for uncaught errors and console errors, telling ours apart
 * from the wiki's own noise.
 *
 * Ours: anything mentioning the gadgets (`crs-team`, `ext.gadget.`) in its
 * text or source URL. Every uncaught exception (`pageerror`) counts, whoever
 * threw it, because a broken page is a broken page. Other console errors and
 * warnings are listed by report() with the reason they are not ours, so a
 * test's output shows what was filtered.
 */
import { ConsoleMessage, Page } from 'playwright-core';

export interface ErrorWatch {
	/** Uncaught exceptions, as "message\nstack". */
	readonly pageErrors: string[];
	/** Console errors and warnings from our code. */
	readonly ours: string[];
	/** Console errors and warnings from elsewhere, kept for the report. */
	readonly others: string[];
	/** Lines describing what was filtered out, for the test's output. */
	report(): string;
}

const OUR_CODE = /crs-team|ext\.gadget\./;

/** Messages known not to come from our code, and why they are harmless. */
const KNOWN_NOISE: readonly { pattern: RegExp; reason: string }[] = [
	{ pattern: /favicon\.ico/, reason: 'the test wiki has no favicon' },
	{ pattern: /deprecated ResourceLoader module "mediawiki\.Uri"/, reason: 'MinervaNeue 1.43 itself depends on mediawiki.Uri' }
];

function reasonFor( text: string ): string {
	const known = KNOWN_NOISE.find( ( noise ) => noise.pattern.test( text ) );
	return known ? known.reason : 'not from our gadgets';
}

function describeMessage( message: ConsoleMessage ): string {
	const location = message.location();
	const where = location.url ? ` (${ location.url.replace( /^https?:\/\/[^/]+/, '' ) }:${ location.lineNumber })` : '';
	return `${ message.type() }: ${ message.text() }${ where }`;
}

/**
 * Starts watching a page. Attach before the first goto().
 *
 * @param page
 * @return The errors collected so far, growing as the page runs
 */
export function watchErrors( page: Page ): ErrorWatch {
	const watch: ErrorWatch = {
		pageErrors: [],
		ours: [],
		others: [],
		report: () => watch.others.length ?
			`Console messages ignored (not from our gadgets):\n  ${ watch.others.join( '\n  ' ) }` :
			''
	};
	page.on( 'pageerror', ( err ) => {
		watch.pageErrors.push( `${ err.message }\n${ err.stack || '' }` );
	} );
	page.on( 'console', ( message ) => {
		if ( message.type() !== 'error' && message.type() !== 'warning' ) {
			return;
		}
		const text = describeMessage( message );
		if ( OUR_CODE.test( message.text() ) || OUR_CODE.test( message.location().url || '' ) ) {
			watch.ours.push( text );
		} else {
			watch.others.push( `${ text } [${ reasonFor( text ) }]` );
		}
	} );
	return watch;
}

/**
 * Fails the test if the page threw or our code logged an error or warning;
 * prints what was filtered out.
 *
 * @param watch
 */
export function expectNoErrors( watch: ErrorWatch ): void {
	const report = watch.report();
	if ( report ) {
		console.log( report );
	}
	expect( watch.pageErrors ).toEqual( [] );
	expect( watch.ours ).toEqual( [] );
}
