// How a counterpart values a package, whether Seoul's win-set can ratify it, and what it counters with.
import { degreeOf, nudge, round, valueAtDegree } from './lever';
import { degreeInForce, degreesInForce, packageItems } from './package';
import type { CompiledActor, CompiledRules } from './rules';
import { say, sayEnglish, shown, type Say } from './say';
import type { GameState, LeverSetting, OfferAction } from './state';

export interface ValuePart {
  /** In English (empty when the words were skipped); `say` is the same as data. */
  label: string;
  say?: Say;
  amount: number;
  lever?: string;
  weight?: string;
}

export interface Valuation {
  score: number;
  parts: ValuePart[];
  /** The indexes of the counterpart's issue links the package makes. */
  linked: number[];
  leverage: number;
}

/** Why an offer is not a legal action now, or undefined when it is. */
export function offerProblem(
  rules: CompiledRules,
  state: GameState,
  offer: OfferAction,
): Say | undefined {
  return (
    counterpartProblem(rules, state, offer.to) ??
    packageProblem(rules, offer) ??
    winSetProblem(rules, state, offer)
  );
}

/** Why Seoul cannot make any offer to this counterpart now, or undefined when it can. */
export function counterpartProblem(
  rules: CompiledRules,
  state: GameState,
  actorId: string,
): Say | undefined {
  const actor = { actor: actorId };
  if (!rules.actorById[actorId]) return say('problem.noCounterpart', { id: actorId });
  const turn = rules.calendar[state.turn - 1];
  if (!turn?.atTable.includes(actorId)) return say('problem.notAtTable', { actor });
  const a = state.actors[actorId]!;
  if (a.dealtThisTurn) return say('problem.dealtThisTurn', { actor });
  if (a.walkedAway || a.patience <= 0) return say('problem.outOfPatience', { actor });
  if (state.pending && state.pending.original.to !== actorId)
    return say('problem.answerCounter', { actor: { actor: state.pending.original.to } });
  return undefined;
}

/** Why the package itself is malformed (unknown, repeated, misplaced or out-of-range levers), or undefined. */
function packageProblem(rules: CompiledRules, offer: OfferAction): Say | undefined {
  if (offer.gives.length + offer.asks.length === 0) return say('problem.empty');
  const seen = new Set<string>();
  for (const [side, list] of [
    ['give', offer.gives],
    ['ask', offer.asks],
  ] as const) {
    for (const s of list) {
      const lever = rules.leverById[s.lever];
      if (!lever) return say('problem.noLever', { id: s.lever });
      const named = { lever: { lever: s.lever } };
      if (seen.has(s.lever)) return say('problem.twice', named);
      seen.add(s.lever);
      if (lever.side !== side)
        return say(side === 'ask' ? 'problem.wrongSideGive' : 'problem.wrongSideAsk', named);
      if (!lever.counterparts.includes(offer.to))
        return say('problem.notFor', { ...named, actor: { actor: offer.to } });
      if (degreeOf(lever, s.value) === undefined)
        return say('problem.outOfRange', { setting: { setting: s } });
    }
  }
  return undefined;
}

/** Two-level game: a deal the National Assembly would not ratify cannot be offered. */
export function winSetProblem(
  rules: CompiledRules,
  state: GameState,
  offer: OfferAction,
  inForce?: ReadonlyMap<string, number>,
): Say | undefined {
  const approval = approvalAfter(rules, state, offer, inForce);
  const floor = rules.rule.winSetFloor.value;
  if (approval >= floor) return undefined;
  return say('problem.winSet', { approval: shown(approval), floor });
}

/** Seoul's approval if this package were signed (the win-set test). */
export function approvalAfter(
  rules: CompiledRules,
  state: GameState,
  offer: OfferAction,
  inForce?: ReadonlyMap<string, number>,
): number {
  const track = rules.approvalTrack;
  let approval = state.tracks[track] ?? 0;
  const held = inForce ?? degreesInForce(rules, state, offer.to);
  for (const list of [offer.gives, offer.asks]) {
    for (const s of list) {
      const lever = rules.leverById[s.lever];
      if (!lever) continue;
      const added = Math.max(0, (degreeOf(lever, s.value) ?? 0) - (held.get(s.lever) ?? 0));
      for (const e of lever.effects) if (e.track === track) approval += e.atFull.value * added;
    }
  }
  const def = rules.trackById[track]!;
  return Math.min(def.max, Math.max(def.min, approval));
}

/**
 * The counterpart's value for a package: what it gains less what it gives up, trust, leverage and its reservation.
 * `explain: false` skips the words (bots score thousands of packages); the score is the same either way.
 */
export function valueOffer(
  rules: CompiledRules,
  state: GameState,
  offer: OfferAction,
  explain = true,
): Valuation {
  const actor = rules.actorById[offer.to]!;
  const parts: ValuePart[] = [];
  const present = new Set<string>();
  // No closures here: the bots value thousands of packages, and each closure made costs them time.
  for (const { setting, lever, added } of packageItems(rules, state, offer)) {
    if (added > 0) present.add(setting.lever);
    const v = actor.values[setting.lever];
    if (!v || added === 0) continue;
    const words = explain ? say('part.setting', { setting: { setting } }) : undefined;
    addPart(rules, parts, words, v.value * added, v.weight, lever.id);
  }
  const linked: number[] = [];
  for (let index = 0; index < actor.links.length; index++) {
    const link = actor.links[index]!;
    if (!link.levers.every((l) => present.has(l))) continue;
    const words = explain
      ? say('part.link', { link: { link: { actor: actor.id, index } } })
      : undefined;
    addPart(rules, parts, words, link.bonus.value, link.bonus.weight);
    linked.push(index);
  }
  const trust = state.actors[actor.id]!.trust;
  const trustValue = rules.rule.trustValue;
  const trustWords = explain ? say('part.trust', { trust: round(trust, 0) }) : undefined;
  addPart(rules, parts, trustWords, (trustValue.value * (trust - 50)) / 50, trustValue.weight);
  const leverage = winSetLeverage(rules, state);
  if (leverage > 0) {
    const words = explain ? say('part.winSet') : undefined;
    addPart(rules, parts, words, leverage, rules.rule.winSetLeverage.weight);
  }
  const bottomLine = explain ? say('part.bottomLine', { actor: { actor: actor.id } }) : undefined;
  addPart(rules, parts, bottomLine, -actor.reservation.value, actor.reservation.weight);
  let score = 0;
  for (const p of parts) score += p.amount;
  return { score: round(score, 4), parts, linked, leverage };
}

/** Every part gets the same fields in the same order, so the bots' many valuations keep one shape. */
function addPart(
  rules: CompiledRules,
  parts: ValuePart[],
  words: Say | undefined,
  amount: number,
  weight?: string,
  lever?: string,
): void {
  parts.push({ label: words ? sayEnglish(rules, words) : '', say: words, amount, lever, weight });
}

/** Two-level game: the closer approval is to the ratification floor, the less a counterpart can demand. */
export function winSetLeverage(rules: CompiledRules, state: GameState): number {
  const margin = (state.tracks[rules.approvalTrack] ?? 0) - rules.rule.winSetFloor.value;
  const band = rules.rule.winSetLeverageBand.value;
  if (band <= 0 || margin >= band) return 0;
  return (rules.rule.winSetLeverage.value * (band - Math.max(0, margin))) / band;
}

/** The chance the counterpart accepts: its mood swings uniformly by ± its volatility. */
export function acceptChance(score: number, volatility: number): number {
  if (volatility <= 0) return score >= 0 ? 1 : 0;
  return Math.min(1, Math.max(0, (score + volatility) / (2 * volatility)));
}

/**
 * The counterpart's counter-offer: the player's package, moved notch by notch toward what the counterpart
 * values most (more of what it wants, less of what it gives up), until it would accept. Undefined when no
 * such package lies inside Seoul's win-set. `need` is how much the counterpart's mood asks beyond its bottom line;
 * a counter always changes at least one lever, so it is never the player's own package back.
 */
export function buildCounter(
  rules: CompiledRules,
  state: GameState,
  offer: OfferAction,
  need = 0,
): OfferAction | undefined {
  const actor = rules.actorById[offer.to]!;
  let current: OfferAction = { ...offer, gives: [...offer.gives], asks: [...offer.asks] };
  for (let i = 0; i < 40; i++) {
    if (i > 0 && valueOffer(rules, state, current, false).score >= need) return current;
    const next = bestNudge(rules, state, actor, current);
    if (!next) return undefined;
    current = next;
  }
  return undefined;
}

function bestNudge(
  rules: CompiledRules,
  state: GameState,
  actor: CompiledActor,
  offer: OfferAction,
) {
  let best: { offer: OfferAction; gain: number } | undefined;
  const consider = (candidate: OfferAction) => {
    if (approvalAfter(rules, state, candidate) < rules.rule.winSetFloor.value) return;
    const gain = valueOffer(rules, state, candidate, false).score;
    if (!best || gain > best.gain + 1e-9) best = { offer: candidate, gain };
  };
  for (const side of ['gives', 'asks'] as const) {
    offer[side].forEach((s, i) => {
      const lever = rules.leverById[s.lever]!;
      const wants = (actor.values[s.lever]?.value ?? 0) > 0;
      const value = nudge(rules.leverById[s.lever]!, s.value, wants);
      if (value === undefined || !lever) return;
      const list = offer[side].map((x, j) => (j === i ? { lever: x.lever, value } : x));
      consider({ ...offer, [side]: list });
    });
  }
  for (const lever of rules.levers) {
    if (lever.side !== 'give' || !lever.counterparts.includes(actor.id)) continue;
    const inForce = degreeInForce(rules, state, actor.id, lever.id);
    if (inForce >= 1) continue;
    if ((actor.values[lever.id]?.value ?? 0) <= 0 || offer.gives.some((g) => g.lever === lever.id))
      continue;
    const first = nudge(lever, valueAtDegree(lever, inForce), true);
    if (first !== undefined)
      consider({ ...offer, gives: [...offer.gives, { lever: lever.id, value: first }] });
  }
  return best?.offer;
}

/** What the counter changes against the player's package, as sentences. */
export function describeCounter(
  rules: CompiledRules,
  original: OfferAction,
  counter: OfferAction,
): Say[] {
  const lines: Say[] = [];
  const before = new Map<string, LeverSetting>(
    [...original.gives, ...original.asks].map((s) => [s.lever, s]),
  );
  for (const s of [...counter.gives, ...counter.asks]) {
    const was = before.get(s.lever);
    if (!was) lines.push(say('counter.adds', { setting: { setting: s } }));
    else if (was.value !== s.value)
      lines.push(say('counter.moves', { was: { setting: was }, now: { setting: s } }));
  }
  return lines;
}
