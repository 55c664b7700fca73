/**
 * The month view of the conversation-hours calendar: a labelled
 * `role="grid"` table following the WAI-ARIA Authoring Practices date grid.
 *
 * - One tab stop: a roving tabindex (the focused day has `tabindex="0"`,
 *   every other day `-1`).
 * - Arrow keys move by day and week (left and right swapped in RTL),
 *   Page Up/Down by month, Shift+Page Up/Down by year, Home/End to the start
 *   and end of the week; moving past the month shows the next one.
 * - Enter or Space (or a click) selects the day (`aria-selected`) and, when it
 *   has sessions, calls `onActivate`.
 * - Today has `aria-current="date"`; each day is labelled with its full date
 *   and, when it has any, a description of its sessions.
 * - The month's name is a live region, so month changes are announced.
 *
 * Styling is by class (`crs-month__…`, see month-view.css); no inline styles.
 * The keyboard model itself is the pure `month-grid.ts`.
 */
import { directionOf } from '../data/language';
import { Session } from '../data/types';
import { formatCalendarDate, formatDayNumber, formatMonthYear, weekdayNames } from '../time/calendar-names';
import { DateStyle } from '../time/date-formats';
import { ZoneChoice } from '../time/zones';
import {
	addMonths,
	buildMonth,
	CalendarDate,
	CalendarDay,
	dateInZone,
	dateKey,
	defaultWeekStart,
	isGridKey,
	moveFocus,
	parseDateKey
} from './month-grid';

/** Interface texts, already in the reader's language (e.g. from `mw.msg`). */
export interface MonthViewMessages {
	/** Label of the button that shows the previous month. */
	readonly previousMonth: string;
	/** Label of the button that shows the next month. */
	readonly nextMonth: string;
	/**
	 * What follows the date in a day's label when it has sessions, e.g.
	 * "1 session", "2 sessions, 1 cancelled" (plural rules are the caller's).
	 */
	describeSessions( sessions: readonly Session[] ): string;
}

export interface MonthViewOptions {
	/** The month shown first; defaults to the month of `selected`, else of now. */
	readonly year?: number;
	/** 1–12. */
	readonly month?: number;
	/** MediaWiki language code. */
	readonly lang: string;
	/** How dates are written (RenderContext.dates), for the days' labels. */
	readonly dates: DateStyle;
	/** The reader's zone: which date is today. */
	readonly zone: ZoneChoice;
	readonly nowMs: number;
	/** From `groupSessionsByDay( sessions, zone )`. */
	readonly sessionsByDay: ReadonlyMap<string, readonly Session[]>;
	/** First day of the week, 0 = Sunday; defaults to the language's custom. */
	readonly weekStart?: number;
	/** Right-to-left layout; defaults to the language's direction. */
	readonly rtl?: boolean;
	/** The day selected (and focused) at first. */
	readonly selected?: CalendarDate | null;
	/** A name for the whole view, e.g. "Conversation hours calendar". */
	readonly label?: string;
	readonly messages: MonthViewMessages;
	/** A day with sessions was chosen (Enter, Space or click). */
	onActivate?( day: CalendarDay ): void;
	/** Any day was chosen (Enter, Space or click), with or without sessions. */
	onSelect?( day: CalendarDay ): void;
	/** Another month is shown. */
	onMonthChange?( year: number, month: number ): void;
}

let idCounter = 0;

function sameMonth( a: CalendarDate, year: number, month: number ): boolean {
	return a.year === year && a.month === month;
}

function navButton( doc: Document, label: string, glyph: string, modifier: string ): HTMLButtonElement {
	const button = doc.createElement( 'button' );
	button.type = 'button';
	button.className = 'cdx-button cdx-button--weight-quiet cdx-button--icon-only crs-month__nav crs-month__nav--' + modifier;
	button.setAttribute( 'aria-label', label );
	button.setAttribute( 'data-focus-key', 'month-' + modifier );
	button.title = label;
	const icon = doc.createElement( 'span' );
	icon.className = 'crs-month__nav-icon';
	icon.setAttribute( 'aria-hidden', 'true' );
	icon.textContent = glyph;
	button.appendChild( icon );
	return button;
}

/**
 * One day of the month as a grid cell: its number (hidden from screen
 * readers, which hear the full date), today's and the sessions' marks.
 *
 * @param doc
 * @param day
 * @param options
 * @return {HTMLTableCellElement}
 */
function dayCell( doc: Document, day: CalendarDay, options: MonthViewOptions ): HTMLTableCellElement {
	const td = doc.createElement( 'td' );
	const classes = [ 'crs-month__day' ];
	if ( !day.inMonth ) {
		classes.push( 'crs-month__day--outside' );
		td.className = classes.join( ' ' );
		return td;
	}
	td.setAttribute( 'data-date', day.key );
	td.tabIndex = -1;
	td.setAttribute( 'aria-selected', 'false' );
	let label = formatCalendarDate( day.date.year, day.date.month, day.date.day, options.dates, true );
	const number = doc.createElement( 'span' );
	number.className = 'crs-month__day-number';
	number.setAttribute( 'aria-hidden', 'true' );
	number.textContent = formatDayNumber( day.date.day, options.lang );
	td.appendChild( number );
	if ( day.isToday ) {
		classes.push( 'crs-month__day--today' );
		td.setAttribute( 'aria-current', 'date' );
	}
	if ( day.sessions.length ) {
		classes.push( 'crs-month__day--has-sessions' );
		label += ', ' + options.messages.describeSessions( day.sessions );
		const marker = doc.createElement( 'span' );
		marker.className = 'crs-month__marker';
		marker.setAttribute( 'aria-hidden', 'true' );
		td.appendChild( marker );
	}
	td.className = classes.join( ' ' );
	td.setAttribute( 'aria-label', label );
	return td;
}

/**
 * The live month view: the month shown, the focused day (the grid's one tab
 * stop) and the selected one, re-rendering its own grid as the reader moves
 * through months.
 */
class MonthView {
	readonly root: HTMLElement;

	private readonly doc: Document;

	private readonly options: MonthViewOptions;

	private readonly rtl: boolean;

	private readonly weekStart: number;

	private readonly title: HTMLElement;

	private readonly table: HTMLTableElement;

	private readonly headRow: HTMLTableRowElement;

	private readonly tbody: HTMLTableSectionElement;

	private readonly cells = new Map<string, HTMLTableCellElement>();

	private days = new Map<string, CalendarDay>();

	private selected: CalendarDate | null;

	private focused: CalendarDate;

	private year: number;

	private month: number;

	constructor( doc: Document, options: MonthViewOptions ) {
		this.doc = doc;
		this.options = options;
		this.rtl = typeof options.rtl === 'boolean' ? options.rtl : directionOf( options.lang ) === 'rtl';
		this.weekStart = typeof options.weekStart === 'number' ? options.weekStart : defaultWeekStart( options.lang );
		this.selected = options.selected || null;
		this.focused = this.selected || dateInZone( options.nowMs, options.zone );
		this.year = options.year || this.focused.year;
		this.month = options.month || this.focused.month;
		if ( !sameMonth( this.focused, this.year, this.month ) ) {
			this.focused = { year: this.year, month: this.month, day: 1 };
		}
		const uid = 'crs-month-' + ( ++idCounter );

		this.root = doc.createElement( 'div' );
		this.root.className = 'crs-month';
		this.root.setAttribute( 'dir', this.rtl ? 'rtl' : 'ltr' );
		if ( options.label ) {
			this.root.setAttribute( 'role', 'group' );
			this.root.setAttribute( 'aria-label', options.label );
		}
		// The arrows point the way time runs on the page: leftwards for "earlier" in LTR, rightwards in RTL.
		const prev = navButton( doc, options.messages.previousMonth, this.rtl ? '\u203A' : '\u2039', 'previous' );
		const next = navButton( doc, options.messages.nextMonth, this.rtl ? '\u2039' : '\u203A', 'next' );
		this.title = doc.createElement( 'div' );
		this.title.className = 'crs-month__title';
		this.title.id = uid + '-title';
		this.title.setAttribute( 'aria-live', 'polite' );
		const header = doc.createElement( 'div' );
		header.className = 'crs-month__header';
		header.appendChild( prev );
		header.appendChild( this.title );
		header.appendChild( next );
		this.root.appendChild( header );

		this.table = doc.createElement( 'table' );
		this.table.className = 'crs-month__grid';
		this.table.setAttribute( 'role', 'grid' );
		this.table.setAttribute( 'aria-labelledby', this.title.id );
		const thead = doc.createElement( 'thead' );
		this.headRow = doc.createElement( 'tr' );
		this.tbody = doc.createElement( 'tbody' );
		thead.appendChild( this.headRow );
		this.table.appendChild( thead );
		this.table.appendChild( this.tbody );
		this.root.appendChild( this.table );

		this.table.addEventListener( 'keydown', ( event: KeyboardEvent ) => this.onKeydown( event ) );
		this.table.addEventListener( 'click', ( event: MouseEvent ) => this.onClick( event ) );
		prev.addEventListener( 'click', () => this.step( -1 ) );
		next.addEventListener( 'click', () => this.step( 1 ) );
		this.render();
	}

	private render(): void {
		const { doc, options } = this;
		const grid = buildMonth( this.year, this.month, this.weekStart, options.zone, options.sessionsByDay, options.nowMs );
		this.title.textContent = formatMonthYear( this.year, this.month, options.lang );
		const longNames = weekdayNames( options.lang, 'long' );
		const shortNames = weekdayNames( options.lang, 'short' );
		while ( this.headRow.firstChild ) {
			this.headRow.removeChild( this.headRow.firstChild );
		}
		grid.weekdays.forEach( ( weekday ) => {
			const th = doc.createElement( 'th' );
			th.scope = 'col';
			th.className = 'crs-month__weekday';
			th.abbr = longNames[ weekday ] || '';
			th.textContent = shortNames[ weekday ] || '';
			this.headRow.appendChild( th );
		} );
		while ( this.tbody.firstChild ) {
			this.tbody.removeChild( this.tbody.firstChild );
		}
		this.cells.clear();
		this.days = new Map();
		grid.weeks.forEach( ( week ) => {
			const tr = doc.createElement( 'tr' );
			week.forEach( ( day ) => {
				const td = dayCell( doc, day, options );
				if ( day.inMonth ) {
					this.days.set( day.key, day );
					this.cells.set( day.key, td );
				}
				tr.appendChild( td );
			} );
			this.tbody.appendChild( tr );
		} );
		this.updateState();
	}

	private updateState(): void {
		const focusedKey = dateKey( this.focused );
		const selectedKey = this.selected ? dateKey( this.selected ) : null;
		this.cells.forEach( ( td, key ) => {
			const isSelected = key === selectedKey;
			td.tabIndex = key === focusedKey ? 0 : -1;
			td.setAttribute( 'aria-selected', isSelected ? 'true' : 'false' );
			td.classList.toggle( 'crs-month__day--selected', isSelected );
		} );
	}

	private show( date: CalendarDate, focus: boolean ): void {
		this.focused = date;
		if ( !sameMonth( date, this.year, this.month ) ) {
			this.year = date.year;
			this.month = date.month;
			this.render();
			if ( this.options.onMonthChange ) {
				this.options.onMonthChange( this.year, this.month );
			}
		} else {
			this.updateState();
		}
		const cell = this.cells.get( dateKey( this.focused ) );
		if ( focus && cell ) {
			cell.focus();
		}
	}

	private activate( key: string ): void {
		const day = this.days.get( key );
		if ( !day ) {
			return;
		}
		this.selected = day.date;
		this.show( day.date, true );
		if ( this.options.onSelect ) {
			this.options.onSelect( day );
		}
		if ( day.sessions.length && this.options.onActivate ) {
			this.options.onActivate( day );
		}
	}

	private onKeydown( event: KeyboardEvent ): void {
		if ( event.altKey || event.ctrlKey || event.metaKey ) {
			return;
		}
		if ( isGridKey( event.key ) ) {
			event.preventDefault();
			this.show( moveFocus( this.focused, event.key, this.rtl, { weekStart: this.weekStart, shiftKey: event.shiftKey } ), true );
		} else if ( event.key === 'Enter' || event.key === ' ' || event.key === 'Spacebar' ) {
			event.preventDefault();
			this.activate( dateKey( this.focused ) );
		}
	}

	private onClick( event: MouseEvent ): void {
		let node = event.target as Node | null;
		while ( node && node !== this.table ) {
			if ( node.nodeType === 1 && ( node as Element ).hasAttribute( 'data-date' ) ) {
				const key = ( node as Element ).getAttribute( 'data-date' ) || '';
				if ( parseDateKey( key ) ) {
					this.activate( key );
				}
				return;
			}
			node = node.parentNode;
		}
	}

	/**
	 * The previous or next month from its button: the button keeps the focus;
	 * the grid's tab stop follows to the same day of the new month.
	 *
	 * @param months
	 */
	private step( months: number ): void {
		this.show( addMonths( { year: this.year, month: this.month, day: this.focused.day }, months ), false );
	}
}

/**
 * Build the month view. The element is live: it re-renders its own grid
 * as the reader moves through months.
 *
 * @param doc The document to create elements in.
 * @param options
 * @return {HTMLElement}
 */
export function renderMonthView( doc: Document, options: MonthViewOptions ): HTMLElement {
	return new MonthView( doc, options ).root;
}
