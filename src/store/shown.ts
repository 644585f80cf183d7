// The game as the player reads it: the engine's sentences and the scenario's texts in the player's language.
// Only words change; every number, id and action stays the engine's, so the screens show the very game it plays.
import type {
  Change,
  CompiledRules,
  Forecast,
  GameState,
  Outcome,
  Say,
  TurnRecord,
} from '../engine';

/** Says one of the engine's sentences in the player's language, with the names of `rules`. */
export type Speak = (say: Say, rules: CompiledRules) => string;

/** A translator for one language and one set of rules; it remembers finished turns, which never change. */
export function translator(rules: CompiledRules, speak: Speak) {
  const turns = new WeakMap<TurnRecord, TurnRecord>();
  const change = (c: Change): Change => ({
    ...c,
    reason: { ...c.reason, text: speak(c.reason.say, rules) },
  });
  const news = (items: GameState['news']): GameState['news'] =>
    items.map((n) => {
      const event = rules.events.find((e) => e.id === n.event);
      return event ? { ...n, title: event.title, text: event.text } : n;
    });
  const actions = (list: GameState['actions']): GameState['actions'] =>
    list.map((a) => ({ ...a, outcome: speak(a.say, rules) }));
  const turn = (r: TurnRecord): TurnRecord => {
    let shown = turns.get(r);
    if (!shown) {
      shown = {
        ...r,
        changes: r.changes.map(change),
        news: news(r.news),
        actions: actions(r.actions),
      };
      turns.set(r, shown);
    }
    return shown;
  };

  return {
    game(g: GameState): GameState {
      const ending = g.ending && rules.endings.find((e) => e.id === g.ending!.id);
      return {
        ...g,
        ending:
          g.ending && ending ? { ...g.ending, title: ending.title, text: ending.text } : g.ending,
        changes: g.changes.map(change),
        news: news(g.news),
        actions: actions(g.actions),
        history: g.history.map(turn),
        concepts: g.concepts.map((c) => ({ ...c, text: speak(c.say, rules) })),
        pending: g.pending && {
          ...g.pending,
          reasons: g.pending.says.map((s) => speak(s, rules)),
        },
      };
    },

    outcome(o: Outcome): Outcome {
      const text = speak(o.say, rules);
      if (o.kind !== 'countered') return { ...o, text };
      return { ...o, text, differences: o.says.map((s) => speak(s, rules)) };
    },

    forecast(f: Forecast): Forecast {
      return {
        ...f,
        problem: f.why ? speak(f.why, rules) : f.problem,
        parts: f.parts.map((p) => (p.say ? { ...p, label: speak(p.say, rules) } : p)),
        changes: f.changes.map(change),
      };
    },

    reason(why: Say): string {
      return speak(why, rules);
    },
  };
}

export type Translator = ReturnType<typeof translator>;
