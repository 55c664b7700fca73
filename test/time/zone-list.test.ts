import { availableZones, currentZoneName, FALLBACK_ZONES } from '../../src/time/zone-list';

describe( 'availableZones', () => {
	test( 'uses Intl.supportedValuesOf, with current names, without UTC, sorted and unique', () => {
		const fake = { supportedValuesOf: () => [ 'Europe/Kiev', 'Asia/Calcutta', 'UTC', 'Asia/Katmandu', 'Europe/Berlin', 'Europe/Kyiv' ] };
		expect( availableZones( fake ) ).toEqual( [ 'Asia/Kathmandu', 'Asia/Kolkata', 'Europe/Berlin', 'Europe/Kyiv' ] );
	} );

	test( 'the real list of this engine has the zones people look for', () => {
		const zones = availableZones();
		expect( zones.length ).toBeGreaterThan( 300 );
		for ( const zone of [ 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Asia/Kolkata' ] ) {
			expect( zones ).toContain( zone );
		}
		expect( zones ).not.toContain( 'UTC' );
	} );

	test.each( [
		[ 'without supportedValuesOf', {} ],
		[ 'when supportedValuesOf throws', { supportedValuesOf: () => {
			throw new RangeError( 'no' );
		} } ],
		[ 'when it lists nothing', { supportedValuesOf: () => [] } ]
	] )( 'falls back to a list of common zones %s', ( _name, fake ) => {
		const zones = availableZones( fake );
		expect( zones ).toEqual( FALLBACK_ZONES.slice().sort() );
		// Every inhabited 30- and 45-minute offset is there.
		for ( const zone of [ 'Asia/Kathmandu', 'Asia/Kolkata', 'Australia/Eucla', 'Australia/Lord_Howe', 'America/St_Johns', 'Pacific/Chatham', 'Pacific/Marquesas', 'Asia/Tehran' ] ) {
			expect( zones ).toContain( zone );
		}
	} );

	test.each( [
		[ 'Asia/Calcutta', 'Asia/Kolkata' ],
		[ 'Asia/Katmandu', 'Asia/Kathmandu' ],
		[ 'Europe/Kiev', 'Europe/Kyiv' ],
		[ 'Europe/Berlin', 'Europe/Berlin' ],
		[ 'Not/AZone', 'Not/AZone' ],
		[ 'constructor', 'constructor' ]
	] )( 'currentZoneName( %s ) → %s', ( name, expected ) => {
		expect( currentZoneName( name ) ).toBe( expected );
	} );
} );
