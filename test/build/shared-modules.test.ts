/**
 * No code bundled twice, and the first render's bundle without what readers
 * use only later: the build's own bundles, read through esbuild's metafile.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as esbuild from 'esbuild';
import { BuiltScript, buildScripts } from '../../build/build';
import { parseGadgetsDefinition } from '../../build/gadgets-definition';
import { fromProvider, provider } from '../../build/shared-modules';

const ROOT = path.resolve( __dirname, '../..' );
const LAZY = [ 'crs-team-calendar-tools', 'crs-team-problems' ];
let scripts: Map<string, BuiltScript>;

function inputs( gadget: string ): readonly string[] {
	const script = scripts.get( gadget );
	if ( !script ) {
		throw new Error( `no script built for ${ gadget }` );
	}
	return script.inputs;
}

beforeAll( async () => {
	const definition = parseGadgetsDefinition( fs.readFileSync( path.join( ROOT, 'Gadgets-definition.txt' ), 'utf8' ) );
	scripts = await buildScripts( definition, 'test' );
}, 60000 );

describe( 'gadgets loaded on first use', () => {
	it.each( LAZY )( '%s bundles no source file that crs-team-core bundles', ( gadget ) => {
		const core = new Set( inputs( 'crs-team-core' ) );
		expect( inputs( gadget ).filter( ( file ) => core.has( file ) ) ).toEqual( [] );
	} );

	it.each( LAZY )( '%s takes messages and date formats from the render context, never bundling them', ( gadget ) => {
		expect( inputs( gadget ).filter( ( file ) => /^i18n\/|i18n\/messages\.ts$|time\/date-formats\.ts$|mediawiki-date-formats\.json$|calendar-names\.ts$/.test( file ) ) ).toEqual( [] );
	} );

	it.each( LAZY )( '%s reads what it shares from crs-team-core at run time', ( gadget ) => {
		expect( scripts.get( gadget )!.text ).toContain( 'require("ext.gadget.crs-team-core").shared' );
	} );

	it( 'the first render (crs-team-core) holds no month view, zone picker, iCalendar or problem report', () => {
		const late = [
			'src/calendar/month-view.ts', 'src/calendar/month-grid.ts', 'src/calendar/zone-picker.ts', 'src/calendar/zone-options.ts',
			'src/calendar/icalendar.ts', 'src/calendar/ics-file.ts', 'src/render/problems.ts'
		];
		expect( inputs( 'crs-team-core' ).filter( ( file ) => late.includes( file ) ) ).toEqual( [] );
		expect( inputs( 'crs-team-calendar-tools' ) ).toEqual( expect.arrayContaining( late.filter( ( f ) => f.startsWith( 'src/calendar/' ) ) ) );
		expect( inputs( 'crs-team-problems' ) ).toContain( 'src/render/problems.ts' );
	} );

	it( 'a gadget that imports a file crs-team-core bundles but does not share does not build', async () => {
		const core = provider( ROOT, 'crs-team-core', inputs( 'crs-team-core' ) )!;
		const attempt = esbuild.build( {
			stdin: { contents: 'import { parseDataPage } from "./data/parse"; export const p = parseDataPage;', resolveDir: path.join( ROOT, 'src' ), loader: 'ts' },
			bundle: true,
			write: false,
			format: 'cjs',
			logLevel: 'silent',
			plugins: [ fromProvider( 'crs-team-test', [ core ] ) ]
		} );
		await expect( attempt ).rejects.toThrow( 'crs-team-test imports src/data/parse, which crs-team-core bundles but does not share' );
	} );
} );
