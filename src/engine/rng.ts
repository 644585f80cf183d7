// A small seeded PRNG (sfc32) whose whole state is four integers kept in the game state.

export type RngState = [number, number, number, number];

/** Spreads any 32-bit seed into a well-mixed generator state (splitmix32). */
export function seedRng(seed: number): RngState {
  let x = seed >>> 0;
  const next = (): number => {
    x = (x + 0x9e3779b9) >>> 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  return [next(), next(), next(), next()];
}

/** Advances `s` in place and returns a float in [0, 1). Callers copy the state first. */
export function nextFloat(s: RngState): number {
  const t = (((s[0] + s[1]) >>> 0) + s[3]) >>> 0;
  s[3] = (s[3] + 1) >>> 0;
  s[0] = s[1] ^ (s[1] >>> 9);
  s[1] = (s[2] + (s[2] << 3)) >>> 0;
  s[2] = ((s[2] << 21) | (s[2] >>> 11)) >>> 0;
  s[2] = (s[2] + t) >>> 0;
  return t / 4294967296;
}

/** An integer in [0, n). */
export function nextInt(s: RngState, n: number): number {
  return Math.floor(nextFloat(s) * n);
}

/** Derives the seed of game `index` of a batch from the batch seed, so each game replays alone. */
export function gameSeed(batchSeed: number, index: number): number {
  const s = seedRng((batchSeed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  return s[0];
}
