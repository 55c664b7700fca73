/**
 * The project's real interface messages, formatted like mw.message#text
 * ($n parameters, simple {{PLURAL}}), for tests of code that takes a `msg`.
 */
import type { Msg } from '../../../src/editor/editor-checks';
import { MessageKey, messagesFor } from '../../../src/i18n/messages';
import { formatMessage } from './mw-fake';

export function messageFormatter( lang = 'en' ): Msg {
	const { messages } = messagesFor( [ lang ] );
	return ( key: MessageKey, ...params: string[] ) => {
		if ( !( key in messages ) ) {
			throw new Error( `no message ${ key }` );
		}
		return formatMessage( messages[ key ], params );
	};
}
