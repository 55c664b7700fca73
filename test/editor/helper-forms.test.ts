/** @jest-environment jsdom */
import { createAddSessionForm } from '../../src/editor/add-session-form';
import { createAddSubteamForm } from '../../src/editor/add-subteam-form';
import { createAddTranslationForm } from '../../src/editor/add-translation-form';
import { createEditorSurface } from '../../src/editor/editor-surface';
import { createHelpersPanel } from '../../src/editor/helpers-panel';
import { addSubteam } from '../../src/editor/new-subteam';
import { addTranslation, textFields } from '../../src/editor/translation';
import { messageFormatter } from '../support/messages';

const PAGE = '{\n\t"version": 1,\n\t"team": {\n\t\t"name": "Team"\n\t},\n\t"subteams": [\n\t\t{ "id": "human-rights", "name": { "en": "Human Rights", "de": "Menschenrechte" }, "responsibilities": [ "x" ] }\n\t]\n}\n';

function setUp() {
	document.body.innerHTML = '<form id="editform"><textarea id="wpTextbox1"></textarea><input type="submit" id="wpSave"></form>';
	const form = document.getElementById( 'editform' ) as HTMLFormElement;
	const textarea = document.getElementById( 'wpTextbox1' ) as HTMLTextAreaElement;
	textarea.value = PAGE;
	const surface = createEditorSurface( textarea );
	const msg = messageFormatter();
	const subteam = createAddSubteamForm( document, {
		msg,
		add: ( input ) => {
			const result = addSubteam( surface.getText(), input );
			if ( result.ok ) {
				surface.replaceText( result.text, result.range );
			}
			return result;
		}
	} );
	const translation = createAddTranslationForm( document, {
		msg,
		add: ( input ) => {
			const result = addTranslation( surface.getText(), input, new Set( [ 'en', 'de', 'fr' ] ) );
			if ( result.ok ) {
				surface.replaceText( result.text, result.range );
			}
			return result;
		}
	} );
	translation.update( textFields( PAGE ) );
	form.appendChild( createHelpersPanel( document, msg( 'crs-team-editor-helpers-heading' ), [
		{ title: msg( 'crs-team-editor-subteam-heading' ), element: subteam },
		{ title: msg( 'crs-team-editor-translation-heading' ), element: translation.element }
	] ) );
	const submits: Event[] = [];
	form.addEventListener( 'submit', ( e ) => {
		submits.push( e );
		e.preventDefault();
	} );
	const field = ( id: string ) => document.getElementById( id ) as HTMLInputElement & HTMLSelectElement & HTMLTextAreaElement;
	const status = ( element: HTMLElement ) => element.querySelector( '.crs-editor-add__status' )!.textContent;
	const button = ( element: HTMLElement ) => element.querySelector( 'button' ) as HTMLButtonElement;
	return { textarea, subteam, translation, field, status, button, submits };
}

describe( 'helpers panel', () => {
	it( 'puts each helper in a Codex accordion titled by the helper', () => {
		setUp();
		const titles = Array.from( document.querySelectorAll( 'details.cdx-accordion summary .cdx-accordion__header__title' ) ).map( ( t ) => t.textContent );
		expect( titles ).toEqual( [ 'Add a subteam', 'Add a translation' ] );
		expect( document.querySelector( 'h2' )!.textContent ).toBe( 'Helpers' );
	} );
} );

describe( 'add a subteam form', () => {
	it( 'has labelled fields and appends the subteam to the edit box, selected', () => {
		const { textarea, subteam, field, status, button, submits } = setUp();
		for ( const id of [ 'crs-editor-subteam-id', 'crs-editor-subteam-name', 'crs-editor-subteam-responsibilities' ] ) {
			expect( document.querySelector( `label[for="${ id }"]` )!.textContent ).not.toBe( '' );
			expect( field( id ).tagName ).toMatch( /^(INPUT|TEXTAREA)$/ );
		}
		field( 'crs-editor-subteam-id' ).value = 'outreach';
		field( 'crs-editor-subteam-name' ).value = 'Outreach';
		field( 'crs-editor-subteam-responsibilities' ).value = 'One\nTwo';
		button( subteam ).click();
		const data = JSON.parse( textarea.value );
		expect( data.subteams[ 1 ] ).toEqual( { id: 'outreach', name: 'Outreach', responsibilities: [ 'One', 'Two' ] } );
		// The old text is kept before and after the new subteam.
		const firstEnd = PAGE.indexOf( '] }' ) + 3;
		expect( textarea.value.slice( 0, firstEnd ) ).toBe( PAGE.slice( 0, firstEnd ) );
		expect( textarea.value.endsWith( PAGE.slice( firstEnd ) ) ).toBe( true );
		expect( JSON.parse( textarea.value.slice( textarea.selectionStart, textarea.selectionEnd ) ).id ).toBe( 'outreach' );
		expect( status( subteam ) ).toBe( 'Subteam "outreach" was added at the end of the subteams and is selected in the edit box.' );
		expect( submits ).toHaveLength( 0 );
	} );

	it( 'says what is wrong and leaves the text alone', () => {
		const { textarea, subteam, field, status, button } = setUp();
		field( 'crs-editor-subteam-id' ).value = 'human-rights';
		field( 'crs-editor-subteam-name' ).value = 'Again';
		button( subteam ).click();
		expect( status( subteam ) ).toBe( 'Another subteam already has the id "human-rights"; choose another.' );
		field( 'crs-editor-subteam-id' ).value = 'Human Rights';
		button( subteam ).click();
		expect( status( subteam ) ).toMatch( /^Choose an id of lowercase letters/ );
		expect( textarea.value ).toBe( PAGE );
		textarea.value = PAGE.replace( '"version": 1,', '"version": 1' );
		field( 'crs-editor-subteam-id' ).value = 'new';
		button( subteam ).click();
		expect( status( subteam ) ).toBe( 'Nothing was added: the page is not valid JSON (line 3, column 2). Fix that first; the list of problems above shows where.' );
	} );

	it( 'adds on Enter in a field instead of submitting the edit form', () => {
		const { textarea, field, submits } = setUp();
		field( 'crs-editor-subteam-id' ).value = 'outreach';
		field( 'crs-editor-subteam-name' ).value = 'Outreach';
		const enter = new KeyboardEvent( 'keydown', { key: 'Enter', bubbles: true, cancelable: true } );
		field( 'crs-editor-subteam-name' ).dispatchEvent( enter );
		expect( enter.defaultPrevented ).toBe( true );
		expect( JSON.parse( textarea.value ).subteams ).toHaveLength( 2 );
		expect( submits ).toHaveLength( 0 );
	} );
} );

describe( 'add a translation form', () => {
	it( 'offers the page\'s texts by path and text, and writes the translation', () => {
		const { textarea, translation, field, status, button } = setUp();
		const select = field( 'crs-editor-translation-field' );
		expect( Array.from( select.options ).map( ( o ) => o.textContent ) ).toEqual( [
			'team.name — Team', 'subteams[0].name — Human Rights', 'subteams[0].responsibilities[0] — x'
		] );
		expect( Array.from( document.querySelectorAll( '#crs-editor-translation-languages option' ) ).map( ( o ) => ( o as HTMLOptionElement ).value ) ).toEqual( [ 'en', 'de' ] );
		select.value = 'subteams[0].name';
		field( 'crs-editor-translation-language' ).value = 'fr';
		field( 'crs-editor-translation-text' ).value = 'Droits humains';
		button( translation.element ).click();
		expect( JSON.parse( textarea.value ).subteams[ 0 ].name ).toEqual( { en: 'Human Rights', de: 'Menschenrechte', fr: 'Droits humains' } );
		expect( textarea.value.slice( textarea.selectionStart, textarea.selectionEnd ) ).toBe( '"fr": "Droits humains"' );
		expect( status( translation.element ) ).toBe( 'The "fr" translation of subteams[0].name was written and is selected in the edit box.' );
	} );

	it( 'keeps the chosen text when the list is refreshed, and refuses unknown languages', () => {
		const { textarea, translation, field, status, button } = setUp();
		field( 'crs-editor-translation-field' ).value = 'team.name';
		translation.update( textFields( '{ "team": { "name": "Renamed" }, "subteams": [] }' ) );
		expect( field( 'crs-editor-translation-field' ).value ).toBe( 'team.name' );
		expect( field( 'crs-editor-translation-field' ).options[ 0 ].textContent ).toBe( 'team.name — Renamed' );
		translation.update( textFields( '{ "team": ' ) );
		expect( field( 'crs-editor-translation-field' ).options ).toHaveLength( 1 );
		field( 'crs-editor-translation-language' ).value = 'en-uk';
		field( 'crs-editor-translation-text' ).value = 'Team';
		button( translation.element ).click();
		expect( status( translation.element ) ).toBe( 'MediaWiki does not know the language code "en-uk".' );
		expect( textarea.value ).toBe( PAGE );
	} );
} );

describe( 'the helpers inside the edit form', () => {
	it( 'never stop the edit form from being submitted while their fields are empty', () => {
		setUp();
		const form = document.getElementById( 'editform' ) as HTMLFormElement;
		form.appendChild( createAddSessionForm( document, {
			msg: messageFormatter(),
			zones: [ { value: 'UTC', label: 'UTC' } ],
			add: () => ( { id: 'x' } )
		} ) );
		expect( form.checkValidity() ).toBe( true );
		expect( Array.from( form.querySelectorAll( 'input, select, textarea' ) ).filter( ( c ) => ( c as HTMLInputElement ).required ) ).toEqual( [] );
	} );
} );
