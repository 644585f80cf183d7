// Keeps the DOM controls' keys from the canvas: Phaser listens on window, and Enter on a DOM button must not also Play.

/**
 * Stops key events inside `root` from reaching the game's window listeners. On a heading the focus was only
 * parked on (after a screen change) every key but Tab still reaches the game, so its shortcuts keep working.
 */
export function shieldKeys(root: HTMLElement): void {
  const stop = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement | null;
    const parked = target !== null && /^H[1-6]$/.test(target.tagName);
    if (parked && event.key !== 'Tab') return;
    event.stopPropagation();
  };
  root.addEventListener('keydown', stop);
  root.addEventListener('keyup', stop);
}
