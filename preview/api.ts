/**
 * The preview's stand-in for api.php: answers the one query the gadgets make
 * (prop=revisions|info for the data page), in the Action API's formatversion 2
 * shape, from data/team-page.json. `?variant=broken` serves a data page with
 * typical mistakes so the editors' error view can be seen.
 */
import * as fs from 'fs';
import * as path from 'path';

const DATA_TITLE = 'Module:Community Resilience and Sustainability/data.json';

function brokenVariant( text: string ): string {
	const data = JSON.parse( text );
	data.conversationHours.sessions[ 1 ].start = '2026-13-01T15:00:00Z';
	// eslint-disable-next-line no-script-url
	data.subteams[ 2 ].links[ 0 ] = 'javascript:alert(1)';
	return JSON.stringify( data, null, '\t' );
}

export function answerApi( params: URLSearchParams, root: string ): unknown {
	if ( params.get( 'action' ) !== 'query' ) {
		return { error: { code: 'badvalue', info: 'The preview answers action=query only.' } };
	}
	const titles = ( params.get( 'titles' ) || '' ).split( '|' ).filter( Boolean );
	const checkEdit = params.get( 'intestactions' ) === 'edit';
	return {
		batchcomplete: true,
		query: {
			pages: titles.map( ( asked ) => {
				const [ title, variant ] = asked.split( '?variant=' );
				if ( title !== DATA_TITLE ) {
					return { ns: 0, title: asked, missing: true, ...( checkEdit ? { actions: { edit: true } } : {} ) };
				}
				let text = fs.readFileSync( path.join( root, 'data', 'team-page.json' ), 'utf8' );
				if ( variant === 'broken' ) {
					text = brokenVariant( text );
				}
				return {
					pageid: 1, ns: 828, title: asked, contentmodel: 'json',
					...( checkEdit ? { actions: { edit: true } } : {} ),
					revisions: [ { revid: 1, timestamp: new Date().toISOString(), slots: { main: { contentmodel: 'json', content: text } } } ]
				};
			} )
		}
	};
}
