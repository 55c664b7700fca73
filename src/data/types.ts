/**
 * The domain model of the team page, as the rest of the code sees it after
 * validation. Raw JSON from the data page never travels past `validate.ts`.
 */

/** A language code as MediaWiki writes it: lower case, e.g. `en`, `de`, `pt-br`. */
export type LanguageCode = string;

/**
 * Text a maintainer can translate. In the JSON it is either a plain string (in
 * the data page's `defaultLanguage`) or an object keyed by language code.
 * After validation it is always the object form.
 */
export type LocalisedText = Readonly<Record<LanguageCode, string>>;

/** A link target: a wiki page title or an absolute http(s) URL. */
export type LinkTarget =
	| { readonly kind: 'wiki'; readonly title: string }
	| { readonly kind: 'external'; readonly url: string };

export interface Link {
	readonly target: LinkTarget;
	/** Shown text; when absent the title (or URL host) is shown. */
	readonly label?: LocalisedText;
}

export interface TeamLead {
	readonly name: string;
	readonly role?: LocalisedText;
	readonly link?: Link;
}

export interface Goals {
	/** e.g. "2023–2024" */
	readonly period?: string;
	readonly intro?: LocalisedText;
	readonly items: readonly LocalisedText[];
	readonly link?: Link;
}

export interface Team {
	readonly name: LocalisedText;
	readonly organisation?: LocalisedText;
	readonly department?: LocalisedText;
	readonly lead?: TeamLead;
	readonly summary?: LocalisedText;
	/** Paragraphs of the "what we do" section. */
	readonly about: readonly LocalisedText[];
	readonly goals?: Goals;
	readonly links: readonly Link[];
}

export interface Subteam {
	/** Stable identifier (lowercase letters, digits, hyphens); used for anchors. */
	readonly id: string;
	readonly name: LocalisedText;
	readonly summary?: LocalisedText;
	readonly responsibilities: readonly LocalisedText[];
	readonly page?: Link;
	readonly contact?: Link;
	readonly links: readonly Link[];
}

export type SessionStatus = 'scheduled' | 'cancelled' | 'postponed';

export interface Session {
	/** Stable identifier; also the basis of the iCalendar UID. */
	readonly id: string;
	readonly title?: LocalisedText;
	readonly description?: LocalisedText;
	/** Milliseconds since the epoch (UTC), parsed from ISO 8601 with an offset or Z. */
	readonly start: number;
	readonly end: number;
	/** The ISO strings exactly as written in the data page. */
	readonly startText: string;
	readonly endText: string;
	readonly status: SessionStatus;
	/** iCalendar SEQUENCE: maintainers bump it when they move a session. */
	readonly sequence: number;
	readonly stream?: Link;
	readonly room?: Link;
	readonly notes?: Link;
	readonly recording?: Link;
}

/** A planned slot without a fixed date, e.g. "Q1 2027, date to be announced". */
export interface PlannedSlot {
	readonly label: LocalisedText;
	readonly note?: LocalisedText;
}

export interface ConversationHours {
	readonly description: readonly LocalisedText[];
	/** e.g. "quarterly"; shown through an interface message when known. */
	readonly cadence?: 'weekly' | 'monthly' | 'quarterly' | 'yearly' | 'irregular';
	readonly stream?: Link;
	readonly room?: Link;
	readonly notesCategory?: Link;
	/**
	 * The notes category also holds the notes of this year and earlier: the
	 * sentence that links to it says "including from 2022 and earlier".
	 */
	readonly earlierNotesUntil?: number;
	readonly earlierNotes: readonly Link[];
	readonly planned: readonly PlannedSlot[];
	readonly sessions: readonly Session[];
}

export interface TeamPageData {
	/** The language that plain-string texts are written in. */
	readonly defaultLanguage: LanguageCode;
	/** True for the built-in sample data: the page says so to readers. */
	readonly sample: boolean;
	readonly team: Team;
	readonly subteams: readonly Subteam[];
	readonly conversationHours: ConversationHours;
}

export const VIEWS = [ 'overview', 'subteams', 'calendar' ] as const;
export type View = typeof VIEWS[number];

export function isView( value: unknown ): value is View {
	return typeof value === 'string' && ( VIEWS as readonly string[] ).includes( value );
}

/** One thing wrong (error) or probably wrong (warning) with the data page. */
export interface DataProblem {
	/** JSON path in the data page, e.g. `conversationHours.sessions[2].start`; `` for the whole page. */
	readonly path: string;
	readonly message: string;
	readonly severity: 'error' | 'warning';
}

/**
 * What validation gives back: the usable data (bad sessions or cards dropped)
 * or `null` when nothing can be rendered, and every problem found.
 */
export interface ValidationResult {
	readonly data: TeamPageData | null;
	readonly problems: readonly DataProblem[];
}
