/* eslint-disable no-script-url -- hostile links are what these tests feed in */
/**
 * Data pages for comparing the two renderers: the sample, and variants of
 * it generated around "now" (translations, missing fields, broken items,
 * many sessions), plus one with hostile wikitext in every field.
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve( __dirname, '..', '..' );
const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

export type Json = any;

/** data/team-page.json, parsed afresh (callers may change it). */
export function sampleData(): Json {
	return JSON.parse( fs.readFileSync( path.join( ROOT, 'data', 'team-page.json' ), 'utf8' ) );
}

function iso( ms: number ): string {
	return new Date( ms ).toISOString().replace( /\.000Z$/, 'Z' );
}

/**
 * A session `days` from now (negative: in the past), an hour and a half long.
 *
 * @param id
 * @param now
 * @param days
 * @param extra
 */
export function sessionAt( id: string, now: number, days: number, extra: Record<string, unknown> = {} ): Json {
	const start = now + days * DAY;
	return { id, start: iso( start ), end: iso( start + 1.5 * HOUR ), ...extra };
}

/** The sample with its sessions moved around now: two past, one live, two upcoming. */
export function aroundNow( now: number ): Json {
	const data = sampleData();
	data.conversationHours.sessions = [
		sessionAt( 'past-1', now, -60, { title: 'First', notes: 'Notes/First', recording: 'https://example.org/recording-1' } ),
		sessionAt( 'past-2', now, -3, { notes: 'Notes/Second' } ),
		{ ...sessionAt( 'live', now, 0 ), start: iso( now - HOUR ), end: iso( now + 2 * HOUR ), room: 'https://meet.example.org/live' },
		sessionAt( 'next', now, 2, { stream: 'https://www.youtube.com/watch?v=next' } ),
		sessionAt( 'later', now, 30, { status: 'postponed' } )
	];
	return data;
}

/** Translated texts; rendered in German, some fall back to English. */
export function translated( now: number ): Json {
	const data = aroundNow( now );
	data.team.name = { en: 'Community Resilience and Sustainability', de: 'Gemeinschaftliche Resilienz und Nachhaltigkeit' };
	data.subteams[ 0 ].responsibilities[ 0 ] = { en: 'Connects with committees.', de: 'Arbeitet mit Komitees.' };
	data.subteams[ 2 ].name = { en: 'Trust and Safety', 'de-formal': 'Vertrauen und Sicherheit (Sie)', fr: 'Confiance et sécurité' };
	data.subteams[ 2 ].links[ 0 ].label = { de: 'Verhaltenskodex', en: 'Universal Code of Conduct' };
	data.conversationHours.sessions[ 3 ].title = { de: 'Nächste Runde', he: 'השיחה הבאה' };
	return data;
}

/** Optional fields left out everywhere. */
export function missingFields( now: number ): Json {
	const data = aroundNow( now );
	delete data.team.summary;
	delete data.team.goals;
	delete data.team.links;
	delete data.team.lead.link;
	delete data.team.department;
	delete data.subteams[ 1 ].responsibilities;
	delete data.subteams[ 2 ].links;
	delete data.conversationHours.notesCategory;
	delete data.conversationHours.earlierNotes;
	delete data.conversationHours.planned;
	for ( const session of data.conversationHours.sessions ) {
		delete session.title;
	}
	return data;
}

/** Items the gadget drops (and so must the module), among good ones. */
export function brokenItems( now: number ): Json {
	const data = aroundNow( now );
	data.team.links = [
		'javascript:alert(1)', 'Good page', { target: 'Bad [title]' }, { label: 'no target' },
		'data:text/html,x', '//protocol-relative.example.org', 'mailto:someone@example.org',
		'ftp://files.example.org/x', { target: 'https://example.org/a b', label: 'spaces' }, 'HTTPS://Example.ORG'
	];
	data.subteams.push( { id: 'no-name', responsibilities: [ 'x' ] } );
	data.subteams.push( { id: 'committee-support', name: 'Duplicate id' } );
	data.subteams.push( { id: 'Bad Id', name: 'Bad id' } );
	data.subteams.push( { id: 'valid-one', name: { EN: 'Bad language code', de: 'Gültig' }, responsibilities: [ '', '  ', 'Real one', 42, { xx: '' } ] } );
	data.conversationHours.sessions.push(
		sessionAt( 'bad-month', now, 5, { start: '2026-13-01T15:00:00Z' } ),
		sessionAt( 'bad-day', now, 5, { start: '2026-02-30T15:00:00Z' } ),
		sessionAt( 'no-offset', now, 5, { start: '2026-12-10T16:00:00' } ),
		sessionAt( 'ends-before', now, 5, { end: '2000-01-01T00:00:00Z' } ),
		sessionAt( 'bad-status', now, 5, { status: 'maybe' } ),
		sessionAt( 'bad-sequence', now, 5, { sequence: -1 } ),
		sessionAt( 'next', now, 6 ),
		sessionAt( 'bad-link', now, 7, { stream: 'javascript:alert(1)', room: 'https://ok.example.org/room' } ),
		sessionAt( 'offset', now, 8, { start: '2030-01-01T10:00:00+05:45', end: '2030-01-01T11:00:00+05:45' } ),
		sessionAt( 'millis', now, 9, { start: '2030-01-02T10:00:00.5Z', end: '2030-01-02T11:00:00.250Z' } )
	);
	return data;
}

/**
 * Many sessions over a year around now, some cancelled or postponed.
 *
 * @param now
 */
export function manySessions( now: number ): Json {
	const data = aroundNow( now );
	const statuses = [ undefined, undefined, 'cancelled', undefined, 'postponed' ];
	data.conversationHours.sessions = [];
	for ( let i = 0; i < 48; i++ ) {
		const status = statuses[ i % statuses.length ];
		data.conversationHours.sessions.push( sessionAt( `s-${ i }`, now, ( i - 24 ) * 7 + 0.5, {
			...( status ? { status } : {} ),
			notes: `Notes/${ i }`,
			stream: i % 3 ? `https://stream.example.org/${ i }` : undefined
		} ) );
	}
	// Two at the same moment: ordered by end, then id.
	data.conversationHours.sessions.push( sessionAt( 'same-b', now, 10 ), sessionAt( 'same-a', now, 10 ) );
	return data;
}

/** Wikitext and HTML that must come out as text, never as markup. */
export const HOSTILE = [
	'[[Category:Injected]]', '{{Injected template}}', '<script>alert(1)</script>', '__NOTOC__',
	'~~~~', '[https://evil.example.org injected]', "''italic''", '<nowiki>x</nowiki>',
	'\u202Eevil\u202C', '{{#invoke:Community Resilience and Sustainability|main}}', '<div style="color:red">red</div>',
	'ISBN 978-3-16-148410-0', '----', '* not a list', '{| table', '&lt;b&gt;', '<ref>x</ref>', '[[File:Example.png]]', '-{zh:x}-'
];

/**
 * Every text field holds hostile strings; link targets too where they are
 * still valid targets (titles without brackets, URLs).
 */
export function hostile(): Json {
	const all = HOSTILE.join( ' ' );
	const data = sampleData();
	data.team.name = HOSTILE[ 0 ];
	data.team.summary = all;
	data.team.organisation = HOSTILE[ 1 ];
	data.team.department = HOSTILE[ 3 ];
	data.team.lead = { name: HOSTILE[ 2 ], role: HOSTILE[ 6 ], link: "User:''X''" };
	data.team.about = HOSTILE;
	data.team.goals = { period: '{{CURRENTYEAR}}', intro: all, items: HOSTILE, link: { target: 'Foo__NOTOC__bar', label: HOSTILE[ 0 ] } };
	data.team.links = [
		{ target: "https://example.org/a''b''__NOTOC__'", label: '[[Category:Injected]]' },
		{ target: 'Category:Injected', label: '{{Injected template}}' },
		{ target: 'Help:Example', label: '~~~~' },
		{ target: 'Template:Injected template', label: HOSTILE[ 8 ] },
		'~~~~ title', "O'Brien"
	];
	data.subteams = [ {
		id: 'hostile',
		name: { en: HOSTILE[ 5 ], de: HOSTILE[ 4 ] },
		summary: all,
		responsibilities: HOSTILE,
		links: [ { target: 'https://example.org/]x[', label: ']] | [[' } ]
	} ];
	data.conversationHours.description = HOSTILE;
	data.conversationHours.planned = [ { label: HOSTILE[ 1 ], note: HOSTILE[ 2 ] } ];
	data.conversationHours.sessions = data.conversationHours.sessions.map( ( s: Json ) => ( {
		...s, title: HOSTILE[ 0 ], description: all, notes: { target: 'Notes', label: HOSTILE[ 9 ] }
	} ) );
	return data;
}

/** Translate mode's marker member (src/data/source-marker.ts). */
const SOURCE = '_source';

/** The source hashes `withSourceMarkers` writes; none may reach a rendering. */
export const SOURCE_MARKER_HASHES = [ '0badc0de', 'deadbeef', 'feedf00d', 'c0ffee00', '5eed5eed' ];

/**
 * Translated texts carrying Translate mode's `_source` marker (see
 * src/data/source-marker.ts): current and outdated hashes, the marker first
 * or last in its object, one for a language without a text, a malformed one,
 * and a responsibility that has only the marker (no text: dropped).
 *
 * @param now
 */
export function withSourceMarkers( now: number ): Json {
	const data = translated( now );
	const [ h0, h1, h2, h3, h4 ] = SOURCE_MARKER_HASHES;
	const mark = ( text: Json, marker: Json ): void => {
		text[ SOURCE ] = marker;
	};
	mark( data.team.name, { de: h0 } );
	data.team.organisation = { [ SOURCE ]: { de: h1, fr: h2 }, en: 'Wikimedia Foundation', de: 'Wikimedia Foundation (Stiftung)' };
	mark( data.subteams[ 0 ].responsibilities[ 0 ], { de: h3 } );
	data.subteams[ 0 ].responsibilities.push( { [ SOURCE ]: { de: h4 } } );
	mark( data.subteams[ 1 ].name, 'not an object' );
	mark( data.subteams[ 2 ].name, { 'de-formal': h4, fr: h0 } );
	mark( data.conversationHours.sessions[ 3 ].title, { de: h1, he: h2 } );
	return data;
}
