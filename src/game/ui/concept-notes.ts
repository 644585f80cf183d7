// The ideas from international relations the debrief names, each explained in plain words for students.
import { t, type MessageKey } from '../i18n';

export interface ConceptNote {
  title: string;
  explain: string;
}

/** The catalogue entries for each concept the engine can mark, by the engine's concept id. */
const NOTES = {
  'win-set': ['concept.winSet.title', 'concept.winSet.explain'],
  abandonment: ['concept.abandonment.title', 'concept.abandonment.explain'],
  entrapment: ['concept.entrapment.title', 'concept.entrapment.explain'],
  hedging: ['concept.hedging.title', 'concept.hedging.explain'],
  'issue-linkage': ['concept.issueLinkage.title', 'concept.issueLinkage.explain'],
  credibility: ['concept.credibility.title', 'concept.credibility.explain'],
  minilateralism: ['concept.minilateralism.title', 'concept.minilateralism.explain'],
} as const satisfies Record<string, readonly [MessageKey, MessageKey]>;

function isKnown(concept: string): concept is keyof typeof NOTES {
  return Object.hasOwn(NOTES, concept);
}

/** The note for a concept; an idea this version has no note for is still named, never dropped. */
export function conceptNote(concept: string): ConceptNote {
  if (!isKnown(concept)) return { title: concept.replace(/-/g, ' '), explain: '' };
  const [title, explain] = NOTES[concept];
  return { title: t(title), explain: t(explain) };
}
