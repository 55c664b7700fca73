/**
 * Gadget "crs-team-request" (hidden): the data request alone, so that the
 * "crs-team" loader can start it as soon as it finds placeholders, in
 * parallel with loading the renderer, while the loader itself stays small.
 */
export { requestDataPages } from '../../mw/data-request';
