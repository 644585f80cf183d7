// The turn cycle: start (reset patience, Trump risk, events), end (demands, kept promises, drift, record).
import { moveTrack, moveTrust, type Draft } from './changes';
import { because, pushConcept, reopenDeal, updateDeal } from './deals';
import { checkEarlyEnding, finalEnding } from './endings';
import { fireTurnEvents } from './events';
import { degreeOf, describeSetting, round } from './lever';
import { nextFloat } from './rng';
import type { CompiledActor, CompiledRules } from './rules';
import { say, shown } from './say';
import { stabilityValue } from './stability';

/** Opens turn `draft.turn`: fresh patience, volatile counterparts may reopen deals, then the turn's events. */
export function startTurn(rules: CompiledRules, draft: Draft): void {
  draft.changes = [];
  draft.news = [];
  draft.actions = [];
  draft.pending = null;
  for (const actor of rules.actors) {
    const a = draft.actors[actor.id]!;
    a.patience = actor.patience.value;
    a.dealtThisTurn = false;
    a.walkedAway = false;
  }
  rollReopenings(rules, draft);
  fireTurnEvents(rules, draft);
  checkEarlyEnding(rules, draft);
}

/** Trump risk: each deal in force with a volatile counterpart may be reopened, with a chance set by weights. */
function rollReopenings(rules: CompiledRules, draft: Draft): void {
  const chance = rules.rule.reopenChance.value;
  for (const deal of draft.deals) {
    if (deal.status !== 'active' || deal.turn >= draft.turn) continue;
    const volatility = rules.actorById[deal.with]!.volatility.value;
    if (volatility <= 0 || chance <= 0) continue;
    if (nextFloat(draft.rng) < chance * volatility) reopenDeal(rules, draft, deal);
  }
}

/** Closes the turn, records it, and opens the next one or ends the game. */
export function endTurn(rules: CompiledRules, draft: Draft): void {
  pressUnmetDemands(rules, draft);
  honourKeptDeals(rules, draft);
  driftRelations(rules, draft);
  markAbandonment(rules, draft);
  draft.history = [
    ...draft.history,
    {
      turn: draft.turn,
      tracks: { ...draft.tracks },
      stability: stabilityValue(rules, draft.tracks),
      changes: draft.changes,
      news: draft.news,
      actions: draft.actions,
    },
  ];
  if (checkEarlyEnding(rules, draft)) return;
  if (draft.turn >= rules.calendar.length) {
    finalEnding(rules, draft);
    return;
  }
  draft.turn += 1;
  startTurn(rules, draft);
}

/** The demands a counterpart makes this turn, and whether a deal in force meets each. */
export function openDemands(rules: CompiledRules, draft: Draft, actor: CompiledActor) {
  return actor.demands
    .filter(
      (d) => d.fromTurn <= draft.turn && (d.untilTurn === undefined || draft.turn <= d.untilTurn),
    )
    .map((d) => {
      const lever = rules.leverById[d.lever]!;
      const wanted = degreeOf(lever, d.value) ?? 1;
      const met = draft.deals.some(
        (deal) =>
          deal.with === actor.id &&
          deal.status === 'active' &&
          [...deal.gives, ...deal.asks].some(
            (s) => s.lever === d.lever && (degreeOf(lever, s.value) ?? 0) >= wanted - 1e-9,
          ),
      );
      return {
        lever: d.lever,
        value: d.value,
        label: describeSetting(lever, { lever: d.lever, value: d.value }),
        met,
      };
    });
}

function pressUnmetDemands(rules: CompiledRules, draft: Draft): void {
  const turn = rules.calendar[draft.turn - 1]!;
  const penalty = rules.rule.unmetDemandRelation;
  for (const actor of rules.actors) {
    if (!turn.atTable.includes(actor.id)) continue;
    for (const demand of openDemands(rules, draft, actor)) {
      if (demand.met) continue;
      const setting = { lever: demand.lever, value: demand.value };
      const unmet = say('reason.unmetDemand', { actor: { actor: actor.id }, setting: { setting } });
      moveTrack(
        rules,
        draft,
        actor.relationTrack,
        -penalty.value,
        because(rules, unmet, {
          kind: 'unmet-demand',
          actor: actor.id,
          lever: demand.lever,
          weight: penalty.weight,
        }),
      );
    }
  }
}

function honourKeptDeals(rules: CompiledRules, draft: Draft): void {
  const perKept = rules.rule.trustPerKept;
  for (const deal of draft.deals) {
    if (deal.status !== 'active' || deal.kept || deal.turn >= draft.turn) continue;
    updateDeal(draft, deal.id, { kept: true });
    draft.actors[deal.with]!.kept += 1;
    const kept = say('reason.keptWord', { turn: deal.turn });
    moveTrust(
      draft,
      deal.with,
      perKept.value,
      because(rules, kept, { kind: 'kept', actor: deal.with, weight: perKept.weight }),
    );
  }
}

/** Relations settle back toward where they began unless tended: a share of the gap closes each turn. */
function driftRelations(rules: CompiledRules, draft: Draft): void {
  const share = rules.rule.driftToward;
  for (const actor of rules.actors) {
    const track = rules.trackById[actor.relationTrack]!;
    const now = draft.tracks[track.id] ?? track.start;
    const delta = round((track.start - now) * share.value, 2);
    if (delta === 0) continue;
    const drift = say('reason.drift', { actor: { actor: actor.id } });
    moveTrack(
      rules,
      draft,
      track.id,
      delta,
      because(rules, drift, { kind: 'drift', actor: actor.id, weight: share.weight }),
    );
  }
}

function markAbandonment(rules: CompiledRules, draft: Draft): void {
  const patron = rules.actorById[rules.patron]!;
  const level = draft.tracks[patron.relationTrack] ?? 0;
  if (level < rules.rule.abandonmentBelow.value) {
    const fear = say('concept.abandonment', { actor: { actor: patron.id }, level: shown(level) });
    pushConcept(rules, draft, 'abandonment', fear, patron.id);
  }
}
