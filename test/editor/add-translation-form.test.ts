/** @jest-environment jsdom */
import { setUpEditForm } from '../support/edit-form';

const PAGE = '{\n\t"version": 1,\n\t"team": {\n\t\t"name": "Team"\n\t},\n\t"subteams": [\n\t\t{ "id": "human-rights", "name": { "en": "Human Rights", "de": "Menschenrechte" }, "responsibilities": [ "x" ] }\n\t]\n}\n';

function optionTexts( select: HTMLSelectElement ): ( string | null )[] {
	return Array.from( select.options ).map( ( o ) => o.textContent );
}

describe( 'add a translation form', () => {
	it( 'offers the page\'s texts by path and text, and writes the translation', async () => {
		const { textarea, field, status, press, checks } = await setUpEditForm( PAGE );
		const select = field( 'crs-editor-translation-field' );
		expect( optionTexts( select ) ).toEqual( [
			'team.name — Team', 'subteams[0].name — Human Rights', 'subteams[0].responsibilities[0] — x'
		] );
		expect( Array.from( document.querySelectorAll( '#crs-editor-translation-languages option' ) ).map( ( o ) => ( o as HTMLOptionElement ).value ) ).toEqual( [ 'en', 'de' ] );
		select.value = 'subteams[0].name';
		field( 'crs-editor-translation-language' ).value = 'fr';
		field( 'crs-editor-translation-text' ).value = 'Droits humains';
		press( 'crs-editor-translation-field' );
		expect( JSON.parse( textarea.value ).subteams[ 0 ].name ).toEqual( { en: 'Human Rights', de: 'Menschenrechte', fr: 'Droits humains' } );
		expect( textarea.value.slice( textarea.selectionStart, textarea.selectionEnd ) ).toBe( '"fr": "Droits humains"' );
		expect( status( 'crs-editor-translation-field' ) ).toBe( 'The "fr" translation of subteams[0].name was written and is selected in the edit box.' );
		expect( checks() ).toBe( 1 );
	} );

	it( 'follows the edit box while the maintainer types, keeping the chosen text', async () => {
		const { field, type } = await setUpEditForm( PAGE );
		field( 'crs-editor-translation-field' ).value = 'team.name';
		type( '{ "team": { "name": "Renamed" }, "subteams": [] }' );
		expect( field( 'crs-editor-translation-field' ).value ).toBe( 'team.name' );
		expect( optionTexts( field( 'crs-editor-translation-field' ) ) ).toEqual( [ 'team.name — Renamed' ] );
		// Half-typed JSON leaves the list as it was.
		type( '{ "team": ' );
		expect( optionTexts( field( 'crs-editor-translation-field' ) ) ).toEqual( [ 'team.name — Renamed' ] );
	} );

	it( 'refuses a language code the wiki does not know', async () => {
		const { textarea, field, status, press } = await setUpEditForm( PAGE );
		field( 'crs-editor-translation-field' ).value = 'team.name';
		field( 'crs-editor-translation-language' ).value = 'en-uk';
		field( 'crs-editor-translation-text' ).value = 'Team';
		press( 'crs-editor-translation-field' );
		expect( status( 'crs-editor-translation-field' ) ).toBe( 'MediaWiki does not know the language code "en-uk".' );
		expect( textarea.value ).toBe( PAGE );
	} );
} );
