// What the negotiation screen opens on: a waiting counter-offer, a closed table, or the last package sent.
import type {
  CompiledActor,
  CompiledRules,
  GameState,
  LeverSetting,
  OfferAction,
  Outcome,
  Say,
} from '../../engine';
import { t } from '../i18n';
import { dealTerms } from './wording';

export type Opening =
  | { kind: 'forecast'; settings: LeverSetting[] }
  | {
      kind: 'counter';
      settings: LeverSetting[];
      counter: OfferAction;
      differences: string[];
      says: Say[];
    }
  | { kind: 'closed'; settings: LeverSetting[]; text: string };

export function openingOf(rules: CompiledRules, game: GameState, actor: CompiledActor): Opening {
  const pending = game.pending;
  if (pending && pending.original.to === actor.id) {
    const settings = [...pending.original.gives, ...pending.original.asks];
    const { counter, reasons: differences, says } = pending;
    return { kind: 'counter', settings, counter, differences, says };
  }
  const last = [...game.actions]
    .reverse()
    .find((x) => x.action.type === 'offer' && x.action.to === actor.id)?.action;
  const settings = last?.type === 'offer' ? [...last.gives, ...last.asks] : [];
  const a = game.actors[actor.id];
  const name = actor.name;
  if (a?.dealtThisTurn) {
    const deal = [...game.deals].reverse().find((d) => d.with === actor.id && d.turn === game.turn);
    const text = deal
      ? t('nego.signedTerms', { name, terms: dealTerms(rules, deal) })
      : t('nego.signed', { name });
    return { kind: 'closed', settings: deal ? [...deal.gives, ...deal.asks] : settings, text };
  }
  if (a?.walkedAway || (a && a.patience <= 0))
    return { kind: 'closed', settings, text: t('seat.leftTable', { name }) };
  if (!rules.calendar[game.turn - 1]?.atTable.includes(actor.id)) {
    return { kind: 'closed', settings, text: t('seat.notAtTable', { name }) };
  }
  return { kind: 'forecast', settings };
}

/** A counter-offer still waiting for Seoul's answer, as the answer it was when it came. */
export function waitingCounter(opening: Extract<Opening, { kind: 'counter' }>): Outcome {
  const { counter, differences, says } = opening;
  const changes = { says, by: 'semicolon' as const };
  const say: Say = { key: 'outcome.countered', parts: { actor: { actor: counter.to }, changes } };
  return { kind: 'countered', counter, differences, says, text: '', say };
}
