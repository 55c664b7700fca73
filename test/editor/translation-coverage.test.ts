import * as fs from 'fs';
import * as path from 'path';
import { hashSource } from '../../src/data/source-marker';
import { coverageOf, languageProgress, pageCoverage, stateOf, translatableTexts } from '../../src/editor/translation-coverage';
import { TEXT_PATTERNS } from '../../src/editor/field-patterns';

const SAMPLE = fs.readFileSync( path.join( __dirname, '..', '..', 'data', 'team-page.json' ), 'utf8' );

function texts( text: string ) {
	const result = translatableTexts( text );
	if ( !result.ok ) {
		throw new Error( 'expected JSON' );
	}
	return result;
}

/** A page with one text at every translatable place of the format. */
function everyField(): string {
	const link = ( label: string ) => ( { target: 'Main Page', label } );
	return JSON.stringify( {
		version: 1,
		team: {
			name: 'N', organisation: 'O', department: 'D', summary: 'S', about: [ 'A' ],
			lead: { name: 'L', role: 'R', link: link( 'LL' ) },
			goals: { intro: 'GI', items: [ 'G' ], link: link( 'GL' ) },
			links: [ link( 'TL' ) ]
		},
		subteams: [ { id: 'x', name: 'SN', summary: 'SS', responsibilities: [ 'SR' ], page: link( 'SP' ), contact: link( 'SC' ), links: [ link( 'SL' ) ] } ],
		conversationHours: {
			description: [ 'CD' ], stream: link( 'CS' ), room: link( 'CR' ), notesCategory: link( 'CN' ), earlierNotes: [ link( 'CE' ) ],
			planned: [ { label: 'PL', note: 'PN' } ],
			sessions: [ { id: 's', start: '2026-01-01T10:00Z', end: '2026-01-01T11:00Z', title: 'T', description: 'TD',
				stream: link( 'TS' ), room: link( 'TR' ), notes: link( 'TN' ), recording: link( 'TV' ) } ]
		}
	}, null, '\t' );
}

describe( 'translatableTexts', () => {
	it( 'finds a text at every translatable place of the format', () => {
		const patterns = texts( everyField() ).texts.map( ( t ) => t.path.replace( /\[\d+\]/g, '[]' ) );
		expect( new Set( patterns ) ).toEqual( new Set( TEXT_PATTERNS ) );
	} );

	it( 'gives the source in the default language and existing translations, without the _source marker', () => {
		const page = JSON.stringify( { defaultLanguage: 'de', team: { name: { de: 'Mannschaft', en: 'Team', _source: { en: '00000000' } } } } );
		const [ name ] = texts( page ).texts;
		expect( name ).toMatchObject( { path: 'team.name', source: 'Mannschaft', translations: { de: 'Mannschaft', en: 'Team' }, sourceHashes: { en: '00000000' } } );
	} );

	it( 'reports a JSON syntax error with its line', () => {
		expect( translatableTexts( '{\n"team": }' ) ).toMatchObject( { ok: false, error: 'not-json', line: 2 } );
	} );
} );

describe( 'stateOf and coverageOf', () => {
	const page = ( de: unknown ) => JSON.stringify( { team: { name: 'Team', summary: { en: 'Short', de: 'Kurz' }, about: [ de ] } } );

	it( 'counts translated and missing texts of a language', () => {
		const result = texts( page( 'Only English' ) );
		expect( coverageOf( result.texts, 'de' ) ).toEqual( { language: 'de', translated: 1, outdated: 0, missing: 2, total: 3 } );
	} );

	it( 'calls a translation outdated when its source changed after it was written', () => {
		const current = texts( page( { en: 'About us', de: 'Über uns', _source: { de: hashSource( 'About us' ) } } ) );
		expect( stateOf( current.texts[ 2 ]!, 'de' ) ).toBe( 'translated' );
		const changed = texts( page( { en: 'About the team', de: 'Über uns', _source: { de: hashSource( 'About us' ) } } ) );
		expect( stateOf( changed.texts[ 2 ]!, 'de' ) ).toBe( 'outdated' );
		expect( coverageOf( changed.texts, 'de' ) ).toEqual( { language: 'de', translated: 1, outdated: 1, missing: 1, total: 3 } );
	} );

	it( 'does not count a text that has no source in the default language', () => {
		const result = texts( JSON.stringify( { team: { name: 'Team', summary: { de: 'Nur Deutsch' } } } ) );
		expect( coverageOf( result.texts, 'fr' ) ).toMatchObject( { missing: 1, total: 1 } );
	} );
} );

describe( 'pageCoverage', () => {
	it( 'reports every language present on the sample, the default language left out', () => {
		const coverage = pageCoverage( SAMPLE );
		const total = texts( SAMPLE ).texts.filter( ( t ) => t.source ).length;
		expect( coverage ).toEqual( [ { language: 'de', translated: 1, outdated: 0, missing: total - 1, total } ] );
	} );

	it( 'is null for text that is not JSON', () => {
		expect( pageCoverage( '{' ) ).toBeNull();
	} );
} );

describe( 'languageProgress', () => {
	it( 'counts one language, for the "help translate" line of a translation page', () => {
		const total = texts( SAMPLE ).texts.filter( ( t ) => t.source ).length;
		expect( languageProgress( SAMPLE, 'de' ) ).toEqual( { language: 'de', translated: 1, outdated: 0, missing: total - 1, total } );
		expect( languageProgress( SAMPLE, 'fr' ) ).toMatchObject( { translated: 0, missing: total } );
	} );

	it( 'is null in the data\'s own language and for text that is not JSON', () => {
		expect( languageProgress( SAMPLE, 'en' ) ).toBeNull();
		expect( languageProgress( JSON.stringify( { defaultLanguage: 'de', team: { name: 'Team' } } ), 'de' ) ).toBeNull();
		expect( languageProgress( '{', 'de' ) ).toBeNull();
	} );
} );
