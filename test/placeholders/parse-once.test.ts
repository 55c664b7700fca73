/** @jest-environment jsdom */
import * as fs from 'fs';
import * as path from 'path';
import { DataPageResult } from '../../src/mw/load-data-pages';
import { findPlaceholders } from '../../src/placeholders/find';
import { problemsPart, renderContext } from '../support/render-context';

// Counts the parses: the module under test is loaded after the mock is in place.
const parseDataPage = jest.fn();
jest.doMock( '../../src/data/parse', () => {
	const actual = jest.requireActual( '../../src/data/parse' );
	parseDataPage.mockImplementation( actual.parseDataPage );
	return { ...actual, parseDataPage };
} );
// eslint-disable-next-line @typescript-eslint/no-require-imports, n/no-missing-require
const { applyResult } = require( '../../src/placeholders/apply' ) as typeof import( '../../src/placeholders/apply' );

const TITLE = 'Module:Team/data.json';
const SAMPLE = fs.readFileSync( path.join( __dirname, '../../data/team-page.json' ), 'utf8' );
const options = { sampleNotice: false, reportProblems: true, probablyCanEdit: false, problems: problemsPart() };

describe( 'applyResult on a page with several placeholders of one data page', () => {
	it( 'parses and validates the data page once, and renders every placeholder from it', () => {
		document.body.innerHTML = [ 'overview', 'subteams', 'calendar' ]
			.map( ( view ) => `<div class="crs-team" data-source="${ TITLE }" data-view="${ view }"><p>Fallback</p></div>` )
			.join( '' );
		const result: DataPageResult = { kind: 'ok', title: TITLE, text: SAMPLE, revid: 1, canEdit: false };
		const states = findPlaceholders( document.body ).map( ( p ) => applyResult( renderContext(), p, result, options ) );
		expect( states ).toEqual( [ 'rendered', 'rendered', 'rendered' ] );
		expect( document.querySelector( '.crs-team-overview' ) ).not.toBeNull();
		expect( parseDataPage ).toHaveBeenCalledTimes( 1 );
	} );

	it( 'parses again for another answer (another page view or a newer revision)', () => {
		parseDataPage.mockClear();
		document.body.innerHTML = `<div class="crs-team" data-source="${ TITLE }" data-view="overview"><p>Fallback</p></div>`;
		const [ target ] = findPlaceholders( document.body );
		applyResult( renderContext(), target!, { kind: 'ok', title: TITLE, text: SAMPLE, revid: 2, canEdit: false }, options );
		expect( parseDataPage ).toHaveBeenCalledTimes( 1 );
	} );
} );
