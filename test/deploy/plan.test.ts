import {
	diffStat, editSummary, formatTable, formatTotals, isPageFile, lastDeployedCommit, LocalPage,
	normalizeForWiki, planPage, planRows, RemotePage, SUMMARY_LIMIT, titleForFile, totals, truncateCodePoints, unifiedDiff
} from '../../deploy/plan';

const local = ( text: string, extra: Partial<LocalPage> = {} ): LocalPage => ( {
	title: 'MediaWiki:Gadget-crs-team.js',
	text,
	kind: 'gadget',
	source: 'gadgets/Gadget-crs-team.js',
	...extra
} );

const remote = ( text: string | null, extra: Partial<RemotePage> = {} ): RemotePage => ( {
	title: 'MediaWiki:Gadget-crs-team.js',
	exists: text !== null,
	text: text || '',
	contentModel: 'javascript',
	lastComment: '',
	...extra
} );

describe( 'page files and titles', () => {
	it( 'maps gadgets/ files to MediaWiki: pages and skips the README', () => {
		expect( titleForFile( 'Gadget-crs-team.js' ) ).toBe( 'MediaWiki:Gadget-crs-team.js' );
		expect( titleForFile( 'Gadget-section-crs-team-gadgets' ) ).toBe( 'MediaWiki:Gadget-section-crs-team-gadgets' );
		expect( [ 'Gadget-crs-team.js', 'Gadget-crs-team-core.css', 'Gadget-crs-team', 'Gadget-x.json', 'README.md', '.gitkeep' ].filter( isPageFile ) )
			.toEqual( [ 'Gadget-crs-team.js', 'Gadget-crs-team-core.css', 'Gadget-crs-team', 'Gadget-x.json' ] );
	} );
} );

describe( 'normalizeForWiki', () => {
	it( 'compares text as MediaWiki stores it: NFC, LF, no trailing whitespace', () => {
		expect( normalizeForWiki( 'Cafe\u0301\r\nline  \n\n', 'wikitext' ) ).toBe( 'Caf\u00e9\nline' );
	} );

	it( 'compares JSON pages by their data, since MediaWiki re-formats them', () => {
		expect( normalizeForWiki( '{"a":[1,2],"b":{"c":"d"}}\n', 'json' ) ).toBe( normalizeForWiki( '{\n    "a": [\n        1,\n        2\n    ],\n    "b": {\n        "c": "d"\n    }\n}', 'json' ) );
		expect( normalizeForWiki( '{"a":1}', 'json' ) ).not.toBe( normalizeForWiki( '{"a":2}', 'json' ) );
		expect( normalizeForWiki( 'not json ', 'json' ) ).toBe( 'not json' );
	} );
} );

describe( 'planPage', () => {
	it( 'creates a missing page', () => {
		const page = planPage( local( 'code();\n' ), remote( null ) );
		expect( page.action ).toBe( 'create' );
		expect( page.diff ).toContain( '+code();' );
		expect( page.lastDeployed ).toBeNull();
	} );

	it( 'leaves a page alone when only the trailing newline differs', () => {
		const page = planPage( local( 'code();\n' ), remote( 'code();', { lastComment: 'Repo at 0123456789: Fix' } ) );
		expect( page.action ).toBe( 'unchanged' );
		expect( page.diff ).toBe( '' );
		expect( page.lastDeployed ).toBe( '0123456789' );
	} );

	it( 'changes a page that differs, with a unified diff against the wiki text', () => {
		const page = planPage( local( 'a();\nb2();\nc();\n' ), remote( 'a();\nb();\nc();' ) );
		expect( page.action ).toBe( 'change' );
		expect( page.diff ).toBe( [
			'--- MediaWiki:Gadget-crs-team.js (wiki)',
			'+++ MediaWiki:Gadget-crs-team.js (repository)',
			'@@ -1,3 +1,3 @@',
			' a();',
			'-b();',
			'+b2();',
			' c();',
			''
		].join( '\n' ) );
		expect( diffStat( page.diff ) ).toBe( '+1 -1' );
	} );

	it( 'treats a re-formatted JSON page with the same data as unchanged', () => {
		const data = local( '{"members":[]}\n', { title: 'Module:X/data.json', kind: 'data', contentModel: 'json' } );
		expect( planPage( data, remote( '{\n    "members": []\n}', { contentModel: 'json' } ) ).action ).toBe( 'unchanged' );
		expect( planPage( data, remote( '{\n    "members": [ 1 ]\n}', { contentModel: 'json' } ) ).action ).toBe( 'change' );
	} );

	it( 'changes a page whose content model is not the one we publish', () => {
		const data = local( '{"a":1}', { title: 'Project:X.json', kind: 'data', contentModel: 'json' } );
		const page = planPage( data, remote( '{"a":1}', { contentModel: 'wikitext' } ) );
		expect( page.action ).toBe( 'change' );
		expect( page.notes ).toEqual( [ 'content model changes from wikitext to json' ] );
	} );
} );

describe( 'totals and the status table', () => {
	const plan = [
		planPage( local( 'new' ), remote( null ) ),
		planPage( local( 'same' ), remote( 'same' ) ),
		planPage( local( 'x\ny' ), remote( 'x' ), [ 'a note' ] )
	];

	it( 'counts pages per action', () => {
		expect( totals( plan ) ).toEqual( { create: 1, change: 1, unchanged: 1 } );
		expect( formatTotals( totals( plan ) ) ).toBe( '1 to create, 1 to change, 1 unchanged' );
	} );

	it( 'prints one aligned row per page', () => {
		expect( formatTable( planRows( plan ) ) ).toBe( [
			'Page                          Status     Detail',
			'MediaWiki:Gadget-crs-team.js  create     +1 -0',
			'MediaWiki:Gadget-crs-team.js  unchanged',
			'MediaWiki:Gadget-crs-team.js  change     +1 -0; a note'
		].join( '\n' ) );
	} );
} );

describe( 'edit summaries', () => {
	it( 'finds the commit named by the last deploy', () => {
		expect( lastDeployedCommit( 'Repo at 1a2b3c4d5e: Add cards; Fix dates' ) ).toBe( '1a2b3c4d5e' );
		expect( lastDeployedCommit( 'Repo at 1a2b3c4d5e with uncommitted changes' ) ).toBe( '1a2b3c4d5e' );
		expect( lastDeployedCommit( 'Repo at 1a2b3c4' ) ).toBe( '1a2b3c4' );
		expect( lastDeployedCommit( 'Manual fix' ) ).toBeNull();
		expect( lastDeployedCommit( 'Repo at abc: short' ) ).toBeNull();
		expect( lastDeployedCommit( 'Repo at 1A2B3C4D' ) ).toBeNull();
	} );

	it( 'lists the subjects since the last deploy', () => {
		expect( editSummary( '0123456789', [ 'Add cards', 'Fix dates' ] ) ).toBe( 'Repo at 0123456789: Add cards; Fix dates' );
		expect( editSummary( '0123456789', [] ) ).toBe( 'Repo at 0123456789' );
		expect( editSummary( '0123456789', [], true ) ).toBe( 'Repo at 0123456789 with uncommitted changes' );
	} );

	it( 'cuts summaries to the API limit in code points, not UTF-16 units', () => {
		const subjects = Array.from( { length: 200 }, ( _, i ) => `Änderung 😀 ${ i }` );
		const summary = editSummary( '0123456789', subjects );
		expect( Array.from( summary ).length ).toBeLessThanOrEqual( SUMMARY_LIMIT );
		expect( Array.from( summary ).length ).toBeGreaterThan( SUMMARY_LIMIT - 5 );
		expect( summary.endsWith( '…' ) ).toBe( true );
		expect( summary.startsWith( 'Repo at 0123456789: Änderung 😀 0; ' ) ).toBe( true );
		// No half surrogate pair at the cut.
		expect( /[\ud800-\udbff](?![\udc00-\udfff])/.test( summary ) ).toBe( false );
	} );

	it( 'leaves short text alone', () => {
		expect( truncateCodePoints( 'abc', 3 ) ).toBe( 'abc' );
		expect( truncateCodePoints( 'abcd', 3 ) ).toBe( 'ab…' );
	} );
} );

describe( 'unifiedDiff', () => {
	it( 'is empty for equal texts and shows a new page as all additions', () => {
		expect( unifiedDiff( 'T', 'a', 'a' ) ).toBe( '' );
		expect( unifiedDiff( 'T', '', 'a\nb' ) ).toBe( '--- T (wiki)\n+++ T (repository)\n@@ -0,0 +1,2 @@\n+a\n+b\n' );
	} );
} );
