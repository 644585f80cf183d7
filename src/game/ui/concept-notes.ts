// The ideas from international relations the debrief names, each explained in plain words for students.

export interface ConceptNote {
  title: string;
  explain: string;
}

const NOTES: Record<string, ConceptNote> = {
  'win-set': {
    title: 'Two-level game: the win-set (Putnam)',
    explain:
      'Seoul bargains abroad and must get the deal accepted at home. The deals that voters and the National Assembly would accept are its "win-set". A narrow win-set limits what Seoul can give away, but it is also leverage: "my parliament will not accept more."',
  },
  abandonment: {
    title: "Abandonment (Snyder's alliance security dilemma)",
    explain:
      'Give an ally too little and it may walk away: troop cuts, tariffs, cooler words. The fear of being left to face threats alone pushes a smaller ally to give more.',
  },
  entrapment: {
    title: "Entrapment (Snyder's alliance security dilemma)",
    explain:
      'The other side of the dilemma: give an ally too much (freedom to move its troops, a promise over Taiwan) and you may be dragged into its quarrels, and its rivals make you pay for it.',
  },
  hedging: {
    title: 'Hedging',
    explain:
      'Keeping security ties with Washington while trading with Beijing. Each step toward one side is priced by the other, so a hedger moves carefully and keeps both doors open.',
  },
  'issue-linkage': {
    title: 'Issue linkage',
    explain:
      'Tying separate issues into one package (trade with security, shipbuilding with tariff relief) so that giving ground in one area buys a gain in another.',
  },
  credibility: {
    title: 'Credibility and time inconsistency',
    explain:
      'A promise is worth what the record of the one who makes it says. Counterparts remember kept and broken deals, and a volatile partner may reopen a deal already settled, so what a deal is worth depends on who signs it.',
  },
  minilateralism: {
    title: 'Minilateralism',
    explain:
      'Working in a small group of like-minded states, here Seoul and Tokyo dealing directly, instead of only through Washington or a big international forum.',
  },
};

/** The note for a concept; an idea this version has no note for is still named, never dropped. */
export function conceptNote(concept: string): ConceptNote {
  return NOTES[concept] ?? { title: concept.replace(/-/g, ' '), explain: '' };
}
