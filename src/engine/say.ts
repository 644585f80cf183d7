// The engine's sentences as data (a message and its parts), and their English words: any interface can say
// them again in its own language, with the scenario's texts in that language, and the state stays the same.
import { formatAmount, round } from './lever';
import type { CompiledRules } from './rules';
import type { LeverSetting } from './state';

/** The language the engine writes its `text` in, whatever the scenario's. */
export const ENGINE_LANGUAGE = 'en';

/** Every sentence the engine writes, in English; an interface gives the same keys in its language. */
export const ENGLISH = {
  setting: '{label}: {value}',
  'deal.gives': 'gives {list}',
  'deal.asks': 'asks {list}',
  'deal.both': '{gives}; {asks}',
  'reason.deal': 'Deal with {actor}: {setting}',
  'reason.signed': 'Signed a deal with {actor}',
  'reason.watch': '{watcher} saw Seoul give {actor} {setting}',
  'reason.reopen': '{actor} reopened the deal of turn {turn}: {setting} withdrawn',
  'reason.renege': 'Seoul reneged on the deal with {actor}: {setting} undone',
  'reason.brokeWord': 'Seoul broke its word to {actor}',
  'reason.renegeAtHome': 'Walking back concessions to {actor} played well at home',
  'reason.unmetDemand': "{actor}'s demand went unmet: {setting}",
  'reason.keptWord': 'Seoul kept its word on the deal of turn {turn}',
  'reason.drift': 'Relations with {actor} settle back without new attention',
  'reason.walkAway': '{actor} ran out of patience and left the table',
  'reason.event': '{event}',
  'concept.event': '{event}: {story}',
  'concept.entrapment':
    'Giving {actor} what it wanted cost {drop} points of relations with {other}.',
  'concept.hedgingPriced':
    'Moving toward {actor} was priced by {other}: relations −{drop}, trust −{trustDrop}.',
  'concept.hedgingTrust':
    '{other} marked down its trust in Seoul by {trustDrop} after the deal with {actor}.',
  'concept.linkage': '{actor} valued the package more because it linked issues: {link}.',
  'concept.direct': 'Seoul signed a deal with {actor} directly.',
  'concept.reopenedByEvent':
    "{actor} reopened a settled deal ({event}): a deal is worth only what its signer's word is worth.",
  'concept.reopenedByMood':
    "{actor} reopened a settled deal (a volatile partner changed its mind): a deal is worth only what its signer's word is worth.",
  'concept.reneged': 'Seoul reneged on its deal with {actor}; {actor} will remember it.',
  'concept.abandonment':
    'Relations with {actor} fell to {level}: Seoul fears being left to face its threats alone.',
  'concept.winSetLeverage':
    "{actor} settled for less because Seoul's approval left it little room to give more at home.",
  'concept.winSetOutside':
    "What {actor} would need lies outside what Seoul's National Assembly would ratify.",
  'outcome.tookCounter': "Seoul took {actor}'s counter-offer: {deal}.",
  'outcome.walkedAway': "Seoul walked away from {actor}'s counter-offer.",
  'outcome.reneged': 'Seoul reneged on its deal with {actor}.',
  'outcome.turnEnded': 'Turn {turn} ended.',
  'outcome.accepted': '{actor} accepted: {deal}.',
  'outcome.countered': '{actor} countered: {changes}.',
  'outcome.refused': '{actor} refused: the package falls {short} short of what it needs.',
  'outcome.refusedAgainst':
    '{actor} refused: the package falls {short} short of what it needs; against it: {against}.',
  'outcome.refusedLeft':
    '{actor} refused: the package falls {short} short of what it needs. {actor} has left the table for this turn.',
  'outcome.refusedAgainstLeft':
    '{actor} refused: the package falls {short} short of what it needs; against it: {against}. {actor} has left the table for this turn.',
  'part.amount': '{part} ({amount})',
  'part.trust': 'Trust in Seoul ({trust})',
  'part.winSet': "Seoul's narrow win-set at home",
  'part.bottomLine': "{actor}'s bottom line",
  'part.setting': '{setting}',
  'part.link': '{link}',
  'part.deal': '{deal}',
  'counter.adds': 'adds {setting}',
  'counter.moves': '{was} → {now}',
  'problem.noCounterpart': 'There is no counterpart "{id}".',
  'problem.notAtTable': '{actor} is not at the table this turn.',
  'problem.dealtThisTurn': '{actor} has already signed a deal this turn.',
  'problem.outOfPatience': '{actor} has run out of patience this turn.',
  'problem.answerCounter': "Answer {actor}'s counter-offer first.",
  'problem.empty': 'An offer must give or ask something.',
  'problem.noLever': 'There is no lever "{id}".',
  'problem.twice': '{lever} appears twice in the package.',
  'problem.wrongSideGive': '{lever} is something Seoul gives, not asks.',
  'problem.wrongSideAsk': '{lever} is something Seoul asks, not gives.',
  'problem.notFor': '{lever} cannot be put to {actor}.',
  'problem.outOfRange': '{setting} is outside its range.',
  'problem.winSet':
    'The National Assembly would not ratify this: approval would fall to {approval}, below {floor}.',
  'problem.noDeal': 'There is no deal {id} in force.',
  'problem.over': 'The game is over.',
  'problem.noCounterToTake': 'There is no counter-offer to accept.',
  'problem.noCounterToLeave': 'There is no counter-offer to walk away from.',
  'problem.unknownAction': 'Unknown action type "{id}".',
  'decision.offer': 'Deal with {actor}: {deal}',
  'decision.tookCounter': "Took {actor}'s counter-offer",
  'decision.reneged': 'Reneged on deal {id}',
} as const;

export type SayKey = keyof typeof ENGLISH;

/** One part of a sentence: plain words or a number, or a thing of the scenario named in the reader's language. */
export type SayPart =
  | string
  | number
  | { actor: string }
  | { lever: string }
  | { event: string }
  | { story: string }
  | { link: { actor: string; index: number } }
  | { setting: LeverSetting }
  | { deal: { gives: LeverSetting[]; asks: LeverSetting[] } }
  | { says: Say[]; by: 'list' | 'semicolon' }
  | { say: Say };

export interface Say {
  key: SayKey;
  parts: Record<string, SayPart>;
}

export function say(key: SayKey, parts: Record<string, SayPart> = {}): Say {
  return { key, parts };
}

/** Who says a sentence: its words, the scenario in its language, and how it writes numbers and lists. */
export interface Voice {
  words: Readonly<Record<SayKey, string>>;
  rules: CompiledRules;
  number(n: number): string;
  list(items: string[]): string;
}

const englishVoices = new WeakMap<CompiledRules, Voice>();

export function englishVoice(rules: CompiledRules): Voice {
  let voice = englishVoices.get(rules);
  if (!voice) {
    voice = { words: ENGLISH, rules, number: String, list: (items) => items.join(', ') };
    englishVoices.set(rules, voice);
  }
  return voice;
}

/** A template split once into its words and its {part} names: even slots are words, odd slots names. */
const compiled = new Map<string, string[]>();
function pieces(template: string): string[] {
  let split = compiled.get(template);
  if (!split) {
    split = template.split(/\{(\w+)\}/);
    compiled.set(template, split);
  }
  return split;
}

/** The sentence in the voice's words: each {part} filled in, names from the voice's scenario. */
export function sayIn(voice: Voice, s: Say): string {
  const split = pieces(voice.words[s.key]);
  let out = split[0]!;
  for (let i = 1; i < split.length; i += 2) {
    const part = s.parts[split[i]!];
    out += (part === undefined ? `{${split[i]!}}` : partIn(voice, part)) + split[i + 1]!;
  }
  return out;
}

/** English, with the rules' own texts: what the engine records as `text`. */
export function sayEnglish(rules: CompiledRules, s: Say): string {
  return sayIn(englishVoice(rules), s);
}

function partIn(voice: Voice, part: SayPart): string {
  const { rules } = voice;
  if (typeof part === 'string') return part;
  if (typeof part === 'number') return voice.number(part);
  if ('actor' in part) return rules.actorById[part.actor]?.name ?? part.actor;
  if ('lever' in part) return rules.leverById[part.lever]?.label ?? part.lever;
  if ('event' in part) return rules.events.find((e) => e.id === part.event)?.title ?? part.event;
  if ('story' in part) return rules.events.find((e) => e.id === part.story)?.text ?? '';
  if ('link' in part)
    return rules.actorById[part.link.actor]?.links[part.link.index]?.explain ?? '';
  if ('setting' in part) return settingIn(voice, part.setting);
  if ('deal' in part) return dealIn(voice, part.deal);
  if ('say' in part) return sayIn(voice, part.say);
  const items = part.says.map((x) => sayIn(voice, x));
  return part.by === 'list' ? voice.list(items) : items.join('; ');
}

function settingIn(voice: Voice, setting: LeverSetting): string {
  const lever = voice.rules.leverById[setting.lever];
  if (!lever) return `${setting.lever}: ${String(setting.value)}`;
  const value =
    lever.kind === 'choice'
      ? (lever.options.find((o) => o.id === setting.value)?.label ?? String(setting.value))
      : formatAmount(Number(setting.value), lever.unit, voice.number);
  return fill(voice.words.setting, { label: lever.label, value });
}

export function dealIn(
  voice: Voice,
  deal: { gives: LeverSetting[]; asks: LeverSetting[] },
): string {
  const part = (list: LeverSetting[]) => voice.list(list.map((s) => settingIn(voice, s)));
  const gives =
    deal.gives.length > 0 ? fill(voice.words['deal.gives'], { list: part(deal.gives) }) : '';
  const asks =
    deal.asks.length > 0 ? fill(voice.words['deal.asks'], { list: part(deal.asks) }) : '';
  return gives && asks ? fill(voice.words['deal.both'], { gives, asks }) : gives || asks;
}

/** Fills {names} from `values` (never through a replacement pattern, so a "$" in a text stays a "$"). */
function fill(template: string, values: Record<string, string>): string {
  const split = pieces(template);
  let out = split[0]!;
  for (let i = 1; i < split.length; i += 2)
    out += (values[split[i]!] ?? `{${split[i]!}}`) + split[i + 1]!;
  return out;
}

/** A number as the sentences show it: one decimal at most. */
export const shown = (n: number): number => round(n, 1);
