/** The placeholder contract: `<div class="crs-team" data-source="TITLE" data-view="VIEW">fallback</div>`. */
export const PLACEHOLDER_CLASS = 'crs-team';
/** Placeholders not yet handled (the renderer marks handled ones with data-crs-state). */
export const PLACEHOLDER_SELECTOR = `.${ PLACEHOLDER_CLASS }[data-source]:not([data-crs-state])`;
