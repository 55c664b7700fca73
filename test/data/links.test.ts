/* eslint-disable no-script-url -- hostile links are what these tests feed in */
import { defaultLinkText, MAX_TARGET_LENGTH, parseLinkTarget } from '../../src/data/links';
import { parseIsoDateTime } from '../../src/data/dates';

describe( 'parseLinkTarget', () => {
	it( 'refuses a target over the length limit before looking at it, naming the limit', () => {
		const url = 'https://example.org/' + 'a'.repeat( MAX_TARGET_LENGTH );
		expect( parseLinkTarget( url ) ).toEqual( { error: `is ${ url.length } characters long, over the limit of 2000: it is left out` } );
		expect( parseLinkTarget( url.slice( 0, MAX_TARGET_LENGTH ) ) ).toHaveProperty( 'target' );
	} );

	it.each( [
		[ 'Category:CR&S meetings', { kind: 'wiki', title: 'Category:CR&S meetings' } ],
		[ 'Universal Code of Conduct/Enforcement guidelines', { kind: 'wiki', title: 'Universal Code of Conduct/Enforcement guidelines' } ],
		[ ':Category:X', { kind: 'wiki', title: ':Category:X' } ],
		[ 'https://www.youtube.com/watch?v=abc', { kind: 'external', url: 'https://www.youtube.com/watch?v=abc' } ],
		[ 'HTTP://Example.org', { kind: 'external', url: 'http://example.org/' } ]
	] )( '%s is a link', ( text, target ) => {
		expect( parseLinkTarget( text ) ).toEqual( { target } );
	} );

	it.each( [
		[ 'javascript:alert(1)', /neither/ ],
		[ 'JavaScript:alert(1)', /neither/ ],
		[ 'data:text/html,x', /neither/ ],
		[ 'ftp://example.org', /neither/ ],
		[ '//example.org/x', /neither/ ],
		[ 'A [[b]]', /not a valid page title/ ],
		[ 'a{{b}}', /not a valid page title/ ],
		[ 'a|b', /not a valid page title/ ],
		[ 'https://', /not a valid URL/ ],
		[ '   ', /empty/ ],
		[ 'x'.repeat( 256 ), /too long/ ]
	] )( '%s is refused', ( text, reason ) => {
		const result = parseLinkTarget( text );
		expect( 'error' in result && result.error ).toMatch( reason );
	} );

	it.each( [ '\ud800', 'Main Page\ud800', '\udc00x', '\ude00\ud83d' ] )( 'refuses a title with a lone surrogate, which no URL can encode (%j)', ( title ) => {
		expect( parseLinkTarget( title ) ).toEqual( { error: expect.stringContaining( 'lone UTF-16 surrogate' ) } );
	} );

	it( 'keeps a title with a whole astral character', () => {
		expect( parseLinkTarget( 'Main Page \ud83d\ude00' ) ).toEqual( { target: { kind: 'wiki', title: 'Main Page \ud83d\ude00' } } );
	} );

	it( 'shows titles and hosts readably when a link has no label', () => {
		expect( defaultLinkText( { kind: 'wiki', title: 'Trust_and_Safety' } ) ).toBe( 'Trust and Safety' );
		expect( defaultLinkText( { kind: 'external', url: 'https://www.youtube.com/' } ) ).toBe( 'youtube.com' );
		expect( defaultLinkText( { kind: 'external', url: 'https://meta.wikimedia.org/wiki/X' } ) ).toBe( 'meta.wikimedia.org/wiki/X' );
	} );
} );

describe( 'parseIsoDateTime', () => {
	it.each( [
		[ '2026-12-10T16:00:00Z', '2026-12-10T16:00:00.000Z' ],
		[ '2026-12-10T16:00Z', '2026-12-10T16:00:00.000Z' ],
		[ '2026-12-10T17:00:00+01:00', '2026-12-10T16:00:00.000Z' ],
		[ '2026-12-10T21:45:00+05:45', '2026-12-10T16:00:00.000Z' ],
		[ '2026-12-10T11:00:00.5-05:00', '2026-12-10T16:00:00.500Z' ],
		[ '2028-02-29T00:00:00Z', '2028-02-29T00:00:00.000Z' ]
	] )( '%s is %s', ( text, iso ) => {
		const result = parseIsoDateTime( text );
		expect( 'ms' in result && new Date( result.ms ).toISOString() ).toBe( iso );
	} );

	it.each( [
		[ '2026-12-10', /ISO 8601/ ],
		[ '2026-12-10 16:00Z', /ISO 8601/ ],
		[ '10.12.2026 16:00', /ISO 8601/ ],
		[ '2027-02-29T00:00:00Z', /month 2 of 2027 has no day 29/ ],
		[ '2026-00-10T00:00:00Z', /no month 0/ ],
		[ '2026-12-10T16:60:00Z', /not a time of day/ ],
		[ '2026-12-10T16:00:00+14:30', /impossible offset/ ]
	] )( '%s is refused', ( text, reason ) => {
		const result = parseIsoDateTime( text );
		expect( 'error' in result && result.error ).toMatch( reason );
	} );
} );
