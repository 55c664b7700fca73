/**
 * The editor's real interface messages (i18n/editor/), formatted like
 * mw.message#text ($n parameters, simple {{PLURAL}}), for tests of code that
 * takes the editor's `msg`.
 */
import type { Msg } from '../../src/i18n/editor-messages';
import { EditorMessageKey, editorMessagesFor } from '../../src/i18n/editor-messages';
import { formatMessage } from './mw-fake';

export function messageFormatter( lang = 'en' ): Msg {
	const { messages } = editorMessagesFor( [ lang ] );
	return ( key: EditorMessageKey, ...params: string[] ) => {
		const text = messages[ key ];
		if ( text === undefined ) {
			throw new Error( `no message ${ key }` );
		}
		return formatMessage( text, params );
	};
}
