import * as fs from 'fs';
import * as path from 'path';
import { pageTexts } from '../../src/editor/page-texts';
import { textFields } from '../../src/editor/translation';
import { translatableTexts } from '../../src/editor/translation-coverage';

const SAMPLE = fs.readFileSync( path.join( __dirname, '..', '..', 'data', 'team-page.json' ), 'utf8' );

describe( 'pageTexts', () => {
	it( 'reads plain texts, translations and source hashes, leaving out `_source` and blank texts', () => {
		const page = JSON.stringify( {
			defaultLanguage: 'de',
			team: {
				name: 'Team',
				organisation: { de: 'Stiftung', en: ' ', _source: { en: '0badc0de' } }
			}
		} );
		const result = pageTexts( page );
		expect( result.ok && result.texts ).toEqual( [
			{ path: 'team.name', languages: [ 'de' ], texts: { de: 'Team' }, sourceHashes: {} },
			{ path: 'team.organisation', languages: [ 'de', 'en' ], texts: { de: 'Stiftung' }, sourceHashes: { en: '0badc0de' } }
		] );
	} );

	it( 'is the one walk both the helper and Translate mode list: the same texts, in the same order', () => {
		const fields = textFields( SAMPLE );
		const texts = translatableTexts( SAMPLE );
		expect( fields.ok && texts.ok ).toBe( true );
		expect( fields.ok && fields.fields.map( ( f ) => f.path ) ).toEqual( texts.ok && texts.texts.map( ( t ) => t.path ) );
	} );

	it( 'says where the JSON breaks', () => {
		expect( pageTexts( '{\n  "team": ]' ) ).toMatchObject( { ok: false, error: 'not-json', line: 2 } );
	} );
} );
