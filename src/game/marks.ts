// Performance marks the game sets for its tests and benchmarks to wait on; this module imports nothing, so the
// Node side of the browser tests can read the names too.

/** Set when the font files for the rest of the game start to download, a while after the first screen. */
export const FONT_FETCH_MARK = 'fonts:fetching';
