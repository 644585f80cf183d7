// Endings: early ones whenever their conditions hold, a final one when the calendar runs out.
import type { Draft } from './changes';
import { allHold } from './conditions';
import { round } from './lever';
import type { CompiledEnding, CompiledRules } from './rules';
import { stabilityValue } from './stability';

export function checkEarlyEnding(rules: CompiledRules, draft: Draft): boolean {
  const ending = rules.endings.find((e) => e.early && allHold(rules, draft, e.when));
  if (!ending) return false;
  endGame(rules, draft, ending);
  return true;
}

export function finalEnding(rules: CompiledRules, draft: Draft): void {
  const ending = rules.endings.find((e) => !e.early && allHold(rules, draft, e.when));
  if (!ending) throw new Error(`scenario ${rules.scenarioId} has no final ending for this state`);
  endGame(rules, draft, ending);
}

function endGame(rules: CompiledRules, draft: Draft, ending: CompiledEnding): void {
  draft.over = true;
  draft.pending = null;
  draft.ending = {
    id: ending.id,
    title: ending.title,
    text: ending.text,
    grade: ending.grade,
    score: round(stabilityValue(rules, draft.tracks) + ending.scoreBonus.value, 2),
    turn: draft.turn,
    early: ending.early,
  };
}
