// The shape of a message: a text with {named} parameters, or plural forms chosen by Intl.PluralRules.

/** Plural forms by category; every language has `other`, English also `one`, Korean only `other`. */
export type Plural = { readonly other: string } & {
  readonly [C in Exclude<Intl.LDMLPluralRule, 'other'>]?: string;
};

export type Message = string | Plural;
