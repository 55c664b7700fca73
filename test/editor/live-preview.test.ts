/** @jest-environment jsdom */
import * as fs from 'fs';
import * as path from 'path';
import { validateTeamData } from '../../src/data/validate';
import { TeamPageData } from '../../src/data/types';
import { createLivePreview, ZoneOption } from '../../src/editor/live-preview';
import { createRenderContext } from '../../src/mw/environment';
import { renderViews } from '../../src/render/views';
import { UTC_ZONE } from '../../src/time/zones';
import { installFakeMw } from '../support/mw-fake';
import { messageFormatter } from '../support/messages';

const NOW = Date.parse( '2026-01-01T00:00:00Z' );
const DATA = validateTeamData( JSON.parse( fs.readFileSync( path.join( __dirname, '../../data/team-page.json' ), 'utf8' ) ) ).data!;
const ZONES: ZoneOption[] = [
	{ value: 'reader', label: 'Your time zone (Europe/Berlin)', zone: { kind: 'iana', zone: 'Europe/Berlin' } },
	{ value: 'UTC', label: 'UTC', zone: UTC_ZONE },
	{ value: 'Asia/Tokyo', label: 'Asia/Tokyo', zone: { kind: 'iana', zone: 'Asia/Tokyo' } }
];

function withGerman( data: TeamPageData ): TeamPageData {
	return { ...data, team: { ...data.team, name: { ...data.team.name, de: 'Community-Resilienz' } } };
}

function englishOnly( data: TeamPageData ): TeamPageData {
	const strip = ( value: unknown ): unknown => {
		if ( Array.isArray( value ) ) {
			return value.map( strip );
		}
		if ( value && typeof value === 'object' ) {
			const copy: Record<string, unknown> = {};
			for ( const [ k, v ] of Object.entries( value ) ) {
				if ( k !== 'de' ) {
					copy[ k ] = strip( v );
				}
			}
			return copy;
		}
		return value;
	};
	return strip( data ) as TeamPageData;
}

function setUp( initialLanguage = 'en' ) {
	installFakeMw( {
		config: { wgUserLanguage: 'en' },
		api: () => Promise.reject( new Error( 'no request expected' ) ),
		fallbackChain: [ 'en' ]
	} );
	const rendered: { lang: string; zone: string }[] = [];
	const preview = createLivePreview( document, {
		msg: messageFormatter(),
		zones: ZONES,
		initialLanguage,
		render: ( data, lang, zone ) => {
			rendered.push( { lang, zone: zone.kind === 'iana' ? zone.zone : String( zone.minutes ) } );
			return renderViews( createRenderContext( lang, zone, NOW ), data );
		}
	} );
	document.body.appendChild( preview.element );
	return { preview, rendered };
}

describe( 'live preview', () => {
	afterEach( () => {
		document.body.textContent = '';
	} );

	it( 'renders the page as readers see it, with labelled Codex selects', () => {
		const { preview } = setUp();
		preview.update( DATA );
		const expected = renderViews( createRenderContext( 'en', ZONES[ 0 ]!.zone, NOW ), DATA );
		const output = preview.element.querySelector( '.crs-editor-preview__output' )!;
		expect( output.firstElementChild!.outerHTML ).toBe( expected.outerHTML );
		expect( output.classList.contains( 'crs-team__output' ) ).toBe( true );

		const selects = preview.element.querySelectorAll( 'select.cdx-select' );
		expect( selects ).toHaveLength( 2 );
		for ( const select of Array.from( selects ) ) {
			const label = preview.element.querySelector( `label.cdx-label__label[for="${ select.id }"]` );
			expect( label ).not.toBeNull();
		}
		expect( preview.element.querySelector( 'h2' )!.textContent ).toBe( 'Preview of the team page' );
	} );

	it( 'offers the languages of the data and re-renders in the one chosen', () => {
		const { preview, rendered } = setUp();
		preview.update( withGerman( DATA ) );
		const language = preview.element.querySelector<HTMLSelectElement>( '#crs-editor-preview-language' )!;
		expect( Array.from( language.options ).map( ( o ) => o.value ) ).toContain( 'de' );
		language.value = 'de';
		language.dispatchEvent( new Event( 'change' ) );
		expect( rendered[ rendered.length - 1 ] ).toEqual( { lang: 'de', zone: 'Europe/Berlin' } );
		expect( preview.element.querySelector( '.crs-team-rendered' )!.getAttribute( 'lang' ) ).toBe( 'de' );
		expect( preview.element.textContent ).toContain( 'Community-Resilienz' );

		// The choice survives an update; a language the data loses falls back.
		preview.update( withGerman( DATA ) );
		expect( preview.language ).toBe( 'de' );
		preview.update( englishOnly( DATA ) );
		expect( preview.language ).toBe( 'en' );
		expect( Array.from( language.options ).map( ( o ) => o.value ) ).toEqual( [ 'en' ] );
	} );

	it( 'starts in the reader\'s language when the data has it', () => {
		const { preview } = setUp( 'de' );
		preview.update( withGerman( DATA ) );
		expect( preview.language ).toBe( 'de' );
	} );

	it( 're-renders in the time zone chosen', () => {
		const { preview, rendered } = setUp();
		preview.update( DATA );
		const zone = preview.element.querySelector<HTMLSelectElement>( '#crs-editor-preview-zone' )!;
		expect( Array.from( zone.options ).map( ( o ) => o.textContent ) ).toEqual( [ 'Your time zone (Europe/Berlin)', 'UTC', 'Asia/Tokyo' ] );
		zone.value = 'Asia/Tokyo';
		zone.dispatchEvent( new Event( 'change' ) );
		expect( rendered[ rendered.length - 1 ] ).toEqual( { lang: 'en', zone: 'Asia/Tokyo' } );
		const expected = renderViews( createRenderContext( 'en', { kind: 'iana', zone: 'Asia/Tokyo' }, NOW ), DATA );
		expect( preview.element.querySelector( '.crs-team-rendered' )!.outerHTML ).toBe( expected.outerHTML );
	} );

	it( 'says why there is no preview while the page cannot be read', () => {
		const { preview, rendered } = setUp();
		preview.update( DATA );
		preview.update( null );
		expect( preview.element.querySelector( '.crs-team-rendered' ) ).toBeNull();
		expect( preview.element.querySelector( '.crs-editor-preview__unavailable' )!.textContent )
			.toBe( 'The preview appears once the page can be read. Fix the errors above.' );
		expect( preview.element.querySelector<HTMLSelectElement>( '#crs-editor-preview-language' )!.disabled ).toBe( true );
		expect( rendered ).toHaveLength( 1 );
	} );
} );
