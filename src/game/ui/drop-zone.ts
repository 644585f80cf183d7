// Files dragged onto the page: the whole window is the drop target while a screen installs the zone.

export interface DropZoneHandlers {
  /** A file is being dragged over the page (true) or has left it or been dropped (false). */
  onDragging(dragging: boolean): void;
  onFile(file: File): void;
}

/** dragover repeats while a file is held over the page; when it stops, the drag has gone elsewhere. */
const DRAG_LOST_AFTER_MS = 400;

function carriesFiles(e: DragEvent): boolean {
  return e.dataTransfer?.types.includes('Files') ?? false;
}

/** Listens on `window` until the returned function is called; a dropped file goes to `onFile`. */
export function installDropZone(handlers: DropZoneHandlers): () => void {
  let dragging = false;
  let lost: ReturnType<typeof setTimeout> | undefined;
  const setDragging = (on: boolean) => {
    clearTimeout(lost);
    if (on) lost = setTimeout(() => setDragging(false), DRAG_LOST_AFTER_MS);
    if (on === dragging) return;
    dragging = on;
    handlers.onDragging(on);
  };
  const over = (e: DragEvent) => {
    if (!carriesFiles(e)) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const leave = (e: DragEvent) => {
    // relatedTarget is null only when the drag leaves the window, not when it crosses into a child element.
    if (e.relatedTarget === null) setDragging(false);
  };
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer?.files[0];
    if (file) handlers.onFile(file);
  };
  const listeners = [
    ['dragenter', over],
    ['dragover', over],
    ['dragleave', leave],
    ['drop', drop],
  ] as const;
  for (const [event, fn] of listeners) window.addEventListener(event, fn);
  return () => {
    clearTimeout(lost);
    for (const [event, fn] of listeners) window.removeEventListener(event, fn);
  };
}

/**
 * On screens without a drop zone, a file dropped on the page would make the browser open it in place of the game.
 * This refuses such drops (the cursor shows that nothing can be dropped); a drop zone, added later, overrides it.
 */
export function refuseStrayDrops(): void {
  window.addEventListener('dragover', (e) => {
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'none';
  });
  window.addEventListener('drop', (e) => e.preventDefault());
}
