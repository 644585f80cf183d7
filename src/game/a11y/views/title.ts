// The title screen in HTML: the scenarios as radio buttons, Continue, Play (asking before it replaces a save), Load, Credits.
import type { CatalogueEntry } from '../../../store';
import { loadScenarioFile } from '../../scenario-files';
import { downloadText } from '../../ui/download';
import { button, h, heading, list, paragraphs, section } from '../dom';
import { SCREEN_HEADING_ID, type ViewContext } from '../view';
import { scenarioFacts } from '../words';

const SET_ASIDE_FILE = 'tightrope-save-set-aside.json';

function formatSavedAt(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
}

export function titleView(ctx: ViewContext): Node[] {
  return [
    heading(1, 'Tightrope', { id: SCREEN_HEADING_ID }),
    ...paragraphs(
      'A diplomacy game for the classroom. Seoul, 2025: keep four capitals in balance. Every concession to one is felt by all the others.',
    ),
    ...notices(ctx),
    scenarioChoice(ctx),
    actions(ctx),
    credits(ctx),
    section(
      'a11y-how',
      'How it plays',
      list(
        [
          'Each turn, bargain with the capitals at the table: what Seoul gives, what it asks.',
          'Every deal moves several numbers at once, and the other capitals are watching.',
          'Finish the calendar with the Alliance Stability Index as high as you can.',
        ],
        true,
      ),
    ),
  ];
}

/** A notice about saves, and what became of the last scenario file loaded. */
function notices(ctx: ViewContext): Node[] {
  const { notice, loadAttempt, setAsideSave, dismissNotice, clearLoadAttempt } = ctx.s;
  const parts: Node[] = [];
  if (notice) {
    const saved = setAsideSave();
    parts.push(
      h(
        'div',
        { id: 'a11y-notice' },
        h('p', {}, notice.text),
        saved
          ? button('Download the set-aside save', () => downloadText(SET_ASIDE_FILE, saved), {
              id: 'a11y-notice-download',
            })
          : '',
        button('Dismiss this notice', () => dismissNotice(), { id: 'a11y-notice-dismiss' }),
      ),
    );
  }
  if (loadAttempt) {
    const problems = [...loadAttempt.errors, ...loadAttempt.warnings].map(
      (p) => `${p.pointer || 'the file'}: ${p.message}`,
    );
    const said = loadAttempt.ok
      ? `Loaded “${loadAttempt.title ?? loadAttempt.source}” from ${loadAttempt.source}, with ${loadAttempt.warnings.length} warning${loadAttempt.warnings.length === 1 ? '' : 's'}.`
      : `The file ${loadAttempt.source} could not be loaded. ${loadAttempt.errors.length} problem${loadAttempt.errors.length === 1 ? '' : 's'}:`;
    parts.push(
      h(
        'div',
        { id: 'a11y-load-attempt' },
        h('p', {}, said),
        problems.length > 0 ? list(problems.slice(0, 20)) : '',
        button('Dismiss', () => clearLoadAttempt(), { id: 'a11y-load-dismiss' }),
      ),
    );
  }
  return parts;
}

function scenarioChoice(ctx: ViewContext): HTMLElement {
  const { catalogue, chosen } = ctx.s;
  const radios = catalogue.map((entry, i) => scenarioRadio(ctx, entry, i, entry.key === chosen));
  return h(
    'fieldset',
    {},
    h('legend', {}, catalogue.length > 1 ? 'Choose a scenario' : 'Scenario'),
    ...radios,
  );
}

function scenarioRadio(
  ctx: ViewContext,
  entry: CatalogueEntry,
  i: number,
  checked: boolean,
): HTMLElement {
  const id = `a11y-scenario-${i}`;
  const input = h('input', {
    type: 'radio',
    id,
    name: 'a11y-scenario',
    value: entry.key,
    checked,
    'aria-describedby': `${id}-facts`,
  });
  input.addEventListener('change', () => {
    if (input.checked) ctx.store.getState().choose(entry.key);
  });
  const from = entry.source !== undefined ? ` · loaded from ${entry.source}` : '';
  return h(
    'div',
    {},
    input,
    h('label', { for: id, lang: entry.language }, entry.title),
    h(
      'p',
      { id: `${id}-facts`, class: 'tightrope-hint' },
      `${scenarioFacts(entry)}${from}. `,
      h('span', { lang: entry.language }, entry.summary),
    ),
  );
}

function actions(ctx: ViewContext): HTMLElement {
  const { store } = ctx;
  const saved = ctx.s.savedGame();
  const play = () => {
    const { catalogue, chosen } = store.getState();
    if (!catalogue.some((c) => c.key === chosen)) return;
    const start = () => {
      store.getState().newGame({ scenario: chosen });
      store.getState().clearLoadAttempt();
    };
    const save = store.getState().savedGame();
    if (!save) return start();
    ctx.confirm({
      id: 'a11y-confirm-new-game',
      title: 'New game',
      text: `Start a new game? Your game in progress (Turn ${save.turn}, saved ${formatSavedAt(save.savedAt)}) will be replaced.`,
      yes: 'Yes, start a new game',
      no: 'No, keep my game',
      onYes: start,
    });
  };
  const file = h('input', { type: 'file', id: 'a11y-load-file', accept: '.json,application/json' });
  file.addEventListener('change', () => {
    const picked = file.files?.[0];
    if (picked) void loadScenarioFile(store, picked);
  });
  return h(
    'nav',
    { 'aria-label': 'Start' },
    saved
      ? button(
          `Continue — ${saved.scenarioTitle} · Turn ${saved.turn}`,
          () => {
            // As on the canvas: on failure resume() raises a notice, which this screen then shows.
            if (store.getState().resume()) store.getState().goTo('board');
          },
          { id: 'a11y-continue', 'aria-describedby': 'a11y-continue-when' },
        )
      : '',
    saved
      ? h(
          'p',
          { id: 'a11y-continue-when', class: 'tightrope-hint' },
          `Saved ${formatSavedAt(saved.savedAt)} in this browser.`,
        )
      : '',
    button(saved ? 'Play a new game' : 'Play', play, { id: 'a11y-play' }),
    h('div', {}, h('label', { for: 'a11y-load-file' }, 'Load a scenario file (.json)'), file),
  );
}

function credits(ctx: ViewContext): HTMLElement {
  const { catalogue, chosen } = ctx.s;
  const scenario = catalogue.find((c) => c.key === chosen)?.scenario ?? ctx.s.scenario;
  const sources = scenario
    ? scenario.briefing.sources.map((s) =>
        [s.title, `(${s.id})`, s.note ?? ''].filter(Boolean).join(' '),
      )
    : [];
  return h(
    'details',
    { id: 'a11y-credits' },
    h('summary', {}, 'Credits & sources'),
    scenario ? heading(3, `Sources for “${scenario.title}”`) : '',
    list(sources),
    heading(3, 'Map data'),
    ...paragraphs('Natural Earth (public domain), via world-atlas.'),
    heading(3, 'Typeface'),
    ...paragraphs('Noto Sans KR (SIL Open Font License).'),
    heading(3, 'People'),
    ...paragraphs(
      'The game shows no likenesses of real people: leaders and capitals appear by name only.',
    ),
    scenario ? heading(3, 'Scenario') : '',
    ...paragraphs(
      scenario && `Written by ${scenario.authors.join(', ')} · version ${scenario.version}.`,
    ),
  );
}
