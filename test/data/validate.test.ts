/* eslint-disable no-script-url -- hostile links are what these tests feed in */
import * as fs from 'fs';
import * as path from 'path';
import { validateTeamData } from '../../src/data/validate';
import { DataProblem } from '../../src/data/types';

const SAMPLE_TEXT = fs.readFileSync( path.join( __dirname, '../../data/team-page.json' ), 'utf8' );

/** A fresh copy of the sample data to break in one place. */
function sample(): any {
	return JSON.parse( SAMPLE_TEXT );
}

function errorsOf( problems: readonly DataProblem[] ): string[] {
	return problems.filter( ( p ) => p.severity === 'error' ).map( ( p ) => `${ p.path }: ${ p.message }` );
}

describe( 'validateTeamData on the sample data page', () => {
	const { data, problems } = validateTeamData( sample() );

	it( 'accepts it without any problem', () => {
		expect( problems ).toEqual( [] );
	} );

	it( 'keeps everything the seed page says', () => {
		expect( data ).not.toBeNull();
		expect( data!.team.name.en ).toBe( 'Community Resilience and Sustainability' );
		expect( data!.team.lead!.name ).toBe( 'Maggie Dennis' );
		expect( data!.subteams.map( ( s ) => s.name.en ) ).toEqual( [ 'Committee Support', 'Human Rights', 'Trust and Safety' ] );
		expect( data!.subteams[ 1 ]!.name.de ).toBe( 'Menschenrechte' );
		expect( data!.team.goals!.items.map( ( i ) => i.en ) ).toEqual( [ 'Equity', 'Safety and inclusion' ] );
		expect( data!.conversationHours.cadence ).toBe( 'quarterly' );
		expect( data!.sample ).toBe( true );
	} );

	it( 'reads dates with their offset as instants', () => {
		const dec = data!.conversationHours.sessions.find( ( s ) => s.id === '2026-12' )!;
		expect( new Date( dec.start ).toISOString() ).toBe( '2026-12-10T16:00:00.000Z' );
		expect( dec.end - dec.start ).toBe( 90 * 60 * 1000 );
	} );

	it( 'tells wiki titles from URLs', () => {
		const dec = data!.conversationHours.sessions.find( ( s ) => s.id === '2026-12' )!;
		expect( dec.room!.target ).toEqual( { kind: 'external', url: 'https://wikimedia.zoom.us/j/0000000000' } );
		expect( data!.conversationHours.notesCategory!.target ).toEqual( { kind: 'wiki', title: 'Category:CR&S meetings' } );
	} );
} );

describe( 'a version other than the number 1', () => {
	it.each( [ [ '"1"', '1' ], [ '2', 2 ] ] )( 'leaves the page to the fallback and tells the editor to write 1 (%s)', ( _shown, version ) => {
		const { data, problems } = validateTeamData( { ...sample(), version } );
		expect( data ).toBeNull();
		expect( problems.map( ( p ) => [ p.path, p.message ] ) ).toEqual( [ [ 'version', expect.stringMatching( /must be 1 .*not/ ) ] ] );
	} );
} );

describe( 'validateTeamData errors name the JSON path and what is wrong', () => {
	type Case = [ string, ( d: any ) => void, string, RegExp ];
	const cases: Case[] = [
		[ 'version missing', ( d ) => delete d.version, 'version', /is missing/ ],
		[ 'team not an object', ( d ) => {
			d.team = 'x';
		}, 'team', /must be an object/ ],
		[ 'team name missing', ( d ) => delete d.team.name, 'team.name', /is missing/ ],
		[ 'empty text', ( d ) => {
			d.team.summary = '  ';
		}, 'team.summary', /must not be empty/ ],
		[ 'bad language code', ( d ) => {
			d.team.summary = JSON.parse( '{ "EN_us": "x" }' );
		}, 'team.summary.EN_us', /not a language code/ ],
		[ 'translation not text', ( d ) => {
			d.team.summary = { en: 3 };
		}, 'team.summary.en', /non-empty text/ ],
		[ 'text a number', ( d ) => {
			d.team.department = 12;
		}, 'team.department', /must be text or an object of translations/ ],
		[ 'about not a list', ( d ) => {
			d.team.about = 'x';
		}, 'team.about', /must be a list/ ],
		[ 'goal item empty', ( d ) => {
			d.team.goals.items[ 1 ] = '';
		}, 'team.goals.items[1]', /must not be empty/ ],
		[ 'lead without name', ( d ) => {
			d.team.lead = { role: 'x' };
		}, 'team.lead.name', /must be text/ ],
		[ 'javascript link', ( d ) => {
			d.team.links[ 0 ] = 'javascript:alert(1)';
		}, 'team.links[0]', /neither a wiki page title nor an http\(s\) URL/ ],
		[ 'link title with brackets', ( d ) => {
			d.team.links[ 0 ] = { target: 'A [[b]]' };
		}, 'team.links[0].target', /not a valid page title/ ],
		[ 'link without target', ( d ) => {
			d.team.links[ 0 ] = { label: 'x' };
		}, 'team.links[0].target', /is missing/ ],
		[ 'broken URL', ( d ) => {
			d.team.goals.link = 'https://';
		}, 'team.goals.link', /not a valid URL/ ],
		[ 'subteams not a list', ( d ) => {
			d.subteams = {};
		}, 'subteams', /must be a list/ ],
		[ 'subteam id', ( d ) => {
			d.subteams[ 0 ].id = 'Committee Support';
		}, 'subteams[0].id', /identifier/ ],
		[ 'duplicate subteam id', ( d ) => {
			d.subteams[ 2 ].id = 'human-rights';
		}, 'subteams[2].id', /already the id/ ],
		[ 'subteam name missing', ( d ) => delete d.subteams[ 1 ].name, 'subteams[1].name', /is missing/ ],
		[ 'session not an object', ( d ) => {
			d.conversationHours.sessions[ 0 ] = 7;
		}, 'conversationHours.sessions[0]', /must be an object/ ],
		[ 'impossible month', ( d ) => {
			d.conversationHours.sessions[ 2 ].start = '2025-13-01T15:00Z';
		}, 'conversationHours.sessions[2].start', /"2025-13-01T15:00Z" is not a date: there is no month 13/ ],
		[ 'impossible day', ( d ) => {
			d.conversationHours.sessions[ 0 ].start = '2026-02-30T15:00:00Z';
		}, 'conversationHours.sessions[0].start', /has no day 30/ ],
		[ 'no offset', ( d ) => {
			d.conversationHours.sessions[ 0 ].end = '2026-03-12T16:30:00';
		}, 'conversationHours.sessions[0].end', /with an offset/ ],
		[ 'time out of range', ( d ) => {
			d.conversationHours.sessions[ 0 ].end = '2026-03-12T24:30:00Z';
		}, 'conversationHours.sessions[0].end', /not a time of day/ ],
		[ 'bad offset', ( d ) => {
			d.conversationHours.sessions[ 0 ].end = '2026-03-12T16:30:00+15:00';
		}, 'conversationHours.sessions[0].end', /impossible offset/ ],
		[ 'start not a string', ( d ) => {
			d.conversationHours.sessions[ 0 ].start = 1700000000;
		}, 'conversationHours.sessions[0].start', /must be a date and time/ ],
		[ 'start missing', ( d ) => delete d.conversationHours.sessions[ 0 ].start, 'conversationHours.sessions[0].start', /is missing/ ],
		[ 'end before start', ( d ) => {
			d.conversationHours.sessions[ 1 ].end = '2026-06-11T14:00:00Z';
		}, 'conversationHours.sessions[1].end', /after the start/ ],
		[ 'bad status', ( d ) => {
			d.conversationHours.sessions[ 1 ].status = 'done';
		}, 'conversationHours.sessions[1].status', /must be one of scheduled, cancelled, postponed/ ],
		[ 'bad sequence', ( d ) => {
			d.conversationHours.sessions[ 1 ].sequence = -1;
		}, 'conversationHours.sessions[1].sequence', /whole number/ ],
		[ 'duplicate session id', ( d ) => {
			d.conversationHours.sessions[ 1 ].id = '2026-03';
		}, 'conversationHours.sessions[1].id', /already the id/ ],
		[ 'bad cadence', ( d ) => {
			d.conversationHours.cadence = 'sometimes';
		}, 'conversationHours.cadence', /must be one of/ ],
		[ 'earlierNotesUntil not a year', ( d ) => {
			d.conversationHours.earlierNotesUntil = '2022';
		}, 'conversationHours.earlierNotesUntil', /must be a year such as 2022/ ],
		[ 'planned without label', ( d ) => {
			d.conversationHours.planned[ 0 ] = { note: 'x' };
		}, 'conversationHours.planned[0].label', /is missing/ ],
		[ 'bad default language', ( d ) => {
			d.defaultLanguage = 'English';
		}, 'defaultLanguage', /language code/ ],
		[ 'sample not boolean', ( d ) => {
			d.sample = 'yes';
		}, 'sample', /true or false/ ],
		[ 'odd key quoted in path', ( d ) => {
			d.team.summary = { 'x y': 'z' };
		}, 'team.summary["x y"]', /not a language code/ ]
	];

	it.each( cases )( '%s', ( _name, breakIt, expectedPath, expectedMessage ) => {
		const d = sample();
		breakIt( d );
		const { problems } = validateTeamData( d );
		const match = problems.find( ( p ) => p.path === expectedPath && p.severity === 'error' );
		expect( match ).toBeDefined();
		expect( match!.message ).toMatch( expectedMessage );
	} );

	it( 'rejects a page that is not an object, naming the whole page', () => {
		for ( const raw of [ [], 'text', 3, null ] ) {
			const { data, problems } = validateTeamData( raw );
			expect( data ).toBeNull();
			expect( problems[ 0 ] ).toMatchObject( { path: '', severity: 'error' } );
		}
	} );
} );

describe( 'validateTeamData drops only what is broken', () => {
	it( 'drops one bad session and keeps the others', () => {
		const d = sample();
		d.conversationHours.sessions[ 2 ].start = '2025-13-01T15:00Z';
		const { data, problems } = validateTeamData( d );
		expect( data!.conversationHours.sessions.map( ( s ) => s.id ) ).toEqual( [ '2026-03', '2026-06', '2026-12' ] );
		expect( errorsOf( problems ) ).toHaveLength( 1 );
	} );

	it( 'drops one bad subteam card and keeps the others', () => {
		const d = sample();
		d.subteams[ 0 ].name = 5;
		const { data } = validateTeamData( d );
		expect( data!.subteams.map( ( s ) => s.id ) ).toEqual( [ 'human-rights', 'trust-and-safety' ] );
	} );

	it( 'drops a bad optional link but keeps its session', () => {
		const d = sample();
		d.conversationHours.sessions[ 0 ].notes = 'javascript:void(0)';
		const { data, problems } = validateTeamData( d );
		expect( data!.conversationHours.sessions ).toHaveLength( 4 );
		expect( data!.conversationHours.sessions[ 0 ]!.notes ).toBeUndefined();
		expect( data!.conversationHours.sessions[ 0 ]!.stream ).toBeDefined();
		expect( errorsOf( problems ) ).toEqual( [ expect.stringContaining( 'conversationHours.sessions[0].notes' ) ] );
	} );

	it( 'keeps a subteam card when one of its links or responsibilities is broken', () => {
		const d = sample();
		d.subteams[ 2 ].links[ 0 ] = 'javascript:alert(1)';
		d.subteams[ 2 ].responsibilities[ 1 ] = 5;
		const { data, problems } = validateTeamData( d );
		const card = data!.subteams[ 2 ]!;
		expect( card.id ).toBe( 'trust-and-safety' );
		expect( card.links.map( ( l ) => l.target ) ).toEqual( [ { kind: 'wiki', title: 'Universal Code of Conduct/Enforcement guidelines' } ] );
		expect( card.responsibilities ).toHaveLength( 5 );
		expect( errorsOf( problems ) ).toHaveLength( 2 );
	} );

	it( 'drops a session whose status is not one it knows, rather than show it as held', () => {
		const d = sample();
		d.conversationHours.sessions[ 3 ].status = 'canceled';
		const { data } = validateTeamData( d );
		expect( data!.conversationHours.sessions.map( ( s ) => s.id ) ).toEqual( [ '2026-03', '2026-06', '2026-09' ] );
	} );

	it( 'gives no data when the team has no name, but still reports everything else', () => {
		const d = sample();
		delete d.team.name;
		d.conversationHours.sessions[ 0 ].end = 'soon';
		const { data, problems } = validateTeamData( d );
		expect( data ).toBeNull();
		expect( problems.map( ( p ) => p.path ) ).toEqual( expect.arrayContaining( [ 'team.name', 'conversationHours.sessions[0].end' ] ) );
	} );
} );

describe( 'validateTeamData warnings (valid, but probably wrong)', () => {
	it( 'warns about unknown properties, which are usually typos', () => {
		const d = sample();
		d.conversationHours.sessions[ 0 ].strat = '2026-01-01T00:00Z';
		const { data, problems } = validateTeamData( d );
		expect( problems ).toEqual( [ expect.objectContaining( { path: 'conversationHours.sessions[0].strat', severity: 'warning' } ) ] );
		expect( data!.conversationHours.sessions ).toHaveLength( 4 );
	} );

	it( 'warns when a subteam lists no responsibilities', () => {
		const d = sample();
		d.subteams[ 1 ].responsibilities = [];
		const { problems } = validateTeamData( d );
		expect( problems ).toEqual( [ expect.objectContaining( { path: 'subteams[1].responsibilities', severity: 'warning' } ) ] );
	} );

	it( 'warns when a translated text lacks the default language', () => {
		const d = sample();
		d.subteams[ 1 ].name = { de: 'Menschenrechte' };
		const { problems } = validateTeamData( d );
		expect( problems ).toEqual( [ expect.objectContaining( { path: 'subteams[1].name', severity: 'warning' } ) ] );
	} );

	it( 'warns about sessions longer than twelve hours', () => {
		const d = sample();
		d.conversationHours.sessions[ 0 ].end = '2026-03-13T15:00:00Z';
		const { problems } = validateTeamData( d );
		expect( problems ).toEqual( [ expect.objectContaining( { path: 'conversationHours.sessions[0].end', severity: 'warning' } ) ] );
	} );
} );

describe( 'validateTeamData and the source hashes of translations (_source)', () => {
	it( 'keeps the translations and shows no hash as text', () => {
		const d = sample();
		d.team.name = { en: 'Team', de: 'Mannschaft', _source: { de: '1a2b3c4d' } };
		const result = validateTeamData( d );
		expect( result.problems ).toEqual( [] );
		expect( result.data?.team.name ).toEqual( { en: 'Team', de: 'Mannschaft' } );
	} );

	it( 'warns about a malformed marker with its path, and still keeps the texts', () => {
		const d = sample();
		d.team.name = { en: 'Team', de: 'Mannschaft', _source: { de: 'changed' } };
		const result = validateTeamData( d );
		expect( result.problems.map( ( p ) => [ p.severity, p.path ] ) ).toEqual( [ [ 'warning', 'team.name._source.de' ] ] );
		expect( result.data?.team.name ).toEqual( { en: 'Team', de: 'Mannschaft' } );
	} );

	it( 'refuses a text that has hashes but no text', () => {
		const d = sample();
		d.team.summary = { _source: { de: '1a2b3c4d' } };
		const result = validateTeamData( d );
		expect( result.problems ).toContainEqual( expect.objectContaining( { severity: 'error', path: 'team.summary', message: 'has no text in any language' } ) );
	} );
} );
