/** @jest-environment jsdom */
/**
 * Every fact of the original team page is on the page rendered from the
 * sample data. The original is the translation page's source text
 * (test/fixtures/reference/team-page-de-translation.txt, the /de page, not
 * yet translated but for one subteam's name): each translation unit (a
 * paragraph, a heading, a list item) must have its sentences, names, years
 * and links on our page. A sentence we word differently on purpose is listed
 * in REWORDED with what stands for it and why (`en:` for what is an
 * interface message here, found on the English rendering; `link:` for a
 * link's text or title); anything else missing fails with the unit's text.
 */
import * as fs from 'fs';
import * as path from 'path';
import { validateTeamData } from '../../src/data/validate';
import { renderViews } from '../../src/render/views';
import { renderContext } from '../support/render-context';

const ROOT = path.join( __dirname, '..', '..' );
const REFERENCE = fs.readFileSync( path.join( ROOT, 'test', 'fixtures', 'reference', 'team-page-de-translation.txt' ), 'utf8' );
const SAMPLE = JSON.parse( fs.readFileSync( path.join( ROOT, 'data', 'team-page.json' ), 'utf8' ) );

/** Lines of the Translate extension's page frame, not of the page. */
const FRAME = [ /^Community Resilience and Sustainability\/de$/, /^This page is a translated version/, /^Outdated translations are marked/ ];

/** Headings of the original: interface messages here, so found in the English rendering. */
const HEADINGS = new Set( [ 'What we do', 'Conversation hours' ] );

/** Sentences we word differently on purpose: the facts that stand for each, and why. */
const REWORDED: Record<string, { readonly facts: readonly string[]; readonly why: string }> = {
	'Community Resilience and Sustainability is a team in the Wikimedia Foundation\'s Legal department, led by the Vice President of Community Resilience & Sustainability Maggie Dennis.': {
		facts: [ 'Community Resilience and Sustainability is a team in the Wikimedia Foundation\'s Legal department.', 'Vice President of Community Resilience & Sustainability', 'link:Maggie Dennis' ],
		why: 'the lead is a line of its own ("Led by Maggie Dennis, Vice President of …"), her name a link to her user page'
	},
	'Different types of support include include facilitation, coordination, knowledge management, outreach, assistance with membership selection processes.': {
		facts: [ 'Different types of support include facilitation, coordination, knowledge management, outreach, assistance with membership selection processes.' ],
		why: 'the original\'s doubled "include" is a typo'
	},
	'For a list of these conversations and notes from them, please see Category:CR&S meetings.': {
		facts: [ 'en:For a list of these conversations and notes, including from 2022 and earlier, see Category:CR&S meetings.', 'link:Category:CR&S meetings' ],
		why: 'one sentence with one link for both of the original\'s sentences about notes (issue 13); an interface message, so in English on the English page'
	},
	'See a listing of conversation hours and notes from 2022 and earlier.': {
		facts: [ 'en:including from 2022 and earlier, see Category:CR&S meetings.' ],
		why: 'merged into the sentence above: the category holds the notes from 2022 and earlier'
	}
};

/** Words of the original that are links there, and must be links here too. */
const LINKED = [ 'Movement Charter', 'Universal Code of Conduct', 'Enforcement Guidelines', 'Wikimedia Foundation Goals for 2023–2024' ];

interface Unit {
	readonly text: string;
	readonly heading: boolean;
}

/** The translation units of the reference text: paragraphs, headings, list items. */
function units(): Unit[] {
	return REFERENCE.split( /\n/ )
		.map( ( line ) => line.replace( /^\s*•\s*/, '' ).trim() )
		.filter( ( line ) => line && !FRAME.some( ( re ) => re.test( line ) ) )
		.map( ( text ) => ( { text, heading: HEADINGS.has( text ) } ) );
}

function sentences( text: string ): string[] {
	return text.split( /(?<=[.!?])\s+(?=[A-Z])/ );
}

interface Rendered {
	readonly texts: string[];
	readonly links: string[];
}

/** Each block's text (paragraphs, items, headings) and each link's text and title. */
function render( lang: string ): Rendered {
	const { data } = validateTeamData( SAMPLE );
	document.body.innerHTML = '';
	const root = renderViews( renderContext( lang ), data! );
	document.body.appendChild( root );
	const clean = ( s: string | null ): string => ( s || '' ).replace( /\s+/g, ' ' ).trim();
	return {
		texts: Array.from( root.querySelectorAll( 'p, li, h2, h3, h4, h5, h6' ), ( node ) => clean( node.textContent ) ),
		links: Array.from( root.querySelectorAll( 'a' ) ).flatMap( ( a ) => [ clean( a.textContent ), clean( a.getAttribute( 'title' ) ) ] )
	};
}

/** What a unit says: its sentences (or what stands for them), years and links. */
function facts( unit: Unit ): string[] {
	const found: string[] = [];
	for ( const sentence of unit.heading ? [ unit.text ] : sentences( unit.text ) ) {
		const reworded = REWORDED[ sentence ];
		found.push( ...( reworded ? reworded.facts : [ sentence ] ) );
	}
	for ( const year of unit.text.match( /\d{4}–\d{4}|\d{4}/g ) || [] ) {
		found.push( year );
	}
	for ( const link of LINKED ) {
		if ( unit.text.includes( link ) ) {
			found.push( `link:${ link }` );
		}
	}
	return found;
}

function missing( unit: Unit, page: Rendered, english: Rendered ): string[] {
	return facts( unit ).filter( ( fact ) => {
		if ( fact.startsWith( 'link:' ) ) {
			return !page.links.includes( fact.slice( 5 ) );
		}
		const [ where, text ] = fact.startsWith( 'en:' ) ? [ english, fact.slice( 3 ) ] : [ page, fact ];
		return !where.texts.some( ( t ) => t.includes( text ) );
	} );
}

describe( 'the original page\'s facts on the page rendered from the sample data', () => {
	const german = render( 'de' );
	const english = render( 'en' );

	it( 'reads the reference\'s translation units', () => {
		expect( units().length ).toBeGreaterThan( 15 );
		expect( units().filter( ( u ) => u.heading ).map( ( u ) => u.text ) ).toEqual( [ 'What we do', 'Conversation hours' ] );
	} );

	it.each( units().map( ( unit ) => [ unit.text.slice( 0, 60 ), unit ] as const ) )( '%s…', ( _, unit ) => {
		// Headings are the interface's messages: the untranslated original shows the English ones.
		const page = unit.heading ? english : german;
		expect( { unit: unit.text, missing: missing( unit, page, english ) } ).toEqual( { unit: unit.text, missing: [] } );
	} );

	it( 'gives a reason for every sentence it accepts in other words, and each is in the reference', () => {
		for ( const [ sentence, { why } ] of Object.entries( REWORDED ) ) {
			expect( why.length ).toBeGreaterThan( 10 );
			expect( units().some( ( u ) => sentences( u.text ).includes( sentence ) ) ).toBe( true );
		}
	} );
} );
