// The title screen in HTML: the scenarios as radio buttons, Continue, Play (asking before it replaces a save), Load, Credits.
import type { CatalogueEntry } from '../../../store';
import {
  formatDateTime,
  formatList,
  language,
  languageName,
  LANGUAGES,
  loadCatalogue,
  problemText,
  setLanguage,
  t,
} from '../../i18n';
import { attemptTitle, loadScenarioFile } from '../../scenario-files';
import { downloadText } from '../../ui/download';
import { button, h, heading, list, paragraphs, section } from '../dom';
import { SCREEN_HEADING_ID, type ViewContext } from '../view';
import { scenarioFacts } from '../words';

const SET_ASIDE_FILE = 'tightrope-save-set-aside.json';

export function titleView(ctx: ViewContext): Node[] {
  return [
    heading(1, t('a11y.title.name'), { id: SCREEN_HEADING_ID }),
    ...paragraphs(`${t('game.tagline')}. ${t('game.pitch')}`),
    ...notices(ctx),
    scenarioChoice(ctx),
    actions(ctx),
    credits(ctx),
    section(
      'a11y-how',
      t('title.howItPlays'),
      list([t('title.step.bargain'), t('title.step.watching'), t('title.step.finish')], true),
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
          ? button(t('notice.download'), () => downloadText(SET_ASIDE_FILE, saved), {
              id: 'a11y-notice-download',
            })
          : '',
        button(t('a11y.title.dismissNotice'), () => dismissNotice(), {
          id: 'a11y-notice-dismiss',
        }),
      ),
    );
  }
  if (loadAttempt) {
    const problems = [...loadAttempt.errors, ...loadAttempt.warnings].map(
      (p) => `${p.pointer || t('a11y.title.theFile')}: ${problemText(p)}`,
    );
    const file = loadAttempt.source;
    const said = loadAttempt.ok
      ? `${t('load.loaded', { title: loadAttempt.title === null ? file : attemptTitle(loadAttempt), file, count: loadAttempt.warnings.length })}.`
      : t('a11y.title.loadFailed', { file, count: loadAttempt.errors.length });
    parts.push(
      h(
        'div',
        { id: 'a11y-load-attempt' },
        h('p', {}, said),
        problems.length > 0 ? list(problems.slice(0, 20)) : '',
        button(t('notice.dismiss'), () => clearLoadAttempt(), { id: 'a11y-load-dismiss' }),
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
    h('legend', {}, t(catalogue.length > 1 ? 'a11y.title.chooseScenario' : 'title.scenario')),
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
  const from =
    entry.source !== undefined ? ` · ${t('title.loadedFrom', { file: entry.source })}` : '';
  return h(
    'div',
    {},
    input,
    h('label', { for: id, lang: entry.shownIn }, entry.title),
    h(
      'p',
      { id: `${id}-facts`, class: 'tightrope-hint' },
      `${scenarioFacts(entry)}${from}. `,
      h('span', { lang: entry.shownIn }, entry.summary),
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
      title: t('title.newGame'),
      text: t('title.replaceSave', { turn: save.turn, when: formatDateTime(save.savedAt) }),
      yes: t('title.yesNew'),
      no: t('title.keepGame'),
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
    { 'aria-label': t('a11y.title.nav') },
    saved
      ? button(
          t('title.continue', { title: saved.scenarioTitle, turn: saved.turn }),
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
          `${t('title.savedAt', { when: formatDateTime(saved.savedAt) })}.`,
        )
      : '',
    button(t(saved ? 'title.playNew' : 'title.play'), play, { id: 'a11y-play' }),
    h('div', {}, h('label', { for: 'a11y-load-file' }, t('a11y.title.loadFile')), file),
    languageChoice(),
  );
}

/**
 * The other language, named in its own words ("한국어", "English") and spoken in it, as on the canvas; the
 * catalogue is fetched first, then every screen (this layer too) is drawn again in it. One id whatever it
 * offers, so the focus stays on it as the screen redraws.
 */
function languageChoice(): HTMLElement {
  const other = LANGUAGES.find((l) => l !== language()) ?? 'en';
  return h(
    'div',
    { role: 'group', 'aria-label': t('a11y.title.language') },
    button(languageName(other), () => void loadCatalogue(other).then(() => setLanguage(other)), {
      id: 'a11y-language',
      lang: other,
    }),
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
    h('summary', {}, t('credits.title')),
    scenario ? heading(3, t('credits.sourcesFor', { title: scenario.title })) : '',
    list(sources),
    heading(3, t('credits.map')),
    ...paragraphs(`${t('credits.mapText')}.`),
    heading(3, t('credits.typeface')),
    ...paragraphs(`${t('credits.typefaceText')}.`),
    heading(3, t('credits.people')),
    ...paragraphs(t('credits.peopleText')),
    scenario ? heading(3, t('credits.scenario')) : '',
    ...paragraphs(
      scenario &&
        `${t('credits.written', { authors: formatList(scenario.authors), version: scenario.version })}.`,
    ),
  );
}
