/**
 * The language gadgets (src/i18n/language-modules.ts): what each exports,
 * their lines of Gadgets-definition.txt and their descriptions. Built by
 * build/build.ts from the full tables (src/i18n/all-languages.ts), so the
 * renderer carries no message and no date format of its own.
 *
 * - `crs-team-i18n-<m>` for each language of ours: the reader's messages of
 *   `m` along its chain (every key), the "help translate" line's three
 *   editor messages, and `m`'s own locale facts;
 * - `crs-team-locale-<n>`: the locale facts (formats, digits, chain) of every
 *   other language MediaWiki says something about whose code hashes to `n`.
 */
import { languagesWithFacts, chainOf, localeFacts } from '../src/i18n/all-languages';
import { editorMessagesFor } from '../src/i18n/editor-messages';
import { LanguagePackModule, LocaleFacts } from '../src/i18n/language-pack';
import { LOCALE_BUCKETS, LOCALE_GADGET, localeBucketOf, MESSAGES_GADGET } from '../src/i18n/language-modules';
import { ours } from '../src/i18n/message-languages.json';
import { messagesFor } from '../src/i18n/messages';

/** The editor messages the "help translate" line shows (src/help-translate/line.ts). */
const HELP_TRANSLATE_KEY = /^crs-team-editor-help-translate(?:-|$)/;

/** The gadget names, in the order of Gadgets-definition.txt. */
export function languageGadgetNames(): string[] {
	return [
		...ours.map( ( m ) => MESSAGES_GADGET + m ),
		...Array.from( { length: LOCALE_BUCKETS }, ( _, n ) => LOCALE_GADGET + n )
	];
}

/**
 * What the messages gadget of `m` exports.
 *
 * @param m A language of ours.
 */
function messagesPack( m: string ): LanguagePackModule {
	const chain = chainOf( m );
	const { messages, languages } = messagesFor( chain );
	const fallbackLanguages: Record<string, string> = {};
	for ( const key of Object.keys( languages ) ) {
		if ( languages[ key ] !== m ) {
			fallbackLanguages[ key ] = languages[ key ]!;
		}
	}
	const editor = editorMessagesFor( chain ).messages;
	const helpTranslate: Record<string, string> = {};
	for ( const key of Object.keys( editor ).filter( ( k ) => HELP_TRANSLATE_KEY.test( k ) ) ) {
		helpTranslate[ key ] = editor[ key ]!;
	}
	return { language: m, messages, fallbackLanguages, helpTranslate, locales: { [ m ]: localeFacts( m ) } };
}

/**
 * What locale bucket `n` exports.
 *
 * @param n
 */
function localePack( n: number ): LanguagePackModule {
	const locales: Record<string, LocaleFacts> = {};
	for ( const lang of languagesWithFacts() ) {
		if ( !ours.includes( lang ) && localeBucketOf( lang ) === n ) {
			locales[ lang ] = localeFacts( lang );
		}
	}
	return { locales };
}

/**
 * The export of a language gadget, or null when `name` is not one.
 *
 * @param name e.g. `crs-team-i18n-de`, `crs-team-locale-3`
 */
export function languagePackOf( name: string ): LanguagePackModule | null {
	if ( name.startsWith( MESSAGES_GADGET ) && ours.includes( name.slice( MESSAGES_GADGET.length ) ) ) {
		return messagesPack( name.slice( MESSAGES_GADGET.length ) );
	}
	const n = name.startsWith( LOCALE_GADGET ) ? Number( name.slice( LOCALE_GADGET.length ) ) : NaN;
	return Number.isInteger( n ) && n >= 0 && n < LOCALE_BUCKETS ? localePack( n ) : null;
}

/**
 * The gadget's script as ResourceLoader runs a package gadget.
 *
 * @param name
 */
export function languagePackScript( name: string ): string | null {
	const pack = languagePackOf( name );
	return pack && `module.exports=${ JSON.stringify( pack ) };`;
}

/**
 * The description page of a language gadget (Special:Gadgets shows it).
 *
 * @param name
 */
export function languagePackDescription( name: string ): string {
	return name.startsWith( MESSAGES_GADGET ) ?
		`Team page (hidden, generated): the reader's messages in <code>${ name.slice( MESSAGES_GADGET.length ) }</code> and its date formats; loaded with crs-team-core.\n` :
		`Team page (hidden, generated): date formats, digits and fallback languages of the languages in locale bucket ${ name.slice( LOCALE_GADGET.length ) }; loaded with crs-team-core.\n`;
}

/** The lines of Gadgets-definition.txt for the language gadgets. */
export function languageGadgetLines(): string[] {
	return languageGadgetNames().map( ( name ) => `* ${ name }[ResourceLoader|package|hidden]|${ name }.js` );
}

if ( require.main === module ) {
	process.stdout.write( languageGadgetLines().join( '\n' ) + '\n' );
}
