/**
 * @jest-environment jsdom
 *
 * Property-based tests (fast-check): whatever JSON a data page holds, and
 * however the sample is mutated, the validator and the renderer do not
 * throw, and a render is the same for the same data, time and zone.
 *
 * CI runs a few thousand cases; `npm run fuzz` sets FUZZ_RUNS for a long run
 * (and FUZZ_SEED to replay a failure fast-check reported).
 */
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { parseDataPage } from '../../src/data/parse';
import { validateTeamData } from '../../src/data/validate';
import { renderViews } from '../../src/render/views';
import { renderContext } from '../support/render-context';

const SAMPLE_TEXT = fs.readFileSync( path.join( __dirname, '../../data/team-page.json' ), 'utf8' );
const SAMPLE = JSON.parse( SAMPLE_TEXT );
/** Cases for each property: FUZZ_RUNS (npm run fuzz) or these CI defaults. */
const RUNS = Number( process.env.FUZZ_RUNS ) || 0;
const SEED = process.env.FUZZ_SEED ? { seed: Number( process.env.FUZZ_SEED ) } : {};
/**
 * @param ci Cases in CI
 * @param share The share of FUZZ_RUNS a long run gives this property (renders are slow)
 */
const runs = ( ci: number, share = 1 ): fc.Parameters<unknown> => ( { numRuns: RUNS ? Math.ceil( RUNS * share ) : ci, ...SEED } );

type Segment = string | number;

/** Every path of a JSON value, the root included. */
function pathsOf( value: unknown, at: Segment[] = [], out: Segment[][] = [] ): Segment[][] {
	out.push( at );
	if ( Array.isArray( value ) ) {
		value.forEach( ( v, i ) => pathsOf( v, [ ...at, i ], out ) );
	} else if ( value && typeof value === 'object' ) {
		Object.keys( value ).forEach( ( k ) => pathsOf( ( value as Record<string, unknown> )[ k ], [ ...at, k ], out ) );
	}
	return out;
}

const PATHS = pathsOf( SAMPLE ).filter( ( p ) => p.length > 0 );

/** One to three mutations of the sample: a value replaced by any JSON, or removed. */
/**
 * A copy of `data` with the value at `at` replaced by `value`, or removed
 * when `value` is undefined.
 *
 * @param data
 * @param at
 * @param value
 */
function mutate( data: unknown, at: readonly Segment[], value: unknown ): unknown {
	const copy = JSON.parse( JSON.stringify( data ) );
	let container = copy;
	for ( const segment of at.slice( 0, -1 ) ) {
		container = container[ segment ];
	}
	const last = at[ at.length - 1 ] as Segment;
	if ( value === undefined && Array.isArray( container ) ) {
		container.splice( last as number, 1 );
	} else if ( value === undefined ) {
		delete container[ last ];
	} else {
		container[ last ] = value;
	}
	return copy;
}

const mutatedSample = fc.array( fc.tuple( fc.constantFrom( ...PATHS ), fc.option( fc.jsonValue( { maxDepth: 3 } ), { nil: undefined } ) ), { minLength: 1, maxLength: 3 } )
	.map( ( changes ) => changes.reduce<unknown>( ( data, [ at, value ] ) => {
		try {
			return mutate( data, at, value );
		} catch ( e ) {
			// An earlier change took away the way to this path.
			return data;
		}
	}, SAMPLE ) );

function render( data: unknown ): string {
	const { data: valid } = validateTeamData( data );
	return valid ? renderViews( renderContext(), valid ).outerHTML : '';
}

describe( 'the validator and the renderer, property-based', () => {
	it( 'never throw on arbitrary JSON text or values', () => {
		fc.assert( fc.property( fc.jsonValue(), ( value ) => {
			const checked = validateTeamData( value );
			expect( checked.data === null || typeof checked.data === 'object' ).toBe( true );
			expect( parseDataPage( JSON.stringify( value ) ).ok ).toBe( true );
		} ), runs( 2000 ) );
		fc.assert( fc.property( fc.string(), ( text ) => {
			expect( typeof parseDataPage( text ).ok ).toBe( 'boolean' );
		} ), runs( 1000 ) );
	} );

	it( 'never throw on mutations of the sample, and report each problem with a path', () => {
		fc.assert( fc.property( mutatedSample, ( data ) => {
			const { problems } = validateTeamData( data );
			for ( const problem of problems ) {
				expect( [ typeof problem.path, typeof problem.message ] ).toEqual( [ 'string', 'string' ] );
			}
		} ), runs( 1000 ) );
	} );

	it( 'render mutations of the sample without throwing, the same way twice for the same time and zone', () => {
		fc.assert( fc.property( mutatedSample, ( data ) => {
			expect( render( data ) ).toBe( render( data ) );
		} ), runs( 60, 0.05 ) );
	} );
} );
