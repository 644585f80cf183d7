// The map, fetched by the page while the fonts and scenarios load, so the Preloader need not wait for it again.
import mapUrl from '../../assets/map/northeast-asia.json?url';

let map: unknown = null;

/** Starts the download; a failure leaves the Preloader to load (and report) the map itself. */
export async function prefetchMap(): Promise<void> {
  try {
    const response = await fetch(mapUrl);
    if (response.ok) map = await response.json();
  } catch {
    map = null;
  }
}

export function prefetchedMap(): unknown {
  return map;
}
