/**
 * The "add a translation" form (Codex CSS-only fields): which text, the
 * language code and the translation. The list of texts follows the edit box
 * through `update`. DOM only; the edit itself is passed in.
 */
import { el } from '../render/dom';
import type { LanguageCode } from '../data/types';
import type { EditorMessageKey } from '../i18n/editor-messages';
import type { Msg } from '../i18n/editor-messages';
import { actionButton, enterPresses, helperFieldset, labelled, select, setOptions, statusArea, textArea, textInput } from './form-controls';
import type { TextFieldsResult, TranslationError, TranslationInput, TranslationResult } from './translation';

export interface AddTranslationFormOptions {
	readonly msg: Msg;
	/** Writes the translation into the edit box (when the result is ok) and returns the result. */
	add( input: TranslationInput ): TranslationResult;
}

export interface AddTranslationForm {
	readonly element: HTMLElement;
	/**
	 * Shows the texts of the current page. When the page does not parse, the
	 * last list stays (adding then says what is wrong).
	 */
	update( fields: TextFieldsResult ): void;
}

const ERROR_MESSAGES: Readonly<Record<TranslationError, EditorMessageKey>> = {
	field: 'crs-team-editor-translation-error-field',
	language: 'crs-team-editor-translation-error-language',
	'unknown-language': 'crs-team-editor-translation-error-unknown-language',
	text: 'crs-team-editor-translation-error-text'
};

export function createAddTranslationForm( doc: Document, options: AddTranslationFormOptions ): AddTranslationForm {
	const { msg } = options;
	const element = helperFieldset( doc, msg( 'crs-team-editor-translation-heading' ) );
	const field = select( doc, [] );
	field.classList.add( 'crs-editor-add__text-field' );
	const language = textInput( doc, 'text' );
	language.input.spellcheck = false;
	language.input.autocomplete = 'off';
	language.input.size = 8;
	// Suggests the languages the page already has.
	const suggestions = el( doc, 'datalist', { attrs: { id: 'crs-editor-translation-languages' } } );
	language.input.setAttribute( 'list', suggestions.id );
	language.wrapper.appendChild( suggestions );
	const translation = textArea( doc, 3 );

	const fields = el( doc, 'div', { className: 'crs-editor-add__fields' } );
	const fieldBox = labelled( doc, 'crs-editor-translation-field', msg( 'crs-team-editor-translation-field' ), field );
	fieldBox.classList.add( 'crs-editor-add__field--wide' );
	fields.appendChild( fieldBox );
	fields.appendChild( labelled( doc, 'crs-editor-translation-language', msg( 'crs-team-editor-translation-language' ), language.wrapper, language.input ) );
	const textBox = labelled( doc, 'crs-editor-translation-text', msg( 'crs-team-editor-translation-text' ), translation.wrapper, translation.textarea );
	textBox.classList.add( 'crs-editor-add__field--wide' );
	fields.appendChild( textBox );

	const button = actionButton( doc, msg( 'crs-team-editor-translation-submit' ) );
	const status = statusArea( doc );
	enterPresses( element, button );

	button.addEventListener( 'click', () => {
		const input = { path: field.value, language: language.input.value, text: translation.textarea.value };
		const result = options.add( input );
		const code = input.language.trim().toLowerCase();
		if ( result.ok ) {
			status.say( 'success', msg( 'crs-team-editor-translation-done', code, input.path ) );
		} else if ( result.error === 'not-json' ) {
			status.say( 'error', msg( 'crs-team-editor-helper-error-not-json', String( result.line ), String( result.column ) ) );
		} else {
			status.say( 'error', msg( ERROR_MESSAGES[ result.error ], code ) );
		}
	} );

	element.appendChild( fields );
	element.appendChild( button );
	element.appendChild( status.element );

	return {
		element,
		update( result: TextFieldsResult ): void {
			if ( !result.ok ) {
				return;
			}
			setOptions( field, result.fields.map( ( f ) => ( { value: f.path, label: f.label } ) ), field.value );
			field.disabled = !result.fields.length;
			const codes: LanguageCode[] = [];
			for ( const f of result.fields ) {
				for ( const code of f.languages ) {
					if ( !codes.includes( code ) ) {
						codes.push( code );
					}
				}
			}
			setOptions( suggestions, codes.map( ( code ) => ( { value: code, label: code } ) ) );
		}
	};
}
