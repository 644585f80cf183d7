// Teachers' scenario files from outside the game (a picked or dropped file, a web address) into the store.
import { sayProblem, type ProblemSay } from '../scenario';
import { isTooLarge, tooLarge, type GameStore, type LoadAttempt } from '../store';
import { t } from './i18n';

function reason(e: unknown): string {
  return e instanceof Error && e.message ? e.message : String(e);
}

/** A picked or dropped file: too large a file is refused before it is read, so it never fills the memory. */
export async function loadScenarioFile(store: GameStore, file: File): Promise<LoadAttempt> {
  const s = store.getState();
  if (isTooLarge(file.size)) return s.reportLoadFailure(file.name, tooLarge(file.size));
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    return s.reportLoadFailure(file.name, sayProblem('fetch.unreadable', { reason: reason(e) }));
  }
  return store.getState().loadScenarioText(text, file.name);
}

/**
 * A scenario at a web address (the page's ?scenario=…), relative to the game or absolute. Other sites must allow
 * the game to read their files (CORS); when one does not, the browser gives no reason, so the message lists the usual ones.
 */
export async function loadScenarioAddress(store: GameStore, address: string): Promise<LoadAttempt> {
  // Kept as sentences, not words: the problems list says them in whichever language the player reads.
  const fail = (reason: ProblemSay) => store.getState().reportLoadFailure(address, reason);
  let response: Response;
  try {
    response = await fetch(new URL(address, document.baseURI), { cache: 'no-cache' });
  } catch {
    return fail(sayProblem('fetch.unreachable', { address }));
  }
  if (!response.ok) {
    const status = `${response.status} ${response.statusText}`.trim();
    return fail(sayProblem('fetch.refused', { address, status }));
  }
  const length = Number(response.headers.get('content-length'));
  if (isTooLarge(length)) return fail(tooLarge(length));
  try {
    return store.getState().loadScenarioText(await response.text(), address);
  } catch (e) {
    return fail(sayProblem('fetch.unreadableAt', { address, reason: reason(e) }));
  }
}

/** The address in the page's own address as ?scenario=…, if any. */
export function scenarioAddressIn(search: string): string | null {
  const address = new URLSearchParams(search).get('scenario');
  return address && address.trim() ? address.trim() : null;
}

/** What a loaded file is called: its scenario's title, or for a weights file the scenario it tunes. */
export function attemptTitle(a: LoadAttempt): string {
  const title = a.title ?? '';
  return a.kind === 'weights' ? t('load.weightsFor', { title }) : title;
}
