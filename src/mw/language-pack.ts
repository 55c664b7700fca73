/**
 * The language pack of the page view, from the language gadgets the loader
 * requested in the renderer's batch (mw/render-language.ts). The `mw` edge
 * of src/i18n/language-pack.ts.
 */
import { LanguageCode } from '../data/types';
import { languageModules } from '../i18n/language-modules';
import { combinePacks, LanguagePack, LanguagePackModule } from '../i18n/language-pack';

/**
 * The pack for `lang` from its language gadgets, already loaded.
 *
 * @param lang
 * @throws {Error} naming the module when one is not loaded (the placeholders keep their content).
 */
export function loadedLanguagePack( lang: LanguageCode ): LanguagePack {
	return combinePacks( lang, languageModules( lang ).map( ( name ) => {
		if ( mw.loader.getState( name ) !== 'ready' ) {
			throw new Error( `${ name } is not loaded (state: ${ mw.loader.getState( name ) })` );
		}
		return mw.loader.require( name ) as LanguagePackModule;
	} ) );
}
