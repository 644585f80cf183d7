// The negotiation in HTML: every lever as a labelled control, the live forecast in words, Send, and the answer.
import type {
  CompiledActor,
  CompiledLever,
  CompiledRules,
  Forecast,
  GameState,
  OfferAction,
  Outcome,
} from '../../../engine';
import { views } from '../../../store';
import { t } from '../../i18n';
import { describePatience } from '../../ui/counterpart-words';
import { openingOf, waitingCounter } from '../../ui/negotiation-opening';
import { netChanges, netText } from '../../ui/net-changes';
import { dealTerms, shortNumber, signed } from '../../ui/wording';
import { button, h, heading, keepFocus, list, paragraphs } from '../dom';
import {
  buildOffer,
  leversFor,
  packageValues,
  readSlider,
  sliderSpec,
  sortedOptions,
  valueText,
  withDemands,
  type PackageValues,
} from '../offer-form';
import { SCREEN_HEADING_ID, type ViewContext } from '../view';
import { demandLine, forecastWords } from '../words';

type Closed = { kind: 'closed'; text: string };
type Mode =
  | { kind: 'forecast'; notice?: string }
  | {
      kind: 'answer';
      outcome: Outcome | Closed;
      index: number;
      stabilityBefore: number;
      why: Forecast['parts'];
    };

/** The package being built and what the right-hand panel shows; kept while the screen stays open. */
interface Draft {
  key: string;
  values: PackageValues;
  mode: Mode;
  /** The store's last outcome this draft has shown, so an answer given on the canvas shows here too. */
  outcome: Outcome | null;
}

let draft: Draft | null = null;

/** Everything one render of the screen needs, and the parts it redraws in place as levers move. */
interface Screen {
  ctx: ViewContext;
  rules: CompiledRules;
  game: GameState;
  actor: CompiledActor;
  draft: Draft;
  panel: HTMLElement;
  actions: HTMLElement;
  form: HTMLElement;
}

/** The forecast's first lines, read out (politely, once the levers rest) while the package is built. */
const brief = {
  element: null as HTMLElement | null,
  timer: undefined as ReturnType<typeof setTimeout> | undefined,
};
const BRIEF_DELAY_MS = 700;

function tellForecast(text: string): void {
  clearTimeout(brief.timer);
  brief.timer = setTimeout(() => {
    if (brief.element?.isConnected) brief.element.textContent = text;
  }, BRIEF_DELAY_MS);
}

export function negotiationView(ctx: ViewContext): Node[] {
  const { rules, game, counterpart } = ctx.s;
  const actor = counterpart && rules ? rules.actorById[counterpart] : undefined;
  if (!rules || !game || !actor)
    return [heading(1, t('a11y.nego.title'), { id: SCREEN_HEADING_ID })];
  const key = `${game.scenarioId}:${game.seed}:${actor.id}:${game.turn}`;
  if (ctx.entered || draft?.key !== key) draft = openDraft(rules, game, actor, key);
  draft.outcome ??= ctx.s.lastOutcome;
  followOutcome(draft, rules, game, ctx.s.lastOutcome);
  const screen: Screen = {
    ctx,
    rules,
    game,
    actor,
    draft,
    panel: h('div', { id: 'a11y-negotiation-panel' }),
    actions: h('nav', { 'aria-label': t('a11y.nego.title') }),
    form: h('div'),
  };
  brief.element = h('p', {
    id: 'a11y-forecast-brief',
    class: 'tightrope-visually-hidden',
    'aria-live': 'polite',
    'aria-atomic': 'true',
  });
  fillForm(screen);
  refresh(screen);
  const a = game.actors[actor.id];
  return [
    heading(1, t('a11y.nego.heading', { name: actor.name }), { id: SCREEN_HEADING_ID }),
    ...paragraphs(
      `${t('a11y.patienceTrust', {
        patience: a?.patience ?? 0,
        full: actor.patience.value,
        trust: a?.trust ?? 0,
      })} ${describePatience(actor)}`,
      actor.summary,
    ),
    demandsPart(screen),
    screen.form,
    brief.element,
    screen.panel,
    screen.actions,
  ];
}

/** What the screen opens on: a waiting counter-offer, a closed table, or a fresh (or last-sent) package. */
function openDraft(
  rules: CompiledRules,
  game: GameState,
  actor: CompiledActor,
  key: string,
): Draft {
  const opening = openingOf(rules, game, actor);
  const values = packageValues(rules, actor.id, opening.settings);
  if (opening.kind === 'forecast')
    return { key, values, mode: { kind: 'forecast' }, outcome: null };
  const outcome: Outcome | Closed =
    opening.kind === 'counter' ? waitingCounter(opening) : { kind: 'closed', text: opening.text };
  const stabilityBefore = views.stabilityValue(rules, game.tracks);
  const mode: Mode = { kind: 'answer', outcome, index: -1, stabilityBefore, why: [] };
  return { key, values, mode, outcome: null };
}

/** An answer the store got from elsewhere (the canvas) replaces the forecast, as if sent from here. */
function followOutcome(
  d: Draft,
  rules: CompiledRules,
  game: GameState,
  outcome: Outcome | null,
): void {
  if (!outcome || outcome === d.outcome) return;
  d.outcome = outcome;
  if (!['accepted', 'countered', 'refused', 'walked-away'].includes(outcome.kind)) return;
  const index = game.log.length - 1;
  const tracks = { ...game.tracks };
  for (const c of game.changes)
    if (c.target === 'track' && c.reason.action === index)
      tracks[c.id] = (tracks[c.id] ?? 0) - c.delta;
  const stabilityBefore = views.stabilityValue(rules, tracks);
  d.mode = { kind: 'answer', outcome, index, stabilityBefore, why: [] };
}

function canOffer(rules: CompiledRules, game: GameState, actor: CompiledActor): boolean {
  const a = game.actors[actor.id];
  const atTable = rules.calendar[game.turn - 1]?.atTable.includes(actor.id);
  return Boolean(atTable && a && !a.dealtThisTurn && !a.walkedAway && a.patience > 0);
}

function locked(sc: Screen): boolean {
  return sc.draft.mode.kind === 'answer' && !canOffer(sc.rules, sc.game, sc.actor);
}

function demandsPart(sc: Screen): HTMLElement {
  const { rules, game, actor } = sc;
  const open = views.openDemands(rules, game, actor);
  if (open.length === 0) return h('p', {}, t('nego.noDemands'));
  const put = () => {
    sc.draft.values = withDemands(rules, game, actor, sc.draft.values);
    sc.draft.mode = { kind: 'forecast' };
    fillForm(sc);
    refresh(sc);
  };
  return h(
    'section',
    { 'aria-labelledby': 'a11y-demands-heading' },
    heading(2, t('a11y.nego.asksFor', { name: actor.name }), { id: 'a11y-demands-heading' }),
    list(open.map(demandLine)),
    button(t('nego.putDemands'), put, {
      id: 'a11y-put-demands',
      disabled: locked(sc),
    }),
  );
}

/** The levers, Seoul gives then Seoul asks, each a labelled control described by its explanation. */
function fillForm(sc: Screen): void {
  const demanded = new Set(views.openDemands(sc.rules, sc.game, sc.actor).map((d) => d.lever));
  const side = (title: string, id: string, levers: CompiledLever[]) =>
    h(
      'section',
      { 'aria-labelledby': `${id}-heading` },
      heading(2, title, { id: `${id}-heading` }),
      levers.length === 0
        ? h('p', {}, t('a11y.nego.nothingSide'))
        : h('div', {}, ...levers.map((l) => leverControl(sc, l, demanded.has(l.id)))),
    );
  sc.form.replaceChildren(
    side(t('a11y.nego.gives'), 'a11y-gives', leversFor(sc.rules, sc.actor.id, 'give')),
    side(t('a11y.nego.asks'), 'a11y-asks', leversFor(sc.rules, sc.actor.id, 'ask')),
  );
}

function leverControl(sc: Screen, lever: CompiledLever, demanded: boolean): HTMLElement {
  const id = `a11y-lever-${lever.id}`;
  const label = demanded ? t('a11y.nego.askedFor', { lever: lever.label }) : lever.label;
  const explain = h('p', { id: `${id}-explain`, class: 'tightrope-hint' }, lever.explain);
  const change = (value: number | string) => {
    sc.draft.values[lever.id] = value;
    if (sc.draft.mode.kind === 'answer' && locked(sc)) return;
    sc.draft.mode = { kind: 'forecast' };
    refresh(sc);
    const offer = buildOffer(sc.rules, sc.actor.id, sc.draft.values);
    const f = sc.ctx.store.getState().forecast(offer);
    const empty = offer.gives.length + offer.asks.length === 0;
    if (f) {
      const w = forecastWords(sc.rules, f, sc.actor.name, empty);
      tellForecast(`${w.verdict} ${w.stability}`);
    }
  };
  const value = sc.draft.values[lever.id]!;
  if (lever.kind === 'choice') {
    const radios = sortedOptions(lever).map((o) => {
      const input = h('input', {
        type: 'radio',
        id: `${id}-${o.id}`,
        name: id,
        value: o.id,
        checked: o.id === value,
        disabled: locked(sc),
      });
      input.addEventListener('change', () => input.checked && change(o.id));
      const said = o.degree === 0 ? t('a11y.nego.optionNone', { option: o.label }) : o.label;
      return h('div', {}, input, h('label', { for: `${id}-${o.id}` }, said));
    });
    return h(
      'fieldset',
      { id, 'aria-describedby': `${id}-explain` },
      h('legend', {}, label),
      ...radios,
      explain,
    );
  }
  const spec = sliderSpec(lever);
  const shown = h('p', { 'aria-hidden': 'true' }, valueText(lever, value));
  const input = h('input', {
    type: 'range',
    id,
    min: spec.min,
    max: spec.max,
    step: spec.step,
    value: String(value),
    'aria-valuetext': valueText(lever, value),
    'aria-describedby': `${id}-explain`,
    disabled: locked(sc),
  });
  input.addEventListener('input', () => {
    const next = readSlider(lever, input.value);
    input.setAttribute('aria-valuetext', valueText(lever, next));
    shown.textContent = valueText(lever, next);
    change(next);
  });
  return h('div', {}, h('label', { for: id }, label), input, shown, explain);
}

/** Redraws the forecast (or the answer) and the buttons under it; the levers stay as they are. */
function refresh(sc: Screen): void {
  keepFocus(() => redrawPanel(sc));
}

function redrawPanel(sc: Screen): void {
  const offer = buildOffer(sc.rules, sc.actor.id, sc.draft.values);
  for (const input of sc.form.querySelectorAll('input')) input.disabled = locked(sc);
  const put = document.getElementById('a11y-put-demands') as HTMLButtonElement | null;
  if (put) put.disabled = locked(sc);
  const back = button(t('a11y.nego.back'), () => sc.ctx.store.getState().goTo('board'), {
    id: 'a11y-back',
  });
  if (sc.draft.mode.kind === 'forecast') {
    const f = sc.ctx.store.getState().forecast(offer);
    sc.panel.replaceChildren(...forecastPanel(sc, f, offer, sc.draft.mode.notice));
    const send = button(t('nego.send'), () => sendOffer(sc), {
      id: 'a11y-send',
      'aria-disabled': f?.legal ? false : 'true',
      'aria-describedby': f?.legal ? false : 'a11y-cannot-send',
    });
    const clear = button(t('a11y.nego.clear'), () => clearPackage(sc), { id: 'a11y-clear' });
    sc.actions.replaceChildren(send, clear, back);
  } else {
    sc.panel.replaceChildren(...answerPanel(sc, sc.draft.mode));
    sc.actions.replaceChildren(...answerButtons(sc, sc.draft.mode), back);
  }
}

function forecastPanel(
  sc: Screen,
  f: Forecast | null,
  offer: OfferAction,
  notice?: string,
): Node[] {
  const head = heading(2, t('a11y.forecast.heading'), { id: 'a11y-forecast-heading' });
  if (!f) return [head];
  const empty = offer.gives.length + offer.asks.length === 0;
  const w = forecastWords(sc.rules, f, sc.actor.name, empty);
  const lines = (title: string, items: string[]) =>
    items.length > 0 ? [h('p', {}, title), list(items)] : [];
  return [
    head,
    h('p', {}, w.verdict),
    ...lines(t('a11y.forecast.for'), w.forIt),
    ...lines(t('a11y.forecast.against'), w.againstIt),
    ...lines(t('a11y.forecast.ifAccepted'), w.changes),
    ...paragraphs(w.stability, w.winSet),
    w.problem || notice
      ? h(
          'p',
          { id: 'a11y-cannot-send' },
          notice ? t('nego.notSent', { reason: notice }) : w.problem!,
        )
      : '',
  ].filter((n): n is Node => n !== '');
}

function answerPanel(sc: Screen, mode: Extract<Mode, { kind: 'answer' }>): Node[] {
  const { rules, game, actor } = sc;
  const o = mode.outcome;
  const name = actor.name;
  const title = {
    accepted: () => t('a11y.answer.accepted', { name }),
    countered: () => t('a11y.answer.countered', { name }),
    refused: () => t('a11y.answer.refused', { name }),
    'walked-away': () => t('answer.walkedAway'),
    closed: () => name,
    reneged: () => name,
    'turn-ended': () => name,
  }[o.kind]();
  const head = heading(2, title, { id: 'a11y-answer-heading', 'data-autofocus': true });
  if (o.kind === 'accepted') {
    const moved = netChanges(
      rules,
      game.changes.filter((c) => c.reason.action === mode.index),
    ).map((r) => `${r.label} ${netText(r)}`);
    const after = views.stabilityValue(rules, game.tracks);
    return [
      head,
      ...paragraphs(o.text),
      ...(moved.length > 0 ? [h('p', {}, t('a11y.answer.changed')), list(moved)] : []),
      ...paragraphs(
        t('a11y.answer.stability', {
          before: shortNumber(mode.stabilityBefore),
          after: shortNumber(after),
        }),
      ),
    ];
  }
  if (o.kind === 'countered') {
    const f = sc.ctx.store.getState().forecast(o.counter);
    return [
      head,
      h('p', {}, t('answer.counterIntro')),
      list(o.differences),
      ...paragraphs(
        t('a11y.answer.terms', { terms: dealTerms(rules, o.counter) }),
        f &&
          t('a11y.answer.ifTaken', {
            before: shortNumber(f.stabilityBefore),
            after: shortNumber(f.stabilityAfter),
          }),
      ),
    ];
  }
  const a = game.actors[actor.id];
  const retry = canOffer(rules, game, actor);
  const why = o.kind === 'refused' ? mode.why.map((p) => `${p.label}: ${signed(p.amount)}`) : [];
  return [
    head,
    ...paragraphs(
      closedText(sc, o),
      retry
        ? t('a11y.answer.patienceLeft', { left: a?.patience ?? 0, full: actor.patience.value })
        : t('answer.noMore', { name }),
    ),
    ...(why.length > 0 ? [h('p', {}, t('a11y.answer.weighed', { name })), list(why)] : []),
  ];
}

/**
 * What an answer says: the engine's words, or for a closed table the screen's own, made again at each render so
 * they follow a change of language.
 */
function closedText(sc: Screen, o: Outcome | Closed): string {
  if (o.kind !== 'closed') return o.text;
  const opening = openingOf(sc.rules, sc.game, sc.actor);
  return opening.kind === 'closed' ? opening.text : o.text;
}

function answerButtons(sc: Screen, mode: Extract<Mode, { kind: 'answer' }>): Node[] {
  const o = mode.outcome;
  if (o.kind === 'countered')
    return [
      button(t('answer.take'), () => perform(sc, { type: 'acceptCounter' }), { id: 'a11y-take' }),
      button(t('answer.adjust'), () => adjust(sc), { id: 'a11y-adjust' }),
      button(t('answer.walkAway'), () => perform(sc, { type: 'walkAway' }), {
        id: 'a11y-walk-away',
      }),
    ];
  const retry =
    canOffer(sc.rules, sc.game, sc.actor) && o.kind !== 'accepted' && o.kind !== 'closed';
  if (!retry) return [];
  return [
    button(
      t('answer.tryAgain'),
      () => {
        sc.draft.mode = { kind: 'forecast' };
        refresh(sc);
        focusFirstLever(sc);
      },
      { id: 'a11y-retry' },
    ),
  ];
}

function focusFirstLever(sc: Screen): void {
  sc.form.querySelector<HTMLInputElement>('input:not([disabled])')?.focus();
}

function sendOffer(sc: Screen): void {
  if (sc.draft.mode.kind !== 'forecast') return;
  const offer = buildOffer(sc.rules, sc.actor.id, sc.draft.values);
  const f = sc.ctx.store.getState().forecast(offer);
  if (!f?.legal) {
    const notice = f?.problem ?? t('nego.cannotSend');
    sc.draft.mode = { kind: 'forecast', notice };
    refresh(sc);
    sc.ctx.announce(t('nego.notSent', { reason: notice }));
    return;
  }
  perform(sc, offer);
}

/** Sends one action to the engine; the answer takes the forecast's place when the layer redraws. */
function perform(
  sc: Screen,
  action: OfferAction | { type: 'acceptCounter' } | { type: 'walkAway' },
): void {
  const store = sc.ctx.store;
  const stabilityBefore = views.stabilityValue(sc.rules, sc.game.tracks);
  const why = action.type === 'offer' ? (store.getState().forecast(action)?.parts ?? []) : [];
  sc.ctx.batch(() => {
    const result = store.getState().act(action);
    if (!result.ok) {
      sc.draft.mode = { kind: 'forecast', notice: result.reason };
      sc.ctx.announce(t('a11y.notDone', { reason: result.reason }));
      return;
    }
    const index = (store.getState().game?.log.length ?? 1) - 1;
    sc.draft.outcome = result.outcome;
    sc.draft.mode = { kind: 'answer', outcome: result.outcome, index, stabilityBefore, why };
  });
}

function adjust(sc: Screen): void {
  const pending = sc.ctx.store.getState().game?.pending;
  if (pending && pending.original.to === sc.actor.id)
    sc.draft.values = packageValues(sc.rules, sc.actor.id, [
      ...pending.counter.gives,
      ...pending.counter.asks,
    ]);
  sc.draft.mode = { kind: 'forecast' };
  fillForm(sc);
  refresh(sc);
  focusFirstLever(sc);
}

function clearPackage(sc: Screen): void {
  sc.draft.values = packageValues(sc.rules, sc.actor.id);
  sc.draft.mode = { kind: 'forecast' };
  fillForm(sc);
  refresh(sc);
}
