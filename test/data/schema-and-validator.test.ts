/* eslint-disable no-script-url -- hostile links are what these tests feed in */
/**
 * The published JSON Schema and the gadget's validator judge the same data
 * pages. One table of cases runs through both (ajv for the schema); where
 * they disagree, the case must say why (a rule JSON Schema cannot express,
 * documented in the schema's description and the README), and the
 * disagreement must be the explained one: the schema accepts, the validator
 * refuses.
 */
import Ajv from 'ajv';
import * as fs from 'fs';
import * as path from 'path';
import { validateTeamData } from '../../src/data/validate';

const DATA = path.join( __dirname, '../../data' );
const schema = JSON.parse( fs.readFileSync( path.join( DATA, 'team-page.schema.json' ), 'utf8' ) );
const sampleText = fs.readFileSync( path.join( DATA, 'team-page.json' ), 'utf8' );
const schemaAccepts = new Ajv( { allErrors: true } ).compile( schema );

type Verdict = 'accepted' | 'refused';
type Mutation = ( d: any ) => void;

interface Case {
	readonly name: string;
	readonly change: Mutation;
	/** What the validator says: refused when it reports any problem, an error or a warning. */
	readonly verdict: Verdict;
	/** Why the schema cannot say the same; only for cases the schema accepts and the validator refuses. */
	readonly onlyTheValidator?: string;
}

function sample(): any {
	return JSON.parse( sampleText );
}

const link = ( target: string ): Mutation => ( d ) => {
	d.team.links[ 0 ] = target;
};
const start = ( value: string ): Mutation => ( d ) => {
	const session = d.conversationHours.sessions[ 0 ];
	const length = Date.parse( session.end ) - Date.parse( session.start );
	session.start = value;
	if ( !Number.isNaN( Date.parse( value ) ) && Date.parse( value ) > 0 ) {
		session.end = new Date( Date.parse( value ) + length ).toISOString();
	}
};

const WHY_ORDER = 'a session\'s end after its start relates two values, which JSON Schema cannot compare';
const WHY_UNIQUE = 'ids unique within a list: uniqueItems compares whole items, not one property';
const WHY_URL = 'a URL that a browser can parse: the schema checks only the scheme and the start of the host';
const WHY_UTF16 = 'a title\'s length in UTF-16 units, as MediaWiki counts: ajv counts code points';

const CASES: Case[] = [
	{ name: 'the sample', change: () => undefined, verdict: 'accepted' },
	// Links
	{ name: 'a javascript: link', change: link( 'javascript:alert(1)' ), verdict: 'refused' },
	{ name: 'a JavaScript: link (any case)', change: link( 'JavaScript:alert(1)' ), verdict: 'refused' },
	{ name: 'a VBScript: link', change: link( 'VBScript:x' ), verdict: 'refused' },
	{ name: 'a javascript: link after a space', change: link( ' javascript:alert(1)' ), verdict: 'refused' },
	{ name: 'a DATA: link', change: link( 'DATA:text/html,<b>x</b>' ), verdict: 'refused' },
	{ name: 'a mailto: link', change: link( 'mailto:someone@example.org' ), verdict: 'refused' },
	{ name: 'a protocol-relative link', change: link( '//evil.example/x' ), verdict: 'refused' },
	{ name: 'an ftp:// link', change: link( 'ftp://example.org/x' ), verdict: 'refused' },
	{ name: 'a link of spaces only', change: link( '   ' ), verdict: 'refused' },
	{ name: 'a title with brackets', change: link( 'A [[b]]' ), verdict: 'refused' },
	{ name: 'a title with a control character', change: link( 'A\u0001B' ), verdict: 'refused' },
	{ name: 'a title of 256 characters', change: link( 'a'.repeat( 256 ) ), verdict: 'refused' },
	{ name: 'a title of 255 characters', change: link( 'a'.repeat( 255 ) ), verdict: 'accepted' },
	{ name: 'a title of 200 astral characters (400 UTF-16 units)', change: link( '\ud83d\ude00'.repeat( 200 ) ), verdict: 'refused', onlyTheValidator: WHY_UTF16 },
	{ name: 'an HTTPS:// link in capitals', change: link( 'HTTPS://example.org/' ), verdict: 'accepted' },
	{ name: 'a file: title in lower case', change: link( 'file:Example.png' ), verdict: 'accepted' },
	{ name: 'a title with a namespace and spaces around', change: link( '  Meta:Babylon  ' ), verdict: 'accepted' },
	{ name: 'an https:// link without a host', change: link( 'https://' ), verdict: 'refused' },
	{ name: 'an https:// link with a space in the host', change: link( 'https://exa mple.org/' ), verdict: 'refused', onlyTheValidator: WHY_URL },
	// Dates
	{ name: 'an impossible month', change: start( '2026-13-01T15:00:00Z' ), verdict: 'refused' },
	{ name: 'the 30th of February', change: start( '2026-02-30T15:00:00Z' ), verdict: 'refused' },
	{ name: 'the 29th of February in a leap year', change: start( '2028-02-29T15:00:00Z' ), verdict: 'accepted' },
	{ name: 'the 29th of February 2000', change: start( '2000-02-29T15:00:00Z' ), verdict: 'accepted' },
	{ name: 'the 29th of February 2100', change: start( '2100-02-29T15:00:00Z' ), verdict: 'refused' },
	{ name: 'the 31st of April', change: start( '2026-04-31T15:00:00Z' ), verdict: 'refused' },
	{ name: 'a date without offset', change: start( '2026-03-12T15:00:00' ), verdict: 'refused' },
	{ name: 'an offset of +14:59', change: start( '2026-03-12T15:00:00+14:59' ), verdict: 'refused' },
	{ name: 'an offset of +14:00', change: start( '2026-03-12T15:00:00+14:00' ), verdict: 'accepted' },
	{ name: 'an offset of -12:00', change: start( '2026-03-12T15:00:00-12:00' ), verdict: 'accepted' },
	{ name: 'a year before 1000', change: start( '0050-06-01T15:00:00Z' ), verdict: 'refused' },
	{ name: 'hour 24', change: start( '2026-03-12T24:00:00Z' ), verdict: 'refused' },
	{ name: 'an end before the start', change: ( d ) => {
		d.conversationHours.sessions[ 0 ].end = '2000-01-01T00:00:00Z';
	}, verdict: 'refused', onlyTheValidator: WHY_ORDER },
	// Sessions and subteams
	{ name: 'an unknown status', change: ( d ) => {
		d.conversationHours.sessions[ 0 ].status = 'done';
	}, verdict: 'refused' },
	{ name: 'a sequence above 2147483647', change: ( d ) => {
		d.conversationHours.sessions[ 0 ].sequence = 2147483648;
	}, verdict: 'refused' },
	{ name: 'a sequence of 1e308', change: ( d ) => {
		d.conversationHours.sessions[ 0 ].sequence = 1e308;
	}, verdict: 'refused' },
	{ name: 'a sequence of 2147483647', change: ( d ) => {
		d.conversationHours.sessions[ 0 ].sequence = 2147483647;
	}, verdict: 'accepted' },
	{ name: 'earlierNotesUntil a year', change: ( d ) => {
		d.conversationHours.earlierNotesUntil = 2019;
	}, verdict: 'accepted' },
	{ name: 'earlierNotesUntil as a string', change: ( d ) => {
		d.conversationHours.earlierNotesUntil = '2022';
	}, verdict: 'refused' },
	{ name: 'earlierNotesUntil not a whole year', change: ( d ) => {
		d.conversationHours.earlierNotesUntil = 2022.5;
	}, verdict: 'refused' },
	{ name: 'earlierNotesUntil of 22', change: ( d ) => {
		d.conversationHours.earlierNotesUntil = 22;
	}, verdict: 'refused' },
	{ name: 'a negative sequence', change: ( d ) => {
		d.conversationHours.sessions[ 0 ].sequence = -1;
	}, verdict: 'refused' },
	{ name: 'two sessions with one id', change: ( d ) => {
		const sessions = d.conversationHours.sessions;
		sessions[ 1 ].id = sessions[ 0 ].id;
	}, verdict: 'refused', onlyTheValidator: WHY_UNIQUE },
	{ name: 'two subteams with one id', change: ( d ) => {
		d.subteams[ 1 ].id = d.subteams[ 0 ].id;
	}, verdict: 'refused', onlyTheValidator: WHY_UNIQUE },
	{ name: 'a subteam without id', change: ( d ) => {
		delete d.subteams[ 0 ].id;
	}, verdict: 'refused' },
	{ name: 'an id with capitals', change: ( d ) => {
		d.subteams[ 0 ].id = 'Human-Rights';
	}, verdict: 'refused' },
	// Texts and the page
	{ name: 'a bad language code', change: ( d ) => {
		d.team.name = { English: 'x' };
	}, verdict: 'refused' },
	{ name: 'a translation with its source hash', change: ( d ) => {
		d.team.name = { en: 'Team', de: 'Mannschaft', _source: { de: '1a2b3c4d' } };
	}, verdict: 'accepted' },
	{ name: 'source hashes without any text', change: ( d ) => {
		d.team.summary = { _source: { de: '1a2b3c4d' } };
	}, verdict: 'refused' },
	{ name: 'a source hash that is not 8 hex digits', change: ( d ) => {
		d.team.name = { en: 'Team', de: 'Mannschaft', _source: { de: 'changed' } };
	}, verdict: 'refused' },
	{ name: 'an empty text', change: ( d ) => {
		d.team.summary = ' ';
	}, verdict: 'refused' },
	{ name: 'an unknown property', change: ( d ) => {
		d.team.colour = 'red';
	}, verdict: 'refused' },
	{ name: 'version 2', change: ( d ) => {
		d.version = 2;
	}, verdict: 'refused' },
	{ name: 'version "1" as a string', change: ( d ) => {
		d.version = '1';
	}, verdict: 'refused' }
];

function validatorVerdict( data: unknown ): Verdict {
	// A warning counts as refused: the maintainer is told (the reader still sees the rest).
	return validateTeamData( data ).problems.length > 0 ? 'refused' : 'accepted';
}

describe( 'the JSON Schema and the validator agree on a shared table of cases', () => {
	it.each( CASES.map( ( c ) => [ c.name, c ] as const ) )( '%s', ( _name, c ) => {
		const data = sample();
		c.change( data );
		expect( validatorVerdict( data ) ).toBe( c.verdict );
		const schemaVerdict: Verdict = schemaAccepts( data ) ? 'accepted' : 'refused';
		if ( c.onlyTheValidator ) {
			// The one disagreement allowed: the schema cannot express this rule.
			expect( [ schemaVerdict, c.verdict ] ).toEqual( [ 'accepted', 'refused' ] );
		} else {
			expect( schemaVerdict ).toBe( c.verdict );
		}
	} );

	it( 'names in the schema every rule only the validator checks', () => {
		const reasons = Array.from( new Set( CASES.map( ( c ) => c.onlyTheValidator ).filter( Boolean ) ) );
		expect( reasons ).toHaveLength( 4 );
		expect( schema.description ).toMatch( /end after its start/ );
		expect( schema.description ).toMatch( /ids unique/ );
		expect( schema.description ).toMatch( /UTF-16/ );
		expect( schema.description ).toMatch( /URLs that a browser can parse/ );
	} );
} );
