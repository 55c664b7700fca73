/**
 * A small reader of the project's own stylesheets (one declaration a line,
 * `@media` one level deep), for the tests that compare them.
 */

export interface Rule {
	/** Each selector of the rule, spaces normalised, with its `@media` condition if any. */
	readonly selectors: string[];
	readonly declarations: Map<string, string>;
}

export function normalise( text: string ): string {
	return text.replace( /\s+/g, ' ' ).replace( /\s*([(),>+~])\s*/g, '$1' ).trim();
}

/** The rules of a stylesheet, one level of `@media` included. */
export function parseRules( css: string ): Rule[] {
	const rules: Rule[] = [];
	const text = css.replace( /\/\*[\s\S]*?\*\//g, '' );
	const walk = ( body: string, media: string ): void => {
		// Our own stylesheets: no input to fear.
		// eslint-disable-next-line security/detect-unsafe-regex
		const re = /([^{}]+)\{((?:[^{}]|\{[^{}]*\})*)\}/g;
		for ( const m of body.matchAll( re ) ) {
			const head = normalise( m[ 1 ] as string );
			const inside = m[ 2 ] as string;
			if ( head.startsWith( '@media' ) ) {
				walk( inside, head );
			} else if ( !head.startsWith( '@' ) ) {
				const declarations = new Map<string, string>();
				for ( const d of inside.split( ';' ) ) {
					const colon = d.indexOf( ':' );
					if ( colon > 0 ) {
						declarations.set( d.slice( 0, colon ).trim(), normalise( d.slice( colon + 1 ) ) );
					}
				}
				rules.push( { selectors: head.split( ',' ).map( ( s ) => normalise( ( media ? media + ' ' : '' ) + s ) ), declarations } );
			}
		}
	};
	walk( text, '' );
	return rules;
}

/** The declarations a selector gets from every rule naming it, in order. */
export function declarationsOf( rules: Rule[], selector: string ): Map<string, string> {
	const wanted = normalise( selector );
	const found = new Map<string, string>();
	for ( const rule of rules ) {
		if ( rule.selectors.includes( wanted ) ) {
			rule.declarations.forEach( ( value, property ) => found.set( property, value ) );
		}
	}
	return found;
}
