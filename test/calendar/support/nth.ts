/**
 * The item at `index` of a list (negative: counted from the end), failing
 * the test with a clear message when there is none.
 *
 * @param list
 * @param index
 * @return {*}
 */
export function nth<T>( list: ArrayLike<T>, index: number ): T {
	const item = list[ index < 0 ? list.length + index : index ];
	if ( item === undefined ) {
		throw new Error( `no item ${ index } in a list of ${ list.length }` );
	}
	return item;
}
