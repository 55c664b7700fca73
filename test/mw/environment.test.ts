/** @jest-environment jsdom */
import { createRenderContext, currentRenderLanguage, currentZone } from '../../src/mw/environment';
import { UTC_ZONE } from '../../src/time/zones';
import { installFakeMw } from '../support/mw-fake';

function wiki( config: Record<string, unknown>, userOptions: Record<string, unknown> = {}, fallbackChain?: string[] ): void {
	installFakeMw( {
		config: {
			wgPageName: 'Community_Resilience_and_Sustainability',
			wgPageContentLanguage: 'en',
			wgContentLanguage: 'en',
			wgUserLanguage: 'en',
			wgUserName: null,
			wgTranslatePageTranslation: null,
			...config
		},
		userOptions,
		api: () => Promise.reject( new Error( 'no API here' ) ),
		fallbackChain
	} );
}

describe( 'createRenderContext', () => {
	it( 'renders Hebrew right to left, with its own messages', () => {
		wiki( { wgUserLanguage: 'he' }, {}, [ 'he', 'en' ] );
		const ctx = createRenderContext( 'he', UTC_ZONE, 0 );
		expect( [ ctx.lang, ctx.dir, ctx.chain ] ).toEqual( [ 'he', 'rtl', [ 'he', 'en' ] ] );
		expect( ctx.msg( 'crs-team-about-heading' ) ).toBe( 'מה אנחנו עושים' );
		expect( ctx.msgLanguage( 'crs-team-about-heading' ) ).toBe( 'he' );
		expect( ctx.msgLanguage( 'crs-team-edit-data' ) ).toBe( 'he' );
	} );

	it( 'renders a language without messages (Arabic) right to left, with English messages', () => {
		wiki( { wgUserLanguage: 'ar' }, {}, [ 'ar', 'en' ] );
		const ctx = createRenderContext( 'ar', UTC_ZONE, 0 );
		expect( [ ctx.dir, ctx.msg( 'crs-team-edit-data' ), ctx.msgLanguage( 'crs-team-edit-data' ) ] ).toEqual( [ 'rtl', 'Edit the data page', 'en' ] );
	} );

	it( 'follows MediaWiki\'s fallback chain for the reader\'s language', () => {
		wiki( { wgUserLanguage: 'de-at' }, {}, [ 'de-at', 'de', 'en' ] );
		const ctx = createRenderContext( 'de-at', UTC_ZONE, 0 );
		expect( ctx.chain ).toEqual( [ 'de-at', 'de', 'en' ] );
		expect( ctx.msg( 'crs-team-about-heading' ) ).toBe( 'Was wir tun' );
	} );

	it( 'links wiki pages through mw.util.getUrl', () => {
		wiki( {} );
		expect( createRenderContext( 'en', UTC_ZONE, 0 ).wikiUrl( 'Module:Team/data.json', { action: 'edit' } ) )
			.toBe( '/wiki/Module%3ATeam%2Fdata.json?action=edit' );
	} );
} );

describe( 'the language and zone of the page', () => {
	it( 'renders a translation page in its language, an ordinary page in the reader\'s', () => {
		wiki( { wgPageName: 'Team/de', wgPageContentLanguage: 'de', wgUserLanguage: 'fr' } );
		expect( currentRenderLanguage() ).toBe( 'de' );
		wiki( { wgUserLanguage: 'fr' } );
		expect( currentRenderLanguage() ).toBe( 'fr' );
	} );

	it( 'uses a logged-in reader\'s time zone preference', () => {
		wiki( { wgUserName: 'Reader' }, { timecorrection: 'ZoneInfo|345|Asia/Kathmandu' } );
		expect( currentZone() ).toEqual( { kind: 'iana', zone: 'Asia/Kathmandu' } );
	} );
} );
