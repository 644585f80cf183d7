// The news in HTML: every story of the turn with its source and what it changed, then To the board.
import type { Scenario } from '../../../scenario';
import { atTableNames, formatDate } from '../../ui/calendar-date';
import { describeChange } from '../../ui/change-list';
import { button, h, heading, list, paragraphs } from '../dom';
import { SCREEN_HEADING_ID, type ViewContext } from '../view';

function sourceLine(scenario: Scenario, source: string): string {
  const listed = scenario.briefing.sources.find((s) => s.id === source);
  return listed ? `Source: ${listed.title} (${source})` : `Source: ${source}`;
}

export function eventsView(ctx: ViewContext): Node[] {
  const { scenario, rules, game } = ctx.s;
  if (!scenario || !rules || !game) return [heading(1, 'News', { id: SCREEN_HEADING_ID })];
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
      heading(3, 'What it changed this turn'),
      changes.length > 0 ? list(changes) : h('p', {}, 'No number moved.'),
    );
  });
  return [
    heading(1, `News: turn ${game.turn} of ${rules.calendar.length}`, { id: SCREEN_HEADING_ID }),
    ...paragraphs(
      entry && `${formatDate(entry.date)} · ${entry.label}`,
      entry?.note,
      `At the table: ${atTableNames(rules, game.turn) || 'no one'}.`,
      stories.length === 0
        ? 'No news this turn.'
        : `${stories.length} ${stories.length === 1 ? 'story' : 'stories'} this turn.`,
    ),
    ...stories,
    h(
      'nav',
      { 'aria-label': 'News' },
      button('To the board', () => ctx.store.getState().goTo('board'), { id: 'a11y-to-board' }),
    ),
  ];
}
