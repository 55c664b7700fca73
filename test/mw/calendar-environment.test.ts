/** @jest-environment jsdom */
/**
 * Where the reader's calendar choices are kept (mw.storage for anonymous
 * readers, a user option for logged-in ones, mw.storage when saving the
 * option fails), through the real gadget and the strict mw fake.
 */
import { PREFS_OPTION, PREFS_STORAGE_KEY } from '../../src/calendar/prefs';
import { readerClock, deviceZone, view, whenOf, zoneInput, key, options, pickZone, button } from '../calendar/support/live-reader';

readerClock();

describe( 'remembering the choice', () => {
	it( 'anonymous readers: in mw.storage, read back on the next page view', async () => {
		const first = await view();
		pickZone( first.root, 'Tokyo' );
		expect( JSON.parse( first.wiki.storage[ PREFS_STORAGE_KEY ] || 'null' ) ).toEqual( { zone: 'Asia/Tokyo' } );
		expect( first.wiki.savedOptions ).toEqual( [] );

		const second = await view( { storage: first.wiki.storage } );
		expect( zoneInput( second.root ).value ).toBe( 'Asia/Tokyo (UTC+9)' );
		expect( whenOf( second.root, '2026-12' ) ).toMatch( /Asia\/Tokyo \(UTC\+9\)$/ );

		// Back to the reader's own zone: nothing is remembered any more.
		const reset = button( second.root, 'Use your time zone (UTC)' );
		expect( reset.hidden ).toBe( false );
		reset.click();
		expect( second.wiki.storage ).toEqual( {} );
		expect( whenOf( second.root, '2026-12' ) ).toMatch( / UTC$/ );
		expect( reset.hidden ).toBe( true );
		expect( document.activeElement ).toBe( zoneInput( second.root ) );
	} );

	it( 'logged-in readers: a user option, which overrides their time zone preference', async () => {
		const { root, wiki } = await view( {
			userName: 'Reader', timecorrection: 'ZoneInfo|60|Europe/Berlin', savedOption: '{"zone":"Asia/Tokyo"}'
		} );
		expect( whenOf( root, '2026-12' ) ).toMatch( /Asia\/Tokyo \(UTC\+9\)$/ );
		expect( button( root, 'Use your time zone (Europe/Berlin (UTC+1))' ).hidden ).toBe( false );

		pickZone( root, 'Kathmandu' );
		expect( wiki.savedOptions ).toEqual( [ [ PREFS_OPTION, '{"zone":"Asia/Kathmandu"}' ] ] );
		expect( mw.user.options.get( PREFS_OPTION ) ).toBe( '{"zone":"Asia/Kathmandu"}' );
		expect( wiki.storage ).toEqual( {} );

		// "Your time zone" is the preference again.
		zoneInput( root ).focus();
		key( zoneInput( root ), 'ArrowDown' );
		expect( options( root )[ 0 ] ).toBe( 'Your time zone: Europe/Berlin (UTC+1)' );
		key( zoneInput( root ), 'Enter' );
		expect( wiki.savedOptions[ 1 ] ).toEqual( [ PREFS_OPTION, null ] );
		expect( whenOf( root, '2026-12' ) ).toMatch( /Europe\/Berlin \(UTC\+1\)$/ );
	} );

	it( 'offers the device\'s zone when it differs from the preference', async () => {
		jest.restoreAllMocks();
		deviceZone( 'America/New_York' );
		const { root, wiki } = await view( { userName: 'Reader', timecorrection: 'ZoneInfo|60|Europe/Berlin' } );
		const input = zoneInput( root );
		input.focus();
		key( input, 'ArrowDown' );
		expect( options( root ).slice( 0, 3 ) ).toEqual( [
			'Your time zone: Europe/Berlin (UTC+1)', 'This device: America/New York (UTC\u22125)', 'Coordinated Universal Time (UTC)'
		] );
		key( input, 'ArrowDown' );
		key( input, 'Enter' );
		expect( wiki.savedOptions ).toEqual( [ [ PREFS_OPTION, '{"zone":"America/New_York"}' ] ] );
		expect( whenOf( root, '2026-12' ) ).toMatch( /America\/New York \(UTC\u22125\)$/ );
		key( input, 'ArrowDown' );
		expect( root.querySelector( '[role="option"][aria-selected="true"]' )!.textContent ).toBe( 'This device: America/New York (UTC\u22125)' );
	} );

	it( 'a failed save keeps the choice locally and never breaks the page', async () => {
		const { root, wiki } = await view( {
			userName: 'Reader', timecorrection: 'ZoneInfo|60|Europe/Berlin',
			saveOption: () => Promise.reject( 'readonly' )
		} );
		pickZone( root, 'Tokyo' );
		await Promise.resolve();
		await Promise.resolve();
		expect( whenOf( root, '2026-12' ) ).toMatch( /Asia\/Tokyo \(UTC\+9\)$/ );
		expect( JSON.parse( wiki.storage[ PREFS_STORAGE_KEY ] || 'null' ) ).toEqual( { zone: 'Asia/Tokyo' } );
		expect( wiki.warnings ).toHaveLength( 1 );
	} );

	it( 'ignores a stored value it cannot use', async () => {
		const { root } = await view( { storage: { [ PREFS_STORAGE_KEY ]: '{"zone":"Mars/Olympus_Mons","view":"year"}' } } );
		expect( zoneInput( root ).value ).toBe( 'Your time zone: UTC' );
		expect( root.querySelector( '[role="grid"]' ) ).toBeNull();
	} );
} );
