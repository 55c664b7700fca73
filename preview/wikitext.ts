/**
 * Just enough wikitext for the preview to show the team page's fallback
 * content: paragraphs, `==` headings, `*` lists, bold/italic, [[links]],
 * [external links] and `<div …>` placeholders passed through. The real wiki
 * uses its own parser; this exists only so the preview looks like the page.
 */

function escapeHtml( text: string ): string {
	return text.replace( /&/g, '&amp;' ).replace( /</g, '&lt;' ).replace( />/g, '&gt;' ).replace( /"/g, '&quot;' );
}

function titleUrl( title: string ): string {
	return '/wiki/' + encodeURIComponent( title.replace( /^:/, '' ).replace( / /g, '_' ) ).replace( /%2F/g, '/' ).replace( /%3A/g, ':' );
}

function inline( text: string ): string {
	let html = escapeHtml( text );
	html = html.replace( /'''(.+?)'''/g, '<b>$1</b>' ).replace( /''(.+?)''/g, '<i>$1</i>' );
	html = html.replace( /\[\[([^\]]+)\]\]/g, ( _m, link: string ) => {
		const bar = link.indexOf( '|' );
		const target = bar === -1 ? link : link.slice( 0, bar );
		const label = bar === -1 ? '' : link.slice( bar + 1 );
		return `<a href="${ titleUrl( target ) }">${ label || target.replace( /^:/, '' ) }</a>`;
	} );
	html = html.replace( /\[(https?:\/\/[^\s\]]+) ([^\]]+)\]/g, '<a class="external" href="$1">$2</a>' );
	return html;
}

export function wikitextToHtml( wikitext: string ): string {
	const out: string[] = [];
	let paragraph: string[] = [];
	let list: string[] = [];
	const flush = () => {
		if ( paragraph.length ) {
			out.push( `<p>${ inline( paragraph.join( ' ' ) ) }</p>` );
			paragraph = [];
		}
		if ( list.length ) {
			out.push( `<ul>${ list.map( ( item ) => `<li>${ inline( item ) }</li>` ).join( '' ) }</ul>` );
			list = [];
		}
	};
	for ( const line of wikitext.split( '\n' ) ) {
		const heading = /^(={2,4})\s*(.+?)\s*\1\s*$/.exec( line );
		if ( heading ) {
			flush();
			const [ , equals = '', title = '' ] = heading;
			out.push( `<h${ equals.length }>${ inline( title ) }</h${ equals.length }>` );
		} else if ( /^<\/?div\b/.test( line ) ) {
			// Attributes are kept as written: this is the project's own file.
			flush();
			out.push( line );
		} else if ( line.startsWith( '*' ) ) {
			if ( paragraph.length ) {
				flush();
			}
			list.push( line.replace( /^\*+\s*/, '' ) );
		} else if ( !line.trim() ) {
			flush();
		} else {
			if ( list.length ) {
				flush();
			}
			paragraph.push( line );
		}
	}
	flush();
	return out.join( '\n' );
}
