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
	/**
	 * Builds the list's entries now (every zone with its offset: a few
	 * hundred `Intl` look-ups), so that opening the list does not have to:
	 * called when the browser is idle, and on hover or focus.
	 */
	prepare(): void;
}

/**
 * The combobox: its elements, the list as last filtered, and which entry is
 * highlighted. The list is built from `options.options()` when it first opens.
 */
class ZoneCombobox implements ZonePicker {
	readonly element: HTMLElement;

	readonly input: HTMLInputElement;

	private readonly options: ZonePickerOptions;

	private readonly listbox: HTMLUListElement;

	private readonly menu: HTMLElement;

	private readonly status: HTMLElement;

	private value: string;

	private valueText: string;

	private all: readonly ZoneOption[] | null = null;

	private shown: ZoneOption[] = [];

	private items: HTMLLIElement[] = [];

	private active = -1;

	private open = false;

	/** The text box holds what the reader typed (not the zone in use). */
	private typed = false;

	constructor( options: ZonePickerOptions ) {
		const doc = options.doc;
		const inputId = options.idPrefix + '-input';
		const listId = options.idPrefix + '-list';
		this.options = options;
		this.value = options.value;
		this.valueText = options.valueText;
		this.input = el( doc, 'input', {
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
		this.input.value = this.valueText;
		this.listbox = el( doc, 'ul', {
			className: 'cdx-menu__listbox crs-team-zone-picker__listbox',
			attrs: { id: listId, role: 'listbox', 'aria-label': options.label }
		} );
		this.menu = el( doc, 'div', { className: 'cdx-menu crs-team-zone-picker__menu' }, this.listbox );
		this.menu.hidden = true;
		this.status = el( doc, 'span', { className: 'crs-team-visually-hidden', attrs: { role: 'status', 'aria-live': 'polite' } } );
		this.element = el( doc, 'div', { className: 'crs-team-zone-picker' },
			el( doc, 'label', { className: 'crs-team-zone-picker__label', attrs: { for: inputId } }, options.label ),
			el( doc, 'div', { className: 'crs-team-zone-picker__field' },
				el( doc, 'div', { className: 'cdx-text-input crs-team-zone-picker__text-input' }, this.input ),
				this.menu ),
			this.status );
		this.listen();
	}

	setValue( newValue: string, text: string ): void {
		this.value = newValue;
		this.valueText = text;
		if ( !this.open ) {
			this.input.value = text;
			this.typed = false;
		}
	}

	private listen(): void {
		const input = this.input;
		input.addEventListener( 'input', () => {
			this.typed = true;
			this.show( input.value );
		} );
		input.addEventListener( 'keydown', ( event: KeyboardEvent ) => this.onKeydown( event ) );
		input.addEventListener( 'click', () => {
			if ( !this.open ) {
				this.show( this.typed ? input.value : '' );
			}
		} );
		input.addEventListener( 'focus', () => {
			input.select();
			this.prepare();
		} );
		input.addEventListener( 'pointerenter', () => this.prepare() );
		input.addEventListener( 'blur', () => {
			if ( this.open ) {
				this.close( true );
			}
		} );
		// Keep the focus in the text box while the list is clicked.
		this.listbox.addEventListener( 'mousedown', ( event: MouseEvent ) => event.preventDefault() );
		this.listbox.addEventListener( 'click', ( event: MouseEvent ) => this.onListClick( event ) );
	}

	private onKeydown( event: KeyboardEvent ): void {
		if ( event.ctrlKey || event.metaKey ) {
			return;
		}
		switch ( event.key ) {
			case 'ArrowDown':
			case 'Down':
				event.preventDefault();
				if ( !this.open ) {
					this.show( this.typed ? this.input.value : '' );
					if ( !event.altKey ) {
						this.setActive( this.shown.length ? 0 : -1 );
					}
				} else if ( this.shown.length ) {
					this.setActive( ( this.active + 1 ) % this.shown.length );
				}
				break;
			case 'ArrowUp':
			case 'Up':
				event.preventDefault();
				if ( !this.open ) {
					this.show( this.typed ? this.input.value : '' );
				}
				if ( this.shown.length ) {
					this.setActive( this.active <= 0 ? this.shown.length - 1 : this.active - 1 );
				}
				break;
			case 'Enter':
				if ( this.open ) {
					event.preventDefault();
					this.chooseHighlighted();
				}
				break;
			case 'Escape':
			case 'Esc':
				if ( this.open || this.typed ) {
					event.preventDefault();
				}
				this.close( true );
				break;
			case 'Tab':
				if ( this.open ) {
					this.close( true );
				}
				break;
		}
	}

	/** Enter: the highlighted entry, or after typing the best match. */
	private chooseHighlighted(): void {
		const highlighted = this.active >= 0 ? this.shown[ this.active ] : undefined;
		const best = this.typed ? this.shown[ 0 ] : undefined;
		const option = highlighted || best;
		if ( option ) {
			this.choose( option );
		}
	}

	private onListClick( event: MouseEvent ): void {
		let node = event.target as Node | null;
		while ( node && node !== this.listbox ) {
			if ( node.nodeType === 1 && ( node as Element ).getAttribute( 'role' ) === 'option' ) {
				const option = this.shown[ this.items.indexOf( node as HTMLLIElement ) ];
				if ( option ) {
					this.choose( option );
				}
				return;
			}
			node = node.parentNode;
		}
	}

	prepare(): void {
		this.entries();
	}

	private entries(): readonly ZoneOption[] {
		this.all = this.all || this.options.options();
		return this.all;
	}

	private setActive( index: number ): void {
		const previous = this.active >= 0 ? this.items[ this.active ] : undefined;
		if ( previous ) {
			previous.classList.remove( 'cdx-menu-item--highlighted' );
		}
		this.active = index;
		const item = index >= 0 ? this.items[ index ] : undefined;
		if ( item ) {
			item.classList.add( 'cdx-menu-item--highlighted' );
			this.input.setAttribute( 'aria-activedescendant', item.id );
			if ( typeof item.scrollIntoView === 'function' ) {
				item.scrollIntoView( { block: 'nearest' } );
			}
		} else {
			this.input.removeAttribute( 'aria-activedescendant' );
		}
	}

	private fill( query: string ): void {
		const doc = this.options.doc;
		this.shown = filterZoneOptions( this.entries(), query, this.options.optionText );
		while ( this.listbox.firstChild ) {
			this.listbox.removeChild( this.listbox.firstChild );
		}
		this.active = -1;
		this.items = this.shown.map( ( option, i ) => {
			const selected = option.value === this.value;
			const li = el( doc, 'li', {
				className: 'cdx-menu-item cdx-menu-item--enabled' + ( selected ? ' cdx-menu-item--selected' : '' ),
				attrs: {
					id: this.options.idPrefix + '-option-' + i,
					role: 'option',
					'aria-selected': selected ? 'true' : 'false',
					'data-value': option.value
				}
			}, el( doc, 'span', { className: 'cdx-menu-item__content' }, this.options.optionText( option ) ) );
			this.listbox.appendChild( li );
			return li;
		} );
		this.input.removeAttribute( 'aria-activedescendant' );
		this.status.textContent = this.options.announceCount( this.shown.length, query );
	}

	private show( query: string ): void {
		this.fill( query );
		this.open = true;
		this.menu.hidden = false;
		this.input.setAttribute( 'aria-expanded', 'true' );
	}

	private close( restore: boolean ): void {
		this.open = false;
		this.menu.hidden = true;
		this.input.setAttribute( 'aria-expanded', 'false' );
		this.input.removeAttribute( 'aria-activedescendant' );
		this.active = -1;
		if ( restore ) {
			this.typed = false;
			this.input.value = this.valueText;
		}
	}

	private choose( option: ZoneOption ): void {
		this.value = option.value;
		this.valueText = this.options.optionText( option );
		this.close( true );
		this.options.onChoose( option );
	}
}

/**
 * Build the picker.
 *
 * @param options
 * @return {ZonePicker}
 */
export function renderZonePicker( options: ZonePickerOptions ): ZonePicker {
	return new ZoneCombobox( options );
}
