// The news in HTML: every story of the turn with its source and what it changed, then To the board.
import type { Scenario } from '../../../scenario';
import { t } from '../../i18n';
import { atTableNames, formatDate } from '../../ui/calendar-date';
import { describeChange } from '../../ui/change-list';
import { button, h, heading, list, paragraphs } from '../dom';
import { SCREEN_HEADING_ID, type ViewContext } from '../view';

function sourceLine(scenario: Scenario, source: string): string {
  const listed = scenario.briefing.sources.find((s) => s.id === source);
  return listed
    ? t('news.source', { title: listed.title, file: source })
    : t('news.sourceFile', { file: source });
}

export function eventsView(ctx: ViewContext): Node[] {
  const { scenario, rules, game } = ctx.s;
  if (!scenario || !rules || !game)
    return [heading(1, t('events.title'), { id: SCREEN_HEADING_ID })];
  const entry = rules.calendar[game.turn - 1];
  const stories = game.news.map((news, i) => {
    const changes = game.changes
      .filter((c) => c.reason.kind === 'event' && c.reason.event === news.event)
      .map((c) => `${describeChange(rules, c)} — ${c.reason.text}`);
    const id = `a11y-news-${i}`;
    return h(
      'section',
      { 'aria-labelledby': id },
      heading(2, news.title, { id }),
      ...paragraphs(news.text, sourceLine(scenario, news.source)),
      heading(3, t('news.changed')),
      changes.length > 0 ? list(changes) : h('p', {}, t('news.nothingMoved')),
    );
  });
  return [
    heading(1, t('a11y.news.heading', { turn: game.turn, count: rules.calendar.length }), {
      id: SCREEN_HEADING_ID,
    }),
    ...paragraphs(
      entry && `${formatDate(entry.date)} · ${entry.label}`,
      entry?.note,
      `${t('common.atTable', { names: atTableNames(rules, game.turn) || t('common.noOne') })}.`,
      stories.length === 0 ? t('events.none') : t('a11y.news.stories', { count: stories.length }),
    ),
    ...stories,
    h(
      'nav',
      { 'aria-label': t('events.title') },
      button(t('events.toBoard'), () => ctx.store.getState().goTo('board'), {
        id: 'a11y-to-board',
      }),
    ),
  ];
}
