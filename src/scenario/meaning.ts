// Checks of meaning beyond types: references resolve, ranges are ordered, ids unique, an ending is reachable.
import { closestName } from './did-you-mean';
import type { Problem } from './problems';
import {
  scenarioSchema,
  type Condition,
  type Effect,
  type NumberOrWeight,
  type Scenario,
} from './schema';

type Report = (pointer: string, message: string, severity?: Problem['severity']) => void;

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
  const report: Report = (pointer, message, severity = 'error') =>
    problems.push({ severity, pointer, message });
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
          ? `weight "${x}" is not declared in "weights" (did you mean "${near}"?)`
          : `weight "${x}" is not declared in "weights": declare it there, or write a number here`,
      );
    }
  };
  const track = (pointer: string, id: string, what: string, allowStability = false) => {
    if (!ids.tracks || ids.tracks.has(id) || (allowStability && id === 'stability')) return;
    if (!allowStability) {
      report(
        pointer,
        `${what} names track "${id}", which is not among the tracks${hint(id, ids.tracks)}`,
      );
      return;
    }
    // Conditions may also name the index, which is not a track: say so, since "stabilty" is an easy slip.
    const near = closestName(id, [...ids.tracks, 'stability']);
    report(
      pointer,
      `${what} names track "${id}", which is neither a track nor "stability" (the Alliance Stability Index)` +
        (near ? `; did you mean "${near}"?` : ''),
    );
  };
  const actor = (pointer: string, id: string, what: string) => {
    if (ids.actors && !ids.actors.has(id))
      report(
        pointer,
        `${what} names actor "${id}", which is not among the actors${hint(id, ids.actors)}`,
      );
  };
  const lever = (pointer: string, id: string, what: string) => {
    if (ids.levers && !ids.levers.has(id))
      report(
        pointer,
        `${what} names lever "${id}", which is not among the levers${hint(id, ids.levers)}`,
      );
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
    const parsed = scenarioSchema.shape[section].safeParse(
      (raw as Record<string, unknown>)[section],
    );
    if (parsed.success) parts[section] = parsed.data;
    else broken.push(section);
  }
  const problems = checkMeaning(parts as ScenarioParts, raw);
  if (broken.length > 0) {
    const names = broken.map((b) => `"${b}"`);
    const list =
      names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}` : names[0]!;
    problems.push({
      severity: 'warning',
      pointer: '',
      message: `checks that involve ${list} (references, duplicate ids, ranges) wait until ${broken.length > 1 ? 'their' : 'its'} problems above are fixed; then check the file again`,
    });
  }
  return problems;
}

interface Ctx {
  s: ScenarioParts;
  report: Report;
  weight: (pointer: string, x: NumberOrWeight) => void;
  track: (pointer: string, id: string, what: string, allowStability?: boolean) => void;
  actor: (pointer: string, id: string, what: string) => void;
  lever: (pointer: string, id: string, what: string) => void;
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
        report(
          `/actors/${i}/values/__proto__`,
          '"__proto__" is not a lever id: the names in "values" are the ids of levers',
        );
    });
  if (own(field(raw, 'weights'), '__proto__'))
    report('/weights/__proto__', '"__proto__" cannot be used as the name of a weight');
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
          `id "${item.id}" is used twice in ${name} (first at /${name}/${first})`,
        );
      else seen.set(item.id, i);
    });
  }
}

function checkWeights(s: ScenarioParts, report: Report): void {
  for (const [name, w] of Object.entries(s.weights ?? {})) {
    const at = `/weights/${name}`;
    if (![w.value, w.min, w.max].every(Number.isFinite))
      report(at, `weight "${name}" must be a finite number`);
    if (w.min > w.max) report(`${at}/min`, `weight "${name}" has min ${w.min} above max ${w.max}`);
    else if (w.value < w.min || w.value > w.max)
      report(`${at}/value`, `weight "${name}" is ${w.value}, outside its range ${w.min}..${w.max}`);
  }
}

function checkTracks(s: ScenarioParts, report: Report): void {
  s.tracks?.forEach((t, i) => {
    if (t.min >= t.max)
      report(
        `/tracks/${i}/min`,
        `track "${t.id}" has min ${t.min}, which must be below its max ${t.max}`,
      );
    else if (t.start < t.min || t.start > t.max)
      report(
        `/tracks/${i}/start`,
        `track "${t.id}" starts at ${t.start}, outside its range ${t.min}..${t.max}`,
      );
  });
}

function checkRules({ s, report, weight, track, actor }: Ctx): void {
  const r = s.rules;
  if (!r) return;
  if (s.actors?.some((a) => a.id === r.player))
    report(
      '/rules/player',
      `the player "${r.player}" is also among the actors: rules.player names the side the students play (such as "seoul"), never a counterpart`,
    );
  track('/rules/approvalTrack', r.approvalTrack, 'rules.approvalTrack');
  track('/rules/economyTrack', r.economyTrack, 'rules.economyTrack');
  track('/rules/securityTrack', r.securityTrack, 'rules.securityTrack');
  actor('/rules/patron', r.patron, 'rules.patron');
  actor('/rules/rival', r.rival, 'rules.rival');
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
    report('/rules/reopenChance', `a chance must lie between 0 and 1, found ${chance}`);
}

function checkActors({ s, report, weight, track, actor, lever }: Ctx): void {
  s.actors?.forEach((a, i) => {
    const at = `/actors/${i}`;
    track(`${at}/relationTrack`, a.relationTrack, `actor "${a.id}"`);
    weight(`${at}/patience`, a.patience);
    weight(`${at}/volatility`, a.volatility);
    weight(`${at}/reservation`, a.reservation);
    for (const [leverId, v] of Object.entries(a.values)) {
      lever(`${at}/values/${leverId}`, leverId, `a "values" entry of actor "${a.id}"`);
      weight(`${at}/values/${leverId}`, v);
    }
    a.watches.forEach((w, j) => {
      lever(`${at}/watches/${j}/lever`, w.lever, `a "watches" entry of actor "${a.id}"`);
      actor(`${at}/watches/${j}/offeredTo`, w.offeredTo, `a "watches" entry of actor "${a.id}"`);
      weight(`${at}/watches/${j}/trust`, w.trust);
    });
    a.links.forEach((k, j) => {
      k.levers.forEach((l, n) =>
        lever(`${at}/links/${j}/levers/${n}`, l, `a link of actor "${a.id}"`),
      );
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
  lever(`${at}/lever`, d.lever, `a demand of actor "${actorId}"`);
  const l = s.levers?.find((x) => x.id === d.lever);
  if (l?.kind === 'choice' && !l.options.some((o) => o.id === d.value)) {
    report(
      `${at}/value`,
      `lever "${l.id}" has no option "${String(d.value)}" (its options: ${l.options.map((o) => o.id).join(', ')})`,
    );
  }
  if (l?.kind === 'amount') {
    const lo = Math.min(l.none, l.full);
    const hi = Math.max(l.none, l.full);
    if (typeof d.value !== 'number' || d.value < lo || d.value > hi)
      report(
        `${at}/value`,
        `lever "${l.id}" takes an amount from ${lo} to ${hi} ${l.unit}, found ${JSON.stringify(d.value)}`,
      );
  }
  if (l && !l.counterparts.includes(actorId))
    report(
      `${at}/lever`,
      `actor "${actorId}" demands lever "${l.id}", which cannot be put to it (see the lever's counterparts)`,
    );
  if (s.calendar && d.fromTurn > s.calendar.length)
    report(
      `${at}/fromTurn`,
      `turn ${d.fromTurn} is not in the calendar (it has ${s.calendar.length} turns)`,
    );
  if (d.untilTurn !== undefined && d.untilTurn < d.fromTurn)
    report(
      `${at}/untilTurn`,
      `this demand runs from turn ${d.fromTurn} until turn ${d.untilTurn}, so it is never made`,
      'warning',
    );
}

function checkCalendar({ s, report, actor }: Ctx): void {
  s.calendar?.forEach((t, i, calendar) => {
    t.atTable.forEach((a, j) => actor(`/calendar/${i}/atTable/${j}`, a, `turn ${i + 1}`));
    const prev = calendar[i - 1];
    if (prev && t.date < prev.date)
      report(
        `/calendar/${i}/date`,
        `turn ${i + 1} (${t.date}) comes before turn ${i} (${prev.date}); list turns in date order`,
      );
  });
}

function checkLevers({ s, report, weight, track, actor }: Ctx): void {
  // Unknown until the actors parse: then no lever is reported as unvalued.
  const valued = s.actors && new Set(s.actors.flatMap((a) => Object.keys(a.values)));
  s.levers?.forEach((l, i) => {
    const at = `/levers/${i}`;
    l.counterparts.forEach((c, j) => actor(`${at}/counterparts/${j}`, c, `lever "${l.id}"`));
    l.effects.forEach((e, j) => {
      track(`${at}/effects/${j}/track`, e.track, `lever "${l.id}"`);
      weight(`${at}/effects/${j}/atFull`, e.atFull);
    });
    if (l.kind === 'amount' && l.none === l.full)
      report(
        `${at}/full`,
        `lever "${l.id}" has the same value for none and full, so it cannot move`,
      );
    if (l.kind === 'choice') {
      const seen = new Set<string>();
      l.options.forEach((o, j) => {
        if (seen.has(o.id))
          report(`${at}/options/${j}/id`, `option "${o.id}" is used twice in lever "${l.id}"`);
        seen.add(o.id);
      });
    }
    if (valued && !valued.has(l.id))
      report(
        `${at}/id`,
        `no counterpart values lever "${l.id}", so offering it changes no answer`,
        'warning',
      );
  });
}

function checkConditions(ctx: Ctx, at: string, conditions: Condition[], what: string): void {
  const turns = ctx.s.calendar?.length;
  conditions.forEach((c, i) => {
    if ('track' in c) {
      ctx.track(`${at}/${i}/track`, c.track, what, true);
      ctx.weight(`${at}/${i}/value`, c.value);
    } else if ('dealWith' in c) ctx.actor(`${at}/${i}/dealWith`, c.dealWith, what);
    else if ('fromTurn' in c && turns !== undefined && c.fromTurn > turns) {
      ctx.report(
        `${at}/${i}/fromTurn`,
        `turn ${c.fromTurn} is not in the calendar (it has ${turns} turns)`,
      );
    }
  });
}

function checkEffects(ctx: Ctx, at: string, effects: Effect[], what: string): void {
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
    const what = `event "${e.id}"`;
    if (e.turn !== undefined && turns !== undefined && e.turn > turns)
      report(
        `${at}/turn`,
        `${what} is set for turn ${e.turn}, but the calendar has ${turns} turns`,
      );
    if (e.probability !== undefined) {
      weight(`${at}/probability`, e.probability);
      const p = resolve(s, e.probability);
      if (p !== undefined && (p < 0 || p > 1))
        report(
          `${at}/probability`,
          `a probability must lie between 0 and 1 (0.25 is a one-in-four chance each turn), found ${p}`,
        );
      if (p === 0)
        report(`${at}/probability`, `${what} has probability 0, so it can never fire`, 'warning');
    }
    if (e.turn === undefined && e.probability === undefined)
      report(at, `${what} has neither a turn nor a probability, so it can never fire`, 'warning');
    checkConditions(ctx, `${at}/when`, e.when, what);
    checkEffects(ctx, `${at}/effects`, e.effects, what);
    e.when.forEach((c, j) => {
      if ('flag' in c && c.set && !flagsSet.has(c.flag))
        report(
          `${at}/when/${j}/flag`,
          `no event sets flag "${c.flag}", so ${what} can never fire`,
          'warning',
        );
    });
  });
}

function checkEndings(ctx: Ctx): void {
  const { s, report } = ctx;
  if (!s.endings) return;
  s.endings.forEach((e, i) => {
    checkConditions(ctx, `/endings/${i}/when`, e.when, `ending "${e.id}"`);
    ctx.weight(`/endings/${i}/scoreBonus`, e.scoreBonus);
  });
  const finals = s.endings.filter((e) => !e.early);
  if (finals.length === 0)
    report(
      '/endings',
      'no ending has "early": false, so the game cannot end when the calendar runs out',
    );
  else if (!finals.some((e) => e.when.length === 0)) {
    report(
      '/endings',
      'no final ending applies in every case: add a last ending with "early": false and "when": [] so every game can end',
    );
  }
}

function checkStability({ s, weight, track }: Ctx): void {
  s.stability?.terms.forEach((t, i) => {
    track(`/stability/terms/${i}/track`, t.track, 'the stability index');
    weight(`/stability/terms/${i}/weight`, t.weight);
  });
  s.stability?.penalties.forEach((p, i) => {
    const at = `/stability/penalties/${i}`;
    if ('below' in p) track(`${at}/below`, p.below, 'this penalty');
    else p.gap.forEach((t, j) => track(`${at}/gap/${j}`, t, 'this penalty'));
    weight(`${at}/threshold`, p.threshold);
    weight(`${at}/weight`, p.weight);
  });
}

/** A number, or a weight's value; unknown while the weights have not parsed. */
function resolve(s: ScenarioParts, x: NumberOrWeight): number | undefined {
  return typeof x === 'number' ? x : s.weights?.[x]?.value;
}

/** " (did you mean "japan"?)" when a known id is one slip away, else nothing. */
function hint(id: string, known: Iterable<string>): string {
  const near = closestName(id, known);
  return near ? ` (did you mean "${near}"?)` : '';
}
