// Signing, reopening and reneging on deals: the track changes each brings, with their reasons.
import { moveTrack, moveTrust, type Draft } from './changes';
import { packageItems } from './package';
import type { CompiledRules } from './rules';
import { dealIn, englishVoice, say, sayEnglish, shown, type Say } from './say';
import type { Change, Deal, LeverSetting, OfferAction, Reason } from './state';

/** A reason with its sentence as data and, from it, in English. */
export function because(
  rules: CompiledRules,
  s: Say,
  reason: Omit<Reason, 'text' | 'say'>,
): Reason {
  return { ...reason, text: sayEnglish(rules, s), say: s };
}

/** Applies a signed package: lever effects, the relation bonus, and how watching capitals react. */
export function signDeal(
  rules: CompiledRules,
  draft: Draft,
  offer: OfferAction,
  actionIndex: number,
  linked: number[],
): Deal {
  const actor = rules.actorById[offer.to]!;
  // Measured before the deal joins those in force: only what goes beyond them counts.
  const items = packageItems(rules, draft, offer);
  const deal: Deal = {
    id: draft.deals.length + 1,
    with: offer.to,
    turn: draft.turn,
    gives: offer.gives,
    asks: offer.asks,
    added: Object.fromEntries(items.map((i) => [i.setting.lever, i.added])),
    status: 'active',
    kept: false,
  };
  draft.deals = [...draft.deals, deal];
  draft.actors[offer.to]!.dealtThisTurn = true;
  const before = { ...draft.tracks };
  const beforeTrust = Object.fromEntries(
    Object.entries(draft.actors).map(([k, a]) => [k, a.trust]),
  );
  applyLeverEffects(rules, draft, deal, [...offer.gives, ...offer.asks], 1, (setting, weight) =>
    because(rules, say('reason.deal', { actor: { actor: offer.to }, setting: { setting } }), {
      kind: 'deal',
      actor: offer.to,
      lever: setting.lever,
      weight,
      action: actionIndex,
    }),
  );
  const dealRelation = rules.rule.dealRelation;
  moveTrack(
    rules,
    draft,
    actor.relationTrack,
    dealRelation.value,
    because(rules, say('reason.signed', { actor: { actor: offer.to } }), {
      kind: 'deal',
      actor: offer.to,
      weight: dealRelation.weight,
      action: actionIndex,
    }),
  );
  applyWatches(rules, draft, offer, deal, actionIndex);
  markDealConcepts(rules, draft, offer, before, beforeTrust, linked, actionIndex);
  return deal;
}

type ReasonFor = (setting: LeverSetting, weight: string | undefined) => Reason;

/** Moves the tracks by each lever's effects at the degree this deal added (sign −1 undoes them). */
function applyLeverEffects(
  rules: CompiledRules,
  draft: Draft,
  deal: Deal,
  settings: LeverSetting[],
  sign: number,
  reasonFor: ReasonFor,
): Change[] {
  const changes: Change[] = [];
  for (const s of settings) {
    const lever = rules.leverById[s.lever]!;
    const d = deal.added[s.lever] ?? 0;
    if (d === 0) continue;
    for (const e of lever.effects) {
      const c = moveTrack(
        rules,
        draft,
        e.track,
        sign * e.atFull.value * d,
        reasonFor(s, e.atFull.weight),
      );
      if (c) changes.push(c);
    }
  }
  return changes;
}

function applyWatches(
  rules: CompiledRules,
  draft: Draft,
  offer: OfferAction,
  deal: Deal,
  actionIndex: number,
): void {
  for (const watcher of rules.actors) {
    if (watcher.id === offer.to) continue;
    for (const w of watcher.watches) {
      if (w.offeredTo !== offer.to) continue;
      const s = offer.gives.find((g) => g.lever === w.lever);
      if (!s) continue;
      const d = deal.added[s.lever] ?? 0;
      if (d === 0) continue;
      const words = say('reason.watch', {
        watcher: { actor: watcher.id },
        actor: { actor: offer.to },
        setting: { setting: s },
      });
      moveTrust(
        draft,
        watcher.id,
        w.trust.value * d,
        because(rules, words, {
          kind: 'watch',
          actor: watcher.id,
          lever: s.lever,
          weight: w.trust.weight,
          action: actionIndex,
        }),
      );
    }
  }
}

/** Names the ideas a deal illustrates: entrapment, hedging, issue linkage, and the actor's own concept. */
function markDealConcepts(
  rules: CompiledRules,
  draft: Draft,
  offer: OfferAction,
  before: Record<string, number>,
  beforeTrust: Record<string, number>,
  linked: number[],
  action: number,
): void {
  const mark = (concept: Parameters<typeof pushConcept>[2], s: Say) =>
    pushConcept(rules, draft, concept, s, offer.to, action);
  const names = (other: string) => ({ actor: { actor: offer.to }, other: { actor: other } });
  const drop = rules.rule.entrapmentDrop.value;
  for (const other of rules.actors) {
    if (other.id === offer.to) continue;
    const relDrop = (before[other.relationTrack] ?? 0) - (draft.tracks[other.relationTrack] ?? 0);
    const trustDrop = (beforeTrust[other.id] ?? 0) - (draft.actors[other.id]?.trust ?? 0);
    if (offer.to === rules.patron && relDrop >= drop) {
      mark('entrapment', say('concept.entrapment', { ...names(other.id), drop: shown(relDrop) }));
    } else if (
      offer.to !== rules.patron &&
      (relDrop > 0 || trustDrop > 0) &&
      other.id === rules.patron
    ) {
      const drops = { drop: shown(relDrop), trustDrop: shown(trustDrop) };
      mark('hedging', say('concept.hedgingPriced', { ...names(other.id), ...drops }));
    } else if (offer.to === rules.patron && trustDrop > 0) {
      const drop = { trustDrop: shown(trustDrop) };
      mark('hedging', say('concept.hedgingTrust', { ...names(other.id), ...drop }));
    }
  }
  for (const index of linked) {
    const link = { link: { actor: offer.to, index } };
    mark('issue-linkage', say('concept.linkage', { actor: { actor: offer.to }, link }));
  }
  const concept = rules.actorById[offer.to]!.dealConcept;
  if (concept) mark(concept, say('concept.direct', { actor: { actor: offer.to } }));
}

export function pushConcept(
  rules: CompiledRules,
  draft: Draft,
  concept: Draft['concepts'][number]['concept'],
  s: Say,
  actor?: string,
  action?: number,
): void {
  draft.concepts.push({
    concept,
    turn: draft.turn,
    text: sayEnglish(rules, s),
    say: s,
    actor,
    action,
  });
}

/**
 * A volatile counterpart reopens a settled deal: what Seoul had won from it is withdrawn. `byEvent` is the
 * event that made it, if one did (else its own mood).
 */
export function reopenDeal(rules: CompiledRules, draft: Draft, deal: Deal, byEvent?: string): void {
  const actor = { actor: deal.with };
  updateDeal(draft, deal.id, { status: 'reopened' });
  applyLeverEffects(rules, draft, deal, deal.asks, -1, (setting, weight) =>
    because(rules, say('reason.reopen', { actor, turn: deal.turn, setting: { setting } }), {
      kind: 'reopen',
      actor: deal.with,
      lever: setting.lever,
      weight,
    }),
  );
  const why = byEvent
    ? say('concept.reopenedByEvent', { actor, event: { event: byEvent } })
    : say('concept.reopenedByMood', { actor });
  pushConcept(rules, draft, 'credibility', why, deal.with);
}

/** Seoul walks back a deal: its concessions are undone, at the price of trust. */
export function renegeDeal(
  rules: CompiledRules,
  draft: Draft,
  deal: Deal,
  actionIndex: number,
): void {
  const actor = { actor: deal.with };
  const renege = { kind: 'renege' as const, actor: deal.with, action: actionIndex };
  updateDeal(draft, deal.id, { status: 'reneged' });
  applyLeverEffects(rules, draft, deal, [...deal.gives, ...deal.asks], -1, (setting, weight) =>
    because(rules, say('reason.renege', { actor, setting: { setting } }), {
      ...renege,
      lever: setting.lever,
      weight,
    }),
  );
  const a = draft.actors[deal.with]!;
  a.broken += 1;
  const perBroken = rules.rule.trustPerBroken;
  const broke = say('reason.brokeWord', { actor });
  moveTrust(
    draft,
    deal.with,
    -perBroken.value,
    because(rules, broke, { ...renege, weight: perBroken.weight }),
  );
  const regain = rules.rule.renegeApproval;
  const atHome = say('reason.renegeAtHome', { actor });
  moveTrack(
    rules,
    draft,
    rules.approvalTrack,
    regain.value,
    because(rules, atHome, { ...renege, weight: regain.weight }),
  );
  const remembered = say('concept.reneged', { actor });
  pushConcept(rules, draft, 'credibility', remembered, deal.with, actionIndex);
}

export function describeDeal(rules: CompiledRules, deal: Pick<Deal, 'gives' | 'asks'>): string {
  return dealIn(englishVoice(rules), deal);
}

/** Deals are shared between states, never changed in place: a change makes a new deal in a new list. */
export function updateDeal(draft: Draft, id: number, patch: Partial<Deal>): void {
  draft.deals = draft.deals.map((d) => (d.id === id ? { ...d, ...patch } : d));
}
