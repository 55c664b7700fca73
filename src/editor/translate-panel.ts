/**
 * Translate mode: pick a target language, see "N of M texts translated"
 * with a Codex progress bar, and translate the page's texts one row each
 * (where it appears, the source text, a field pre-filled with the current
 * translation). A translation is written into the edit box when its field
 * loses focus or on Enter (which then moves to the next untranslated row);
 * "Undo" takes back the panel's last write before saving. DOM only: the
 * model and the edits are `translation-coverage.ts` and `translate-edit.ts`.
 */
import type { LanguageCode } from '../data/types';
import type { Msg } from '../i18n/editor-messages';
import { el, replaceChildren } from '../render/dom';
import { findLanguage, LanguageInfo, languageLabel } from './language-choice';
import { actionButton, labelled, select, setOptions, statusArea, textArea, textInput } from './form-controls';
import { placeLabel } from './text-place';
import { writeTranslation } from './translate-edit';
import { coverageByLanguage, coverageOf, stateOf, TranslatableText, translatableTexts } from './translation-coverage';

export interface TranslatePanelOptions {
	readonly msg: Msg;
	/** The edit box's text now. */
	getText(): string;
	/** Puts a new text into the edit box (and has it checked and previewed). */
	setText( text: string ): void;
	/** Shows the preview in `lang`. */
	showLanguage( lang: LanguageCode ): void;
	/** The language to start with (`crs-translate=de` in the address), if any. */
	readonly initialLanguage?: string;
}

export interface TranslatePanel {
	readonly element: HTMLElement;
	/** Redraws the rows from the edit box's text (after it changed). */
	update(): void;
	/** The wiki's languages have arrived. */
	setLanguages( list: readonly LanguageInfo[] ): void;
}

type Filter = 'untranslated' | 'outdated' | 'all';

/**
 * The progress bar: a native `<progress>` styled with Codex tokens (the
 * Codex 1.14 of MediaWiki 1.43 has no determinate `cdx-progress-bar`; its
 * later one sets a width through an inline style), labelled by the summary.
 */
function progressBar( doc: Document, labelId: string ): { element: HTMLProgressElement; set: ( done: number, total: number ) => void } {
	const element = el( doc, 'progress', { className: 'crs-translate__bar', attrs: { 'aria-labelledby': labelId } } );
	return {
		element,
		set( done: number, total: number ): void {
			// `max` must be above 0; an empty page shows an empty bar.
			element.max = Math.max( total, 1 );
			element.value = total ? done : 0;
		}
	};
}

function rowOf( doc: Document, msg: Msg, text: TranslatableText, lang: LanguageInfo, index: number ): HTMLElement {
	const state = stateOf( text, lang.code );
	const field = textArea( doc, 2 );
	// The default value is what the text has: anything else in the field is not written yet.
	field.textarea.defaultValue = text.translations[ lang.code ] || '';
	field.textarea.lang = lang.code;
	field.textarea.dir = lang.dir;
	field.textarea.setAttribute( 'data-crs-path', text.path );
	const where = placeLabel( text.place, msg );
	const stateText = state === 'translated' ? '' : msg( state === 'outdated' ? 'crs-team-editor-translate-outdated' : 'crs-team-editor-translate-missing' );
	return el( doc, 'li', { className: `crs-translate__row crs-translate__row--${ state }`, attrs: { 'data-crs-state': state } },
		labelled( doc, `crs-translate-text-${ index }`, where + ( stateText ? ` (${ stateText })` : '' ), field.wrapper, field.textarea, 'crs-translate__field' ),
		el( doc, 'p', { className: 'crs-translate__source', attrs: { lang: '' } }, text.source ) );
}

/** The panel's elements. */
interface PanelParts {
	readonly element: HTMLElement;
	readonly languageInput: HTMLInputElement;
	readonly list: HTMLDataListElement;
	readonly filterSelect: HTMLSelectElement;
	readonly summary: HTMLElement;
	readonly everyLanguage: HTMLElement;
	readonly bar: ReturnType<typeof progressBar>;
	readonly rows: HTMLElement;
	readonly undo: HTMLButtonElement;
	readonly status: ReturnType<typeof statusArea>;
}

function buildPanel( doc: Document, msg: Msg, initialLanguage: string ): PanelParts {
	const languageInput = textInput( doc, 'text' );
	languageInput.input.autocomplete = 'off';
	languageInput.input.value = initialLanguage;
	const list = el( doc, 'datalist', { attrs: { id: 'crs-translate-languages' } } );
	languageInput.input.setAttribute( 'list', list.id );
	languageInput.wrapper.appendChild( list );
	const filterSelect = select( doc, [
		{ value: 'untranslated', label: msg( 'crs-team-editor-translate-filter-untranslated' ) },
		{ value: 'outdated', label: msg( 'crs-team-editor-translate-filter-outdated' ) },
		{ value: 'all', label: msg( 'crs-team-editor-translate-filter-all' ) }
	] );
	const summary = el( doc, 'p', { className: 'crs-translate__summary', attrs: { id: 'crs-translate-summary', 'aria-live': 'polite' } } );
	const everyLanguage = el( doc, 'p', { className: 'crs-translate__languages' } );
	const bar = progressBar( doc, summary.id );
	const rows = el( doc, 'ol', { className: 'crs-translate__rows' } );
	const undo = actionButton( doc, msg( 'crs-team-editor-translate-undo' ) );
	undo.className = 'cdx-button crs-translate__undo';
	undo.disabled = true;
	const status = statusArea( doc );
	const headingId = 'crs-translate-heading';
	const element = el( doc, 'section', { className: 'crs-translate', attrs: { 'aria-labelledby': headingId } },
		el( doc, 'h2', { attrs: { id: headingId } }, msg( 'crs-team-editor-translate-heading' ) ),
		el( doc, 'div', { className: 'crs-translate__controls' },
			labelled( doc, 'crs-translate-language', msg( 'crs-team-editor-translate-language' ), languageInput.wrapper, languageInput.input ),
			labelled( doc, 'crs-translate-filter', msg( 'crs-team-editor-translate-filter' ), filterSelect ),
			undo ),
		everyLanguage, summary, bar.element, status.element, rows );
	return { element, languageInput: languageInput.input, list, filterSelect, summary, everyLanguage, bar, rows, undo, status };
}

/** Every language's coverage, and the chosen language's rows under the filter. */
function drawPanel( doc: Document, parts: PanelParts, msg: Msg, text: string, language: LanguageInfo | null, filter: Filter ): void {
	const { status, everyLanguage, summary, rows, bar } = parts;
	const result = translatableTexts( text );
	if ( !result.ok ) {
		status.say( 'error', msg( 'crs-team-editor-helper-error-not-json', String( result.line ), String( result.column ) ) );
		return;
	}
	replaceChildren( status.element, [] );
	const present = coverageByLanguage( result.texts, result.defaultLanguage );
	replaceChildren( everyLanguage, present.length ? msg( 'crs-team-editor-translate-languages', present
		.map( ( c ) => msg( 'crs-team-editor-translate-language-coverage', c.language, String( c.translated ), String( c.total ), String( c.outdated ) ) )
		.join( ', ' ) ) : '' );
	if ( !language || language.code === result.defaultLanguage ) {
		replaceChildren( summary, msg( 'crs-team-editor-translate-choose' ) );
		replaceChildren( rows, [] );
		bar.set( 0, 0 );
		return;
	}
	const coverage = coverageOf( result.texts, language.code );
	replaceChildren( summary, msg( 'crs-team-editor-translate-progress', String( coverage.translated ), String( coverage.total ), String( coverage.outdated ), languageLabel( language ) ) );
	bar.set( coverage.translated, coverage.total );
	const shown = result.texts.filter( ( t ) => t.source && ( filter === 'all' ||
		( filter === 'outdated' ? stateOf( t, language.code ) === 'outdated' : stateOf( t, language.code ) !== 'translated' ) ) );
	replaceChildren( rows, shown.map( ( t, i ) => rowOf( doc, msg, t, language, i ) ) );
}

/** The next field after `path` that has no text yet, wrapping around. */
function nextUntranslated( rows: HTMLElement, path: string | null ): HTMLTextAreaElement | undefined {
	const fields = [ ...rows.querySelectorAll<HTMLTextAreaElement>( 'textarea' ) ];
	const at = fields.findIndex( ( f ) => f.getAttribute( 'data-crs-path' ) === path );
	return fields.slice( at + 1 ).concat( fields ).find( ( f ) => !f.value.trim() && f.getAttribute( 'data-crs-path' ) !== path );
}

/**
 * Remembers what is typed in the rows but not written yet, and where the
 * focus is; the function returned puts both back into the redrawn rows.
 *
 * @param rows
 * @param doc
 */
function keepDrafts( rows: HTMLElement, doc: Document ): () => void {
	const drafts = new Map<string, string>();
	for ( const field of rows.querySelectorAll<HTMLTextAreaElement>( 'textarea' ) ) {
		if ( field.value !== field.defaultValue ) {
			drafts.set( field.getAttribute( 'data-crs-path' ) || '', field.value );
		}
	}
	const active = doc.activeElement;
	const focused = active instanceof HTMLTextAreaElement && rows.contains( active ) ? active.getAttribute( 'data-crs-path' ) : null;
	return () => {
		for ( const field of rows.querySelectorAll<HTMLTextAreaElement>( 'textarea' ) ) {
			const path = field.getAttribute( 'data-crs-path' ) || '';
			const draft = drafts.get( path );
			if ( draft !== undefined ) {
				field.value = draft;
			}
			if ( path === focused ) {
				field.focus();
			}
		}
	};
}

/** The Translate section of the edit form. */
export function createTranslatePanel( doc: Document, options: TranslatePanelOptions ): TranslatePanel {
	const { msg } = options;
	let languages: readonly LanguageInfo[] = [];
	let language: LanguageInfo | null = null;
	let filter: Filter = 'untranslated';
	const undoStack: string[] = [];
	const parts = buildPanel( doc, msg, options.initialLanguage || '' );
	const { element, languageInput, list, filterSelect, rows, undo } = parts;

	let drawnText: string | null = null;
	const draw = (): void => {
		drawnText = options.getText();
		const drafts = keepDrafts( rows, doc );
		drawPanel( doc, parts, msg, drawnText, language, filter );
		drafts();
	};

	const chooseLanguage = (): void => {
		language = findLanguage( languageInput.value, languages );
		if ( language ) {
			options.showLanguage( language.code );
		}
		draw();
	};

	const write = ( field: HTMLTextAreaElement ): void => {
		const path = field.getAttribute( 'data-crs-path' );
		const before = options.getText();
		if ( !path || !language || !field.value.trim() ) {
			return;
		}
		const result = writeTranslation( before, path, language.code, field.value );
		if ( result.ok && result.text !== before ) {
			undoStack.push( before );
			undo.disabled = false;
			options.setText( result.text );
			options.showLanguage( language.code );
		}
	};

	rows.addEventListener( 'change', ( event ) => {
		if ( event.target instanceof HTMLTextAreaElement ) {
			write( event.target );
		}
	} );
	rows.addEventListener( 'keydown', ( event: KeyboardEvent ) => {
		if ( event.key !== 'Enter' || event.shiftKey || !( event.target instanceof HTMLTextAreaElement ) ) {
			return;
		}
		// Enter writes the translation and moves on; Shift+Enter is a line break.
		event.preventDefault();
		const path = event.target.getAttribute( 'data-crs-path' );
		write( event.target );
		draw();
		const next = nextUntranslated( rows, path );
		if ( next ) {
			next.focus();
		}
	} );
	languageInput.addEventListener( 'change', chooseLanguage );
	languageInput.addEventListener( 'keydown', ( event: KeyboardEvent ) => {
		if ( event.key === 'Enter' ) {
			// Enter would submit (and save) MediaWiki's edit form.
			event.preventDefault();
			chooseLanguage();
		}
	} );
	filterSelect.addEventListener( 'change', () => {
		filter = filterSelect.value as Filter;
		draw();
	} );
	undo.addEventListener( 'click', () => {
		const previous = undoStack.pop();
		if ( previous !== undefined ) {
			options.setText( previous );
			draw();
		}
		undo.disabled = !undoStack.length;
	} );

	chooseLanguage();
	return {
		element,
		update(): void {
			// The panel's own writes are drawn already; redrawing would only
			// cost the translator the row they are typing in.
			if ( options.getText() !== drawnText ) {
				draw();
			}
		},
		setLanguages( next: readonly LanguageInfo[] ): void {
			languages = next;
			setOptions( list, next.map( ( l ) => ( { value: languageLabel( l ), label: l.code } ) ) );
			chooseLanguage();
		}
	};
}
