// Builds the board screen's pre-projected map of Northeast Asia (assets/map/northeast-asia.json)
// from Natural Earth's 1:50m country outlines. Run once with `npm run map`; the game only reads
// the resulting screen coordinates and never projects anything at runtime.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { geoConicEquidistant, geoInterpolate, geoStream, type GeoStream } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

export type Point = [number, number];
export type Ring = Point[];

export interface MapCountry {
  id: string;
  name: string;
  rings: Ring[];
}

export interface OffMapMarker {
  edge: 'north' | 'east' | 'south' | 'west';
  at: Point;
}

export interface MapAsset {
  width: number;
  height: number;
  projection: string;
  source: string;
  countries: MapCountry[];
  capitals: Record<'seoul' | 'pyongyang' | 'beijing' | 'tokyo', Point>;
  offMap: Record<'washington' | 'moscow', OffMapMarker>;
}

export const WIDTH = 1000;
export const HEIGHT = 720;
export const OUTPUT = 'assets/map/northeast-asia.json';

/** The region the frame is fitted to, in degrees: eastern China to Japan, Shanghai to Sakhalin. */
const EXTENT = { west: 112, east: 148, south: 30, north: 46 } as const;
/** Conic equidistant with standard parallels through the frame: little distortion at these latitudes. */
const PARALLELS: [number, number] = [32, 44];
const CENTRAL_MERIDIAN = 130;

/** Douglas–Peucker tolerance, in screen pixels. */
const SIMPLIFY_TOLERANCE = 0.2;
/** Islands smaller than this (square pixels, roughly 4 km to the pixel) are dropped. */
const MIN_RING_AREA = 4;

/** Natural Earth's numeric ISO ids for the countries that may fall in the frame. */
const COUNTRIES: Record<string, { id: string; name: string }> = {
  '156': { id: 'CHN', name: 'China' },
  '158': { id: 'TWN', name: 'Taiwan' },
  '392': { id: 'JPN', name: 'Japan' },
  '408': { id: 'PRK', name: 'North Korea' },
  '410': { id: 'KOR', name: 'South Korea' },
  '496': { id: 'MNG', name: 'Mongolia' },
  '643': { id: 'RUS', name: 'Russia' },
};

/** Real coordinates, longitude first. */
const CAPITALS = {
  seoul: [126.978, 37.566],
  pyongyang: [125.754, 39.039],
  beijing: [116.407, 39.904],
  tokyo: [139.692, 35.69],
} as const satisfies Record<string, Point>;
const WASHINGTON: Point = [-77.037, 38.907];
const MOSCOW: Point = [37.618, 55.756];

const round1 = (v: number): number => {
  const r = Math.round(v * 10) / 10;
  return Object.is(r, -0) ? 0 : r;
};
const roundPoint = ([x, y]: Point): Point => [round1(x), round1(y)];

function loadTopology(): { topology: Topology; version: string } {
  const require = createRequire(import.meta.url);
  const pkg = JSON.parse(readFileSync(require.resolve('world-atlas/package.json'), 'utf8')) as {
    version: string;
  };
  const topology = JSON.parse(
    readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'),
  ) as Topology;
  return { topology, version: pkg.version };
}

function makeProjection() {
  // Fit the lon/lat box (its edges sampled every degree, so the curved parallels count) to the frame.
  const boundary: Point[] = [];
  for (let lon = EXTENT.west; lon <= EXTENT.east; lon++) {
    boundary.push([lon, EXTENT.south], [lon, EXTENT.north]);
  }
  for (let lat = EXTENT.south; lat <= EXTENT.north; lat++) {
    boundary.push([EXTENT.west, lat], [EXTENT.east, lat]);
  }
  const projection = geoConicEquidistant()
    .parallels(PARALLELS)
    .rotate([-CENTRAL_MERIDIAN, 0])
    .fitExtent(
      [
        [0, 0],
        [WIDTH, HEIGHT],
      ],
      { type: 'MultiPoint', coordinates: boundary },
    );
  projection.clipExtent([
    [0, 0],
    [WIDTH, HEIGHT],
  ]);
  return projection;
}

type Projection = ReturnType<typeof makeProjection>;

function project(projection: Projection, lonLat: Point): Point {
  const p = projection(lonLat);
  if (!p) throw new Error(`cannot project ${lonLat.join(',')}`);
  return p;
}

/** Projects and clips a geometry, collecting each output ring in screen coordinates. */
function projectRings(projection: Projection, geometry: Geometry): Ring[] {
  const rings: Ring[] = [];
  let current: Ring | null = null;
  const sink: GeoStream = {
    point(x, y) {
      current?.push([x, y]);
    },
    lineStart() {
      current = [];
    },
    lineEnd() {
      if (current) rings.push(current);
      current = null;
    },
    polygonStart() {},
    polygonEnd() {},
    sphere() {},
  };
  geoStream(geometry, projection.stream(sink));
  return rings;
}

function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j]![0] + ring[i]![0]) * (ring[j]![1] - ring[i]![1]);
  }
  return Math.abs(sum) / 2;
}

function segmentDistance(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
  t = Math.max(0, Math.min(1, t));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/** Douglas–Peucker on an open polyline, keeping both end points. */
function simplifyLine(points: Point[], tolerance: number): Point[] {
  if (points.length <= 2) return points.slice();
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let maxDist = 0;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance(points[i]!, points[first]!, points[last]!);
      if (d > maxDist) {
        maxDist = d;
        index = i;
      }
    }
    if (index !== -1 && maxDist > tolerance) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/** Simplifies a closed ring by splitting it at its first point and the point farthest from it. */
function simplifyRing(ring: Ring, tolerance: number): Ring {
  if (ring.length <= 4) return ring.slice();
  const start = ring[0]!;
  let far = 1;
  let farDist = 0;
  for (let i = 1; i < ring.length; i++) {
    const d = Math.hypot(ring[i]![0] - start[0], ring[i]![1] - start[1]);
    if (d > farDist) {
      farDist = d;
      far = i;
    }
  }
  const a = simplifyLine(ring.slice(0, far + 1), tolerance);
  const b = simplifyLine([...ring.slice(far), start], tolerance);
  return [...a, ...b.slice(1, -1)];
}

/** Rounds to 0.1 px and removes repeated points and the closing duplicate. */
function cleanRing(ring: Ring): Ring {
  const out: Ring = [];
  for (const p of ring) {
    const r = roundPoint(p);
    const prev = out[out.length - 1];
    if (!prev || prev[0] !== r[0] || prev[1] !== r[1]) out.push(r);
  }
  while (out.length > 1) {
    const first = out[0]!;
    const last = out[out.length - 1]!;
    if (first[0] !== last[0] || first[1] !== last[1]) break;
    out.pop();
  }
  return out;
}

function compareRings(a: Ring, b: Ring): number {
  const byArea = ringArea(b) - ringArea(a);
  if (byArea !== 0) return byArea;
  const [ax, ay] = a[0]!;
  const [bx, by] = b[0]!;
  return ax - bx || ay - by || a.length - b.length;
}

/** Finds t in [0, 1] where f changes sign, by bisection (f(0) and f(1) must differ in sign). */
function bisect(f: (t: number) => number): number {
  let lo = 0;
  let hi = 1;
  const loSign = Math.sign(f(lo));
  if (loSign === Math.sign(f(hi))) throw new Error('no crossing to bisect');
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (Math.sign(f(mid)) === loSign) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * Off-map anchors for the two powers outside the frame.
 * Moscow: where the great-circle route from Seoul leaves the frame (through the top edge).
 * Washington: across the Pacific, where Washington's own parallel meets the right edge.
 */
function offMapMarkers(projection: Projection): MapAsset['offMap'] {
  const seoul: Point = [...CAPITALS.seoul];
  const route = geoInterpolate(seoul, MOSCOW);
  const t = bisect((s) => project(projection, route(s) as Point)[1]);
  const moscowAt = project(projection, route(t) as Point);
  if (moscowAt[0] < 0 || moscowAt[0] > WIDTH) throw new Error('Moscow route leaves by a side');

  const lat = WASHINGTON[1];
  const lonAt = (s: number): number => CENTRAL_MERIDIAN + s * 60;
  const s = bisect((v) => project(projection, [lonAt(v), lat])[0] - WIDTH);
  const washingtonAt = project(projection, [lonAt(s), lat]);
  if (washingtonAt[1] < 0 || washingtonAt[1] > HEIGHT) throw new Error('Washington off the edge');

  return {
    washington: { edge: 'east', at: roundPoint([WIDTH, washingtonAt[1]]) },
    moscow: { edge: 'north', at: roundPoint([moscowAt[0], 0]) },
  };
}

/** Builds the asset's data from the installed Natural Earth outlines. */
export function buildMapData(): MapAsset {
  const { topology, version } = loadTopology();
  const collection = feature(
    topology,
    topology.objects.countries as GeometryCollection,
  ) as FeatureCollection<Geometry>;
  const projection = makeProjection();

  const countries: MapCountry[] = [];
  for (const f of collection.features as Feature<Geometry | null>[]) {
    if (!f.geometry) continue;
    const rings = projectRings(projection, f.geometry)
      .map((ring) => cleanRing(simplifyRing(ring, SIMPLIFY_TOLERANCE)))
      .filter((ring) => ring.length >= 3 && ringArea(ring) >= MIN_RING_AREA)
      .sort(compareRings);
    if (rings.length === 0) continue;
    const known = COUNTRIES[String(f.id)];
    if (!known) throw new Error(`country ${String(f.id)} is in the frame but has no ISO code`);
    countries.push({ id: known.id, name: known.name, rings });
  }
  countries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const capitals = {
    seoul: roundPoint(project(projection, [...CAPITALS.seoul])),
    pyongyang: roundPoint(project(projection, [...CAPITALS.pyongyang])),
    beijing: roundPoint(project(projection, [...CAPITALS.beijing])),
    tokyo: roundPoint(project(projection, [...CAPITALS.tokyo])),
  };

  const [cx, cy] = projection.translate();
  return {
    width: WIDTH,
    height: HEIGHT,
    projection:
      `conicEquidistant parallels=[${PARALLELS.join(',')}] rotate=[${-CENTRAL_MERIDIAN},0] ` +
      `scale=${projection.scale().toFixed(3)} translate=[${cx.toFixed(3)},${cy.toFixed(3)}] ` +
      `fitted to lon ${EXTENT.west}..${EXTENT.east}E lat ${EXTENT.south}..${EXTENT.north}N`,
    source: `Natural Earth via world-atlas ${version}`,
    countries,
    capitals,
    offMap: offMapMarkers(projection),
  };
}

/** Serialises the asset with one ring to a line, so diffs stay readable and output is stable. */
export function serializeMap(asset: MapAsset): string {
  const j = (v: unknown) => JSON.stringify(v);
  const countries = asset.countries.map((c) => {
    const rings = c.rings.map((r) => `        ${j(r)}`).join(',\n');
    return `    {\n      "id": ${j(c.id)},\n      "name": ${j(c.name)},\n      "rings": [\n${rings}\n      ]\n    }`;
  });
  const capitals = Object.entries(asset.capitals).map(([k, v]) => `    ${j(k)}: ${j(v)}`);
  const offMap = Object.entries(asset.offMap).map(
    ([k, v]) => `    ${j(k)}: { "edge": ${j(v.edge)}, "at": ${j(v.at)} }`,
  );
  return (
    `{\n` +
    `  "width": ${asset.width},\n` +
    `  "height": ${asset.height},\n` +
    `  "projection": ${j(asset.projection)},\n` +
    `  "source": ${j(asset.source)},\n` +
    `  "countries": [\n${countries.join(',\n')}\n  ],\n` +
    `  "capitals": {\n${capitals.join(',\n')}\n  },\n` +
    `  "offMap": {\n${offMap.join(',\n')}\n  }\n` +
    `}\n`
  );
}

/** The asset file's exact content. */
export function buildMap(): string {
  return serializeMap(buildMapData());
}

const isMain =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const out = resolve(root, OUTPUT);
  mkdirSync(dirname(out), { recursive: true });
  const content = buildMap();
  writeFileSync(out, content);
  console.log(`wrote ${OUTPUT} (${(Buffer.byteLength(content) / 1024).toFixed(1)} KB)`);
}
