/**
 * One interface over the edit box, whichever is showing: the plain
 * `#wpTextbox1` textarea, or CodeEditor's Ace editor (which hides the textarea
 * and keeps the text to itself until the form is submitted).
 *
 * Positions are UTF-16 offsets into `getText()`, lines and columns 1-based,
 * as in `json/source-map.ts`.
 */
import type { TextRange } from '../json/edit';
import { offsetAt } from '../json/position';
import { changedRegion } from './text-change';

/** The parts of an Ace position, range, document, session and editor used here. */
export interface AcePosition {
	row: number;
	column: number;
}

export interface AceDocument {
	indexToPosition( index: number, startRow?: number ): AcePosition;
	replace( range: { start: AcePosition; end: AcePosition }, text: string ): AcePosition;
}

export interface AceSession {
	getValue(): string;
	getDocument(): AceDocument;
	on( event: 'change', handler: () => void ): void;
	off( event: 'change', handler: () => void ): void;
}

export interface AceEditor {
	getSession(): AceSession;
	getSelection(): { setSelectionRange( range: { start: AcePosition; end: AcePosition } ): void };
	scrollToLine( line: number, center: boolean, animate: boolean, callback?: () => void ): void;
	focus(): void;
}

export interface EditorSurface {
	/** The current text of the page being edited. */
	getText(): string;
	/** Calls `callback` after every change of the text; returns a function that stops it. */
	onChange( callback: () => void ): () => void;
	/** Puts the cursor at `line`, `column`, scrolls it into view and focuses the editor. */
	moveCursorTo( line: number, column: number ): void;
	/** Focuses the editor, keeping the cursor where it was. */
	focus(): void;
	/**
	 * Replaces the text by `newText`, changing only the part that differs so
	 * the editor's undo history keeps working, then selects `rangeToSelect`
	 * (offsets into `newText`) or puts the cursor after the change.
	 */
	replaceText( newText: string, rangeToSelect?: TextRange ): void;
}

export interface SurfaceOptions {
	/** The Ace editor when CodeEditor is showing it, else `null`; asked on every call. */
	activeAce?: () => AceEditor | null;
	/**
	 * Registers a function called with every Ace session CodeEditor creates
	 * (it makes a new one each time it is switched on), e.g. through the
	 * `codeEditor.configure` hook.
	 */
	onAceSession?: ( handler: ( session: AceSession ) => void ) => void;
	/** Scrolls the textarea to its caret; default: an estimate from the line height. */
	scrollTextareaToCaret?: ( textarea: HTMLTextAreaElement ) => void;
}

/** Scrolls a textarea so that the line with the caret is about a third from the top. */
function estimateScroll( textarea: HTMLTextAreaElement ): void {
	const before = textarea.value.slice( 0, textarea.selectionStart );
	const lines = before.split( '\n' ).length - 1;
	const style = textarea.ownerDocument.defaultView ?
		textarea.ownerDocument.defaultView.getComputedStyle( textarea ) : null;
	const lineHeight = style && parseFloat( style.lineHeight ) || 20;
	textarea.scrollTop = Math.max( 0, lines * lineHeight - textarea.clientHeight / 3 );
}

/** Replaces a textarea's selection the way typing would, so undo works; false if the browser would not. */
function insertAsTyped( textarea: HTMLTextAreaElement, text: string ): boolean {
	const doc = textarea.ownerDocument;
	try {
		return typeof doc.execCommand === 'function' && doc.execCommand( 'insertText', false, text );
	} catch {
		return false;
	}
}

/**
 * The edit box as an `EditorSurface`.
 *
 * @param textarea The page's `#wpTextbox1`
 * @param options How to reach Ace when the wiki has CodeEditor
 */
export function createEditorSurface( textarea: HTMLTextAreaElement, options: SurfaceOptions = {} ): EditorSurface {
	const activeAce = options.activeAce || ( () => null );
	const scrollToCaret = options.scrollTextareaToCaret || estimateScroll;
	const listeners: ( () => void )[] = [];
	const notify = (): void => {
		for ( const listener of listeners.slice() ) {
			listener();
		}
	};
	textarea.addEventListener( 'input', notify );
	if ( options.onAceSession ) {
		options.onAceSession( ( session ) => session.on( 'change', notify ) );
	}

	function getText(): string {
		const ace = activeAce();
		return ace ? ace.getSession().getValue() : textarea.value;
	}

	function select( start: number, end: number ): void {
		const ace = activeAce();
		if ( ace ) {
			const doc = ace.getSession().getDocument();
			const from = doc.indexToPosition( start );
			const to = doc.indexToPosition( end );
			ace.getSelection().setSelectionRange( { start: from, end: to } );
			ace.scrollToLine( from.row, true, false );
			ace.focus();
			return;
		}
		textarea.focus();
		textarea.setSelectionRange( start, end );
		scrollToCaret( textarea );
	}

	return {
		getText,

		focus(): void {
			const ace = activeAce();
			if ( ace ) {
				ace.focus();
			} else {
				textarea.focus();
			}
		},

		onChange( callback: () => void ): () => void {
			listeners.push( callback );
			return () => {
				const i = listeners.indexOf( callback );
				if ( i !== -1 ) {
					listeners.splice( i, 1 );
				}
			};
		},

		moveCursorTo( line: number, column: number ): void {
			const offset = offsetAt( getText(), line, column );
			select( offset, offset );
		},

		replaceText( newText: string, rangeToSelect?: TextRange ): void {
			const change = changedRegion( getText(), newText );
			if ( change ) {
				const ace = activeAce();
				if ( ace ) {
					const doc = ace.getSession().getDocument();
					doc.replace( { start: doc.indexToPosition( change.start ), end: doc.indexToPosition( change.end ) }, change.text );
				} else {
					textarea.focus();
					textarea.setSelectionRange( change.start, change.end );
					if ( !insertAsTyped( textarea, change.text ) || textarea.value !== newText ) {
						// No undo-friendly way in this browser: set the value and tell listeners.
						textarea.value = newText;
						textarea.dispatchEvent( new Event( 'input', { bubbles: true } ) );
					}
				}
			}
			if ( rangeToSelect ) {
				select( rangeToSelect.start, rangeToSelect.end );
			} else if ( change ) {
				const end = change.start + change.text.length;
				select( end, end );
			}
		}
	};
}
