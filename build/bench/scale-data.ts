/**
 * Data pages many times the sample's size, for measuring how the cost of
 * rendering grows: the same team, with the sessions repeated week after
 * week around "now" (half past, half upcoming). Pure.
 */

const WEEK = 7 * 24 * 3600 * 1000;

interface SessionLike {
	id: string;
	start: string;
	end: string;
	[ key: string ]: unknown;
}

/**
 * The sample with `count` sessions, one a week, centred on `now`.
 *
 * @param sample The parsed sample data page
 * @param count How many sessions
 * @param now Milliseconds since the epoch
 */
export function scaledData<T extends { conversationHours: { sessions: SessionLike[] } }>( sample: T, count: number, now: number ): T {
	const data: T = JSON.parse( JSON.stringify( sample ) );
	const templates = data.conversationHours.sessions;
	const first = now - Math.floor( count / 2 ) * WEEK;
	const sessions: SessionLike[] = [];
	for ( let i = 0; i < count; i++ ) {
		const template = templates[ i % templates.length ] as SessionLike;
		const length = Date.parse( template.end ) - Date.parse( template.start );
		const start = first + i * WEEK;
		sessions.push( {
			...template,
			id: `${ template.id }-${ i }`,
			start: new Date( start ).toISOString().replace( /\.000Z$/, 'Z' ),
			end: new Date( start + length ).toISOString().replace( /\.000Z$/, 'Z' )
		} );
	}
	data.conversationHours.sessions = sessions;
	return data;
}
