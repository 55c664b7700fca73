/**
 * The zone picker's place in the controls while the picker itself
 * (zone-picker.ts, one of the calendar's tools, loaded on first use) has
 * not arrived: a text box of the same look showing the zone in use. The
 * tools are fetched when the browser is idle after the first render (then
 * the real picker takes the box's place) and when a reader comes near the
 * box; a reader who focuses it first waits a moment (`aria-busy`), keeps
 * what they typed and the focus, and gets the list. If the tools cannot be
 * loaded, the zone in use stays, and a reader at the box is told so in a
 * short sentence (a failed fetch at idle time says nothing).
 */
import type { CalendarTools } from './tools';
import type { ZonePicker, ZonePickerOptions } from './zone-picker';
import { el } from '../render/dom';
import { LazyPart, prefetchOnApproach, setBusy } from '../render/lazy';

export interface ZonePickerSlot extends ZonePicker {
	/** Loads the tools (if need be) and puts the real picker in place. */
	fill(): Promise<ZonePicker>;
}

interface SlotOptions {
	readonly doc: Document;
	readonly idPrefix: string;
	readonly label: string;
	readonly placeholder: string;
	readonly valueText: string;
	readonly value: string;
	/** Said when the tools cannot be loaded. */
	readonly failed: string;
	/** The picker's options, once the tools are there. */
	picker( tools: CalendarTools, value: string, valueText: string ): ZonePickerOptions;
}

/**
 * The text box that stands for the picker: the same elements, classes and
 * id, so the controls do not move when the picker takes its place.
 *
 * @param options
 */
function placeholderPicker( options: SlotOptions ): { element: HTMLElement; input: HTMLInputElement } {
	const { doc } = options;
	const inputId = options.idPrefix + '-input';
	const input = el( doc, 'input', {
		className: 'cdx-text-input__input crs-team-zone-picker__input',
		attrs: { id: inputId, type: 'text', role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', autocomplete: 'off', spellcheck: 'false', placeholder: options.placeholder }
	} );
	input.value = options.valueText;
	const element = el( doc, 'div', { className: 'crs-team-zone-picker' },
		el( doc, 'label', { className: 'crs-team-zone-picker__label', attrs: { for: inputId } }, options.label ),
		el( doc, 'div', { className: 'crs-team-zone-picker__field' },
			el( doc, 'div', { className: 'cdx-text-input crs-team-zone-picker__text-input' }, input ) ) );
	return { element, input };
}

/**
 * Puts `real` where `shell` is, carrying over the focus and what was typed.
 *
 * @param shell
 * @param shell.element
 * @param shell.input
 * @param real
 * @param valueText The zone in use, as the box showed it.
 * @param clicked The reader clicked the box (the list opens, as a click on the picker opens it).
 */
function swap( shell: { element: HTMLElement; input: HTMLInputElement }, real: ZonePicker, valueText: string, clicked: boolean ): void {
	const focused = shell.input.ownerDocument.activeElement === shell.input;
	const typed = shell.input.value !== valueText ? shell.input.value : null;
	if ( shell.element.parentNode ) {
		shell.element.parentNode.replaceChild( real.element, shell.element );
	}
	if ( focused ) {
		real.input.focus();
	}
	if ( typed !== null ) {
		real.input.value = typed;
		real.input.dispatchEvent( new Event( 'input' ) );
	} else if ( focused && clicked ) {
		real.input.click();
	}
}

/**
 * The zone picker, or its place until the tools have arrived.
 *
 * @param tools
 * @param options
 * @return {ZonePickerSlot}
 */
export function zonePickerSlot( tools: LazyPart<CalendarTools>, options: SlotOptions ): ZonePickerSlot {
	let value = options.value;
	let valueText = options.valueText;
	const loaded = tools.get();
	let real: ZonePicker | null = loaded ? loaded.renderZonePicker( options.picker( loaded, value, valueText ) ) : null;
	const shell = real ? null : placeholderPicker( options );
	let clicked = false;
	const fill = (): Promise<ZonePicker> => {
		if ( real ) {
			return Promise.resolve( real );
		}
		const current = shell as { element: HTMLElement; input: HTMLInputElement };
		setBusy( current.element, true );
		return tools.load().then( ( t ) => {
			setBusy( current.element, false );
			if ( !real ) {
				real = t.renderZonePicker( options.picker( t, value, valueText ) );
				swap( current, real, valueText, clicked );
			}
			return real;
		}, ( err: unknown ) => {
			setBusy( current.element, false );
			// Said only to a reader at the box: a failed fetch at idle time
			// is silent (the next focus tries again, and says so then).
			const atBox = clicked || options.doc.activeElement === current.input;
			if ( atBox && !current.element.querySelector( '[role="alert"]' ) ) {
				current.element.appendChild( el( options.doc, 'span', { className: 'crs-team-calendar__part-failed', attrs: { role: 'alert' } }, options.failed ) );
			}
			throw err;
		} );
	};
	if ( shell ) {
		prefetchOnApproach( shell.element, tools );
		shell.input.addEventListener( 'click', () => {
			clicked = true;
		} );
		shell.input.addEventListener( 'focus', () => {
			fill().catch( () => undefined );
		} );
	}
	return {
		get element() {
			return real ? real.element : ( shell as { element: HTMLElement } ).element;
		},
		get input() {
			return real ? real.input : ( shell as { input: HTMLInputElement } ).input;
		},
		setValue( newValue: string, text: string ): void {
			value = newValue;
			valueText = text;
			if ( real ) {
				real.setValue( newValue, text );
			} else if ( shell ) {
				shell.input.value = text;
			}
		},
		prepare(): void {
			if ( real ) {
				real.prepare();
			}
		},
		fill
	};
}
