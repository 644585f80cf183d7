// Signing, reopening and reneging on deals: the track changes each brings, with their reasons.
import { moveTrack, moveTrust, type Draft } from './changes';
import { describeSetting, round } from './lever';
import { packageItems } from './package';
import type { CompiledRules } from './rules';
import type { Change, Deal, LeverSetting, OfferAction, Reason } from './state';

/** Applies a signed package: lever effects, the relation bonus, and how watching capitals react. */
export function signDeal(
  rules: CompiledRules,
  draft: Draft,
  offer: OfferAction,
  actionIndex: number,
  linked: string[],
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
  applyLeverEffects(
    rules,
    draft,
    deal,
    [...offer.gives, ...offer.asks],
    1,
    (lever, text, weight) => ({
      kind: 'deal',
      text: `Deal with ${actor.name}: ${text}`,
      actor: offer.to,
      lever,
      weight,
      action: actionIndex,
    }),
  );
  const dealRelation = rules.rule.dealRelation;
  moveTrack(rules, draft, actor.relationTrack, dealRelation.value, {
    kind: 'deal',
    text: `Signed a deal with ${actor.name}`,
    actor: offer.to,
    weight: dealRelation.weight,
    action: actionIndex,
  });
  applyWatches(rules, draft, offer, deal, actionIndex);
  markDealConcepts(rules, draft, offer, before, beforeTrust, linked, actionIndex);
  return deal;
}

type ReasonFor = (lever: string, text: string, weight: string | undefined) => Reason;

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
        reasonFor(lever.id, describeSetting(lever, s), e.atFull.weight),
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
      const lever = rules.leverById[s.lever]!;
      const d = deal.added[s.lever] ?? 0;
      if (d === 0) continue;
      moveTrust(draft, watcher.id, w.trust.value * d, {
        kind: 'watch',
        text: `${watcher.name} saw Seoul give ${rules.actorById[offer.to]!.name} ${describeSetting(lever, s)}`,
        actor: watcher.id,
        lever: lever.id,
        weight: w.trust.weight,
        action: actionIndex,
      });
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
  linked: string[],
  action: number,
): void {
  const actor = rules.actorById[offer.to]!;
  const mark = (concept: Parameters<typeof pushConcept>[1], text: string) =>
    pushConcept(draft, concept, text, offer.to, action);
  const drop = rules.rule.entrapmentDrop.value;
  for (const other of rules.actors) {
    if (other.id === offer.to) continue;
    const relDrop = (before[other.relationTrack] ?? 0) - (draft.tracks[other.relationTrack] ?? 0);
    const trustDrop = (beforeTrust[other.id] ?? 0) - (draft.actors[other.id]?.trust ?? 0);
    if (offer.to === rules.patron && relDrop >= drop) {
      mark(
        'entrapment',
        `Giving ${actor.name} what it wanted cost ${round(relDrop, 1)} points of relations with ${other.name}.`,
      );
    } else if (
      offer.to !== rules.patron &&
      (relDrop > 0 || trustDrop > 0) &&
      other.id === rules.patron
    ) {
      mark(
        'hedging',
        `Moving toward ${actor.name} was priced by ${other.name}: relations −${round(relDrop, 1)}, trust −${round(trustDrop, 1)}.`,
      );
    } else if (offer.to === rules.patron && trustDrop > 0) {
      mark(
        'hedging',
        `${other.name} marked down its trust in Seoul by ${round(trustDrop, 1)} after the deal with ${actor.name}.`,
      );
    }
  }
  for (const l of linked)
    mark('issue-linkage', `${actor.name} valued the package more because it linked issues: ${l}.`);
  if (actor.dealConcept)
    mark(actor.dealConcept, `Seoul signed a deal with ${actor.name} directly.`);
}

export function pushConcept(
  draft: Draft,
  concept: Draft['concepts'][number]['concept'],
  text: string,
  actor?: string,
  action?: number,
): void {
  draft.concepts.push({ concept, turn: draft.turn, text, actor, action });
}

/** A volatile counterpart reopens a settled deal: what Seoul had won from it is withdrawn. */
export function reopenDeal(rules: CompiledRules, draft: Draft, deal: Deal, cause: string): void {
  const actor = rules.actorById[deal.with]!;
  updateDeal(draft, deal.id, { status: 'reopened' });
  applyLeverEffects(rules, draft, deal, deal.asks, -1, (lever, text, weight) => ({
    kind: 'reopen',
    text: `${actor.name} reopened the deal of turn ${deal.turn}: ${text} withdrawn`,
    actor: deal.with,
    lever,
    weight,
  }));
  pushConcept(
    draft,
    'credibility',
    `${actor.name} reopened a settled deal (${cause}): a deal is worth only what its signer's word is worth.`,
    deal.with,
  );
}

/** Seoul walks back a deal: its concessions are undone, at the price of trust. */
export function renegeDeal(
  rules: CompiledRules,
  draft: Draft,
  deal: Deal,
  actionIndex: number,
): void {
  const actor = rules.actorById[deal.with]!;
  updateDeal(draft, deal.id, { status: 'reneged' });
  applyLeverEffects(
    rules,
    draft,
    deal,
    [...deal.gives, ...deal.asks],
    -1,
    (lever, text, weight) => ({
      kind: 'renege',
      text: `Seoul reneged on the deal with ${actor.name}: ${text} undone`,
      actor: deal.with,
      lever,
      weight,
      action: actionIndex,
    }),
  );
  const a = draft.actors[deal.with]!;
  a.broken += 1;
  const perBroken = rules.rule.trustPerBroken;
  moveTrust(draft, deal.with, -perBroken.value, {
    kind: 'renege',
    text: `Seoul broke its word to ${actor.name}`,
    actor: deal.with,
    weight: perBroken.weight,
    action: actionIndex,
  });
  const regain = rules.rule.renegeApproval;
  moveTrack(rules, draft, rules.approvalTrack, regain.value, {
    kind: 'renege',
    text: `Walking back concessions to ${actor.name} played well at home`,
    actor: deal.with,
    weight: regain.weight,
    action: actionIndex,
  });
  pushConcept(
    draft,
    'credibility',
    `Seoul reneged on its deal with ${actor.name}; ${actor.name} will remember it.`,
    deal.with,
    actionIndex,
  );
}

export function describeDeal(rules: CompiledRules, deal: Pick<Deal, 'gives' | 'asks'>): string {
  const part = (list: LeverSetting[]) =>
    list.map((s) => describeSetting(rules.leverById[s.lever]!, s)).join(', ');
  const gives = part(deal.gives);
  const asks = part(deal.asks);
  return [gives && `gives ${gives}`, asks && `asks ${asks}`].filter(Boolean).join('; ');
}

/** Deals are shared between states, never changed in place: a change makes a new deal in a new list. */
export function updateDeal(draft: Draft, id: number, patch: Partial<Deal>): void {
  draft.deals = draft.deals.map((d) => (d.id === id ? { ...d, ...patch } : d));
}
