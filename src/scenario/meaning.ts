// Checks of meaning beyond types: references resolve, ranges are ordered, ids unique, an ending is reachable.
import { closestName } from './did-you-mean';
import { listOf, sayProblem as say, type ProblemPart, type ProblemSay } from './problem-words';
import { problemAt, type Problem } from './problems';
import {
  scenarioSchemas,
  type Condition,
  type Effect,
  type NumberOrWeight,
  type Scenario,
} from './schema';

type Report = (pointer: string, sentence: ProblemSay, severity?: Problem['severity']) => void;
/** What names a reference, as a phrase: `actor "japan"`, `rules.patron`, `the stability index`. */
type What = ProblemPart;

/** The sections these checks read, in the order a scenario lists them. */
const SECTIONS = [
  'tracks',
  'actors',
  'calendar',
  'levers',
  'events',
  'endings',
  'stability',
  'rules',
  'weights',
] as const;
type Section = (typeof SECTIONS)[number];

/**
 * The sections of a scenario that passed the type check. A section left out is not judged, and neither is
 * anything that would need it: a reference into a list that failed to parse is neither right nor wrong yet.
 */
export type ScenarioParts = Partial<Pick<Scenario, Section>>;

/**
 * Meaning problems of a scenario (or of the parts of one that parsed). `raw` is the JSON it was parsed from,
 * for what parsing drops without a word.
 */
export function checkMeaning(s: ScenarioParts, raw?: unknown): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (pointer, sentence, severity = 'error') =>
    problems.push(problemAt(pointer, sentence, severity));
  const ids = {
    tracks: s.tracks && new Set(s.tracks.map((t) => t.id)),
    actors: s.actors && new Set(s.actors.map((a) => a.id)),
    levers: s.levers && new Set(s.levers.map((l) => l.id)),
    weights: s.weights && new Set(Object.keys(s.weights)),
  };
  checkRawNames(raw, report);
  checkUnique(s, report);
  checkWeights(s, report);
  checkTracks(s, report);
  const weight = (pointer: string, x: NumberOrWeight) => {
    if (typeof x === 'string' && ids.weights && !ids.weights.has(x)) {
      const near = closestName(x, ids.weights);
      report(
        pointer,
        near
          ? say('weight.undeclaredNear', { name: x, near })
          : say('weight.undeclared', { name: x }),
      );
    }
  };
  const track = (pointer: string, id: string, what: What, allowStability = false) => {
    if (!ids.tracks || ids.tracks.has(id) || (allowStability && id === 'stability')) return;
    if (!allowStability) {
      report(pointer, say('ref.track', { what, id, hint: hint(id, ids.tracks) }));
      return;
    }
    // Conditions may also name the index, which is not a track: say so, since "stabilty" is an easy slip.
    const near = closestName(id, [...ids.tracks, 'stability']);
    const also = near ? say('hint.didYouMeanAlso', { name: near }) : '';
    report(pointer, say('ref.trackOrStability', { what, id, hint: also }));
  };
  const actor = (pointer: string, id: string, what: What) => {
    if (ids.actors && !ids.actors.has(id))
      report(pointer, say('ref.actor', { what, id, hint: hint(id, ids.actors) }));
  };
  const lever = (pointer: string, id: string, what: What) => {
    if (ids.levers && !ids.levers.has(id))
      report(pointer, say('ref.lever', { what, id, hint: hint(id, ids.levers) }));
  };
  const ctx = { s, report, weight, track, actor, lever };
  checkRules(ctx);
  checkActors(ctx);
  checkCalendar(ctx);
  checkLevers(ctx);
  checkEvents(ctx);
  checkEndings(ctx);
  checkStability(ctx);
  return problems;
}

/**
 * For a file that failed the type check: the meaning of every section that passes it on its own, so a
 * teacher meets every problem at once rather than in rounds. Ends with a warning naming the sections whose
 * checks must wait, if any.
 */
export function checkMeaningOfParts(raw: unknown): Problem[] {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return [];
  const parts: Record<string, unknown> = {};
  const broken: Section[] = [];
  for (const section of SECTIONS) {
    const parsed = scenarioSchemas().scenarioSchema.shape[section].safeParse(
      (raw as Record<string, unknown>)[section],
    );
    if (parsed.success) parts[section] = parsed.data;
    else broken.push(section);
  }
  const problems = checkMeaning(parts as ScenarioParts, raw);
  if (broken.length > 0) {
    const sections = listOf(
      broken.map((b) => `"${b}"`),
      'and',
    );
    const key = broken.length > 1 ? 'parts.waitMany' : 'parts.waitOne';
    problems.push(problemAt('', say(key, { sections }), 'warning'));
  }
  return problems;
}

interface Ctx {
  s: ScenarioParts;
  report: Report;
  weight: (pointer: string, x: NumberOrWeight) => void;
  track: (pointer: string, id: string, what: What, allowStability?: boolean) => void;
  actor: (pointer: string, id: string, what: What) => void;
  lever: (pointer: string, id: string, what: What) => void;
}

/** zod's records drop a "__proto__" key without a word (it guards the prototype), so it is looked for here. */
function checkRawNames(raw: unknown, report: Report): void {
  const own = (v: unknown, key: string) =>
    v !== null && typeof v === 'object' && Object.prototype.hasOwnProperty.call(v, key);
  const field = (v: unknown, key: string) =>
    own(v, key) ? (v as Record<string, unknown>)[key] : undefined;
  const actors = field(raw, 'actors');
  if (Array.isArray(actors))
    actors.forEach((a, i) => {
      if (own(field(a, 'values'), '__proto__'))
        report(`/actors/${i}/values/__proto__`, say('name.protoValue'));
    });
  if (own(field(raw, 'weights'), '__proto__'))
    report('/weights/__proto__', say('name.protoWeight'));
}

function checkUnique(s: ScenarioParts, report: Report): void {
  const lists = {
    tracks: s.tracks,
    actors: s.actors,
    levers: s.levers,
    events: s.events,
    endings: s.endings,
  };
  for (const [name, list] of Object.entries(lists)) {
    const seen = new Map<string, number>();
    list?.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first !== undefined)
        report(
          `/${name}/${i}/id`,
          say('id.twice', { id: item.id, list: name, first: String(first) }),
        );
      else seen.set(item.id, i);
    });
  }
}

function checkWeights(s: ScenarioParts, report: Report): void {
  for (const [name, w] of Object.entries(s.weights ?? {})) {
    const at = `/weights/${name}`;
    const range = { min: String(w.min), max: String(w.max) };
    if (![w.value, w.min, w.max].every(Number.isFinite))
      report(at, say('weight.notFinite', { name }));
    if (w.min > w.max) report(`${at}/min`, say('weight.minAboveMax', { name, ...range }));
    else if (w.value < w.min || w.value > w.max)
      report(`${at}/value`, say('weight.outside', { name, value: String(w.value), ...range }));
  }
}

function checkTracks(s: ScenarioParts, report: Report): void {
  s.tracks?.forEach((t, i) => {
    const range = { id: t.id, min: String(t.min), max: String(t.max) };
    if (t.min >= t.max) report(`/tracks/${i}/min`, say('track.minNotBelowMax', range));
    else if (t.start < t.min || t.start > t.max)
      report(`/tracks/${i}/start`, say('track.startOutside', { ...range, start: String(t.start) }));
  });
}

function checkRules({ s, report, weight, track, actor }: Ctx): void {
  const r = s.rules;
  if (!r) return;
  if (s.actors?.some((a) => a.id === r.player))
    report('/rules/player', say('rules.playerIsActor', { player: r.player }));
  const field = (name: string) => say('what.field', { field: `rules.${name}` });
  track('/rules/approvalTrack', r.approvalTrack, field('approvalTrack'));
  track('/rules/economyTrack', r.economyTrack, field('economyTrack'));
  track('/rules/securityTrack', r.securityTrack, field('securityTrack'));
  actor('/rules/patron', r.patron, field('patron'));
  actor('/rules/rival', r.rival, field('rival'));
  const idFields = new Set([
    'player',
    'approvalTrack',
    'economyTrack',
    'securityTrack',
    'patron',
    'rival',
  ]);
  for (const [key, value] of Object.entries(r)) {
    if (!idFields.has(key)) weight(`/rules/${key}`, value);
  }
  const chance = resolve(s, r.reopenChance);
  if (chance !== undefined && (chance < 0 || chance > 1))
    report('/rules/reopenChance', say('chance.range', { found: String(chance) }));
}

function checkActors({ s, report, weight, track, actor, lever }: Ctx): void {
  s.actors?.forEach((a, i) => {
    const at = `/actors/${i}`;
    const entry = { id: a.id };
    track(`${at}/relationTrack`, a.relationTrack, say('what.actor', entry));
    weight(`${at}/patience`, a.patience);
    weight(`${at}/volatility`, a.volatility);
    weight(`${at}/reservation`, a.reservation);
    for (const [leverId, v] of Object.entries(a.values)) {
      lever(`${at}/values/${leverId}`, leverId, say('what.valuesEntry', entry));
      weight(`${at}/values/${leverId}`, v);
    }
    a.watches.forEach((w, j) => {
      lever(`${at}/watches/${j}/lever`, w.lever, say('what.watchesEntry', entry));
      actor(`${at}/watches/${j}/offeredTo`, w.offeredTo, say('what.watchesEntry', entry));
      weight(`${at}/watches/${j}/trust`, w.trust);
    });
    a.links.forEach((k, j) => {
      k.levers.forEach((l, n) => lever(`${at}/links/${j}/levers/${n}`, l, say('what.link', entry)));
      weight(`${at}/links/${j}/bonus`, k.bonus);
    });
    a.demands.forEach((d, j) => checkDemand(s, report, lever, `${at}/demands/${j}`, a.id, d));
  });
}

function checkDemand(
  s: ScenarioParts,
  report: Report,
  lever: Ctx['lever'],
  at: string,
  actorId: string,
  d: Scenario['actors'][number]['demands'][number],
): void {
  lever(`${at}/lever`, d.lever, say('what.demand', { id: actorId }));
  const l = s.levers?.find((x) => x.id === d.lever);
  if (l?.kind === 'choice' && !l.options.some((o) => o.id === d.value)) {
    const options = listOf(
      l.options.map((o) => o.id),
      'comma',
    );
    report(
      `${at}/value`,
      say('demand.noOption', { lever: l.id, option: String(d.value), options }),
    );
  }
  if (l?.kind === 'amount') {
    const lo = Math.min(l.none, l.full);
    const hi = Math.max(l.none, l.full);
    if (typeof d.value !== 'number' || d.value < lo || d.value > hi) {
      const range = { low: String(lo), high: String(hi), unit: l.unit };
      const found = JSON.stringify(d.value);
      report(`${at}/value`, say('demand.amountRange', { lever: l.id, ...range, found }));
    }
  }
  if (l && !l.counterparts.includes(actorId))
    report(`${at}/lever`, say('demand.notFor', { actor: actorId, lever: l.id }));
  if (s.calendar && d.fromTurn > s.calendar.length)
    report(
      `${at}/fromTurn`,
      say('turn.notInCalendar', { turn: d.fromTurn, turns: s.calendar.length }),
    );
  if (d.untilTurn !== undefined && d.untilTurn < d.fromTurn)
    report(
      `${at}/untilTurn`,
      say('demand.never', { from: d.fromTurn, until: d.untilTurn }),
      'warning',
    );
}

function checkCalendar({ s, report, actor }: Ctx): void {
  s.calendar?.forEach((t, i, calendar) => {
    t.atTable.forEach((a, j) =>
      actor(`/calendar/${i}/atTable/${j}`, a, say('what.turn', { turn: i + 1 })),
    );
    const prev = calendar[i - 1];
    if (prev && t.date < prev.date) {
      const turns = { turn: i + 1, date: t.date, previous: i, previousDate: prev.date };
      report(`/calendar/${i}/date`, say('calendar.order', turns));
    }
  });
}

function checkLevers({ s, report, weight, track, actor }: Ctx): void {
  // Unknown until the actors parse: then no lever is reported as unvalued.
  const valued = s.actors && new Set(s.actors.flatMap((a) => Object.keys(a.values)));
  s.levers?.forEach((l, i) => {
    const at = `/levers/${i}`;
    const what = say('what.lever', { id: l.id });
    l.counterparts.forEach((c, j) => actor(`${at}/counterparts/${j}`, c, what));
    l.effects.forEach((e, j) => {
      track(`${at}/effects/${j}/track`, e.track, what);
      weight(`${at}/effects/${j}/atFull`, e.atFull);
    });
    if (l.kind === 'amount' && l.none === l.full)
      report(`${at}/full`, say('lever.cannotMove', { id: l.id }));
    if (l.kind === 'choice') {
      const seen = new Set<string>();
      l.options.forEach((o, j) => {
        if (seen.has(o.id))
          report(`${at}/options/${j}/id`, say('option.twice', { option: o.id, lever: l.id }));
        seen.add(o.id);
      });
    }
    if (valued && !valued.has(l.id))
      report(`${at}/id`, say('lever.unvalued', { id: l.id }), 'warning');
  });
}

function checkConditions(ctx: Ctx, at: string, conditions: Condition[], what: What): void {
  const turns = ctx.s.calendar?.length;
  conditions.forEach((c, i) => {
    if ('track' in c) {
      ctx.track(`${at}/${i}/track`, c.track, what, true);
      ctx.weight(`${at}/${i}/value`, c.value);
    } else if ('dealWith' in c) ctx.actor(`${at}/${i}/dealWith`, c.dealWith, what);
    else if ('fromTurn' in c && turns !== undefined && c.fromTurn > turns) {
      ctx.report(`${at}/${i}/fromTurn`, say('turn.notInCalendar', { turn: c.fromTurn, turns }));
    }
  });
}

function checkEffects(ctx: Ctx, at: string, effects: Effect[], what: What): void {
  effects.forEach((e, i) => {
    if ('delta' in e) {
      ctx.track(`${at}/${i}/track`, e.track, what);
      ctx.weight(`${at}/${i}/delta`, e.delta);
    } else if ('trust' in e) {
      ctx.actor(`${at}/${i}/actor`, e.actor, what);
      ctx.weight(`${at}/${i}/trust`, e.trust);
    } else if ('patience' in e) {
      ctx.actor(`${at}/${i}/actor`, e.actor, what);
      ctx.weight(`${at}/${i}/patience`, e.patience);
    } else if ('reopenDealsWith' in e)
      ctx.actor(`${at}/${i}/reopenDealsWith`, e.reopenDealsWith, what);
  });
}

function checkEvents(ctx: Ctx): void {
  const { s, report, weight } = ctx;
  const events = s.events ?? [];
  const turns = s.calendar?.length;
  const flagsSet = new Set(
    events.flatMap((e) => e.effects.flatMap((f) => ('flag' in f && f.set ? [f.flag] : []))),
  );
  events.forEach((e, i) => {
    const at = `/events/${i}`;
    const what = say('what.event', { id: e.id });
    if (e.turn !== undefined && turns !== undefined && e.turn > turns)
      report(`${at}/turn`, say('event.turnBeyond', { what, turn: e.turn, turns }));
    if (e.probability !== undefined) {
      weight(`${at}/probability`, e.probability);
      const p = resolve(s, e.probability);
      if (p !== undefined && (p < 0 || p > 1))
        report(`${at}/probability`, say('probability.range', { found: String(p) }));
      if (p === 0) report(`${at}/probability`, say('event.probabilityZero', { what }), 'warning');
    }
    if (e.turn === undefined && e.probability === undefined)
      report(at, say('event.noTrigger', { what }), 'warning');
    checkConditions(ctx, `${at}/when`, e.when, what);
    checkEffects(ctx, `${at}/effects`, e.effects, what);
    e.when.forEach((c, j) => {
      if ('flag' in c && c.set && !flagsSet.has(c.flag))
        report(
          `${at}/when/${j}/flag`,
          say('event.flagNeverSet', { flag: c.flag, what }),
          'warning',
        );
    });
  });
}

function checkEndings(ctx: Ctx): void {
  const { s, report } = ctx;
  if (!s.endings) return;
  s.endings.forEach((e, i) => {
    checkConditions(ctx, `/endings/${i}/when`, e.when, say('what.ending', { id: e.id }));
    ctx.weight(`/endings/${i}/scoreBonus`, e.scoreBonus);
  });
  const finals = s.endings.filter((e) => !e.early);
  if (finals.length === 0) report('/endings', say('endings.noFinal'));
  else if (!finals.some((e) => e.when.length === 0)) report('/endings', say('endings.noCatchAll'));
}

function checkStability({ s, weight, track }: Ctx): void {
  s.stability?.terms.forEach((t, i) => {
    track(`/stability/terms/${i}/track`, t.track, say('what.stability'));
    weight(`/stability/terms/${i}/weight`, t.weight);
  });
  s.stability?.penalties.forEach((p, i) => {
    const at = `/stability/penalties/${i}`;
    const what = say('what.penalty');
    if ('below' in p) track(`${at}/below`, p.below, what);
    else p.gap.forEach((t, j) => track(`${at}/gap/${j}`, t, what));
    weight(`${at}/threshold`, p.threshold);
    weight(`${at}/weight`, p.weight);
  });
}

/** A number, or a weight's value; unknown while the weights have not parsed. */
function resolve(s: ScenarioParts, x: NumberOrWeight): number | undefined {
  return typeof x === 'number' ? x : s.weights?.[x]?.value;
}

/** " (did you mean "japan"?)" when a known id is one slip away, else nothing. */
function hint(id: string, known: Iterable<string>): ProblemPart {
  const near = closestName(id, known);
  return near ? say('hint.didYouMeanAfter', { name: near }) : '';
}
