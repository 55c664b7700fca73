/** Folders the end-to-end suite reads from and writes to. */
import * as path from 'path';

/** The repository's root folder. */
export const ROOT = path.resolve( __dirname, '..', '..', '..' );

/** Where screenshots go; CI keeps this folder as an artefact. */
export const ARTIFACTS_DIR = path.join( ROOT, 'artifacts', 'e2e' );

/** The tsx binary, to run our own commands as a person would. */
export const TSX = path.join( ROOT, 'node_modules', '.bin', 'tsx' );
