import * as fs from 'fs';
import * as path from 'path';
import { editorMessagesFor, EditorMessageKey } from '../../src/i18n/editor-messages';
import { TEXT_PATTERNS } from '../../src/editor/field-patterns';
import { describePlace, PLACE_FIELDS, placeLabel } from '../../src/editor/text-place';
import type { Json } from '../../src/json/value';

const SAMPLE = JSON.parse( fs.readFileSync( path.join( __dirname, '..', '..', 'data', 'team-page.json' ), 'utf8' ) );

function msgIn( lang: string ) {
	const { messages } = editorMessagesFor( [ lang, 'en' ] );
	return ( key: EditorMessageKey, ...params: string[] ): string => {
		const text = messages[ key ];
		if ( text === undefined ) {
			throw new Error( 'no message ' + key );
		}
		return text.replace( /\$(\d)/g, ( _, n ) => params[ Number( n ) - 1 ] ?? '' );
	};
}

describe( 'where a text appears, in words', () => {
	const label = ( p: string, lang = 'en' ) => placeLabel( describePlace( SAMPLE, p ), msgIn( lang ) );

	it( 'names the subteam and the position of a responsibility', () => {
		expect( label( 'subteams[1].responsibilities[1]' ) ).toBe( 'Subteam Human Rights — responsibility 2' );
		expect( label( 'subteams[1].responsibilities[1]', 'de' ) ).toBe( 'Teilteam Human Rights — Aufgabe 2' );
	} );

	it( 'names the session by its title, and team texts by their field', () => {
		expect( label( 'conversationHours.sessions[0].title' ) ).toBe( 'Session Conversation hour, March 2026 (sample data) — title' );
		expect( label( 'team.about[1]' ) ).toBe( 'Team — paragraph 2' );
		expect( label( 'team.lead.role' ) ).toBe( 'Team — lead\'s role' );
	} );

	it( 'falls back to the id, then the position, of an owner without a name', () => {
		const data: Json = { subteams: [ { id: 'no-name', summary: 'S' }, { summary: 'S' } ] };
		expect( placeLabel( describePlace( data, 'subteams[0].summary' ), msgIn( 'en' ) ) ).toBe( 'Subteam no-name — summary' );
		expect( placeLabel( describePlace( data, 'subteams[1].summary' ), msgIn( 'en' ) ) ).toBe( 'Subteam 2 — summary' );
	} );

	it( 'has a worded field for every translatable place of the format, in English and German', () => {
		for ( const pattern of TEXT_PATTERNS ) {
			const p = pattern.replace( /\[\]/g, '[0]' );
			const place = describePlace( {}, p );
			expect( PLACE_FIELDS ).toContain( place.field );
			expect( label( p ) ).not.toContain( '⧼' );
			expect( () => placeLabel( place, msgIn( 'de' ) ) ).not.toThrow();
		}
	} );
} );
