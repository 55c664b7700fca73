import { looksLikeTeamData } from '../../src/editor/detect';

describe( 'looksLikeTeamData', () => {
	it.each( [
		[ '{ "conversationHours": { } }', true ],
		[ '{ "$schema": "https://meta.wikimedia.org/wiki/CRS/crs-team-data.schema.json" }', true ],
		[ '{ "conversationHours" : [ broken', true ],
		[ '{ "$schema": "http://json-schema.org/draft-07/schema#" }', false ],
		[ '{ "description": "conversationHours" }', false ],
		[ '', false ]
	] )( '%j → %s', ( text, expected ) => {
		expect( looksLikeTeamData( text ) ).toBe( expected );
	} );
} );
