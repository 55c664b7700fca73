/**
 * Keeps the problem list and the live preview in step with the text while a
 * maintainer edits the data page: checks the text (syntax, validator, the
 * editor's own checks) shortly after typing pauses, and asks the wiki about
 * links and language codes a little later, in one batched request. No `mw`:
 * the wiki, the timer and the clock are passed in.
 */
import { validateTeamData } from '../data/validate';
import { diagnose, DiagnosticsReport, ExtraChecks } from './diagnostics';
import { DiagnosticsPanel } from './diagnostics-panel';
import type { Msg } from '../i18n/editor-messages';
import { missingPageProblems, pastSessionProblems, unknownLanguageProblems, wikiLinks } from './editor-checks';
import { EditorSurface } from './editor-surface';
import { LivePreview } from './live-preview';
import type { WikiFacts } from '../mw/wiki-facts';

/** How long typing must pause before the text is checked again. */
export const CHECK_DELAY_MS = 400;
/** How long typing must pause before the wiki is asked about links. */
export const LOOKUP_DELAY_MS = 1500;

export interface EditorSessionOptions {
	readonly surface: EditorSurface;
	readonly panel: DiagnosticsPanel;
	readonly preview: LivePreview;
	readonly facts: WikiFacts;
	readonly msg: Msg;
	/** mw.util.debounce in the gadget. */
	debounce( fn: () => void, ms: number ): () => void;
	/** Milliseconds since the epoch. */
	now(): number;
}

export interface EditorSession {
	/** The last check of the text. */
	readonly report: DiagnosticsReport;
	/** Checks the text now (e.g. after "Show preview"). */
	check(): void;
	/** Asks the wiki now; resolves when the answers are shown. */
	lookUp(): Promise<void>;
	/** The errors of the current text, checked now (for the save guard). */
	errors(): DiagnosticsReport['diagnostics'];
}

export function startEditorSession( options: EditorSessionOptions ): EditorSession {
	const { surface, panel, preview, facts, msg } = options;
	let missing: ReadonlySet<string> = new Set();
	let languages: ReadonlySet<string> | null = null;

	const extra: ExtraChecks = ( raw, map, validation ) => [
		...pastSessionProblems( raw, options.now(), msg ),
		...missingPageProblems( wikiLinks( raw ), missing, msg ),
		...( languages && validation && validation.data ?
			unknownLanguageProblems( validation.data, map.keys(), languages, msg ) : [] )
	];

	let report: DiagnosticsReport = diagnose( surface.getText(), validateTeamData, extra );
	const check = (): void => {
		report = diagnose( surface.getText(), validateTeamData, extra );
		panel.show( report.diagnostics );
		preview.update( report.validation ? report.validation.data : null );
	};

	const lookUp = async (): Promise<void> => {
		if ( report.value === undefined ) {
			return;
		}
		const titles = wikiLinks( report.value ).map( ( link ) => link.title );
		const [ nowMissing, known ] = await Promise.all( [ facts.missingTitles( titles ), facts.knownLanguages() ] );
		const changed = [ ...nowMissing ].join( '|' ) !== [ ...missing ].join( '|' ) || known !== languages;
		missing = nowMissing;
		languages = known;
		if ( changed ) {
			check();
		}
	};
	// lookUp never rejects: the wiki look-ups answer "not known" when they fail.
	const lookUpLater = options.debounce( () => {
		void lookUp();
	}, LOOKUP_DELAY_MS );

	check();
	void lookUp();
	surface.onChange( options.debounce( () => {
		check();
		lookUpLater();
	}, CHECK_DELAY_MS ) );

	return {
		get report() {
			return report;
		},
		check,
		lookUp,
		errors: () => diagnose( surface.getText(), validateTeamData ).diagnostics.filter( ( d ) => d.severity === 'error' )
	};
}
