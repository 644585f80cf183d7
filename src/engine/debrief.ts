// The debrief's analysis: which decisions moved the stability index most, and which ideas the game showed.
import type { Concept } from '../scenario/schema';
import { describeDeal } from './deals';
import { round } from './lever';
import type { CompiledRules } from './rules';
import type { Action, Change, ConceptMark, GameState } from './state';

export interface KeyDecision {
  index: number;
  turn: number;
  action: Action;
  text: string;
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
      const entry = byAction.get(index) ?? {
        index,
        turn,
        action,
        text: describeAction(rules, action, c),
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

function describeAction(rules: CompiledRules, action: Action, change: Change): string {
  if (action.type === 'offer')
    return `Deal with ${rules.actorById[action.to]?.name ?? action.to}: ${describeDeal(rules, action)}`;
  if (action.type === 'acceptCounter')
    return change.reason.text.replace(/^Deal with ([^:]+):.*$/, "Took $1's counter-offer");
  if (action.type === 'renege') return `Reneged on deal ${action.dealId}`;
  return change.reason.text;
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
