import * as fs from 'fs';
import * as path from 'path';
import { dateFormatTable, mediaWikiVersion, readMediaWikiDateFacts, serialise, TABLE_FILE } from '../../build/mediawiki-date-formats';
import { datePattern, ENGLISH_FORMATS, formatWikiDate, formatWikiTime, formatWithPattern } from '../../src/time/date-formats';
import { dateStyle } from '../../src/i18n/all-languages';
import TABLE from '../../src/time/mediawiki-date-formats.json';

/** Debian's MediaWiki 1.43, which the wiki tests use too. */
const MEDIAWIKI = '/usr/share/mediawiki';
const installed = fs.existsSync( path.join( MEDIAWIKI, 'languages/messages/MessagesEn.php' ) );

const T = { year: 2026, month: 12, day: 10, hour: 21, minute: 45, second: 0 };
const MORNING = { year: 2026, month: 3, day: 5, hour: 9, minute: 5, second: 7 };

describe( 'the date format table is MediaWiki\'s', () => {
	if ( installed ) {
		it( 'is what the installed MediaWiki says (regenerate with npx tsx build/mediawiki-date-formats.ts)', () => {
			const table = dateFormatTable( readMediaWikiDateFacts( MEDIAWIKI ), mediaWikiVersion( MEDIAWIKI ) );
			expect( serialise( table ) ).toBe( fs.readFileSync( TABLE_FILE, 'utf8' ) );
		} );
	} else {
		it.todo( `NOT CHECKED against MediaWiki: nothing in ${ MEDIAWIKI } (scripts/install-system-deps.sh installs it; CI does)` );
	}

	it( 'has English first, and the languages of our messages as MediaWiki writes them', () => {
		expect( TABLE.formats[ 0 ] ).toEqual( {
			default: 'dmy', dmy: [ 'H:i', 'j F Y' ], mdy: [ 'H:i', 'F j, Y' ], ymd: [ 'H:i', 'Y F j' ], 'ISO 8601': [ 'xnH:xni:xns', 'xnY-xnm-xnd' ]
		} );
		// The renderer's own copy, for languages whose pack has no formats.
		expect( ENGLISH_FORMATS ).toEqual( TABLE.formats[ 0 ] );
		expect( datePattern( dateStyle( 'de', 'default' ), 'date' ) ).toBe( 'j. F Y' );
		expect( datePattern( dateStyle( 'he', 'default' ), 'date' ) ).toBe( 'j xg Y' );
		expect( datePattern( dateStyle( 'fr', 'default' ), 'date' ) ).toBe( 'j F Y' );
		expect( datePattern( dateStyle( 'es', 'default' ), 'date' ) ).toBe( 'j M Y' );
		expect( [ 'en', 'de', 'he', 'fr', 'es' ].map( ( lang ) => datePattern( dateStyle( lang, 'default' ), 'time' ) ) ).toEqual( [ 'H:i', 'H:i', 'H:i', 'H:i', 'H:i' ] );
	} );
} );

describe( 'dates and times as the wiki writes them', () => {
	// [ language, preference, date, time ]
	test.each( [
		// English on Meta-Wiki: 24-hour clock, day before month ("16:00, 10 December 2026").
		[ 'en', 'default', 'Thursday, 10 December 2026', '21:45' ],
		[ 'en', 'dmy', 'Thursday, 10 December 2026', '21:45' ],
		[ 'en', 'mdy', 'Thursday, December 10, 2026', '21:45' ],
		[ 'en', 'ymd', 'Thursday, 2026 December 10', '21:45' ],
		[ 'en', 'ISO 8601', 'Thursday, 2026-12-10', '21:45:00' ],
		[ 'de', 'default', 'Donnerstag, 10. Dezember 2026', '21:45' ],
		[ 'de', 'dmy', 'Donnerstag, 10. Dezember 2026', '21:45' ],
		// German has no mdy of its own: MediaWiki uses English's pattern with German names.
		[ 'de', 'mdy', 'Donnerstag, Dezember 10, 2026', '21:45' ],
		[ 'de', 'ymd', 'Donnerstag, 2026 Dez 10', '21:45' ],
		[ 'de', 'ISO 8601', 'Donnerstag, 2026-12-10', '21:45:00' ],
		// Hebrew: the month in its "in" form (בדצמבר), as MediaWiki's xg.
		[ 'he', 'default', 'יום חמישי, 10 בדצמבר 2026', '21:45' ],
		[ 'he', 'dmy', 'יום חמישי, 10 בדצמבר 2026', '21:45' ],
		[ 'he', 'mdy', 'יום חמישי, בדצמבר 10, 2026', '21:45' ],
		[ 'he', 'ymd', 'יום חמישי, 2026 בדצמבר 10', '21:45' ],
		[ 'he', 'ISO 8601', 'יום חמישי, 2026-12-10', '21:45:00' ],
		[ 'fr', 'default', 'jeudi 10 décembre 2026', '21:45' ],
		[ 'es', 'default', 'jueves, 10 dic 2026', '21:45' ]
	] )( '%s with the preference %s', ( lang, preference, date, time ) => {
		expect( formatWikiDate( T, dateStyle( lang, preference ) ) ).toBe( date );
		expect( formatWikiTime( T, dateStyle( lang, preference ) ) ).toBe( time );
	} );

	it( 'uses the language\'s default for no preference, an unknown one, or one the language lacks', () => {
		for ( const preference of [ undefined, null, '', 'default', 'nonsense', 'hebrew' ] ) {
			expect( formatWikiDate( T, dateStyle( 'de', preference ) ) ).toBe( 'Donnerstag, 10. Dezember 2026' );
		}
		// Hungarian's default is ymd, Japanese has its own.
		expect( formatWikiDate( T, dateStyle( 'hu', 'default' ) ) ).toBe( '2026. december 10., csütörtök' );
		expect( formatWikiDate( T, dateStyle( 'ja', 'default' ) ) ).toBe( '2026年12月10日 (木)' );
	} );

	it( 'writes the date alone without its weekday when asked', () => {
		expect( formatWikiDate( T, dateStyle( 'en', 'default' ), false ) ).toBe( '10 December 2026' );
		expect( formatWikiDate( T, dateStyle( 'he', 'default' ), false ) ).toBe( '10 בדצמבר 2026' );
	} );

	it( 'pads where the format says so, in the language\'s digits unless xn', () => {
		expect( formatWikiTime( MORNING, dateStyle( 'en', 'default' ) ) ).toBe( '09:05' );
		expect( formatWikiTime( MORNING, dateStyle( 'en', 'ISO 8601' ) ) ).toBe( '09:05:07' );
		expect( formatWikiDate( MORNING, dateStyle( 'en', 'ISO 8601' ), false ) ).toBe( '2026-03-05' );
		expect( formatWikiTime( MORNING, dateStyle( 'fa', 'default' ) ) ).toBe( '\u200f۰۹:۰۵' );
		expect( formatWikiDate( MORNING, dateStyle( 'fa', 'ISO 8601' ), false ) ).toBe( '2026-03-05' );
	} );
} );

describe( 'formatWithPattern', () => {
	test.each( [
		[ 'g:i a', '9:45 pm' ],
		[ 'h:i A', '09:45 PM' ],
		[ 'G.i', '21.45' ],
		[ 'd/m/y', '10/12/26' ],
		[ 'D j M', 'Thu 10 Dec' ],
		[ 'j "de" F', '10 de December' ],
		[ '\\Y\\e\\a\\r Y', 'Year 2026' ],
		[ 'xkY', '2569' ],
		[ 'N w', '4 4' ]
	] )( '%s → %s', ( pattern, text ) => {
		expect( formatWithPattern( pattern, T, dateStyle( 'en' ) ) ).toBe( text );
	} );

	it( 'keeps a suffix once when the month name already has it (Korean M월)', () => {
		expect( formatWithPattern( 'Y년 M월 j일', T, dateStyle( 'ko' ) ) ).toBe( '2026년 12월 10일' );
	} );

	it( 'refuses codes of other calendars, so the language\'s default is used instead', () => {
		expect( formatWithPattern( 'xjj xjx', T, dateStyle( 'he' ) ) ).toBeNull();
		expect( formatWithPattern( 'U', T, dateStyle( 'en' ) ) ).toBeNull();
	} );
} );

describe( 'the module\'s dates follow the same formats', () => {
	const DIR = path.join( __dirname, '../../src/lua/i18n' );
	const languages = fs.readdirSync( DIR ).filter( ( f ) => /^[a-z-]+\.json$/.test( f ) && f !== 'qqq.json' ).map( ( f ) => f.replace( /\.json$/, '' ) );

	it.each( languages )( '%s: the time and the date as MediaWiki writes them by default (the date after its weekday)', ( lang ) => {
		const messages = JSON.parse( fs.readFileSync( path.join( DIR, lang + '.json' ), 'utf8' ) ) as Record<string, string>;
		expect( messages[ 'crs-team-static-time-format' ] ).toBe( datePattern( dateStyle( lang, 'default' ), 'time' ) );
		const date = messages[ 'crs-team-static-date-format' ]!;
		expect( date.startsWith( 'l' ) ).toBe( true );
		expect( date.endsWith( ' ' + datePattern( dateStyle( lang, 'default' ), 'date' ) ) ).toBe( true );
	} );
} );
