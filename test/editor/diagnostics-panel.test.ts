/** @jest-environment jsdom */
import { Diagnostic } from '../../src/editor/diagnostics';
import { createDiagnosticsPanel } from '../../src/editor/diagnostics-panel';
import { messageFormatter } from '../support/messages';

const msg = messageFormatter();

const d = ( severity: 'error' | 'warning', line: number, path: string | null, text: string ): Diagnostic => ( {
	severity, message: text, path, at: path, line, column: 2, offset: line * 10
} );

describe( 'diagnostics panel', () => {
	it( 'shows each problem as a Codex message whose button selects it', () => {
		const selected: Diagnostic[] = [];
		const panel = createDiagnosticsPanel( document, { onSelect: ( x ) => selected.push( x ), msg } );
		const problems = [
			d( 'error', 3, null, 'Trailing comma' ),
			d( 'warning', 7, 'subteams[1]', 'subteams[1]: A subteam with no responsibilities' )
		];
		panel.show( problems );
		const messages = panel.element.querySelectorAll( '.cdx-message' );
		expect( messages ).toHaveLength( 2 );
		expect( messages[ 0 ]!.className ).toContain( 'cdx-message--error' );
		expect( messages[ 1 ]!.className ).toContain( 'cdx-message--warning' );
		expect( messages[ 0 ]!.querySelector( '.cdx-message__icon' ) ).not.toBeNull();
		const buttons = panel.element.querySelectorAll( 'button' );
		expect( buttons[ 0 ]!.textContent ).toBe( 'Line 3, column 2: Trailing comma' );
		expect( buttons[ 1 ]!.textContent ).toBe( 'Line 7, column 2: subteams[1]: A subteam with no responsibilities' );
		buttons[ 1 ]!.click();
		expect( selected ).toEqual( [ problems[ 1 ] ] );
	} );

	it( 'says when there is no problem and replaces the list on each update', () => {
		const panel = createDiagnosticsPanel( document, { onSelect: () => undefined, msg } );
		panel.show( [ d( 'error', 1, null, 'x' ) ] );
		panel.show( [] );
		expect( panel.element.querySelectorAll( '.cdx-message' ) ).toHaveLength( 1 );
		expect( panel.element.querySelector( '.cdx-message--success' )?.textContent ).toBe( 'No problems found.' );
		expect( panel.element.getAttribute( 'aria-live' ) ).toBe( 'polite' );
	} );

	it( 'lists at most 30 problems and counts the rest', () => {
		const panel = createDiagnosticsPanel( document, { onSelect: () => undefined, msg } );
		panel.show( Array.from( { length: 35 }, ( _, i ) => d( 'warning', i + 1, null, 'w' ) ) );
		expect( panel.element.querySelectorAll( 'button' ) ).toHaveLength( 30 );
		expect( panel.element.lastElementChild?.textContent ).toBe( '5 more problems are not listed; fix the ones above first.' );
	} );
} );
