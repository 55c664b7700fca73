/** @jest-environment jsdom */
import { createEditorSurface } from '../../src/editor/editor-surface';
import { changedRegion } from '../../src/editor/text-change';

function makeTextarea( value: string ): HTMLTextAreaElement {
	document.body.innerHTML = '<textarea id="wpTextbox1"></textarea>';
	const textarea = document.getElementById( 'wpTextbox1' ) as HTMLTextAreaElement;
	textarea.value = value;
	return textarea;
}

const TEXT = '{\n\t"a": [\n\t\t1\n\t]\n}';

describe( 'changedRegion', () => {
	it( 'finds the one region that differs', () => {
		expect( changedRegion( 'abc', 'abc' ) ).toBeNull();
		expect( changedRegion( 'abcdef', 'abXYef' ) ).toEqual( { start: 2, end: 4, text: 'XY' } );
		expect( changedRegion( 'aaa', 'aaaa' ) ).toEqual( { start: 3, end: 3, text: 'a' } );
		expect( changedRegion( 'a\r\nb', 'a\nb' ) ).toEqual( { start: 1, end: 3, text: '\n' } );
		expect( changedRegion( 'x😀', 'x😃' ) ).toEqual( { start: 1, end: 3, text: '😃' } );
	} );
} );

describe( 'textarea surface', () => {
	afterEach( () => {
		delete ( document as { execCommand?: unknown } ).execCommand;
	} );

	it( 'reads the text and reports typing', () => {
		const textarea = makeTextarea( TEXT );
		const surface = createEditorSurface( textarea );
		const seen: string[] = [];
		const stop = surface.onChange( () => seen.push( surface.getText() ) );
		textarea.value = TEXT + ' ';
		textarea.dispatchEvent( new Event( 'input', { bubbles: true } ) );
		stop();
		textarea.dispatchEvent( new Event( 'input', { bubbles: true } ) );
		expect( seen ).toEqual( [ TEXT + ' ' ] );
	} );

	it( 'moves the cursor to a line and column, focusing the textarea', () => {
		const textarea = makeTextarea( TEXT );
		const scrolled: number[] = [];
		const surface = createEditorSurface( textarea, { scrollTextareaToCaret: ( t ) => scrolled.push( t.selectionStart ) } );
		surface.moveCursorTo( 3, 3 );
		expect( textarea.selectionStart ).toBe( TEXT.indexOf( '1' ) );
		expect( textarea.selectionEnd ).toBe( TEXT.indexOf( '1' ) );
		expect( document.activeElement ).toBe( textarea );
		expect( scrolled ).toEqual( [ TEXT.indexOf( '1' ) ] );
	} );

	it( 'replaces only the changed part as typed text when the browser can (keeping undo)', () => {
		const textarea = makeTextarea( TEXT );
		const commands: [ string, string, number, number ][] = [];
		// jsdom has no editing commands: stand in for the browser's insertText.
		( document as { execCommand?: unknown } ).execCommand = ( command: string, _ui: boolean, value: string ): boolean => {
			commands.push( [ command, value, textarea.selectionStart, textarea.selectionEnd ] );
			textarea.setRangeText( value, textarea.selectionStart, textarea.selectionEnd, 'end' );
			textarea.dispatchEvent( new Event( 'input', { bubbles: true } ) );
			return true;
		};
		const surface = createEditorSurface( textarea );
		let changes = 0;
		surface.onChange( () => changes++ );
		const newText = TEXT.replace( '1\n', '1,\n\t\t2\n' );
		const at = newText.indexOf( '2' );
		surface.replaceText( newText, { start: at, end: at + 1 } );
		expect( textarea.value ).toBe( newText );
		expect( commands ).toEqual( [ [ 'insertText', ',\n\t\t2', TEXT.indexOf( '1' ) + 1, TEXT.indexOf( '1' ) + 1 ] ] );
		expect( [ textarea.selectionStart, textarea.selectionEnd ] ).toEqual( [ at, at + 1 ] );
		expect( changes ).toBe( 1 );
	} );

	it( 'falls back to setting the value (and still reports the change) when insertText is unavailable', () => {
		const textarea = makeTextarea( TEXT );
		( document as { execCommand?: unknown } ).execCommand = (): boolean => false;
		const surface = createEditorSurface( textarea );
		let changes = 0;
		surface.onChange( () => changes++ );
		surface.replaceText( '[]' );
		expect( textarea.value ).toBe( '[]' );
		expect( changes ).toBe( 1 );
		expect( textarea.selectionStart ).toBe( 2 );
	} );

	it( 'does nothing but select when the text is unchanged', () => {
		const textarea = makeTextarea( TEXT );
		const surface = createEditorSurface( textarea );
		let changes = 0;
		surface.onChange( () => changes++ );
		surface.replaceText( TEXT, { start: 2, end: 5 } );
		expect( changes ).toBe( 0 );
		expect( [ textarea.selectionStart, textarea.selectionEnd ] ).toEqual( [ 2, 5 ] );
	} );
} );

describe( 'Ace surface', () => {
	/** A tiny stand-in for Ace's session/document API over a string. */
	function fakeAce( initial: string ) {
		let value = initial;
		const handlers: ( () => void )[] = [];
		const selections: unknown[] = [];
		const toPosition = ( index: number ) => {
			const before = value.slice( 0, index ).split( '\n' );
			return { row: before.length - 1, column: before[ before.length - 1 ]!.length };
		};
		const toIndex = ( p: { row: number; column: number } ) => value.split( '\n' ).slice( 0, p.row ).reduce( ( n, l ) => n + l.length + 1, 0 ) + p.column;
		const doc = {
			indexToPosition: toPosition,
			replace( range: { start: { row: number; column: number }; end: { row: number; column: number } }, text: string ) {
				value = value.slice( 0, toIndex( range.start ) ) + text + value.slice( toIndex( range.end ) );
				handlers.forEach( ( h ) => h() );
				return toPosition( toIndex( range.start ) + text.length );
			}
		};
		const session = {
			getValue: () => value,
			getDocument: () => doc,
			on: ( _e: 'change', h: () => void ) => handlers.push( h ),
			off: () => undefined
		};
		const editor = {
			getSession: () => session,
			getSelection: () => ( { setSelectionRange: ( r: unknown ) => selections.push( r ) } ),
			scrollToLine: jest.fn(),
			focus: jest.fn()
		};
		return { editor, session, selections };
	}

	it( 'reads, edits and moves the cursor in Ace when CodeEditor is on', () => {
		const textarea = makeTextarea( 'stale' );
		const ace = fakeAce( TEXT );
		let active = true;
		const surface = createEditorSurface( textarea, {
			activeAce: () => active ? ace.editor : null,
			onAceSession: ( handler ) => handler( ace.session )
		} );
		let changes = 0;
		surface.onChange( () => changes++ );
		expect( surface.getText() ).toBe( TEXT );
		surface.moveCursorTo( 3, 3 );
		expect( ace.selections ).toEqual( [ { start: { row: 2, column: 2 }, end: { row: 2, column: 2 } } ] );
		expect( ace.editor.scrollToLine ).toHaveBeenCalledWith( 2, true, false );
		expect( ace.editor.focus ).toHaveBeenCalled();
		surface.replaceText( TEXT.replace( '1', '42' ) );
		expect( ace.session.getValue() ).toBe( TEXT.replace( '1', '42' ) );
		expect( changes ).toBe( 1 );
		expect( textarea.value ).toBe( 'stale' );
		active = false;
		expect( surface.getText() ).toBe( 'stale' );
	} );
} );
