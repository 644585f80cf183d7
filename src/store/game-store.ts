// The one store: wraps the engine, keeps the current game, autosaves after every action.
import { createStore } from 'zustand/vanilla';
import {
  apply,
  ENGINE_LANGUAGE,
  compileRules,
  createGame,
  forecast,
  legalActions,
  replay,
  stateHash,
  summary,
  type Action,
  type CompiledRules,
  type Forecast,
  type GameState,
  type OfferAction,
  type Outcome,
  type Summary,
} from '../engine';
import {
  inLanguage,
  parseScenarioFileValue,
  textIn,
  parseWeightsText,
  type GameLog,
  type ProblemSay,
  type Scenario,
  type ScenarioFile,
} from '../scenario';
import { entryIn, type CatalogueEntry } from './bundled';
import { translator, type Speak, type Translator } from './shown';
import {
  fitOverlay,
  previewTuning,
  rememberedTuning,
  rememberTuning,
  type Overlay,
  type TuningPreview,
} from './tuning';
import {
  loadFailure,
  loadScenario,
  rememberedScenario,
  rememberScenario,
  safeGet,
  CHOSEN_SCENARIO_KEY,
  type LoadAttempt,
} from './loader';
import {
  readSave,
  setAside,
  writeSave,
  SAVE_FORMAT,
  SET_ASIDE_KEY,
  type SaveStorage,
} from './saves';

export interface Notice {
  kind: 'info' | 'error';
  text: string;
}

/** The screens of the game; the store says which one shows, the scenes only draw it. */
export type Screen =
  'title' | 'briefing' | 'board' | 'negotiation' | 'events' | 'summary' | 'debrief';

export interface StoreData {
  screen: Screen;
  /** The counterpart the negotiation screen is open for. */
  counterpart: string | null;
  catalogue: CatalogueEntry[];
  /** The catalogue entry the title screen has selected (remembered for the next visit). */
  chosen: string;
  /** The last scenario file a teacher loaded, with its problems. */
  loadAttempt: LoadAttempt | null;
  /** A designer's weight overlay: used by new games and shown by the tuning panel (remembered). */
  tuning: { scenarioId: string; weights: Overlay } | null;
  /** The language the player reads the scenario in (the interface's); the scenario's own where it lacks it. */
  textLanguage: string;
  /** The current game's scenario as its file gives it, every language in it. */
  file: ScenarioFile | null;
  /** The current game's scenario in the player's language: what the screens show. */
  scenario: Scenario | null;
  /** The rules with their texts in the player's language: what the screens read and forecast with. */
  rules: CompiledRules | null;
  /**
   * The rules in the scenario's own language: what plays the game, so its state (and hash) never depends on
   * the language it is read in.
   */
  engineRules: CompiledRules | null;
  /** The game as the engine plays it: what is saved, hashed and replayed. */
  played: GameState | null;
  /** The same game as the player reads it: the engine's sentences and the scenario's texts in their language. */
  game: GameState | null;
  weights: Record<string, number>;
  lastOutcome: Outcome | null;
  lastRefusal: string | null;
  notice: Notice | null;
}

export type ActResult = { ok: true; outcome: Outcome } | { ok: false; reason: string };

export interface StoreActions {
  newGame(options?: { scenario?: string | ScenarioFile; seed?: number }): void;
  act(action: Action): ActResult;
  forecast(offer: OfferAction): Forecast | null;
  legal(): Action[];
  summary(): Summary | null;
  /** Resumes the autosaved game; false (with a notice when it was damaged) when there is none to resume. */
  resume(): boolean;
  savedGame(): { scenarioTitle: string; turn: number; savedAt: string } | null;
  setAsideSave(): string | null;
  exportLog(): GameLog | null;
  replayFromTurn(turn: number): boolean;
  dismissNotice(): void;
  /** The player now reads `language`: the catalogue and the current game's texts follow (its state does not). */
  setTextLanguage(language: string): void;
  goTo(screen: Screen, counterpart?: string): void;
  /** Validates a teacher's scenario file; when it is valid it joins the catalogue and is chosen. Nothing else changes. */
  loadScenarioText(text: string, source: string): LoadAttempt;
  /** A file that never reached the parser (too large, unreadable, not fetched): one error at its root, in the
   * checker's words, so it is said again in the language the player switches to. */
  reportLoadFailure(source: string, reason: ProblemSay): LoadAttempt;
  choose(key: string): void;
  clearLoadAttempt(): void;
  /** Sets the designer's overlay for the current scenario; names it lacks are dropped, values kept in range. */
  setTuning(overlay: Overlay): void;
  /** The current game replayed under the tuning: how the index and tracks would change. */
  previewTuning(): TuningPreview | null;
  /** A `*.weights.json` overlay, checked against the scenario's weights like a scenario file; valid ones become the tuning. */
  loadWeightsText(text: string, source: string): LoadAttempt;
  /** Replays the current game under the tuning and continues it from there. */
  applyTuning(): { ok: true } | { ok: false; reason: string };
}

export type GameStore = ReturnType<typeof createGameStore>;

export interface StoreOptions {
  catalogue: CatalogueEntry[];
  storage: SaveStorage;
  randomSeed: () => number;
  now?: () => string;
  /** The language the player reads at first (the interface's); the scenario's own where a file lacks it. */
  textLanguage?: string;
  /** Says the engine's sentences in the player's language; without it they stay in the engine's English. */
  speak?: Speak;
}

/** A game's rules, twice: texts in the player's language for the screens, in the scenario's own for play. */
function rulesFor(file: ScenarioFile, weights: Record<string, number>, language: string) {
  const own = inLanguage(file);
  const engineRules = compileRules(own, weights);
  if (language === file.language) return { scenario: own, rules: engineRules, engineRules };
  const scenario = inLanguage(file, language);
  return { scenario, rules: compileRules(scenario, weights), engineRules };
}

export function createGameStore(options: StoreOptions) {
  const { storage } = options;
  const now = options.now ?? (() => new Date().toISOString());
  const firstLanguage = options.textLanguage ?? 'en';
  const bundled = options.catalogue.map((c) => entryIn(c, firstLanguage));
  const remembered = rememberedScenario(storage, firstLanguage);
  const initialCatalogue = remembered ? [...bundled, remembered] : bundled;
  const chosenBefore = safeGet(storage, CHOSEN_SCENARIO_KEY);
  const initialChoice = initialCatalogue.some((c) => c.key === chosenBefore)
    ? chosenBefore!
    : bundled[0]!.key;
  const rememberedOverlay = rememberedTuning(storage);
  const initialTuning = rememberedOverlay && {
    scenarioId: rememberedOverlay.scenario,
    weights: rememberedOverlay.weights,
  };
  /** A bundled scenario is saved by id; any other is saved whole, so a save never depends on a file. */
  const isBundled = (file: ScenarioFile) => bundled.some((c) => c.file === file);

  return createStore<StoreData & StoreActions>()((set, get) => {
    /** The translator for the rules the screens read now, when the player reads another language than the engine's. */
    let shownBy: { rules: CompiledRules; translate: Translator } | null = null;
    type Reading = Pick<StoreData, 'rules' | 'engineRules' | 'file' | 'textLanguage'>;
    const translation = (now: Reading = get()): Translator | null => {
      const { rules, engineRules, file, textLanguage } = now;
      // Nothing to say again when the player reads both the engine's language and the rules it plays with.
      const same = rules === engineRules && textLanguage === ENGINE_LANGUAGE;
      if (!options.speak || !rules || !file || same) return null;
      if (shownBy?.rules !== rules)
        shownBy = { rules, translate: translator(rules, options.speak) };
      return shownBy.translate;
    };
    /** The outcome of the last action as the engine gave it, to say again when the language changes. */
    let outcomeAsPlayed: Outcome | null = null;
    /** The screens' view of a game and of what just happened, in the player's language. */
    const shown = (played: GameState, outcome: Outcome | null, now: Reading = get()) => {
      const translate = translation(now);
      outcomeAsPlayed = outcome;
      return {
        played,
        game: translate ? translate.game(played) : played,
        lastOutcome: outcome && translate ? translate.outcome(outcome) : outcome,
      };
    };

    const findScenario = (ref: string | ScenarioFile): ScenarioFile => {
      if (typeof ref !== 'string') return ref;
      const catalogue = get().catalogue;
      const entry = catalogue.find((c) => c.key === ref) ?? catalogue.find((c) => c.id === ref);
      if (!entry)
        throw new Error(`no scenario "${ref}" (known: ${catalogue.map((c) => c.key).join(', ')})`);
      return entry.file;
    };

    const autosave = (scenario: ScenarioFile, game: GameState, weights: Record<string, number>) => {
      const problem = writeSave(storage, {
        kind: 'tightrope-save',
        format: SAVE_FORMAT,
        scenarioId: scenario.id,
        scenario: isBundled(scenario) ? undefined : scenario,
        seed: game.seed,
        weights,
        actions: game.log,
        hash: stateHash(game),
        savedAt: now(),
      });
      if (problem) set({ notice: { kind: 'error', text: problem } });
    };

    const start = (
      file: ScenarioFile,
      game: GameState,
      weights: Record<string, number>,
      screen: Screen,
    ) => {
      // One set, so subscribers never see the new game on the old screen.
      const reading = {
        file,
        textLanguage: get().textLanguage,
        ...rulesFor(file, weights, get().textLanguage),
      };
      set({
        ...reading,
        ...shown(game, null, reading),
        weights,
        lastRefusal: null,
        screen,
        counterpart: null,
      });
      autosave(file, game, weights);
    };

    return {
      screen: 'title',
      counterpart: null,
      catalogue: initialCatalogue,
      chosen: initialChoice,
      loadAttempt: null,
      tuning: initialTuning,
      textLanguage: firstLanguage,
      file: null,
      scenario: null,
      rules: null,
      engineRules: null,
      played: null,
      game: null,
      weights: {},
      lastOutcome: null,
      lastRefusal: null,
      notice: null,

      newGame(opts = {}) {
        const scenario = findScenario(opts.scenario ?? get().chosen);
        const tuning = get().tuning;
        const weights =
          tuning?.scenarioId === scenario.id ? fitOverlay(scenario, tuning.weights) : {};
        const rules = compileRules(inLanguage(scenario), weights);
        start(scenario, createGame(rules, opts.seed ?? options.randomSeed()), weights, 'briefing');
      },

      act(action) {
        const { engineRules, played, file, weights } = get();
        if (!engineRules || !played || !file)
          return { ok: false, reason: 'No game is in progress.' };
        const result = apply(engineRules, played, action);
        if (!result.ok) {
          const reason = translation()?.reason(result.why) ?? result.reason;
          set({ lastRefusal: reason });
          return { ok: false, reason };
        }
        const turnOver = action.type === 'endTurn' || result.state.over;
        const view = shown(result.state, result.outcome);
        set({
          ...view,
          lastRefusal: null,
          ...(turnOver ? { screen: 'summary' as const, counterpart: null } : {}),
        });
        autosave(file, result.state, weights);
        return { ok: true, outcome: view.lastOutcome! };
      },

      forecast(offer) {
        const { rules, played } = get();
        if (!rules || !played) return null;
        const f = forecast(rules, played, offer);
        return translation()?.forecast(f) ?? f;
      },

      legal() {
        const { engineRules, played } = get();
        return engineRules && played ? legalActions(engineRules, played) : [];
      },

      summary() {
        const { engineRules, played } = get();
        return engineRules && played ? summary(engineRules, played) : null;
      },

      resume() {
        const read = readSave(storage);
        if (read.kind === 'none') return false;
        const bad = (raw: string, reason: string) => {
          setAside(storage, raw);
          set({
            notice: {
              kind: 'error',
              text: `Your saved game could not be resumed: ${reason}. It has been set aside (you can download it from the title screen), and nothing else was changed.`,
            },
          });
          return false;
        };
        if (read.kind === 'bad') return bad(read.raw, read.reason);
        const save = read.save;
        let scenario: ScenarioFile;
        if (save.scenario !== undefined) {
          const parsed = parseScenarioFileValue(save.scenario);
          if (!parsed.ok)
            return bad(JSON.stringify(save), 'the scenario stored with it is no longer valid');
          scenario = parsed.value;
        } else {
          const entry = bundled.find((c) => c.id === save.scenarioId);
          if (!entry)
            return bad(
              JSON.stringify(save),
              `its scenario "${save.scenarioId}" is not part of this game`,
            );
          scenario = entry.file;
        }
        let rules: CompiledRules;
        try {
          rules = compileRules(inLanguage(scenario), save.weights);
        } catch {
          return bad(JSON.stringify(save), 'its tuned weights do not fit the scenario');
        }
        const replayed = replay(rules, save.seed, save.actions);
        if (!replayed.ok)
          return bad(
            JSON.stringify(save),
            `action ${replayed.index + 1} no longer applies (${replayed.reason})`,
          );
        if (stateHash(replayed.state) !== save.hash) {
          return bad(
            JSON.stringify(save),
            'replaying it does not reach the state that was saved (the rules have changed since)',
          );
        }
        const textLanguage = get().textLanguage;
        const reading = {
          file: scenario,
          textLanguage,
          ...rulesFor(scenario, save.weights, textLanguage),
        };
        set({
          ...reading,
          ...shown(replayed.state, null, reading),
          weights: save.weights,
          lastRefusal: null,
        });
        return true;
      },

      savedGame() {
        const read = readSave(storage);
        if (read.kind !== 'ok') return null;
        // The title in the player's language: from the catalogue, else as the saved file gives it.
        const entry = get().catalogue.find((c) => c.id === read.save.scenarioId);
        const saved = read.save.scenario as { title?: unknown; language?: unknown } | undefined;
        const title = entry?.title ?? savedTitle(saved, get().textLanguage) ?? read.save.scenarioId;
        const turn = 1 + read.save.actions.filter((a) => a.type === 'endTurn').length;
        return { scenarioTitle: title, turn, savedAt: read.save.savedAt };
      },

      setAsideSave() {
        try {
          return storage.getItem(SET_ASIDE_KEY);
        } catch {
          return null;
        }
      },

      exportLog() {
        const { scenario, played: game, weights } = get();
        if (!scenario || !game) return null;
        return {
          format: 1,
          scenario: scenario.id,
          seed: game.seed,
          weights,
          actions: game.log,
          hash: stateHash(game),
        };
      },

      replayFromTurn(turn) {
        const { file, engineRules, played: game, weights } = get();
        if (!file || !engineRules || !game) return false;
        const log: Action[] = [];
        let ends = 0;
        for (const action of game.log) {
          if (ends >= turn - 1) break;
          log.push(action);
          if (action.type === 'endTurn') ends++;
        }
        if (ends < turn - 1) return false;
        const replayed = replay(engineRules, game.seed, log);
        if (!replayed.ok || replayed.state.over) return false;
        start(file, replayed.state, weights, 'board');
        return true;
      },

      dismissNotice() {
        set({ notice: null });
      },

      setTextLanguage(language) {
        if (language === get().textLanguage) return;
        const { file, weights, played } = get();
        const reading = {
          file,
          textLanguage: language,
          ...(file ? rulesFor(file, weights, language) : {}),
        };
        set({
          ...reading,
          catalogue: get().catalogue.map((c) => entryIn(c, language)),
          // A refusal is a sentence already said; it is cleared rather than left in the old language.
          ...(played
            ? { ...shown(played, outcomeAsPlayed, { ...get(), ...reading }), lastRefusal: null }
            : {}),
        });
      },

      goTo(screen, counterpart) {
        set({ screen, counterpart: counterpart ?? null });
      },

      loadScenarioText(text, source) {
        const { entry, attempt } = loadScenario(text, source, get().textLanguage);
        if (!entry) {
          set({ loadAttempt: attempt });
          return attempt;
        }
        rememberScenario(storage, text, source);
        const others = get().catalogue.filter((c) => c.source === undefined);
        set({ catalogue: [...others, entry], loadAttempt: attempt });
        get().choose(entry.key);
        return attempt;
      },

      reportLoadFailure(source, reason) {
        const attempt: LoadAttempt = {
          source,
          ok: false,
          title: null,
          errors: [loadFailure(reason)],
          warnings: [],
        };
        set({ loadAttempt: attempt });
        return attempt;
      },

      choose(key) {
        if (!get().catalogue.some((c) => c.key === key)) return;
        set({ chosen: key });
        try {
          storage.setItem(CHOSEN_SCENARIO_KEY, key);
        } catch {
          // Not remembered if storage is blocked; the choice still holds for this visit.
        }
      },

      clearLoadAttempt() {
        set({ loadAttempt: null });
      },

      setTuning(overlay) {
        const scenario = get().file ?? findScenario(get().chosen);
        const weights = fitOverlay(scenario, overlay);
        set({ tuning: { scenarioId: scenario.id, weights } });
        rememberTuning(storage, scenario.id, weights);
      },

      loadWeightsText(text, source) {
        const file = get().file ?? findScenario(get().chosen);
        const scenario = inLanguage(file, get().textLanguage);
        const parsed = parseWeightsText(text, scenario.weights);
        if (!parsed.ok) {
          const attempt: LoadAttempt = {
            source,
            ok: false,
            title: null,
            errors: parsed.problems,
            warnings: [],
          };
          set({ loadAttempt: attempt });
          return attempt;
        }
        get().setTuning(parsed.value.weights);
        const attempt: LoadAttempt = {
          source,
          ok: true,
          title: scenario.title,
          kind: 'weights',
          errors: [],
          warnings: [],
        };
        set({ loadAttempt: attempt });
        return attempt;
      },

      previewTuning() {
        const { file, played: game, tuning, weights } = get();
        if (!file || !game) return null;
        const overlay = tuning?.scenarioId === file.id ? tuning.weights : {};
        return previewTuning(inLanguage(file), game, overlay, weights);
      },

      applyTuning() {
        const { file, played: game, tuning } = get();
        if (!file || !game) return { ok: false, reason: 'No game is in progress.' };
        const weights = tuning?.scenarioId === file.id ? fitOverlay(file, tuning.weights) : {};
        const replayed = replay(compileRules(inLanguage(file), weights), game.seed, game.log);
        if (!replayed.ok) {
          return {
            ok: false,
            reason: `With these weights, action ${replayed.index + 1} would be refused: ${replayed.reason}`,
          };
        }
        const reading = {
          file,
          textLanguage: get().textLanguage,
          ...rulesFor(file, weights, get().textLanguage),
        };
        set({ ...reading, ...shown(replayed.state, null, reading), weights, lastRefusal: null });
        autosave(file, replayed.state, weights);
        return { ok: true };
      },
    };
  });
}

/** A saved scenario's title in `language` (falling back, marked, to its own), if it has a readable one. */
function savedTitle(
  saved: { title?: unknown; language?: unknown } | undefined,
  language: string,
): string | undefined {
  const title = saved?.title;
  if (typeof title === 'string') return title;
  if (!title || typeof title !== 'object') return undefined;
  const texts = title as Record<string, unknown>;
  if (!Object.values(texts).every((t) => typeof t === 'string')) return undefined;
  const own = typeof saved.language === 'string' ? saved.language : language;
  return textIn(texts as Record<string, string>, language, own);
}
