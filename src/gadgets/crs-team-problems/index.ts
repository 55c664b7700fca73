/**
 * Gadget "crs-team-problems" (hidden): the reports that tell people who can
 * edit a data page what is wrong with it (src/render/problems.ts: the JSON
 * path or line of each problem, a link to fix it). Loaded by the renderer
 * only when there is something to report to such a person; readers never
 * download it. Takes what the renderer already has from crs-team-core, its
 * dependency (build/shared-modules.ts).
 */
export { renderFailure, renderProblems } from '../../render/problems';
