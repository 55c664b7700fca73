/**
 * Files a reader saves ("Add to calendar"), in jsdom: it has no object URLs
 * and cannot navigate, so the Blob a browser would save is recorded instead.
 */

/**
 * From now on, every object URL made is recorded, and a click on a link
 * does not navigate (the browser would save the file there).
 *
 * @return {Blob[]} The Blobs made, in order; it grows as links are clicked.
 */
export function recordSavedFiles(): Blob[] {
	const blobs: Blob[] = [];
	Object.assign( window.URL, {
		createObjectURL: ( b: Blob ) => {
			blobs.push( b );
			return 'blob:http://localhost/' + blobs.length;
		},
		revokeObjectURL: () => undefined
	} );
	document.addEventListener( 'click', ( e ) => e.preventDefault() );
	return blobs;
}

/**
 * The text of a Blob, as a browser would save it.
 *
 * @param blob
 */
export function blobText( blob: Blob ): Promise<string> {
	return new Promise( ( resolve, reject ) => {
		const reader = new FileReader();
		reader.onload = () => resolve( String( reader.result ) );
		reader.onerror = () => reject( reader.error );
		reader.readAsText( blob, 'utf-8' );
	} );
}
