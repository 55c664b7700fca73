/**
 * Benchmark of the JSON source-map parser on a generated data page of about
 * 200 KB (and larger), compared with JSON.parse. Prints figures; asserts nothing.
 *
 * Usage: tsx build/bench/json.ts [targetKilobytes]
 */
import { parseWithSourceMap } from '../../src/json/source-map';

function makePage( targetBytes: number ): string {
	const sessions: unknown[] = [];
	const subteams: unknown[] = [];
	const page = {
		$schema: 'crs-team-data/1',
		defaultLanguage: 'en',
		team: { name: { en: 'Community Resilience and Sustainability', de: 'Community-Resilienz' }, about: [ 'x' ], links: [] },
		subteams,
		conversationHours: { description: [ 'Open conversation hours.' ], sessions }
	};
	let n = 0;
	while ( JSON.stringify( page, null, '\t' ).length < targetBytes ) {
		for ( let k = 0; k < 20; k++, n++ ) {
			sessions.push( {
				id: `session-${ n }`,
				title: { en: `Conversation hour ${ n }`, fr: `Heure de conversation ${ n }`, 'pt-br': `Hora ${ n } – “café”` },
				start: '2025-02-13T15:00:00Z',
				end: '2025-02-13T16:00:00+01:00',
				status: 'scheduled',
				sequence: n % 3,
				notes: `Conversation hours/2025-${ n }`
			} );
			if ( n % 10 === 0 ) {
				subteams.push( { id: `subteam-${ n }`, name: `Subteam ${ n }`, responsibilities: [ 'A \\ "quoted" thing\n', 'B' ] } );
			}
		}
	}
	return JSON.stringify( page, null, '\t' );
}

function time( fn: () => void, rounds: number ): number {
	const times: number[] = [];
	for ( let i = 0; i < rounds; i++ ) {
		const t0 = process.hrtime.bigint();
		fn();
		times.push( Number( process.hrtime.bigint() - t0 ) / 1e6 );
	}
	times.sort( ( a, b ) => a - b );
	return times[ Math.floor( times.length / 2 ) ] ?? NaN;
}

const targets = process.argv[ 2 ] ? [ Number( process.argv[ 2 ] ) ] : [ 200, 1000 ];
for ( const kb of targets ) {
	const text = makePage( kb * 1024 );
	let entries = 0;
	// Warm up the JIT first, as a maintainer's browser will have after a few keystrokes.
	for ( let i = 0; i < 20; i++ ) {
		const r = parseWithSourceMap( text );
		entries = r.ok ? r.map.size : 0;
	}
	const ours = time( () => parseWithSourceMap( text ), 50 );
	const native = time( () => JSON.parse( text ), 50 );
	console.log( `${ ( text.length / 1024 ).toFixed( 0 ).padStart( 5 ) } KB, ${ String( entries ).padStart( 6 ) } paths: ` +
		`parseWithSourceMap ${ ours.toFixed( 2 ) } ms (median of 50), JSON.parse ${ native.toFixed( 2 ) } ms` );
}
