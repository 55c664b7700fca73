/**
 * Puts the editor on the edit form: the problem list above the edit box, the
 * helpers and the live preview below it, the session that keeps them in step
 * with the text, and the save guard. Also waits for a new or pasted page to
 * become team data before doing so. DOM only: the wiki, the messages, the
 * renderer and the clock are passed in (see `mw/editor-environment.ts`).
 */
import type { LanguageCode, TeamPageData } from '../data/types';
import type { Msg } from '../i18n/editor-messages';
import type { WikiFacts } from '../mw/wiki-facts';
import { UTC_ZONE, ZoneChoice, zoneLabel } from '../time/zones';
import { looksLikeTeamData } from './detect';
import { createDiagnosticsPanel } from './diagnostics-panel';
import { createEditorHelpers } from './editor-helpers';
import { CHECK_DELAY_MS, EditorSession, startEditorSession } from './editor-session';
import { EditorSurface } from './editor-surface';
import { createLivePreview, LivePreview, ZoneOption } from './live-preview';
import { createTranslatePanel } from './translate-panel';
import { attachSaveGuard } from './save-guard';

/** Time zones offered besides the maintainer's own. */
export const COMMON_ZONES: readonly string[] = [
	'UTC', 'America/Los_Angeles', 'America/New_York', 'America/Sao_Paulo', 'Europe/Berlin',
	'Africa/Lagos', 'Asia/Kolkata', 'Asia/Tokyo', 'Australia/Sydney'
];

export interface EditorPageOptions {
	readonly doc: Document;
	readonly msg: Msg;
	readonly facts: WikiFacts;
	/** The maintainer's own zone (their preference, else the browser's). */
	readonly ownZone: ZoneChoice;
	/** The interface language, for zone labels. */
	readonly userLanguage: LanguageCode;
	/** The language the preview starts in. */
	readonly initialLanguage: LanguageCode;
	/** Renders the team page as readers see it. */
	render( data: TeamPageData, lang: LanguageCode, zone: ZoneChoice ): Node;
	/** Whether the browser knows an IANA zone. */
	isKnownZone( zone: string ): boolean;
	/** mw.util.debounce in the gadget. */
	debounce( fn: () => void, ms: number ): () => void;
	/** Milliseconds since the epoch. */
	now(): number;
	/** The language Translate mode starts with (`crs-translate=de` in the address). */
	readonly translateLanguage?: string;
}

/**
 * The preview's zones: the maintainer's own first, then the common ones the
 * browser knows, each labelled with its offset now.
 *
 * @param options
 */
export function previewZones( options: Pick<EditorPageOptions, 'msg' | 'ownZone' | 'userLanguage' | 'isKnownZone' | 'now'> ): ZoneOption[] {
	const now = options.now();
	const zones: ZoneOption[] = [ {
		value: 'reader',
		label: options.msg( 'crs-team-editor-preview-zone-reader', zoneLabel( now, options.ownZone, options.userLanguage ) ),
		zone: options.ownZone
	} ];
	for ( const zone of COMMON_ZONES ) {
		if ( options.isKnownZone( zone ) ) {
			const choice: ZoneChoice = zone === 'UTC' ? UTC_ZONE : { kind: 'iana', zone };
			zones.push( { value: zone, label: zoneLabel( now, choice, options.userLanguage ), zone: choice } );
		}
	}
	return zones;
}

/**
 * The zones of the "add a session" helper: the maintainer's own (when it is
 * a named zone and not already common), then the common ones.
 *
 * @param ownZone
 */
export function sessionZones( ownZone: ZoneChoice ): string[] {
	const own = ownZone.kind === 'iana' && !COMMON_ZONES.includes( ownZone.zone ) ? [ ownZone.zone ] : [];
	return own.concat( COMMON_ZONES );
}

/**
 * Puts the editor around `textarea` (the problem list above, the helpers
 * and the live preview below it) and guards the save button.
 *
 * @param textarea `#wpTextbox1`
 * @param surface The edit box or CodeEditor over it
 * @param options
 * @return The session keeping everything in step with the text
 */
export function mountEditor( textarea: HTMLTextAreaElement, surface: EditorSurface, options: EditorPageOptions ): EditorSession {
	const { doc, msg } = options;
	const panel = createDiagnosticsPanel( doc, {
		onSelect: ( diagnostic ) => surface.moveCursorTo( diagnostic.line, diagnostic.column ),
		msg
	} );
	// Above the editor: WikiEditor's wrapper (toolbar included) when present.
	const anchor = textarea.closest( '.wikiEditor-ui' ) || textarea;
	const parent = anchor.parentNode;
	if ( !parent ) {
		throw new Error( 'crs-team-editor: the edit box is not in the document' );
	}
	parent.insertBefore( panel.element, anchor );
	const preview = createLivePreview( doc, {
		msg,
		zones: previewZones( options ),
		initialLanguage: options.initialLanguage,
		render: options.render
	} );
	parent.insertBefore( preview.element, anchor.nextSibling );
	const session = startEditorSession( {
		surface, panel, preview, msg,
		facts: options.facts,
		debounce: options.debounce,
		now: options.now
	} );
	const translate = translateMode( surface, session, preview, options );
	parent.insertBefore( translate, preview.element );
	if ( options.translateLanguage && typeof translate.scrollIntoView === 'function' ) {
		// Opened from the "help translate" line: the translator came for this section.
		translate.scrollIntoView();
	}
	parent.insertBefore( createEditorHelpers( {
		doc, msg, surface, session,
		facts: options.facts,
		sessionZones: sessionZones( options.ownZone ),
		debounce: options.debounce
	} ), preview.element );

	const save = doc.getElementById( 'wpSave' );
	if ( textarea.form && save ) {
		attachSaveGuard( textarea.form, save, {
			msg,
			// Checked now: the debounced check may be behind the last keystroke.
			errors: () => session.errors(),
			returnFocus: () => surface.focus()
		} );
	}
	return session;
}

/**
 * The Translate mode, connected to the edit box, the checks and the preview.
 *
 * @param surface
 * @param session
 * @param preview
 * @param options
 */
function translateMode( surface: EditorSurface, session: EditorSession, preview: LivePreview, options: EditorPageOptions ): HTMLElement {
	const panel = createTranslatePanel( options.doc, {
		msg: options.msg,
		getText: () => surface.getText(),
		setText: ( text ) => {
			surface.replaceText( text );
			session.check();
		},
		showLanguage: ( lang ) => preview.showLanguage( lang ),
		initialLanguage: options.translateLanguage
	} );
	// Never rejects: a wiki that cannot answer gives no languages (codes still work).
	void options.facts.languageInfo().then( ( list ) => panel.setLanguages( list ) );
	surface.onChange( options.debounce( () => panel.update(), CHECK_DELAY_MS ) );
	return panel.element;
}

/**
 * Calls `start` once the text is team data: at once, or (a new or pasted
 * page) after the first pause in typing that makes it so.
 *
 * @param surface
 * @param debounce
 * @param start
 */
export function whenTeamData( surface: EditorSurface, debounce: EditorPageOptions[ 'debounce' ], start: () => void ): void {
	if ( looksLikeTeamData( surface.getText() ) ) {
		start();
		return;
	}
	const stop = surface.onChange( debounce( () => {
		if ( looksLikeTeamData( surface.getText() ) ) {
			stop();
			start();
		}
	}, CHECK_DELAY_MS ) );
}
