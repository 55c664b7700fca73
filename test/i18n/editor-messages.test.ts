import * as fs from 'fs';
import * as path from 'path';
import { editorMessagesFor } from '../../src/i18n/editor-messages';
import { messagesFor } from '../../src/i18n/messages';

const I18N = path.join( __dirname, '../../i18n' );
const keysOf = ( file: string ): string[] => Object.keys( JSON.parse( fs.readFileSync( path.join( I18N, file ), 'utf8' ) ) ).filter( ( k ) => k !== '@metadata' );

describe( 'the editor\'s messages', () => {
	it( 'are their own set, none of them in the reader\'s bundle', () => {
		const editor = Object.keys( editorMessagesFor( [ 'en' ] ).messages );
		expect( editor.sort() ).toEqual( keysOf( 'editor/en.json' ).sort() );
		const reader = Object.keys( messagesFor( [ 'en' ] ).messages );
		expect( editor.filter( ( key ) => reader.includes( key ) ) ).toEqual( [] );
	} );

	const shipped = fs.readdirSync( path.join( I18N, 'editor' ) ).filter( ( f ) => f.endsWith( '.json' ) && f !== 'qqq.json' ).map( ( f ) => f.replace( /\.json$/, '' ) );

	it( 'ship the reader\'s languages', () => {
		expect( shipped.sort() ).toEqual( [ 'de', 'en', 'es', 'fr', 'he' ] );
	} );

	it.each( shipped )( 'are bundled, complete, for %s (every file of i18n/editor/)', ( lang ) => {
		const { languages } = editorMessagesFor( [ lang ] );
		expect( Object.keys( languages ).filter( ( key ) => languages[ key ] !== lang ) ).toEqual( [] );
	} );
} );
