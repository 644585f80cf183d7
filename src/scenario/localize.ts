// A scenario's texts in one language: the player's where the file gives it, else the scenario's own, marked.
import type { LocalText, Scenario, ScenarioFile } from './schema';
import { sayProblem } from './problem-words';
import { problemAt, type Problem } from './problems';

/** Put before a text shown in the scenario's language because the player's is missing: visible, and read aloud. */
export function fallbackMark(language: string): string {
  return `[${language.toUpperCase()}] `;
}

/** Turns one text into a string; `pointer` is where it stands in the file (for problems). */
export type TextMapper = (text: LocalText, pointer: string) => string;

/** Every text of the scenario through `fn`, every other field as it is. The one list of where texts live. */
export function mapTexts(file: ScenarioFile, fn: TextMapper): Scenario {
  const all = (texts: LocalText[], at: string) => texts.map((x, i) => fn(x, `${at}/${i}`));
  const opt = (x: LocalText | undefined, at: string) => (x === undefined ? undefined : fn(x, at));
  return {
    ...file,
    title: fn(file.title, '/title'),
    summary: fn(file.summary, '/summary'),
    authors: all(file.authors, '/authors'),
    briefing: {
      situation: fn(file.briefing.situation, '/briefing/situation'),
      goals: all(file.briefing.goals, '/briefing/goals'),
      sources: file.briefing.sources.map((s, i) => ({
        ...s,
        title: fn(s.title, `/briefing/sources/${i}/title`),
        note: opt(s.note, `/briefing/sources/${i}/note`),
      })),
    },
    tracks: file.tracks.map((t, i) => ({
      ...t,
      label: fn(t.label, `/tracks/${i}/label`),
      meaning: fn(t.meaning, `/tracks/${i}/meaning`),
      unit: opt(t.unit, `/tracks/${i}/unit`),
    })),
    actors: file.actors.map((a, i) => ({
      ...a,
      name: fn(a.name, `/actors/${i}/name`),
      capital: fn(a.capital, `/actors/${i}/capital`),
      summary: fn(a.summary, `/actors/${i}/summary`),
      redLines: all(a.redLines, `/actors/${i}/redLines`),
      links: a.links.map((l, j) => ({
        ...l,
        explain: fn(l.explain, `/actors/${i}/links/${j}/explain`),
      })),
    })),
    calendar: file.calendar.map((c, i) => ({
      ...c,
      label: fn(c.label, `/calendar/${i}/label`),
      note: opt(c.note, `/calendar/${i}/note`),
    })),
    levers: file.levers.map((l, i) => mapLever(l, `/levers/${i}`, fn)),
    events: file.events.map((e, i) => ({
      ...e,
      title: fn(e.title, `/events/${i}/title`),
      text: fn(e.text, `/events/${i}/text`),
    })),
    endings: file.endings.map((e, i) => ({
      ...e,
      title: fn(e.title, `/endings/${i}/title`),
      text: fn(e.text, `/endings/${i}/text`),
    })),
    stability: {
      ...file.stability,
      penalties: file.stability.penalties.map((p, i) => ({
        ...p,
        explain: fn(p.explain, `/stability/penalties/${i}/explain`),
      })),
    },
    weights: Object.fromEntries(
      Object.entries(file.weights).map(([name, w]) => [
        name,
        { ...w, meaning: fn(w.meaning, `/weights/${escapePointer(name)}/meaning`) },
      ]),
    ),
  };
}

function mapLever(lever: ScenarioFile['levers'][number], at: string, fn: TextMapper) {
  const common = {
    label: fn(lever.label, `${at}/label`),
    explain: fn(lever.explain, `${at}/explain`),
  };
  if (lever.kind === 'amount') return { ...lever, ...common, unit: fn(lever.unit, `${at}/unit`) };
  return {
    ...lever,
    ...common,
    options: lever.options.map((o, j) => ({
      ...o,
      label: fn(o.label, `${at}/options/${j}/label`),
    })),
  };
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The languages the scenario's texts are given in: its own first, then the others in the order they appear. */
export function languagesOf(file: ScenarioFile): string[] {
  const seen = new Set([file.language]);
  mapTexts(file, (x) => {
    if (typeof x !== 'string') for (const lang of Object.keys(x)) seen.add(lang);
    return '';
  });
  return [...seen];
}

/**
 * One text in `language`. A plain string is the same in every language (a unit such as "%", or a scenario
 * written in one language); a text given per language without `language` falls back to the scenario's own,
 * behind the fallback mark.
 */
export function textIn(text: LocalText, language: string, base: string): string {
  if (typeof text === 'string') return text;
  const own = text[language];
  if (own !== undefined) return own;
  const fallback = text[base] !== undefined ? base : (Object.keys(text)[0] ?? base);
  return fallbackMark(fallback) + (text[fallback] ?? '');
}

/** The scenario with every text in `language` (the scenario's own when omitted). */
export function inLanguage(file: ScenarioFile, language = file.language): Scenario {
  return mapTexts(file, (x) => textIn(x, language, file.language));
}

/**
 * A text given per language must have the scenario's own language (error: the game would have nothing to fall
 * back to); a language given for some texts but not all is a warning naming how many lack it and the first.
 */
export function checkLanguages(file: ScenarioFile): Problem[] {
  const problems: Problem[] = [];
  const translated: { pointer: string; languages: string[] }[] = [];
  // A plain string is the same in every language, so only texts given per language are counted.
  mapTexts(file, (x, pointer) => {
    if (typeof x === 'string') return '';
    const languages = Object.keys(x);
    if (!languages.includes(file.language)) {
      problems.push(
        problemAt(pointer, sayProblem('text.noOwnLanguage', { language: file.language })),
      );
    }
    translated.push({ pointer, languages });
    return '';
  });
  for (const language of languagesOf(file).slice(1)) {
    const missing = translated.filter((t) => !t.languages.includes(language));
    if (missing.length === 0) continue;
    const say = sayProblem('text.missingLanguage', {
      missing: missing.length,
      total: translated.length,
      language,
      base: file.language,
      mark: fallbackMark(file.language).trim(),
    });
    problems.push(problemAt(missing[0]!.pointer, say, 'warning'));
  }
  return problems;
}
