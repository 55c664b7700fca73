/**
 * Gadget "crs-team-syntax" (hidden): the project's own JSON parser, which
 * knows where every character is. Loaded by the renderer only when a data
 * page is not valid JSON, the reader can edit it, and the browser's
 * `JSON.parse` did not say where the error is (Safari never does), so that
 * the report names the real line and column. Kept out of the renderer:
 * readers of a valid data page never download it.
 */
export { parseWithSourceMap } from '../../json/source-map';
