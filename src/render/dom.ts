/**
 * A tiny element builder. Text always goes in as text nodes: data from the
 * wiki page never reaches innerHTML, and no inline style is ever set.
 */

export type Child = Node | string | null | undefined | false;

export interface ElementOptions {
	readonly className?: string;
	readonly attrs?: Readonly<Record<string, string | undefined>>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
	doc: Document,
	tag: K,
	options: ElementOptions | null,
	...children: ( Child | Child[] )[]
): HTMLElementTagNameMap[ K ] {
	const node = doc.createElement( tag );
	if ( options && options.className ) {
		node.className = options.className;
	}
	if ( options && options.attrs ) {
		for ( const name of Object.keys( options.attrs ) ) {
			const value = options.attrs[ name ];
			if ( value !== undefined ) {
				if ( name === 'style' || /^on/i.test( name ) ) {
					throw new Error( `refusing to set the ${ name } attribute` );
				}
				node.setAttribute( name, value );
			}
		}
	}
	append( node, children );
	return node;
}

export function append( parent: Node, children: ( Child | Child[] )[] ): void {
	for ( const child of children ) {
		if ( Array.isArray( child ) ) {
			append( parent, child );
		} else if ( typeof child === 'string' ) {
			parent.appendChild( parent.ownerDocument ? parent.ownerDocument.createTextNode( child ) : document.createTextNode( child ) );
		} else if ( child ) {
			parent.appendChild( child );
		}
	}
}

/**
 * Replaces everything inside `parent` with `children` (text as text nodes).
 *
 * @param parent
 * @param children
 */
export function replaceChildren( parent: Node, ...children: ( Child | Child[] )[] ): void {
	while ( parent.firstChild ) {
		parent.removeChild( parent.firstChild );
	}
	append( parent, children );
}

/** A heading element: the renderers take the level their headings start at. */
export type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

/**
 * The heading one level below `tag` (h6 stays h6: HTML has no h7).
 *
 * @param tag
 */
export function subHeading( tag: HeadingTag ): HeadingTag {
	return tag === 'h2' ? 'h3' : tag === 'h3' ? 'h4' : tag === 'h4' ? 'h5' : 'h6';
}

/**
 * The heading element of a level (2 to 6; outside that, the nearest).
 *
 * @param level
 */
export function headingTag( level: number ): HeadingTag {
	return `h${ Math.min( 6, Math.max( 2, Math.floor( level ) ) ) }` as HeadingTag;
}
