/**
 * The live preview below the edit box: the team page as readers see it, in a
 * language and time zone the maintainer chooses (Codex CSS-only `cdx-select`
 * fields). DOM only; rendering is passed in, so no `mw` here.
 */
import { languagesOf } from '../data/localise';
import type { LanguageCode, TeamPageData } from '../data/types';
import type { ZoneChoice } from '../time/zones';
import type { Msg } from '../i18n/editor-messages';
import { el, replaceChildren } from '../render/dom';
import { textsOf } from './editor-checks';
import { labelled, setOptions } from './form-controls';

/** A time zone the preview can be shown in. */
export interface ZoneOption {
	readonly value: string;
	readonly label: string;
	readonly zone: ZoneChoice;
}

export interface LivePreviewOptions {
	readonly msg: Msg;
	/** The zones offered, the first chosen at the start. */
	readonly zones: readonly ZoneOption[];
	/** The language to start with, when the data has it. */
	readonly initialLanguage: LanguageCode;
	/** Renders the page as readers see it (renderViews with a RenderContext). */
	render( data: TeamPageData, lang: LanguageCode, zone: ZoneChoice ): Node;
	/** Prefix for element ids (unique on the page). */
	readonly idPrefix?: string;
}

export interface LivePreview {
	readonly element: HTMLElement;
	/** Shows `data`; `null` when the text cannot be rendered. */
	update( data: TeamPageData | null ): void;
	/** The language and zone currently chosen. */
	readonly language: LanguageCode | null;
	readonly zoneValue: string;
	/** Shows the page in `lang`, now when the data has it, else once it does (Translate mode). */
	showLanguage( lang: LanguageCode ): void;
}

function field( doc: Document, id: string, labelText: string, select: HTMLSelectElement ): HTMLElement {
	select.className = 'cdx-select';
	return labelled( doc, id, labelText, select, select, 'crs-editor-preview__field' );
}

export function createLivePreview( doc: Document, options: LivePreviewOptions ): LivePreview {
	const prefix = options.idPrefix || 'crs-editor-preview';
	const languageSelect = el( doc, 'select', null );
	const zoneSelect = el( doc, 'select', null );
	const firstZone = options.zones[ 0 ];
	setOptions( zoneSelect, options.zones, firstZone ? firstZone.value : '' );
	const output = el( doc, 'div', { className: 'crs-editor-preview__output crs-team__output' } );
	const headingId = prefix + '-heading';
	const element = el( doc, 'section', { className: 'crs-editor-preview', attrs: { 'aria-labelledby': headingId } },
		el( doc, 'h2', { className: 'crs-editor-preview__heading', attrs: { id: headingId } }, options.msg( 'crs-team-editor-preview-heading' ) ),
		el( doc, 'div', { className: 'crs-editor-preview__controls' },
			field( doc, prefix + '-language', options.msg( 'crs-team-editor-preview-language' ), languageSelect ),
			field( doc, prefix + '-zone', options.msg( 'crs-team-editor-preview-zone' ), zoneSelect ) ),
		output );

	let data: TeamPageData | null = null;
	let languages: LanguageCode[] = [];
	let language: LanguageCode | null = null;
	// The language last asked for (the start, the switcher, Translate mode).
	let preferred: LanguageCode = options.initialLanguage;

	const draw = (): void => {
		const zone = options.zones.find( ( z ) => z.value === zoneSelect.value ) || options.zones[ 0 ];
		if ( !data || !language || !zone ) {
			replaceChildren( output, el( doc, 'p', { className: 'crs-editor-preview__unavailable' }, options.msg( 'crs-team-editor-preview-unavailable' ) ) );
			return;
		}
		replaceChildren( output, options.render( data, language, zone.zone ) );
	};

	languageSelect.addEventListener( 'change', () => {
		language = languageSelect.value;
		preferred = language;
		draw();
	} );
	zoneSelect.addEventListener( 'change', draw );

	const preview: LivePreview = {
		element,
		update( next: TeamPageData | null ): void {
			data = next;
			if ( next ) {
				const found = languagesOf( [ ...textsOf( next ), { [ next.defaultLanguage ]: '' } ] );
				if ( found.includes( preferred ) ) {
					language = preferred;
				} else if ( language === null || !found.includes( language ) ) {
					language = next.defaultLanguage;
				}
				if ( found.join( '|' ) !== languages.join( '|' ) ) {
					languages = found;
					setOptions( languageSelect, found.map( ( l ) => ( { value: l, label: l } ) ), language );
				}
				languageSelect.value = language;
			}
			languageSelect.disabled = !next;
			draw();
		},
		showLanguage( lang: LanguageCode ): void {
			preferred = lang;
			if ( languages.includes( lang ) ) {
				language = lang;
				languageSelect.value = lang;
				draw();
			}
		},
		get language() {
			return language;
		},
		get zoneValue() {
			return zoneSelect.value;
		}
	};
	draw();
	return preview;
}
