// Compiles a validated scenario (plus an optional weights overlay) into rules with every coefficient resolved.
import type {
  Actor,
  Condition,
  Concept,
  Effect,
  Ending,
  Lever,
  NumberOrWeight,
  Scenario,
  ScenarioEvent,
  Track,
  Turn,
} from '../scenario/schema';

/** A resolved coefficient: its value, and the weight it came from (for the reasons shown to players). */
export interface Coef {
  value: number;
  weight?: string;
}

export type WeightOverlay = Readonly<Record<string, number>>;

export type CompiledCondition =
  | { track: string; op: '<' | '<=' | '>' | '>='; value: Coef }
  | { flag: string; set: boolean }
  | { dealWith: string; active: boolean }
  | { fromTurn: number };

export type CompiledEffect =
  | { track: string; delta: Coef }
  | { actor: string; trust: Coef }
  | { actor: string; patience: Coef }
  | { flag: string; set: boolean }
  | { reopenDealsWith: string };

export interface CompiledLever {
  id: string;
  label: string;
  side: 'give' | 'ask';
  counterparts: string[];
  explain: string;
  source: string;
  effects: { track: string; atFull: Coef }[];
  kind: 'amount' | 'choice';
  unit: string;
  none: number;
  full: number;
  step: number;
  options: { id: string; label: string; degree: number }[];
}

export interface CompiledActor {
  id: string;
  name: string;
  capital: string;
  relationTrack: string;
  summary: string;
  redLines: string[];
  patience: Coef;
  volatility: Coef;
  reservation: Coef;
  values: Record<string, Coef>;
  watches: { lever: string; offeredTo: string; trust: Coef }[];
  links: { levers: string[]; bonus: Coef; explain: string }[];
  demands: { lever: string; value: number | string; fromTurn: number; untilTurn?: number }[];
  dealConcept?: Concept;
}

export interface CompiledEvent {
  id: string;
  title: string;
  text: string;
  source: string;
  turn?: number;
  probability?: Coef;
  when: CompiledCondition[];
  once: boolean;
  effects: CompiledEffect[];
  concept?: Concept;
}

export interface CompiledEnding {
  id: string;
  title: string;
  text: string;
  grade: Ending['grade'];
  early: boolean;
  when: CompiledCondition[];
  scoreBonus: Coef;
}

export type StabilityPenalty =
  | { below: string; threshold: Coef; weight: Coef; explain: string }
  | { gap: [string, string]; threshold: Coef; weight: Coef; explain: string };

export interface CompiledRules {
  scenarioId: string;
  title: string;
  tracks: Track[];
  trackById: Record<string, Track>;
  actors: CompiledActor[];
  actorById: Record<string, CompiledActor>;
  calendar: Turn[];
  levers: CompiledLever[];
  leverById: Record<string, CompiledLever>;
  events: CompiledEvent[];
  endings: CompiledEnding[];
  stability: { terms: { track: string; weight: Coef }[]; penalties: StabilityPenalty[] };
  rule: Record<RuleName, Coef>;
  player: string;
  approvalTrack: string;
  economyTrack: string;
  securityTrack: string;
  patron: string;
  rival: string;
  weights: Record<string, number>;
}

export const RULE_NAMES = [
  'winSetFloor',
  'winSetLeverageBand',
  'winSetLeverage',
  'trustStart',
  'trustValue',
  'trustPerKept',
  'trustPerBroken',
  'counterMargin',
  'walkAwayRelation',
  'unmetDemandRelation',
  'dealRelation',
  'reopenChance',
  'renegeApproval',
  'driftToward',
  'entrapmentDrop',
  'abandonmentBelow',
] as const;
export type RuleName = (typeof RULE_NAMES)[number];

/** Builds the resolver for coefficients; an unknown weight name is a programmer error (validation catches it first). */
function resolver(scenario: Scenario, overlay: WeightOverlay) {
  const values: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const [name, w] of Object.entries(scenario.weights)) values[name] = w.value;
  for (const [name, v] of Object.entries(overlay)) {
    if (!(name in values)) throw new Error(`weights overlay names unknown weight "${name}"`);
    values[name] = v;
  }
  const coef = (x: NumberOrWeight): Coef => {
    if (typeof x === 'number') return { value: x };
    const v = values[x];
    if (v === undefined) throw new Error(`unknown weight "${x}"`);
    return { value: v, weight: x };
  };
  return { coef, values };
}

function indexBy<T extends { id: string }>(items: T[]): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  for (const item of items) out[item.id] = item;
  return out;
}

export function compileRules(scenario: Scenario, overlay: WeightOverlay = {}): CompiledRules {
  const { coef, values } = resolver(scenario, overlay);
  const condition = (c: Condition): CompiledCondition =>
    'track' in c ? { track: c.track, op: c.op, value: coef(c.value) } : c;
  const effect = (e: Effect): CompiledEffect => {
    if ('delta' in e) return { track: e.track, delta: coef(e.delta) };
    if ('trust' in e) return { actor: e.actor, trust: coef(e.trust) };
    if ('patience' in e) return { actor: e.actor, patience: coef(e.patience) };
    return e;
  };
  const levers = scenario.levers.map((l) => compileLever(l, coef));
  const actors = scenario.actors.map((a) => compileActor(a, coef));
  const events = scenario.events.map((e: ScenarioEvent): CompiledEvent => ({
    ...e,
    probability: e.probability === undefined ? undefined : coef(e.probability),
    when: e.when.map(condition),
    effects: e.effects.map(effect),
  }));
  const endings = scenario.endings.map((e): CompiledEnding => ({
    ...e,
    when: e.when.map(condition),
    scoreBonus: coef(e.scoreBonus),
  }));
  const r = scenario.rules;
  const rule = Object.fromEntries(RULE_NAMES.map((n) => [n, coef(r[n])])) as Record<RuleName, Coef>;
  return {
    scenarioId: scenario.id,
    title: scenario.title,
    tracks: scenario.tracks,
    trackById: indexBy(scenario.tracks),
    actors,
    actorById: indexBy(actors),
    calendar: scenario.calendar,
    levers,
    leverById: indexBy(levers),
    events,
    endings,
    stability: {
      terms: scenario.stability.terms.map((t) => ({ track: t.track, weight: coef(t.weight) })),
      penalties: scenario.stability.penalties.map((p) => ({
        ...p,
        threshold: coef(p.threshold),
        weight: coef(p.weight),
      })),
    },
    rule,
    player: r.player,
    approvalTrack: r.approvalTrack,
    economyTrack: r.economyTrack,
    securityTrack: r.securityTrack,
    patron: r.patron,
    rival: r.rival,
    weights: { ...values },
  };
}

function compileLever(l: Lever, coef: (x: NumberOrWeight) => Coef): CompiledLever {
  const base = {
    id: l.id,
    label: l.label,
    side: l.side,
    counterparts: l.counterparts,
    explain: l.explain,
    source: l.source,
    effects: l.effects.map((e) => ({ track: e.track, atFull: coef(e.atFull) })),
  };
  if (l.kind === 'amount') {
    return {
      ...base,
      kind: 'amount',
      unit: l.unit,
      none: l.none,
      full: l.full,
      step: l.step,
      options: [],
    };
  }
  return { ...base, kind: 'choice', unit: '', none: 0, full: 1, step: 1, options: l.options };
}

function compileActor(a: Actor, coef: (x: NumberOrWeight) => Coef): CompiledActor {
  const values: Record<string, Coef> = Object.create(null) as Record<string, Coef>;
  for (const [lever, v] of Object.entries(a.values)) values[lever] = coef(v);
  return {
    id: a.id,
    name: a.name,
    capital: a.capital,
    relationTrack: a.relationTrack,
    summary: a.summary,
    redLines: a.redLines,
    patience: coef(a.patience),
    volatility: coef(a.volatility),
    reservation: coef(a.reservation),
    values,
    watches: a.watches.map((w) => ({ ...w, trust: coef(w.trust) })),
    links: a.links.map((k) => ({ ...k, bonus: coef(k.bonus) })),
    demands: a.demands,
    dealConcept: a.dealConcept,
  };
}
