import Ajv from 'ajv';
import * as fs from 'fs';
import * as path from 'path';
import { validateTeamData } from '../../src/data/validate';

const DATA = path.join( __dirname, '../../data' );
const schema = JSON.parse( fs.readFileSync( path.join( DATA, 'team-page.schema.json' ), 'utf8' ) );
const sampleText = fs.readFileSync( path.join( DATA, 'team-page.json' ), 'utf8' );
const validateWithSchema = new Ajv( { allErrors: true } ).compile( schema );

function sample(): any {
	return JSON.parse( sampleText );
}

describe( 'the published JSON Schema agrees with the gadget\'s validator', () => {
	it( 'accepts the sample data page', () => {
		expect( validateWithSchema( sample() ) ).toBe( true );
	} );

	it.each( [
		[ 'an impossible month', ( d: any ) => {
			d.conversationHours.sessions[ 0 ].start = '2026-13-01T15:00:00Z';
		} ],
		[ 'a date without offset', ( d: any ) => {
			d.conversationHours.sessions[ 0 ].start = '2026-03-12T15:00:00';
		} ],
		[ 'a javascript: link', ( d: any ) => {
			d.team.links[ 0 ] = 'javascript:alert(1)';
		} ],
		[ 'a title with brackets', ( d: any ) => {
			d.team.links[ 0 ] = 'A [[b]]';
		} ],
		[ 'a bad language code', ( d: any ) => {
			d.team.name = { English: 'x' };
		} ],
		[ 'an unknown status', ( d: any ) => {
			d.conversationHours.sessions[ 0 ].status = 'done';
		} ],
		[ 'a subteam without id', ( d: any ) => {
			delete d.subteams[ 0 ].id;
		} ],
		[ 'a wrong version', ( d: any ) => {
			d.version = 2;
		} ],
		[ 'an empty text', ( d: any ) => {
			d.team.summary = ' ';
		} ]
	] )( 'both reject %s', ( _name, breakIt ) => {
		const d = sample();
		breakIt( d );
		expect( validateWithSchema( d ) ).toBe( false );
		expect( validateTeamData( d ).problems.some( ( p ) => p.severity === 'error' ) ).toBe( true );
	} );
} );
