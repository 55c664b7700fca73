/**
 * The time zone picker: a hand-made combobox after the WAI-ARIA Authoring
 * Practices ("list autocomplete with manual selection"), styled with Codex
 * CSS classes (`cdx-text-input`, `cdx-menu`, `cdx-menu-item`), so it needs
 * neither Vue nor Codex's JavaScript.
 *
 * - The text box (`role="combobox"`) shows the zone in use. Typing filters
 *   the list by city or area name (or offset); the list opens by itself.
 * - ↓/↑ open the list and move through it (`aria-activedescendant`, focus
 *   stays in the text box); Enter picks the highlighted entry (or, after
 *   typing, the best match); Escape closes the list and restores the text;
 *   Tab leaves without changing anything; a click on an entry picks it.
 * - The number of matches is announced in a polite live region.
 */
import { filterZoneOptions, ZoneOption } from './zone-options';
import { el } from '../render/dom';

export interface ZonePickerOptions {
	readonly doc: Document;
	/** Unique prefix for element ids. */
	readonly idPrefix: string;
	readonly label: string;
	readonly placeholder: string;
	/** The entries, built when the list first opens. */
	options(): readonly ZoneOption[];
	/** The text of an entry, in the list and in the text box. */
	optionText( option: ZoneOption ): string;
	/** The value of the entry in use. */
	readonly value: string;
	/** The text of the entry in use (shown before the list is built). */
	readonly valueText: string;
	/** "12 time zones found", "No time zone matches …". */
	announceCount( count: number, query: string ): string;
	onChoose( option: ZoneOption ): void;
}

export interface ZonePicker {
	readonly element: HTMLElement;
	readonly input: HTMLInputElement;
	/** Shows another entry as the one in use (without calling onChoose). */
	setValue( value: string, text: string ): void;
}

/**
 * Build the picker.
 *
 * @param options
 */
export function renderZonePicker( options: ZonePickerOptions ): ZonePicker {
	const doc = options.doc;
	const inputId = options.idPrefix + '-input';
	const listId = options.idPrefix + '-list';
	let value = options.value;
	let valueText = options.valueText;
	let all: readonly ZoneOption[] | null = null;
	let shown: ZoneOption[] = [];
	let items: HTMLLIElement[] = [];
	let active = -1;
	let open = false;
	let typed = false;

	const input = el( doc, 'input', {
		className: 'cdx-text-input__input crs-team-zone-picker__input',
		attrs: {
			id: inputId,
			type: 'text',
			role: 'combobox',
			'aria-autocomplete': 'list',
			'aria-expanded': 'false',
			'aria-controls': listId,
			autocomplete: 'off',
			spellcheck: 'false',
			placeholder: options.placeholder
		}
	} );
	input.value = valueText;
	const listbox = el( doc, 'ul', {
		className: 'cdx-menu__listbox crs-team-zone-picker__listbox',
		attrs: { id: listId, role: 'listbox', 'aria-label': options.label }
	} );
	const menu = el( doc, 'div', { className: 'cdx-menu crs-team-zone-picker__menu' }, listbox );
	menu.hidden = true;
	const status = el( doc, 'span', { className: 'crs-team-visually-hidden', attrs: { role: 'status', 'aria-live': 'polite' } } );
	const element = el( doc, 'div', { className: 'crs-team-zone-picker' },
		el( doc, 'label', { className: 'crs-team-zone-picker__label', attrs: { for: inputId } }, options.label ),
		el( doc, 'div', { className: 'crs-team-zone-picker__field' },
			el( doc, 'div', { className: 'cdx-text-input crs-team-zone-picker__text-input' }, input ),
			menu ),
		status );

	function entries(): readonly ZoneOption[] {
		all = all || options.options();
		return all;
	}

	function setActive( index: number ): void {
		if ( active >= 0 && items[ active ] ) {
			items[ active ].classList.remove( 'cdx-menu-item--highlighted' );
		}
		active = index;
		const item = index >= 0 ? items[ index ] : undefined;
		if ( item ) {
			item.classList.add( 'cdx-menu-item--highlighted' );
			input.setAttribute( 'aria-activedescendant', item.id );
			if ( typeof item.scrollIntoView === 'function' ) {
				item.scrollIntoView( { block: 'nearest' } );
			}
		} else {
			input.removeAttribute( 'aria-activedescendant' );
		}
	}

	function fill( query: string ): void {
		shown = filterZoneOptions( entries(), query, options.optionText );
		while ( listbox.firstChild ) {
			listbox.removeChild( listbox.firstChild );
		}
		active = -1;
		items = shown.map( ( option, i ) => {
			const selected = option.value === value;
			const li = el( doc, 'li', {
				className: 'cdx-menu-item cdx-menu-item--enabled' + ( selected ? ' cdx-menu-item--selected' : '' ),
				attrs: {
					id: options.idPrefix + '-option-' + i,
					role: 'option',
					'aria-selected': selected ? 'true' : 'false',
					'data-value': option.value
				}
			}, el( doc, 'span', { className: 'cdx-menu-item__content' }, options.optionText( option ) ) );
			listbox.appendChild( li );
			return li;
		} );
		input.removeAttribute( 'aria-activedescendant' );
		status.textContent = options.announceCount( shown.length, query );
	}

	function show( query: string ): void {
		fill( query );
		open = true;
		menu.hidden = false;
		input.setAttribute( 'aria-expanded', 'true' );
	}

	function close( restore: boolean ): void {
		open = false;
		menu.hidden = true;
		input.setAttribute( 'aria-expanded', 'false' );
		input.removeAttribute( 'aria-activedescendant' );
		active = -1;
		if ( restore ) {
			typed = false;
			input.value = valueText;
		}
	}

	function choose( option: ZoneOption ): void {
		value = option.value;
		valueText = options.optionText( option );
		close( true );
		options.onChoose( option );
	}

	input.addEventListener( 'input', () => {
		typed = true;
		show( input.value );
	} );

	input.addEventListener( 'keydown', ( event: KeyboardEvent ) => {
		if ( event.ctrlKey || event.metaKey ) {
			return;
		}
		switch ( event.key ) {
			case 'ArrowDown':
			case 'Down':
				event.preventDefault();
				if ( !open ) {
					show( typed ? input.value : '' );
					if ( !event.altKey ) {
						setActive( shown.length ? 0 : -1 );
					}
				} else if ( shown.length ) {
					setActive( ( active + 1 ) % shown.length );
				}
				break;
			case 'ArrowUp':
			case 'Up':
				event.preventDefault();
				if ( !open ) {
					show( typed ? input.value : '' );
				}
				if ( shown.length ) {
					setActive( active <= 0 ? shown.length - 1 : active - 1 );
				}
				break;
			case 'Enter':
				if ( open ) {
					event.preventDefault();
					if ( active >= 0 && shown[ active ] ) {
						choose( shown[ active ] );
					} else if ( typed && shown.length ) {
						choose( shown[ 0 ] );
					}
				}
				break;
			case 'Escape':
			case 'Esc':
				if ( open || typed ) {
					event.preventDefault();
				}
				close( true );
				break;
			case 'Tab':
				if ( open ) {
					close( true );
				}
				break;
		}
	} );

	input.addEventListener( 'click', () => {
		if ( !open ) {
			show( typed ? input.value : '' );
		}
	} );
	input.addEventListener( 'focus', () => {
		input.select();
	} );
	input.addEventListener( 'blur', () => {
		if ( open ) {
			close( true );
		}
	} );
	// Keep the focus in the text box while the list is clicked.
	listbox.addEventListener( 'mousedown', ( event: MouseEvent ) => event.preventDefault() );
	listbox.addEventListener( 'click', ( event: MouseEvent ) => {
		let node = event.target as Node | null;
		while ( node && node !== listbox ) {
			if ( node.nodeType === 1 && ( node as Element ).getAttribute( 'role' ) === 'option' ) {
				const option = shown[ items.indexOf( node as HTMLLIElement ) ];
				if ( option ) {
					choose( option );
				}
				return;
			}
			node = node.parentNode;
		}
	} );

	return {
		element,
		input,
		setValue( newValue: string, text: string ): void {
			value = newValue;
			valueText = text;
			if ( !open ) {
				input.value = text;
				typed = false;
			}
		}
	};
}
