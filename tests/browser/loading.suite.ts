// Teachers' scenario files in the browser: the picker, a dropped file, ?scenario=, and files meant to do harm.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it, inject } from 'vitest';
import { loadCatalogue, problemText, setLanguage } from '../../src/game/i18n';
import { formatProblem, parseScenarioText } from '../../src/scenario';
import type { LoadAttempt } from '../../src/store/loader';
import { GameSession, suiteSessions, playToLastTurn, useInLayer } from './harness';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const MARKUP = '<img src=x onerror=alert(1)>';
/** Every field a player reads (the game shows them all somewhere); ids, references and numbers are left alone. */
const TEXT_KEYS = new Set([
  ...['title', 'summary', 'text', 'label', 'explain', 'meaning', 'name', 'note'],
  ...['situation', 'goals', 'redLines', 'authors', 'capital'],
]);

type Json = Record<string, unknown>;

/** A copy of the 45-minute classroom scenario, as a teacher would adapt it. */
function teacherScenario(id: string, title: string): Json {
  const s = JSON.parse(readFileSync(resolve(ROOT, 'scenarios/classroom-45.json'), 'utf8')) as Json;
  return { ...s, id, title };
}

/** Replaces every string under a text key (inside lists too) with `text`. */
function withEveryText(value: unknown, text: string, key?: string): unknown {
  if (Array.isArray(value)) return value.map((v) => withEveryText(v, text, key));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, withEveryText(v, text, k)]),
    );
  return typeof value === 'string' && key !== undefined && TEXT_KEYS.has(key) ? text : value;
}

/** The same object with "__proto__", "constructor" and "prototype" written into it as plain JSON fields. */
function withPoisonKeys(o: Json): Json {
  const poison = '"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},';
  return JSON.parse(JSON.stringify(o).replace(/^\{/, `{${poison}"prototype":{"polluted":true},`));
}

type Watched = Window & { imagesAdded?: number };

/** Runs in the page: counts every <img> put into the document from now on, even one removed at once. */
function watchForImages(): void {
  const watched = window as Watched;
  watched.imagesAdded = 0;
  new MutationObserver((records) => {
    for (const r of records)
      for (const node of r.addedNodes)
        if (node instanceof Element && (node.matches('img') || node.querySelector('img')))
          watched.imagesAdded! += 1;
  }).observe(document, { childList: true, subtree: true });
}

/** L opens the browser's picker; the file is handed to it as a teacher would choose it. */
async function pickFile(session: GameSession, name: string, text: string): Promise<LoadAttempt> {
  const chooser = session.page.waitForEvent('filechooser');
  // One round trip first, so Playwright intercepts the picker before the key press opens it.
  await session.page.evaluate(() => 0);
  await session.page.keyboard.press('l');
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  return attemptFrom(session, name);
}

/** Waits for the load attempt of `source`, then for the title to redraw with it. */
async function attemptFrom(session: GameSession, source: string): Promise<LoadAttempt> {
  await session.page.waitForFunction((s) => window.tightrope.loadAttempt()?.source === s, source, {
    timeout: 15_000,
  });
  await session.settle(500);
  return (await session.page.evaluate(() => window.tightrope.loadAttempt()))!;
}

/** A file dropped on the page: a DataTransfer built in the page, as the browser builds one for a real drop. */
async function dropFile(page: Page, name: string, text: string, letGo = true): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, text }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'application/json' }));
      return transfer;
    },
    { name, text },
  );
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await page.dispatchEvent('body', 'dragover', { dataTransfer });
  if (letGo) await page.dispatchEvent('body', 'drop', { dataTransfer });
}

/** A game with a few moves, saved; then a reload, so the Title offers Continue. Returns its hash and save. */
async function gameInProgress(session: GameSession): Promise<{ hash: string; save: string }> {
  const hash = await session.api((t) => {
    t.newGame({ seed: 5 });
    const offer = t.legal().find((a) => a.type === 'offer');
    if (offer) t.act(offer);
    if (t.state()!.pending) t.act({ type: 'walkAway' });
    t.act({ type: 'endTurn' });
    return t.summary()!.hash;
  });
  await session.reload();
  return { hash, save: (await savedGame(session.page))! };
}

function savedGame(page: Page): Promise<string | null> {
  return page.evaluate(() => localStorage.getItem('tightrope.save'));
}

/** After a refused file: Esc closes the problems, C continues the saved game at the same hash. */
async function continuesUntouched(session: GameSession, before: { hash: string; save: string }) {
  expect(await savedGame(session.page)).toBe(before.save);
  expect(await session.api((t) => t.state())).toBeNull();
  await session.press('Escape', 400);
  expect(await session.page.evaluate(() => window.tightrope.loadAttempt())).toBeNull();
  await session.press('c', 'board');
  expect((await session.api((t) => t.summary()))!.hash).toBe(before.hash);
}

/** Enter plays the chosen scenario (Play has the focus); the new game must be of `id`. */
async function playsScenario(session: GameSession, id: string): Promise<void> {
  await session.press('Enter', 'briefing');
  expect((await session.api((t) => t.summary()))!.scenarioId).toBe(id);
}

describe('loading a teacher’s scenario file', () => {
  const open = suiteSessions();
  let session: GameSession;

  it('L opens the file picker; the file joins the list, is chosen, remembered, and played', async () => {
    session = await open();
    await session.boot();
    const own = teacherScenario('my-class', 'Our class: the alliance in 45 minutes');
    const attempt = await pickFile(session, 'my-class.json', JSON.stringify(own, null, 2));
    expect(attempt).toMatchObject({ ok: true, title: own.title, errors: [], warnings: [] });
    await session.shotBothSizes('title-loaded-file');
    await session.reload();
    const chosen = await session.page.evaluate(() =>
      localStorage.getItem('tightrope.scenario.chosen'),
    );
    expect(chosen).toBe('file:my-class');
    await session.shotBothSizes('title-remembered-file');
    await playsScenario(session, 'my-class');
    session.expectClean();
  });

  it('a file with warnings loads, with a notice that opens the list of warnings (W)', async () => {
    session = await open();
    await session.boot();
    const own = teacherScenario('warned-class', 'Our class, with two silent events');
    const events = own.events as Json[];
    for (const e of events.slice(0, 2)) delete e.turn;
    const attempt = await pickFile(session, 'warned-class.json', JSON.stringify(own, null, 2));
    expect(attempt.ok).toBe(true);
    expect(attempt.warnings).toHaveLength(2);
    await session.shotBothSizes('title-load-warnings-notice');
    await session.press('w', 400);
    await session.shotBothSizes('title-load-warnings-list');
    await session.press('Escape', 300);
    await playsScenario(session, 'warned-class');
    session.expectClean();
  });

  it('a file dropped anywhere on the page loads, after a drop overlay while it is dragged', async () => {
    session = await open();
    await session.boot();
    const own = JSON.stringify(teacherScenario('dropped-class', 'Dropped onto the page'));
    await dropFile(session.page, 'dropped-class.json', own, false);
    await session.settle(120);
    await session.shot('title-drop-overlay');
    await dropFile(session.page, 'dropped-class.json', own);
    expect(await attemptFrom(session, 'dropped-class.json')).toMatchObject({ ok: true });
    await playsScenario(session, 'dropped-class');
    session.expectClean();
  });

  it('?scenario=teacher.json in the address loads that scenario at start-up', async () => {
    session = await open();
    const body = JSON.stringify(teacherScenario('linked-class', 'Linked by the teacher'));
    await session.page.route('**/teacher.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body }),
    );
    await session.page.goto(`${inject('gameUrl')}?scenario=teacher.json`);
    await session.waitForScreen('title');
    expect(await attemptFrom(session, 'teacher.json')).toMatchObject({ ok: true });
    await playsScenario(session, 'linked-class');
    session.expectClean();
  });

  it('?scenario= with an address that answers 404 shows why, and nothing else changes', async () => {
    session = await open();
    await session.page.route('**/gone.json', (route) =>
      route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' }),
    );
    await session.recordDrawnLines();
    await session.page.goto(`${inject('gameUrl')}?scenario=gone.json`);
    await session.waitForScreen('title');
    const attempt = await attemptFrom(session, 'gone.json');
    expect(attempt.ok).toBe(false);
    expect(attempt.errors).toHaveLength(1);
    expect(attempt.errors[0]!.message).toContain('the server answered 404');
    // The 404 is the point of this test: the browser's own report of it is no fault of the game.
    const expected = (p: string) => p.includes('gone.json') || /status of 404/.test(p);
    expect(session.problems.filter(expected).length).toBeGreaterThan(0);
    session.problems.splice(
      0,
      session.problems.length,
      ...session.problems.filter((p) => !expected(p)),
    );
    // Read in another language while the list is open, the server's refusal is said again in that one.
    const switchLanguage = session.page.locator('#a11y-language');
    await useInLayer(switchLanguage);
    await session.page.waitForFunction(() => document.documentElement.lang === 'ko');
    await session.settle(500);
    const listed = await session.page.evaluate(() =>
      [...document.querySelectorAll('#a11y-load-attempt li')].map((li) => li.textContent ?? ''),
    );
    expect(listed).toEqual([
      '파일 전체: gone.json의 시나리오를 가져오지 못했습니다. 서버 응답: 404 Not Found',
    ]);
    const drawn = (await session.drawnLines()).map((l) => l.text).join(' ');
    expect(drawn).toContain('서버 응답: 404');
    // Back to the canvas, whose keys the layer keeps while the focus is in it.
    await switchLanguage.evaluate((button) => (button as HTMLElement).blur());
    await session.press('Escape', 300);
    await session.press('Enter', 'briefing');
    expect((await session.api((t) => t.summary()))!.scenarioId).toBe('summer-2025');
    session.expectClean();
  });

  it('a bad file lists its problems (types before meaning) and leaves the game and its save untouched', async () => {
    session = await open();
    await session.boot();
    const before = await gameInProgress(session);
    const bad = teacherScenario('bad-class', 'unused');
    bad.title = 7; // a type error…
    (bad.calendar as { atTable: string[] }[])[0]!.atTable = ['moscow']; // …and a dangling reference
    const text = JSON.stringify(bad, null, 2);
    const attempt = await pickFile(session, 'bad-class.json', text);
    expect(attempt.ok).toBe(false);
    // Exactly the checker's problems; the type error comes first, before any word on meaning.
    const parsed = parseScenarioText(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(attempt.errors).toEqual(parsed.problems.filter((p) => p.severity === 'error'));
    expect(attempt.errors[0]).toMatchObject({ pointer: '/title', line: 5 });
    for (const e of attempt.errors)
      expect(['/title', '/calendar/0/atTable/0']).toContain(e.pointer);
    await session.shotBothSizes('title-load-problems');
    await savesTheListAsTheCheckerPrintsIt(session, text);
    await continuesUntouched(session, before);
    session.expectClean();
  });

  it('in Korean, a bad file’s problems read in Korean on the canvas and in the layer; the saved list stays English', async () => {
    session = await open();
    await session.boot();
    await session.press('g', 0);
    await session.page.waitForFunction(() => document.documentElement.lang === 'ko');
    const bad = teacherScenario('bad-class', 'unused');
    bad.title = 7;
    (bad.calendar as { atTable: string[] }[])[0]!.atTable = ['moscow'];
    (bad.levers as { kind: string }[])[0]!.kind = 'amout';
    const text = JSON.stringify(bad, null, 2);
    const attempt = await pickFile(session, 'bad-class.json', text);
    expect(attempt.ok).toBe(false);
    await session.shotBothSizes('ko-title-load-problems');
    // The layer lists what the canvas panel shows: each problem at its pointer, in the checker's Korean.
    await loadCatalogue('ko');
    setLanguage('ko');
    const expected = [...attempt.errors, ...attempt.warnings].map(
      (p) => `${p.pointer || '파일 전체'}: ${problemText(p)}`,
    );
    setLanguage('en');
    const listed = await session.page.evaluate(() =>
      [...document.querySelectorAll('#a11y-load-attempt li')].map((li) => li.textContent),
    );
    expect(listed).toEqual(expected);
    for (const line of listed) expect(line).toMatch(/[가-힣]/);
    expect(listed.join('\n')).toContain(
      '"amount" 또는 "choice"만 쓸 수 있습니다. 현재 값: "amout"',
    );
    await savesTheListAsTheCheckerPrintsIt(session, text);
    session.expectClean();
  });

  it('scenario text with markup is drawn as text, through a game, to the printed report', async () => {
    session = await open();
    const dialogs: string[] = [];
    session.page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await session.boot();
    // Watched from before the file arrives (an init script would also run, and be blocked, in the report's frame).
    await session.page.evaluate(watchForImages);
    const markup = withEveryText(teacherScenario('xss-class', ''), MARKUP) as Json;
    const attempt = await pickFile(session, `${MARKUP}.json`, JSON.stringify(markup));
    expect(attempt).toMatchObject({ ok: true, title: MARKUP });
    await session.shot('title-markup-as-text');
    await playsScenario(session, 'xss-class');
    await session.api(playToLastTurn);
    await session.endLastTurnToDebrief();
    await session.settle(800);
    await session.press('p', 800);
    const report = await session.page.evaluate(() => {
      const frame = document.getElementById('tightrope-print-report') as HTMLIFrameElement | null;
      return {
        html: frame?.srcdoc ?? '',
        images: frame?.contentDocument?.querySelectorAll('img').length ?? -1,
      };
    });
    expect(report.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(report.html).not.toContain(MARKUP);
    expect(report.images).toBe(0);
    expect(await session.page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
    expect(await session.page.evaluate(() => (window as Watched).imagesAdded)).toBe(0);
    expect(dialogs).toEqual([]);
    session.expectClean();
  });

  it('"__proto__", "constructor" and "prototype" fields pollute nothing, loaded or refused', async () => {
    session = await open();
    await session.boot();
    const s = teacherScenario('proto-class', 'Prototype keys');
    for (const list of ['actors', 'calendar', 'levers', 'events'] as const) {
      const items = s[list] as Json[];
      items[0] = withPoisonKeys(items[0]!);
    }
    const text = JSON.stringify(withPoisonKeys(s));
    expect(text.match(/"__proto__"/g)).toHaveLength(5);
    const attempt = await pickFile(session, 'proto-class.json', text);
    if (!attempt.ok) {
      expect(attempt.errors.some((e) => e.message.includes('"__proto__"'))).toBe(true);
      await session.shotBothSizes('title-load-problems-long');
    }
    const polluted = () =>
      session.page.evaluate(() => {
        const plain = {} as Record<string, unknown>;
        return [plain.polluted, (Object.prototype as Record<string, unknown>).polluted];
      });
    expect(await polluted()).toEqual([undefined, undefined]);
    await session.reload();
    expect(await polluted()).toEqual([undefined, undefined]);
    session.expectClean();
  });

  it('a 3 MB file is refused before it is read, in the parser’s words, and the game continues', async () => {
    session = await open();
    await session.boot();
    const before = await gameInProgress(session);
    const huge = JSON.stringify({ padding: 'x'.repeat(3 * 1024 * 1024) });
    const parsed = parseScenarioText(huge);
    expect(parsed.ok).toBe(false);
    const attempt = await pickFile(session, 'huge.json', huge);
    expect(attempt.ok).toBe(false);
    if (!parsed.ok) expect(attempt.errors).toEqual(parsed.problems);
    expect(attempt.errors[0]!.message).toBe('the scenario is 3.0 MB; the limit is 2 MB');
    await continuesUntouched(session, before);
    session.expectClean();
  });
});

/** D saves the list as a text file: the same lines `npm run check-scenario` prints for the file. */
async function savesTheListAsTheCheckerPrintsIt(session: GameSession, text: string): Promise<void> {
  const parsed = parseScenarioText(text);
  expect(parsed.ok).toBe(false);
  if (parsed.ok) return;
  const download = session.page.waitForEvent('download');
  await session.press('d', 0);
  const file = await download;
  expect(file.suggestedFilename()).toBe('bad-class-problems.txt');
  // Errors first, then warnings, as the panel shows them.
  const inOrder = [
    ...parsed.problems.filter((p) => p.severity === 'error'),
    ...parsed.problems.filter((p) => p.severity === 'warning'),
  ];
  const lines = inOrder.map((p) => `${formatProblem('bad-class.json', p)}\n`).join('');
  expect(readFileSync(await file.path(), 'utf8')).toBe(lines);
}
