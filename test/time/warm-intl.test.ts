import { warmIntl } from '../../src/time/warm-intl';

describe( 'warming the browser\'s date formatting', () => {
	it( 'formats in the reader\'s language, and never throws for a code Intl refuses', () => {
		const spy = jest.spyOn( Intl, 'DateTimeFormat' );
		warmIntl( 'de' );
		expect( spy ).toHaveBeenCalledWith( 'de', expect.objectContaining( { timeStyle: 'full' } ) );
		expect( () => warmIntl( 'not a language!' ) ).not.toThrow();
		spy.mockRestore();
	} );
} );
