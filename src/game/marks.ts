// Names of the performance marks the browser tests wait on by name (screens are waited on by <html data-screen>).
// This module imports nothing, so the Node side of the tests can import it without loading Phaser.

/** Set when the font files for the rest of the game start to download, a while after the first screen. */
export const FONT_FETCH_MARK = 'fonts:fetching';

/** Set when the page's code has downloaded and starts to run (the boot benchmark splits its time here). */
export const CODE_READY_MARK = 'boot:code-ready';

/** Set when the Title starts building its screen, its data in hand (the boot benchmark splits its time here). */
export const TITLE_BUILDING_MARK = 'boot:title-building';
