// Checks the committed Northeast Asia map asset the way a player would see it on the board.
import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { buildMap, OUTPUT, type MapAsset, type Point, type Ring } from './build-map';

const file = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', OUTPUT);
const content = readFileSync(file, 'utf8');
const asset = JSON.parse(content) as MapAsset;

/** Even–odd ray casting over all of a country's rings (holes and islands alike). */
function insideRings(point: Point, rings: Ring[]): boolean {
  const [px, py] = point;
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

const country = (id: string) => {
  const found = asset.countries.find((c) => c.id === id);
  if (!found) throw new Error(`${id} missing from the map`);
  return found;
};

describe('Northeast Asia map asset', () => {
  it('has the board frame and the countries around the peninsula', () => {
    expect(asset.width).toBe(1000);
    expect(asset.height).toBe(720);
    const ids = asset.countries.map((c) => c.id);
    for (const id of ['CHN', 'JPN', 'KOR', 'PRK', 'RUS']) expect(ids).toContain(id);
    expect(ids).toEqual([...ids].sort());
  });

  it('keeps every capital and every outline point inside the frame', () => {
    for (const [name, [x, y]] of Object.entries(asset.capitals)) {
      expect(x, name).toBeGreaterThan(0);
      expect(x, name).toBeLessThan(asset.width);
      expect(y, name).toBeGreaterThan(0);
      expect(y, name).toBeLessThan(asset.height);
    }
    for (const c of asset.countries) {
      for (const ring of c.rings) {
        expect(ring.length).toBeGreaterThanOrEqual(3);
        for (const [x, y] of ring) {
          expect(x >= 0 && x <= asset.width && y >= 0 && y <= asset.height).toBe(true);
        }
      }
    }
  });

  it('places Seoul south of Pyongyang and west of Tokyo, with Beijing to the west', () => {
    const { seoul, pyongyang, tokyo, beijing } = asset.capitals;
    expect(seoul[1]).toBeGreaterThan(pyongyang[1]);
    expect(seoul[0]).toBeLessThan(tokyo[0]);
    expect(beijing[0]).toBeLessThan(pyongyang[0]);
  });

  it('puts each capital inside its own country', () => {
    expect(insideRings(asset.capitals.seoul, country('KOR').rings)).toBe(true);
    expect(insideRings(asset.capitals.seoul, country('PRK').rings)).toBe(false);
    expect(insideRings(asset.capitals.pyongyang, country('PRK').rings)).toBe(true);
    expect(insideRings(asset.capitals.beijing, country('CHN').rings)).toBe(true);
    expect(insideRings(asset.capitals.tokyo, country('JPN').rings)).toBe(true);
  });

  it('anchors Washington on the east edge and Moscow on the north edge', () => {
    expect(asset.offMap.washington.edge).toBe('east');
    expect(asset.offMap.washington.at[0]).toBe(asset.width);
    expect(asset.offMap.moscow.edge).toBe('north');
    expect(asset.offMap.moscow.at[1]).toBe(0);
  });

  it('stays small enough to ship', () => {
    expect(statSync(file).size).toBeLessThan(200 * 1024);
  });

  it('matches a fresh build exactly (run `npm run map` after changing the builder)', () => {
    expect(buildMap()).toBe(content);
  });
});
