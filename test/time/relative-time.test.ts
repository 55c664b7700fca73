import { nextRelativeChange, relativeStart } from '../../src/time/relative-time';
import { ZoneChoice } from '../../src/time/zones';

const iana = ( zone: string ): ZoneChoice => ( { kind: 'iana', zone } );
const at = ( iso: string ): number => Date.parse( iso );

describe( 'relativeStart', () => {
	const now = at( '2026-12-10T10:00:00Z' );
	const MIN = 60000;
	const H = 60 * MIN;
	const D = 24 * H;
	test.each( [
		[ 0, 'en', 'now' ],
		[ 30 * 1000, 'en', 'now' ],
		[ -30 * 1000, 'en', 'now' ],
		[ 12 * MIN, 'en', 'in 12 minutes' ],
		[ 1 * MIN, 'en', 'in 1 minute' ],
		[ -5 * MIN, 'en', '5 minutes ago' ],
		[ 2 * H, 'en', 'in 2 hours' ],
		[ 59.7 * MIN, 'en', 'in 1 hour' ],
		[ 23 * H, 'en', 'in 23 hours' ],
		[ -3 * H, 'en', '3 hours ago' ],
		[ 1 * D, 'en', 'tomorrow' ],
		[ 3 * D, 'en', 'in 3 days' ],
		[ -1 * D, 'en', 'yesterday' ],
		[ -5 * D, 'en', '5 days ago' ],
		[ 13 * D, 'en', 'in 13 days' ],
		[ 21 * D, 'en', 'in 3 weeks' ],
		[ 90 * D, 'en', 'in 3 months' ],
		[ 800 * D, 'en', 'in 2 years' ],
		[ 2 * D, 'de', 'übermorgen' ],
		[ 3 * D, 'de', 'in 3 Tagen' ],
		[ 2 * H, 'de', 'in 2 Stunden' ]
	] )( '%d ms ahead in %s → %s', ( diff, lang, expected ) => {
		expect( relativeStart( now + diff, now, lang ) ).toBe( expected );
	} );

	test.each( [
		// 22:00 in Berlin, session at 01:00 two dates later (27 hours away).
		[ 'Europe/Berlin', '2026-12-10T21:00:00Z', '2026-12-12T00:00:00Z', 'in 2 days' ],
		// 22:00 in Berlin, session at 23:30 the next day (25.5 hours).
		[ 'Europe/Berlin', '2026-12-10T21:00:00Z', '2026-12-11T22:30:00Z', 'tomorrow' ],
		// The same instants counted in New York (16:00 → 19:00 next day).
		[ 'America/New_York', '2026-12-10T21:00:00Z', '2026-12-12T00:00:00Z', 'tomorrow' ],
		// The 25-hour day when New York leaves DST: same date, still "tomorrow"-ish distance.
		[ 'America/New_York', '2026-11-01T04:00:00Z', '2026-11-02T04:30:00Z', 'tomorrow' ]
	] )( 'calendar days in %s: %s → %s', ( zone, nowIso, startIso, expected ) => {
		expect( relativeStart( at( startIso ), at( nowIso ), 'en', iana( zone ) ) ).toBe( expected );
	} );

	test( 'gives an empty string without Intl.RelativeTimeFormat', () => {
		const original = Intl.RelativeTimeFormat;
		( Intl as unknown as Record<string, unknown> ).RelativeTimeFormat = undefined;
		try {
			expect( relativeStart( now + 3 * D, now, 'en' ) ).toBe( '' );
		} finally {
			( Intl as unknown as Record<string, unknown> ).RelativeTimeFormat = original;
		}
	} );
} );

describe( 'nextRelativeChange', () => {
	const start = at( '2026-12-10T16:00:00Z' );
	const MIN = 60000;
	const H = 60 * MIN;
	const D = 24 * H;

	test.each( [
		[ 3 * D, start - 2.5 * D + 1 ],
		[ 1.2 * D, start - D + 1 ],
		[ 30 * D, start - 29.5 * D + 1 ],
		[ 5 * H, start - 4.5 * H + 1 ],
		[ 70 * MIN, start - 59.5 * MIN + 1 ],
		[ 12 * MIN, start - 11.5 * MIN + 1 ],
		[ 60 * 1000, start - 45 * 1000 + 1 ],
		[ 30 * 1000, start ]
	] )( '%d ms before the start → the next change', ( before, expected ) => {
		expect( nextRelativeChange( start, start - before ) ).toBe( expected );
	} );

	test( 'null once the start has passed', () => {
		expect( nextRelativeChange( start, start ) ).toBeNull();
		expect( nextRelativeChange( start, start + 1 ) ).toBeNull();
	} );

	test( 'between two changes the text stays; at each change it may differ; there are few changes', () => {
		for ( const lang of [ 'en', 'de' ] ) {
			let now = start - 40 * D;
			let changes = 0;
			for ( let next = nextRelativeChange( start, now ); next !== null; next = nextRelativeChange( start, now ) ) {
				expect( next ).toBeGreaterThan( now );
				const text = relativeStart( start, now, lang );
				// Sampled instants before the change print the same text.
				for ( const f of [ 0.25, 0.5, 0.75 ] ) {
					expect( relativeStart( start, now + Math.floor( ( next - 1 - now ) * f ), lang ) ).toBe( text );
				}
				expect( relativeStart( start, next - 1, lang ) ).toBe( text );
				now = next;
				changes++;
			}
			// Days, then hours, then minutes: far fewer than one per minute.
			expect( changes ).toBeLessThan( 40 + 24 + 60 + 5 );
			expect( now ).toBe( start );
		}
	} );
} );
