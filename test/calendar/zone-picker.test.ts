/** @jest-environment jsdom */
/**
 * The time zone combobox on its own: what the keyboard and the mouse do,
 * and what assistive technology is told (role, aria-expanded,
 * aria-activedescendant, aria-selected, the number of matches).
 */
import { ZoneOption, zoneOptions } from '../../src/calendar/zone-options';
import { renderZonePicker, ZonePicker } from '../../src/calendar/zone-picker';

const NOW = Date.parse( '2026-12-10T16:00:00Z' );
const OPTIONS = zoneOptions( [ 'America/Sao_Paulo', 'Asia/Kathmandu', 'Asia/Kolkata', 'Europe/Berlin' ], NOW, { kind: 'iana', zone: 'Europe/Berlin' }, null );

interface Mounted {
	readonly picker: ZonePicker;
	readonly input: HTMLInputElement;
	readonly chosen: string[];
	/** How often the list was built. */
	readonly builds: () => number;
}

function mount(): Mounted {
	document.body.innerHTML = '';
	const chosen: string[] = [];
	let builds = 0;
	const picker = renderZonePicker( {
		doc: document,
		idPrefix: 'tz',
		label: 'Time zone',
		placeholder: 'Search by city or region',
		options: () => {
			builds++;
			return OPTIONS;
		},
		optionText: ( option: ZoneOption ) => option.kind === 'preference' ? 'Your time zone: ' + option.label : option.label,
		value: 'preference',
		valueText: 'Your time zone: Europe/Berlin (UTC+1)',
		announceCount: ( count: number, query: string ) => count ? count + ' found' : 'nothing for ' + query,
		onChoose: ( option: ZoneOption ) => {
			chosen.push( option.value );
		}
	} );
	document.body.appendChild( picker.element );
	return { picker, input: picker.input, chosen, builds: () => builds };
}

function key( input: HTMLInputElement, name: string, init: KeyboardEventInit = {} ): KeyboardEvent {
	const event = new KeyboardEvent( 'keydown', Object.assign( { key: name, bubbles: true, cancelable: true }, init ) );
	input.dispatchEvent( event );
	return event;
}

function type( input: HTMLInputElement, text: string ): void {
	input.focus();
	input.value = text;
	input.dispatchEvent( new Event( 'input', { bubbles: true } ) );
}

function shownOptions(): string[] {
	return Array.prototype.map.call( document.querySelectorAll( '[role="option"]' ), ( o: Element ) => o.textContent ) as string[];
}

function highlighted( input: HTMLInputElement ): string | null {
	const id = input.getAttribute( 'aria-activedescendant' );
	const option = id ? document.getElementById( id ) : null;
	return option ? option.textContent : null;
}

function listOpen( input: HTMLInputElement ): boolean {
	const list = document.getElementById( input.getAttribute( 'aria-controls' ) || '' ) as HTMLElement;
	return input.getAttribute( 'aria-expanded' ) === 'true' && !( list.parentNode as HTMLElement ).hidden;
}

describe( 'the time zone combobox', () => {
	test( 'a labelled combobox showing the zone in use, its list closed and not yet built', () => {
		const { input, builds } = mount();
		const label = document.querySelector( 'label' ) as HTMLLabelElement;
		expect( input.getAttribute( 'role' ) ).toBe( 'combobox' );
		expect( input.getAttribute( 'aria-autocomplete' ) ).toBe( 'list' );
		expect( label.htmlFor ).toBe( input.id );
		expect( label.textContent ).toBe( 'Time zone' );
		expect( input.value ).toBe( 'Your time zone: Europe/Berlin (UTC+1)' );
		expect( listOpen( input ) ).toBe( false );
		expect( builds() ).toBe( 0 );
	} );

	test( 'Down opens the list on the first entry; arrows move the highlight (wrapping), focus stays in the box', () => {
		const { input, builds } = mount();
		input.focus();
		expect( key( input, 'ArrowDown' ).defaultPrevented ).toBe( true );
		expect( listOpen( input ) ).toBe( true );
		expect( builds() ).toBe( 1 );
		expect( highlighted( input ) ).toBe( 'Your time zone: Europe/Berlin (UTC+1)' );
		key( input, 'ArrowDown' );
		expect( highlighted( input ) ).toBe( 'UTC' );
		key( input, 'ArrowUp' );
		key( input, 'ArrowUp' );
		expect( highlighted( input ) ).toBe( 'Europe/Berlin (UTC+1)' );
		expect( document.activeElement ).toBe( input );
		expect( document.querySelectorAll( '.cdx-menu-item--highlighted' ) ).toHaveLength( 1 );
	} );

	test( 'the zone in use is marked selected in the list', () => {
		const { input } = mount();
		key( input, 'ArrowDown' );
		const selected = document.querySelectorAll( '[role="option"][aria-selected="true"]' );
		expect( Array.prototype.map.call( selected, ( o: Element ) => o.textContent ) ).toEqual( [ 'Your time zone: Europe/Berlin (UTC+1)' ] );
	} );

	test( 'typing filters by city, best matches first, and announces the count', () => {
		const { input } = mount();
		type( input, 'k' );
		expect( shownOptions() ).toEqual( [ 'Asia/Kathmandu (UTC+5:45)', 'Asia/Kolkata (UTC+5:30)' ] );
		expect( document.querySelector( '[role="status"]' )?.textContent ).toBe( '2 found' );
		expect( input.hasAttribute( 'aria-activedescendant' ) ).toBe( false );
		type( input, 'atlantis' );
		expect( shownOptions() ).toEqual( [] );
		expect( document.querySelector( '[role="status"]' )?.textContent ).toBe( 'nothing for atlantis' );
	} );

	test( 'Enter after typing picks the best match; the box then shows it and the list closes', () => {
		const { input, chosen } = mount();
		type( input, 'são paulo' );
		expect( key( input, 'Enter' ).defaultPrevented ).toBe( true );
		expect( chosen ).toEqual( [ 'America/Sao_Paulo' ] );
		expect( input.value ).toBe( 'America/Sao Paulo (UTC\u22123)' );
		expect( listOpen( input ) ).toBe( false );
		expect( input.hasAttribute( 'aria-activedescendant' ) ).toBe( false );
	} );

	test( 'Enter picks the highlighted entry', () => {
		const { input, chosen } = mount();
		type( input, 'asia' );
		key( input, 'ArrowDown' );
		key( input, 'ArrowDown' );
		key( input, 'Enter' );
		expect( chosen ).toEqual( [ 'Asia/Kolkata' ] );
	} );

	test( 'Escape and Tab close the list and put back the zone in use, choosing nothing', () => {
		const { input, chosen } = mount();
		type( input, 'kath' );
		expect( key( input, 'Escape' ).defaultPrevented ).toBe( true );
		expect( input.value ).toBe( 'Your time zone: Europe/Berlin (UTC+1)' );
		expect( listOpen( input ) ).toBe( false );
		type( input, 'kath' );
		expect( key( input, 'Tab' ).defaultPrevented ).toBe( false );
		expect( input.value ).toBe( 'Your time zone: Europe/Berlin (UTC+1)' );
		expect( chosen ).toEqual( [] );
	} );

	test( 'Enter with the list closed does nothing (the form is not the picker\'s)', () => {
		const { input, chosen } = mount();
		expect( key( input, 'Enter' ).defaultPrevented ).toBe( false );
		expect( chosen ).toEqual( [] );
	} );

	test( 'a click on an entry picks it; pressing the mouse keeps the focus in the box', () => {
		const { input, chosen } = mount();
		input.focus();
		input.dispatchEvent( new MouseEvent( 'click', { bubbles: true } ) );
		expect( listOpen( input ) ).toBe( true );
		const option = Array.prototype.find.call( document.querySelectorAll( '[role="option"] span' ), ( s: Element ) => s.textContent === 'Asia/Kathmandu (UTC+5:45)' ) as HTMLElement;
		const press = new MouseEvent( 'mousedown', { bubbles: true, cancelable: true } );
		option.dispatchEvent( press );
		expect( press.defaultPrevented ).toBe( true );
		option.dispatchEvent( new MouseEvent( 'click', { bubbles: true } ) );
		expect( chosen ).toEqual( [ 'Asia/Kathmandu' ] );
		expect( input.value ).toBe( 'Asia/Kathmandu (UTC+5:45)' );
	} );

	test( 'leaving the box closes the list', () => {
		const { input } = mount();
		type( input, 'asia' );
		input.blur();
		expect( listOpen( input ) ).toBe( false );
		expect( input.value ).toBe( 'Your time zone: Europe/Berlin (UTC+1)' );
	} );

	test( 'setValue shows another zone in use without choosing it', () => {
		const { picker, input, chosen } = mount();
		picker.setValue( 'UTC', 'UTC' );
		expect( input.value ).toBe( 'UTC' );
		key( input, 'ArrowDown' );
		expect( document.querySelector( '[role="option"][aria-selected="true"]' )?.textContent ).toBe( 'UTC' );
		expect( chosen ).toEqual( [] );
	} );
} );

describe( 'building the list off the interaction path', () => {
	it( 'prepare() builds the entries once; opening the list afterwards reuses them', () => {
		const { picker, input, builds } = mount();
		expect( builds() ).toBe( 0 );
		picker.prepare();
		picker.prepare();
		expect( builds() ).toBe( 1 );
		input.click();
		expect( listOpen( input ) ).toBe( true );
		expect( shownOptions().length ).toBe( OPTIONS.length );
		expect( builds() ).toBe( 1 );
	} );

	it( 'builds the entries when the pointer comes over the box or it gets focus, before the list opens', () => {
		const first = mount();
		first.input.dispatchEvent( new Event( 'pointerenter' ) );
		expect( first.builds() ).toBe( 1 );
		expect( listOpen( first.input ) ).toBe( false );
		const second = mount();
		second.input.focus();
		expect( second.builds() ).toBe( 1 );
	} );
} );
