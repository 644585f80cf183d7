// The debrief in HTML: the ending, grade and score, the index turn by turn, the key decisions, the ideas, replay.
import type { GameStore } from '../../../store';
import { formatNumber, t } from '../../i18n';
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
  if (!model || !game) return [heading(1, t('a11y.debrief.title'), { id: SCREEN_HEADING_ID })];
  const e = model.ending;
  const when = e.early
    ? t('report.endedEarly', { turn: e.turn, count: model.turns })
    : t('report.fullCourse', { count: model.turns });
  const change = model.finalIndex - model.startIndex;
  return [
    heading(1, t('a11y.debrief.heading', { title: e.title }), { id: SCREEN_HEADING_ID }),
    ...paragraphs(e.text, when),
    section(
      'a11y-grade',
      t('a11y.debrief.grade'),
      ...paragraphs(
        t('a11y.debrief.gradeLine', { grade: e.grade, score: oneDecimal(e.score) }),
        t('a11y.debrief.indexLine', {
          value: oneDecimal(model.finalIndex),
          change: signed(change),
        }),
      ),
    ),
    section('a11y-chart', t('a11y.debrief.chart'), indexTable(model)),
    section('a11y-decisions', t('debrief.moved'), decisions(model)),
    section('a11y-ideas', t('debrief.ideas'), ideas(model)),
    section('a11y-timeline', t('debrief.timeline'), ...timeline(model)),
    actions(ctx, model, Math.max(1, game.turn)),
  ];
}

/** "50.0": scores and the index as the debrief prints them, one decimal always. */
function oneDecimal(value: number): string {
  return formatNumber(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

function indexTable(model: DebriefModel): HTMLTableElement {
  const index = model.chart.series[0]!;
  // The chart's first point is the start, then one per turn; its short labels ("T3") read as words here.
  const rows = model.chart.xLabels.map((_, i) => [
    i === 0 ? t('a11y.debrief.atStart') : t('a11y.debrief.afterTurn', { turn: i }),
    oneDecimal(index.values[i] ?? 0),
  ]);
  return table(t('a11y.debrief.caption'), [t('a11y.col.turn'), t('a11y.col.index')], rows);
}

function decisions(model: DebriefModel): HTMLElement {
  if (model.keyDecisions.length === 0) return h('p', {}, t('debrief.noDecision'));
  return list(
    model.keyDecisions.map((d) =>
      t('a11y.debrief.decision', {
        turn: d.turn,
        text: d.text,
        effect: d.effectText,
        arrow: d.effect >= 0 ? '▲' : '▼',
      }),
    ),
    true,
  );
}

function ideas(model: DebriefModel): HTMLElement {
  if (model.concepts.length === 0) return h('p', {}, t('report.noIdeas'));
  return list(
    model.concepts.map((c) =>
      t('a11y.debrief.idea', { title: c.title, explain: c.explain, turn: c.turn, where: c.where }),
    ),
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
    const label = date
      ? `${t('common.turn', { turn })} · ${calendarDate(date, true)}`
      : t('common.turn', { turn });
    select.append(h('option', { value: turn, selected: turn === first }, label));
  }
  const replay = () => {
    const turn = Number(select.value);
    if (!store.getState().replayFromTurn(turn)) ctx.announce(t('debrief.cannotReplay', { turn }));
  };
  return h(
    'nav',
    { 'aria-label': t('a11y.debrief.title') },
    button(t('a11y.debrief.export'), () => exportLog(ctx, store), { id: 'a11y-export' }),
    button(
      t('a11y.debrief.print'),
      () => {
        const ok = printReport(reportHtml(model));
        ctx.announce(t(ok ? 'debrief.printing' : 'debrief.printBlocked'));
      },
      { id: 'a11y-print' },
    ),
    h('div', {}, h('label', { for: 'a11y-replay-turn' }, t('a11y.debrief.replayTurn')), select),
    button(t('a11y.debrief.replay'), replay, { id: 'a11y-replay' }),
    button(t('debrief.newGame'), () => store.getState().goTo('title'), { id: 'a11y-new-game' }),
  );
}

function exportLog(ctx: ViewContext, store: GameStore): void {
  const log = store.getState().exportLog();
  if (!log) return;
  const name = `tightrope-${log.scenario}-${log.seed}.json`;
  try {
    downloadText(name, `${JSON.stringify(log, null, 2)}\n`);
    ctx.announce(t('debrief.saved', { file: name }));
  } catch {
    ctx.announce(t('debrief.downloadBlocked'));
  }
}
