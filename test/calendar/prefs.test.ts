import { effectiveZone, parsePrefs, serialisePrefs } from '../../src/calendar/prefs';
import { ZoneChoice } from '../../src/time/zones';

describe( 'parsePrefs', () => {
	test.each( [
		[ '{"zone":"Europe/Berlin"}', { zone: 'Europe/Berlin' } ],
		[ '{"zone":"Asia/Kathmandu","view":"month"}', { zone: 'Asia/Kathmandu', view: 'month' } ],
		[ '{"view":"month"}', { view: 'month' } ],
		[ '{"view":"agenda"}', {} ],
		[ '{"zone":"UTC"}', { zone: 'UTC' } ],
		// Unusable parts are dropped, never an error.
		[ '{"zone":"Mars/Olympus_Mons","view":"year"}', {} ],
		[ '{"zone":"+05:30"}', {} ],
		[ '{"zone":5}', {} ],
		[ '[1,2]', {} ],
		[ 'null', {} ],
		[ '"Europe/Berlin"', {} ],
		[ '{', {} ],
		[ '', {} ],
		[ null, {} ],
		[ undefined, {} ],
		[ false, {} ],
		[ 42, {} ]
	] )( '%j → %j', ( raw, expected ) => {
		expect( parsePrefs( raw ) ).toEqual( expected );
	} );
} );

describe( 'serialisePrefs', () => {
	test.each( [
		[ {}, null ],
		[ { view: 'agenda' as const }, null ],
		[ { zone: undefined, view: undefined }, null ],
		[ { zone: 'Europe/Berlin' }, '{"zone":"Europe/Berlin"}' ],
		[ { view: 'month' as const }, '{"view":"month"}' ],
		[ { zone: 'Asia/Tokyo', view: 'month' as const }, '{"zone":"Asia/Tokyo","view":"month"}' ]
	] )( '%j → %j', ( prefs, expected ) => {
		expect( serialisePrefs( prefs ) ).toBe( expected );
		if ( expected !== null ) {
			expect( parsePrefs( expected ) ).toEqual( JSON.parse( expected ) );
		}
	} );
} );

describe( 'effectiveZone', () => {
	const own: ZoneChoice = { kind: 'offset', minutes: 60 };
	test( 'an explicit choice overrides the reader\'s own zone', () => {
		expect( effectiveZone( { zone: 'Asia/Kathmandu' }, own ) ).toEqual( { zone: { kind: 'iana', zone: 'Asia/Kathmandu' }, explicit: true } );
	} );
	test( 'without one, the own zone', () => {
		expect( effectiveZone( {}, own ) ).toEqual( { zone: own, explicit: false } );
		expect( effectiveZone( { zone: 'Nowhere/Land' }, own ) ).toEqual( { zone: own, explicit: false } );
	} );
} );
