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
import { Session } from '../data/types';
import { formatCalendarDate, formatDayNumber, formatMonthYear, weekdayNames } from '../time/calendar-names';
import { isRtlLanguage } from '../time/text-direction';
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

/**
 * Build the month view. The element is live: it re-renders its own grid
 * as the reader moves through months.
 *
 * @param doc The document to create elements in.
 * @param options
 * @return {HTMLElement}
 */
export function renderMonthView( doc: Document, options: MonthViewOptions ): HTMLElement {
	const lang = options.lang;
	const zone = options.zone;
	const rtl = typeof options.rtl === 'boolean' ? options.rtl : isRtlLanguage( lang );
	const weekStart = typeof options.weekStart === 'number' ? options.weekStart : defaultWeekStart( lang );
	const today = dateInZone( options.nowMs, zone );
	let selected: CalendarDate | null = options.selected || null;
	let focused: CalendarDate = selected || today;
	let year = options.year || focused.year;
	let month = options.month || focused.month;
	if ( !sameMonth( focused, year, month ) ) {
		focused = { year, month, day: 1 };
	}
	const uid = 'crs-month-' + ( ++idCounter );

	const root = doc.createElement( 'div' );
	root.className = 'crs-month';
	root.setAttribute( 'dir', rtl ? 'rtl' : 'ltr' );
	if ( options.label ) {
		root.setAttribute( 'role', 'group' );
		root.setAttribute( 'aria-label', options.label );
	}

	const header = doc.createElement( 'div' );
	header.className = 'crs-month__header';
	const navButton = ( label: string, glyph: string, modifier: string ): HTMLButtonElement => {
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
	};
	// The arrows point the way time runs on the page: leftwards for "earlier" in LTR, rightwards in RTL.
	const prev = navButton( options.messages.previousMonth, rtl ? '\u203A' : '\u2039', 'previous' );
	const next = navButton( options.messages.nextMonth, rtl ? '\u2039' : '\u203A', 'next' );
	const title = doc.createElement( 'div' );
	title.className = 'crs-month__title';
	title.id = uid + '-title';
	title.setAttribute( 'aria-live', 'polite' );
	header.appendChild( prev );
	header.appendChild( title );
	header.appendChild( next );
	root.appendChild( header );

	const table = doc.createElement( 'table' );
	table.className = 'crs-month__grid';
	table.setAttribute( 'role', 'grid' );
	table.setAttribute( 'aria-labelledby', title.id );
	const thead = doc.createElement( 'thead' );
	const headRow = doc.createElement( 'tr' );
	const longNames = weekdayNames( lang, 'long' );
	const shortNames = weekdayNames( lang, 'short' );
	const tbody = doc.createElement( 'tbody' );
	thead.appendChild( headRow );
	table.appendChild( thead );
	table.appendChild( tbody );
	root.appendChild( table );

	const cells = new Map<string, HTMLTableCellElement>();
	let days = new Map<string, CalendarDay>();

	function render(): void {
		const grid = buildMonth( year, month, weekStart, zone, options.sessionsByDay, options.nowMs );
		title.textContent = formatMonthYear( year, month, lang );
		while ( headRow.firstChild ) {
			headRow.removeChild( headRow.firstChild );
		}
		grid.weekdays.forEach( ( weekday ) => {
			const th = doc.createElement( 'th' );
			th.scope = 'col';
			th.className = 'crs-month__weekday';
			th.abbr = longNames[ weekday ];
			th.textContent = shortNames[ weekday ];
			headRow.appendChild( th );
		} );
		while ( tbody.firstChild ) {
			tbody.removeChild( tbody.firstChild );
		}
		cells.clear();
		days = new Map();
		grid.weeks.forEach( ( week ) => {
			const tr = doc.createElement( 'tr' );
			week.forEach( ( day ) => {
				const td = doc.createElement( 'td' );
				const classes = [ 'crs-month__day' ];
				if ( !day.inMonth ) {
					classes.push( 'crs-month__day--outside' );
					td.className = classes.join( ' ' );
					tr.appendChild( td );
					return;
				}
				days.set( day.key, day );
				cells.set( day.key, td );
				td.setAttribute( 'data-date', day.key );
				td.tabIndex = -1;
				td.setAttribute( 'aria-selected', 'false' );
				let label = formatCalendarDate( day.date.year, day.date.month, day.date.day, lang, true );
				const number = doc.createElement( 'span' );
				number.className = 'crs-month__day-number';
				number.setAttribute( 'aria-hidden', 'true' );
				number.textContent = formatDayNumber( day.date.day, lang );
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
				tr.appendChild( td );
			} );
			tbody.appendChild( tr );
		} );
		updateState();
	}

	function updateState(): void {
		cells.forEach( ( td, key ) => {
			const isFocused = key === dateKey( focused );
			const isSelected = !!selected && key === dateKey( selected );
			td.tabIndex = isFocused ? 0 : -1;
			td.setAttribute( 'aria-selected', isSelected ? 'true' : 'false' );
			td.classList.toggle( 'crs-month__day--selected', isSelected );
		} );
	}

	function show( date: CalendarDate, focus: boolean ): void {
		focused = date;
		if ( !sameMonth( date, year, month ) ) {
			year = date.year;
			month = date.month;
			render();
			if ( options.onMonthChange ) {
				options.onMonthChange( year, month );
			}
		} else {
			updateState();
		}
		const cell = cells.get( dateKey( focused ) );
		if ( focus && cell ) {
			cell.focus();
		}
	}

	function activate( key: string ): void {
		const day = days.get( key );
		if ( !day ) {
			return;
		}
		selected = day.date;
		show( day.date, true );
		if ( options.onSelect ) {
			options.onSelect( day );
		}
		if ( day.sessions.length && options.onActivate ) {
			options.onActivate( day );
		}
	}

	table.addEventListener( 'keydown', ( event: KeyboardEvent ) => {
		if ( event.altKey || event.ctrlKey || event.metaKey ) {
			return;
		}
		if ( isGridKey( event.key ) ) {
			event.preventDefault();
			show( moveFocus( focused, event.key, rtl, { weekStart, shiftKey: event.shiftKey } ), true );
		} else if ( event.key === 'Enter' || event.key === ' ' || event.key === 'Spacebar' ) {
			event.preventDefault();
			activate( dateKey( focused ) );
		}
	} );

	table.addEventListener( 'click', ( event: MouseEvent ) => {
		let node = event.target as Node | null;
		while ( node && node !== table ) {
			if ( node.nodeType === 1 && ( node as Element ).hasAttribute( 'data-date' ) ) {
				const key = ( node as Element ).getAttribute( 'data-date' ) || '';
				if ( parseDateKey( key ) ) {
					activate( key );
				}
				return;
			}
			node = node.parentNode;
		}
	} );

	const step = ( months: number ): void => {
		// Buttons keep focus; the grid's tab stop follows to the same day of the new month.
		show( addMonths( { year, month, day: focused.day }, months ), false );
	};
	prev.addEventListener( 'click', () => step( -1 ) );
	next.addEventListener( 'click', () => step( 1 ) );

	render();
	return root;
}
