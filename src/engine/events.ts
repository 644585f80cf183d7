// Events: scripted ones fire on their turn, random ones by the seeded PRNG while their conditions hold.
import { moveTrack, moveTrust, type Draft } from './changes';
import { allHold } from './conditions';
import { because, pushConcept, reopenDeal } from './deals';
import { nextFloat } from './rng';
import type { CompiledEvent, CompiledRules } from './rules';
import { say } from './say';
import type { Reason } from './state';

export function fireTurnEvents(rules: CompiledRules, draft: Draft): void {
  for (const event of rules.events) {
    if (event.once && draft.fired.includes(event.id)) continue;
    if (event.turn !== undefined && event.turn !== draft.turn) continue;
    if (!allHold(rules, draft, event.when)) continue;
    if (event.probability !== undefined && nextFloat(draft.rng) >= event.probability.value)
      continue;
    if (event.turn === undefined && event.probability === undefined) continue;
    fireEvent(rules, draft, event);
  }
}

export function fireEvent(rules: CompiledRules, draft: Draft, event: CompiledEvent): void {
  draft.fired.push(event.id);
  draft.news.push({
    event: event.id,
    turn: draft.turn,
    title: event.title,
    text: event.text,
    source: event.source,
  });
  const reason = (weight?: string): Reason =>
    because(rules, say('reason.event', { event: { event: event.id } }), {
      kind: 'event',
      event: event.id,
      weight,
    });
  for (const effect of event.effects) {
    if ('track' in effect)
      moveTrack(rules, draft, effect.track, effect.delta.value, reason(effect.delta.weight));
    else if ('trust' in effect)
      moveTrust(draft, effect.actor, effect.trust.value, reason(effect.trust.weight));
    else if ('patience' in effect) {
      const a = draft.actors[effect.actor]!;
      a.patience = Math.max(0, a.patience + effect.patience.value);
    } else if ('flag' in effect) draft.flags[effect.flag] = effect.set;
    else {
      for (const deal of draft.deals) {
        if (deal.with === effect.reopenDealsWith && deal.status === 'active')
          reopenDeal(rules, draft, deal, event.id);
      }
    }
  }
  if (event.concept) {
    const story = say('concept.event', { event: { event: event.id }, story: { story: event.id } });
    pushConcept(rules, draft, event.concept, story);
  }
}
