// The briefing in HTML: the situation, Seoul's goals, where it stands, each capital, the calendar, the sources.
import type { CompiledRules, GameState } from '../../../engine';
import type { Scenario } from '../../../scenario';
import { t } from '../../i18n';
import { atTableNames, formatDate } from '../../ui/calendar-date';
import { formatWithUnit } from '../../ui/change-list';
import { describePatience, describeVolatility } from '../../ui/counterpart-words';
import { button, h, heading, list, paragraphs, section, table } from '../dom';
import { SCREEN_HEADING_ID, type ViewContext } from '../view';

export function briefingView(ctx: ViewContext): Node[] {
  const { scenario, rules, game } = ctx.s;
  if (!scenario || !rules || !game)
    return [heading(1, t('briefing.title'), { id: SCREEN_HEADING_ID })];
  const begin = () => {
    const now = ctx.store.getState().game;
    ctx.store.getState().goTo(now && now.news.length > 0 ? 'events' : 'board');
  };
  return [
    heading(1, t('a11y.briefing.heading', { title: scenario.title }), { id: SCREEN_HEADING_ID }),
    ...paragraphs(t('a11y.briefing.intro', { count: rules.calendar.length })),
    section('a11y-situation', t('briefing.situation'), ...paragraphs(scenario.briefing.situation)),
    section('a11y-goals', t('briefing.goals'), list(scenario.briefing.goals, true)),
    section(
      'a11y-stands',
      t('briefing.standing'),
      table(
        t('a11y.briefing.atStart'),
        [t('a11y.col.track'), t('a11y.col.now')],
        rules.tracks.map((track) => [
          track.label,
          formatWithUnit(game.tracks[track.id] ?? track.start, track.unit),
        ]),
      ),
    ),
    section('a11y-counterparts', t('briefing.page.counterparts'), ...counterparts(rules, game)),
    section('a11y-calendar', t('briefing.calendar'), calendar(rules)),
    section('a11y-sources', t('briefing.sources'), sources(scenario)),
    h(
      'nav',
      { 'aria-label': t('briefing.title') },
      button(t('briefing.begin'), begin, { id: 'a11y-begin' }),
    ),
  ];
}

function counterparts(rules: CompiledRules, game: GameState): Node[] {
  return rules.actors.flatMap((actor) => {
    const track = rules.trackById[actor.relationTrack];
    const level = formatWithUnit(
      game.tracks[actor.relationTrack] ?? track?.start ?? 0,
      track?.unit,
    );
    return [
      heading(3, actor.name),
      ...paragraphs(
        actor.summary,
        t('a11y.briefing.relations', { level }),
        describePatience(actor),
        describeVolatility(actor, rules.actors),
      ),
      actor.redLines.length > 0 ? h('p', {}, t('a11y.briefing.redLines')) : '',
      actor.redLines.length > 0 ? list(actor.redLines) : '',
    ].filter((n): n is Node => n !== '');
  });
}

function calendar(rules: CompiledRules): HTMLElement {
  return list(
    rules.calendar.map((turn, i) =>
      t('a11y.briefing.turn', {
        turn: i + 1,
        date: formatDate(turn.date),
        label: turn.label,
        names: atTableNames(rules, i + 1) || t('common.noOne'),
      }),
    ),
    true,
  );
}

function sources(scenario: Scenario): HTMLElement {
  return list(
    scenario.briefing.sources.map((s) =>
      [s.title, `(${s.id})`, s.note ?? ''].filter(Boolean).join(' '),
    ),
  );
}
