// The board's map, fetched once the first screen is drawn: the Title does not show it, and fetched with the
// code it held the code back on the way in (about 20 ms before the Title, in alternated loads). The scenes
// after the Title load with it (see director), so the board never opens before it has arrived.
import mapUrl from '../../assets/map/northeast-asia.json?url';

/** The key the board reads the map under in Phaser's JSON cache. */
export const MAP_KEY = 'map-northeast-asia';

let map: Promise<unknown> | null = null;

/** The map's data, fetched on the first call; null where it could not be had (the board then says so). */
export function fetchMap(): Promise<unknown> {
  map ??= fetch(mapUrl)
    .then((response) => (response.ok ? (response.json() as Promise<unknown>) : null))
    .catch(() => null);
  return map;
}
