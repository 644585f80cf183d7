// The debrief's analysis: which decisions moved the stability index most, and which ideas the game showed.
import type { Concept } from '../scenario/schema';
import { round } from './lever';
import type { CompiledRules } from './rules';
import { say, sayEnglish, type Say } from './say';
import type { Action, Change, ConceptMark, GameState } from './state';

export interface KeyDecision {
  index: number;
  turn: number;
  action: Action;
  /** In English; `say` is the same as data. */
  text: string;
  say: Say;
  /** The decision's direct effect on the stability index, in index points. */
  effect: number;
  changes: Change[];
}

/** Each track change moves the index by the track's share of the weighted mean. */
function indexShare(rules: CompiledRules): Record<string, number> {
  const total = rules.stability.terms.reduce((s, t) => s + t.weight.value, 0);
  const share: Record<string, number> = {};
  for (const t of rules.stability.terms) share[t.track] = total > 0 ? t.weight.value / total : 0;
  return share;
}

export function keyDecisions(rules: CompiledRules, state: GameState, count = 3): KeyDecision[] {
  const share = indexShare(rules);
  const turns = [
    ...state.history.map((h) => ({ turn: h.turn, changes: h.changes })),
    ...(state.over ? [] : [{ turn: state.turn, changes: state.changes }]),
  ];
  const byAction = new Map<number, KeyDecision>();
  for (const { turn, changes } of turns) {
    for (const c of changes) {
      const index = c.reason.action;
      if (index === undefined || c.target !== 'track') continue;
      const action = state.log[index]!;
      const what = describeAction(action, c);
      const entry = byAction.get(index) ?? {
        index,
        turn,
        action,
        text: sayEnglish(rules, what),
        say: what,
        effect: 0,
        changes: [],
      };
      entry.effect += (share[c.id] ?? 0) * c.delta;
      entry.changes.push(c);
      byAction.set(index, entry);
    }
  }
  return [...byAction.values()]
    .map((d) => ({ ...d, effect: round(d.effect, 2) }))
    .sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect) || a.index - b.index)
    .slice(0, count);
}

function describeAction(action: Action, change: Change): Say {
  if (action.type === 'offer')
    return say('decision.offer', { actor: { actor: action.to }, deal: { deal: action } });
  if (action.type === 'acceptCounter' && change.reason.actor)
    return say('decision.tookCounter', { actor: { actor: change.reason.actor } });
  if (action.type === 'renege') return say('decision.reneged', { id: action.dealId });
  return change.reason.say;
}

export interface ConceptShown {
  concept: Concept;
  count: number;
  first: ConceptMark;
}

/** Every idea the game showed, with its first occurrence, in the order they first happened. */
export function conceptsShown(state: GameState): ConceptShown[] {
  const seen = new Map<Concept, ConceptShown>();
  for (const mark of state.concepts) {
    const entry = seen.get(mark.concept);
    if (entry) entry.count++;
    else seen.set(mark.concept, { concept: mark.concept, count: 1, first: mark });
  }
  return [...seen.values()];
}
