// The debrief in HTML: the ending, grade and score, the index turn by turn, the key decisions, the ideas, replay.
import type { GameStore } from '../../../store';
import { buildDebrief, signed, type DebriefModel } from '../../ui/debrief-model';
import { downloadText } from '../../ui/download';
import { printReport } from '../../ui/print-report';
import { reportHtml } from '../../ui/report-html';
import { calendarDate } from '../../ui/wording';
import { button, h, heading, list, paragraphs, section, table } from '../dom';
import { SCREEN_HEADING_ID, type ViewContext } from '../view';

export function debriefView(ctx: ViewContext): Node[] {
  const { rules, game } = ctx.s;
  const model = rules && game ? buildDebrief(rules, game) : null;
  if (!model || !game) return [heading(1, 'Debrief', { id: SCREEN_HEADING_ID })];
  const e = model.ending;
  const when = e.early
    ? `Ended early, on turn ${e.turn} of ${model.turns}.`
    : `All ${model.turns} turns played.`;
  const change = model.finalIndex - model.startIndex;
  return [
    heading(1, `Debrief: ${e.title}`, { id: SCREEN_HEADING_ID }),
    ...paragraphs(e.text, when),
    section(
      'a11y-grade',
      'Grade and score',
      ...paragraphs(
        `Grade ${e.grade}, score ${e.score.toFixed(1)}.`,
        `Stability index ${model.finalIndex.toFixed(1)} out of 100, ${signed(change)} since the start.`,
      ),
    ),
    section('a11y-chart', 'Stability index, turn by turn', indexTable(model)),
    section('a11y-decisions', 'What moved the outcome most', decisions(model)),
    section('a11y-ideas', 'Ideas this game showed', ideas(model)),
    section('a11y-timeline', 'Timeline', ...timeline(model)),
    actions(ctx, model, Math.max(1, game.turn)),
  ];
}

function indexTable(model: DebriefModel): HTMLTableElement {
  const index = model.chart.series[0]!;
  // The chart's short labels ("T3") read as words here.
  const rows = model.chart.xLabels.map((label, i) => [
    label.replace(/^T(\d+)$/, 'After turn $1'),
    (index.values[i] ?? 0).toFixed(1),
  ]);
  return table('Alliance Stability Index after each turn', ['Turn', 'Index'], rows);
}

function decisions(model: DebriefModel): HTMLElement {
  if (model.keyDecisions.length === 0)
    return h(
      'p',
      {},
      'No single decision moved the index: the outcome came from events and drift.',
    );
  return list(
    model.keyDecisions.map(
      (d) => `Turn ${d.turn}: ${d.text} (${d.effectText} ${d.effect >= 0 ? '▲' : '▼'})`,
    ),
    true,
  );
}

function ideas(model: DebriefModel): HTMLElement {
  if (model.concepts.length === 0) return h('p', {}, 'No idea was shown this game.');
  return list(
    model.concepts.map((c) => `${c.title}: ${c.explain} First seen on turn ${c.turn}: ${c.where}`),
  );
}

function timeline(model: DebriefModel): Node[] {
  return model.timeline.flatMap((t) => [heading(3, t.heading), list(t.entries.map((x) => x.text))]);
}

function actions(ctx: ViewContext, model: DebriefModel, lastTurn: number): HTMLElement {
  const store = ctx.store;
  const first = Math.min(lastTurn, model.keyDecisions[0]?.turn ?? 1);
  const select = h('select', { id: 'a11y-replay-turn' });
  for (let turn = 1; turn <= lastTurn; turn++) {
    const date = store.getState().rules?.calendar[turn - 1]?.date;
    const label = `Turn ${turn}${date ? ` · ${calendarDate(date, true)}` : ''}`;
    select.append(h('option', { value: turn, selected: turn === first }, label));
  }
  const replay = () => {
    const turn = Number(select.value);
    if (!store.getState().replayFromTurn(turn))
      ctx.announce(`The game cannot be replayed from turn ${turn}: it had already ended by then.`);
  };
  return h(
    'nav',
    { 'aria-label': 'Debrief' },
    button('Export game log', () => exportLog(ctx, store), { id: 'a11y-export' }),
    button(
      'Print the report',
      () => {
        const ok = printReport(reportHtml(model));
        ctx.announce(
          ok
            ? 'Opening the print dialog for the debrief report.'
            : 'This browser blocked printing. Use its own Print command instead.',
        );
      },
      { id: 'a11y-print' },
    ),
    h('div', {}, h('label', { for: 'a11y-replay-turn' }, 'Replay from turn'), select),
    button('Replay from this turn', replay, { id: 'a11y-replay' }),
    button('New game', () => store.getState().goTo('title'), { id: 'a11y-new-game' }),
  );
}

function exportLog(ctx: ViewContext, store: GameStore): void {
  const log = store.getState().exportLog();
  if (!log) return;
  const name = `tightrope-${log.scenario}-${log.seed}.json`;
  try {
    downloadText(name, `${JSON.stringify(log, null, 2)}\n`);
    ctx.announce(`Saved ${name}: replay it with npm run replay -- ${name}`);
  } catch {
    ctx.announce('This browser blocked the download.');
  }
}
