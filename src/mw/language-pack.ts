/**
 * The language pack of the page view, from the language gadgets the loader
 * requested in the renderer's batch (mw/render-language.ts). The `mw` edge
 * of src/i18n/language-pack.ts.
 *
 * The loader chooses those gadgets by the language's code alone; for the
 * few languages whose MediaWiki fallback chain reaches a language of ours
 * another way (`yi` → `he`), the renderer loads the right messages gadget
 * itself (loadLanguageModules), one more ResourceLoader request while the
 * data request is on its way.
 */
import { LanguageCode } from '../data/types';
import { languageModules } from '../i18n/language-modules';
import { combinePacks, LanguagePack, LanguagePackModule } from '../i18n/language-pack';

/**
 * Loads the language gadgets of `lang` the loader did not (usually none:
 * then nothing is requested).
 *
 * @param lang The render language.
 * @return {Promise} Settles when they are all loaded; rejects when one cannot be.
 */
export function loadLanguageModules( lang: LanguageCode ): Promise<unknown> {
	const missing = languageModules( lang ).filter( ( name ) => mw.loader.getState( name ) !== 'ready' );
	return missing.length ? Promise.resolve( mw.loader.using( missing ) ) : Promise.resolve();
}

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
