// The briefing in HTML: the situation, Seoul's goals, where it stands, each capital, the calendar, the sources.
import type { CompiledRules, GameState } from '../../../engine';
import type { Scenario } from '../../../scenario';
import { atTableNames, formatDate } from '../../ui/calendar-date';
import { formatWithUnit } from '../../ui/change-list';
import { describePatience, describeVolatility } from '../../ui/counterpart-words';
import { button, h, heading, list, paragraphs, section, table } from '../dom';
import { SCREEN_HEADING_ID, type ViewContext } from '../view';

export function briefingView(ctx: ViewContext): Node[] {
  const { scenario, rules, game } = ctx.s;
  if (!scenario || !rules || !game) return [heading(1, 'Briefing', { id: SCREEN_HEADING_ID })];
  const begin = () => {
    const now = ctx.store.getState().game;
    ctx.store.getState().goTo(now && now.news.length > 0 ? 'events' : 'board');
  };
  return [
    heading(1, `Briefing: ${scenario.title}`, { id: SCREEN_HEADING_ID }),
    ...paragraphs(`${rules.calendar.length} turns. You play Seoul.`),
    section('a11y-situation', 'The situation', ...paragraphs(scenario.briefing.situation)),
    section('a11y-goals', "Seoul's goals", list(scenario.briefing.goals, true)),
    section(
      'a11y-stands',
      'Where Seoul stands today',
      table(
        'Tracks at the start',
        ['Track', 'Now'],
        rules.tracks.map((t) => [t.label, formatWithUnit(game.tracks[t.id] ?? t.start, t.unit)]),
      ),
    ),
    section('a11y-counterparts', 'Counterparts', ...counterparts(rules, game)),
    section('a11y-calendar', 'The calendar', calendar(rules)),
    section('a11y-sources', 'Sources', sources(scenario)),
    h('nav', { 'aria-label': 'Briefing' }, button('Begin turn 1', begin, { id: 'a11y-begin' })),
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
        `Relations with Seoul: ${level}.`,
        describePatience(actor),
        describeVolatility(actor, rules.actors),
      ),
      actor.redLines.length > 0 ? h('p', {}, 'Red lines:') : '',
      actor.redLines.length > 0 ? list(actor.redLines) : '',
    ].filter((n): n is Node => n !== '');
  });
}

function calendar(rules: CompiledRules): HTMLElement {
  return list(
    rules.calendar.map(
      (turn, i) =>
        `Turn ${i + 1} · ${formatDate(turn.date)} · ${turn.label}. At the table: ${atTableNames(rules, i + 1) || 'no one'}.`,
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
