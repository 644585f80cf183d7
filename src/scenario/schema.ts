// The scenario format: zod is the one source of its TypeScript types and of its JSON Schema.
// zod/mini rather than classic zod: its functions tree-shake, so the browser ships only what is used.
import * as z from 'zod/mini';
import { builtOnce } from './built-once';
import { PROBLEM_ENGLISH } from './problem-words';

// zod/mini loads no locale (every message would read "Invalid input"); zod-messages.ts passes some
// of zod's English messages on to teachers, e.g. "Invalid ISO date".
z.config(z.locales.en());

/** The format version this game reads. Bump it when the shape changes, and migrate older files. */
export const SCENARIO_FORMAT = 1;

/** A language tag such as "en", "ko" or "pt-BR": the scenario's own language, and the keys of a translated text. */
export const LANGUAGE_TAG = /^[a-z]{2}(-[A-Z]{2})?$/;

/**
 * Builds the format's schemas: about 10 ms of the page's start-up when built as the code loads, before a Title
 * that checks no file. They are built the first time a file, a save or a log is read (see `scenarioSchemas`).
 */
function defineSchemas() {
  const id = z
    .string()
    .check(z.regex(/^[a-z][a-z0-9-]*$/, PROBLEM_ENGLISH['schema.id']), z.maxLength(64));

  const languageTag = z
    .string()
    .check(z.regex(LANGUAGE_TAG, PROBLEM_ENGLISH['pattern.languageTag']));

  /**
   * A text the players read: written in the scenario's language, or given per language
   * ({"en": "…", "ko": "…"}); the game shows the player's language and falls back, marked, to the scenario's.
   */
  function localized(plain: z.ZodMiniString<string>) {
    return z
      .union([
        plain,
        z
          .record(languageTag, plain)
          .check(
            z.refine(
              (texts) => Object.keys(texts).length > 0,
              PROBLEM_ENGLISH['schema.someLanguage'],
            ),
          ),
      ])
      .check(z.describe('A text, or the same text per language: {"en": "…", "ko": "…"}.'));
  }

  const text = localized(z.string().check(z.minLength(1), z.maxLength(4000)));
  const shortText = localized(z.string().check(z.minLength(1), z.maxLength(200)));

  /** A coefficient: a plain number, or the name of a weight in `weights` (so designers can tune it). */
  const numberOrWeight = z
    .union([
      z.number(),
      z.string().check(z.regex(/^[a-z][a-zA-Z0-9.-]*$/, PROBLEM_ENGLISH['schema.weightName'])),
    ])
    .check(z.describe('A number, or the name of a weight declared in `weights`.'));

  const source = z
    .string()
    .check(
      z.minLength(1),
      z.maxLength(200),
      z.describe('The source of this fact: the seed file it came from, or a citation.'),
    );

  /** The ideas from international relations the game teaches; the debrief names them. */
  const conceptSchema = z.enum([
    'win-set',
    'abandonment',
    'entrapment',
    'hedging',
    'issue-linkage',
    'credibility',
    'minilateralism',
  ]);

  const weightSchema = z
    .strictObject({
      value: z.number(),
      min: z.number(),
      max: z.number(),
      group: z
        .string()
        .check(
          z.minLength(1),
          z.maxLength(200),
          z.describe('Where the tuning panel lists it, e.g. "stability", "washington".'),
        ),
      meaning: shortText.check(z.describe('One line: what changing it does.')),
    })
    .check(z.describe('A named coefficient of the rules, with its sane range.'));

  const trackSchema = z.strictObject({
    id,
    label: shortText,
    min: z.number(),
    max: z.number(),
    start: z.number(),
    unit: z.optional(localized(z.string().check(z.maxLength(20)))),
    meaning: text,
  });

  const comparison = z.enum(['<', '<=', '>', '>=']);

  /** A condition on the game: a track (or the stability index) against a number, a flag, a deal. */
  const conditionSchema = z.union([
    z.strictObject({
      track: z
        .string()
        .check(z.describe('A track id, or "stability" for the Alliance Stability Index.')),
      op: comparison,
      value: numberOrWeight,
    }),
    z.strictObject({ flag: id, set: z.boolean() }),
    z.strictObject({
      dealWith: id.check(z.describe('An actor id.')),
      active: z
        .boolean()
        .check(z.describe('true: a deal with this actor is in force; false: none is.')),
    }),
    z.strictObject({ fromTurn: z.number().check(z.int(), z.gte(1)) }),
  ]);

  /** Something an event does to the game. */
  const effectSchema = z.union([
    z.strictObject({ track: id, delta: numberOrWeight }),
    z.strictObject({ actor: id, trust: numberOrWeight }),
    z.strictObject({ actor: id, patience: numberOrWeight }),
    z.strictObject({ flag: id, set: z.boolean() }),
    z.strictObject({
      reopenDealsWith: id.check(z.describe('An actor id: its deals in force are reopened.')),
    }),
  ]);

  const leverEffect = z.strictObject({
    track: id,
    atFull: numberOrWeight.check(
      z.describe('How much the track moves when the lever is at its full degree.'),
    ),
  });

  const leverBase = {
    id,
    label: shortText,
    side: z
      .enum(['give', 'ask'])
      .check(z.describe('give: what Seoul concedes; ask: what Seoul asks for.')),
    counterparts: z
      .array(id)
      .check(z.minLength(1), z.describe('The actors this lever can be put to.')),
    explain: text.check(z.describe('What the lever means, in words a student understands.')),
    source,
    effects: z
      ._default(z.array(leverEffect), [])
      .check(
        z.describe(
          'How the tracks move when a deal with this lever is accepted (scaled by degree).',
        ),
      ),
  };

  const amountLeverSchema = z.strictObject({
    ...leverBase,
    kind: z.literal('amount'),
    unit: localized(z.string().check(z.minLength(1), z.maxLength(20))).check(
      z.describe('Shown beside every value: "$bn", "%", "troops".'),
    ),
    none: z
      .number()
      .check(z.describe("The value that means no concession (degree 0), e.g. today's level.")),
    full: z
      .number()
      .check(
        z.describe('The value that means the full concession (degree 1); may be below `none`.'),
      ),
    step: z.number().check(z.positive()),
  });

  const choiceLeverSchema = z.strictObject({
    ...leverBase,
    kind: z.literal('choice'),
    options: z
      .array(
        z.strictObject({
          id,
          label: shortText,
          degree: z
            .number()
            .check(z.gte(0), z.lte(1), z.describe('0 = no concession, 1 = the full concession.')),
        }),
      )
      .check(z.minLength(2)),
  });

  const leverSchema = z.discriminatedUnion('kind', [amountLeverSchema, choiceLeverSchema]);

  const actorSchema = z.strictObject({
    id,
    name: shortText,
    capital: shortText,
    relationTrack: id.check(z.describe('The track that holds relations with this capital.')),
    summary: text,
    redLines: z._default(z.array(shortText), []),
    patience: numberOrWeight.check(
      z.describe('How many refused or countered offers a turn before walking away.'),
    ),
    volatility: numberOrWeight.check(
      z.describe('0 = steady; higher = its answers swing more and settled deals may be reopened.'),
    ),
    reservation: numberOrWeight.check(
      z.describe('The value a package must bring before it is accepted.'),
    ),
    values: z
      .record(z.string(), numberOrWeight)
      .check(
        z.describe(
          'lever id → how much this actor values that lever at full degree (negative: it costs it).',
        ),
      ),
    watches: z
      ._default(
        z.array(
          z.strictObject({
            lever: id,
            offeredTo: id,
            trust: numberOrWeight.check(
              z.describe('Trust change when Seoul gives that lever to that actor.'),
            ),
          }),
        ),
        [],
      )
      .check(z.describe('How this actor reacts to what Seoul gives others (hedging, entrapment).')),
    links: z
      ._default(
        z.array(
          z.strictObject({
            levers: z.array(id).check(z.minLength(2)),
            bonus: numberOrWeight,
            explain: shortText,
          }),
        ),
        [],
      )
      .check(z.describe('Issue linkage: extra value when all these levers are in one package.')),
    dealConcept: z
      .optional(conceptSchema)
      .check(
        z.describe(
          'The idea a deal with this actor illustrates, named in the debrief (e.g. minilateralism).',
        ),
      ),
    demands: z._default(
      z.array(
        z.strictObject({
          lever: id,
          value: z
            .union([z.number(), id])
            .check(z.describe('The amount, or the option id, this actor asks of Seoul.')),
          fromTurn: z._default(z.number().check(z.int(), z.gte(1)), 1),
          untilTurn: z.optional(z.number().check(z.int(), z.gte(1))),
        }),
      ),
      [],
    ),
  });

  const turnSchema = z.strictObject({
    date: z.iso.date().check(z.describe("The turn's date, YYYY-MM-DD.")),
    label: shortText,
    atTable: z.array(id).check(z.describe('The counterparts Seoul can negotiate with this turn.')),
    note: z.optional(text),
  });

  const eventSchema = z.strictObject({
    id,
    title: shortText,
    text,
    source,
    turn: z
      .optional(z.number().check(z.int(), z.gte(1)))
      .check(z.describe('A scripted event fires at the start of this turn.')),
    probability: z
      .optional(numberOrWeight)
      .check(
        z.describe('A random event fires each turn with this chance while its conditions hold.'),
      ),
    when: z
      ._default(z.array(conditionSchema), [])
      .check(z.describe('All must hold for the event to fire.')),
    once: z._default(z.boolean(), true),
    effects: z.array(effectSchema).check(z.minLength(1)),
    concept: z
      .optional(conceptSchema)
      .check(z.describe('The idea this event illustrates, named in the debrief.')),
  });

  const endingSchema = z.strictObject({
    id,
    title: shortText,
    text,
    grade: z.enum(['A', 'B', 'C', 'D', 'F']),
    early: z.boolean().check(z.describe('true: may end the game before the calendar runs out.')),
    when: z
      .array(conditionSchema)
      .check(z.describe('All must hold; the first ending that matches wins.')),
    scoreBonus: z._default(numberOrWeight, 0),
  });

  const stabilitySchema = z.strictObject({
    terms: z
      .array(z.strictObject({ track: id, weight: numberOrWeight }))
      .check(z.minLength(1), z.describe('The index is the weighted mean of these tracks.')),
    penalties: z._default(
      z.array(
        z.union([
          z.strictObject({
            below: id.check(z.describe('A track id.')),
            threshold: numberOrWeight,
            weight: numberOrWeight.check(
              z.describe('Index points lost per point below the threshold.'),
            ),
            explain: shortText,
          }),
          z.strictObject({
            gap: z.tuple([id, id]).check(z.describe('Two track ids.')),
            threshold: numberOrWeight,
            weight: numberOrWeight.check(
              z.describe('Index points lost per point of gap beyond the threshold.'),
            ),
            explain: shortText,
          }),
        ]),
      ),
      [],
    ),
  });

  /** Rules-wide coefficients the engine needs, each naming a weight or a number. */
  const rulesSchema = z.strictObject({
    player: id.check(
      z.describe('The actor id the player speaks for (its own capital is not a counterpart).'),
    ),
    approvalTrack: id,
    economyTrack: id,
    securityTrack: id,
    winSetFloor: numberOrWeight.check(
      z.describe('Approval below which the National Assembly will not ratify a deal.'),
    ),
    winSetLeverageBand: numberOrWeight.check(
      z.describe('Within this many points of the floor, counterparts settle for less.'),
    ),
    winSetLeverage: numberOrWeight.check(
      z.describe('How much value a counterpart forgoes when Seoul is at its floor.'),
    ),
    trustStart: numberOrWeight,
    trustValue: numberOrWeight.check(
      z.describe('Value a package gains per point of trust above 50 (loses below).'),
    ),
    trustPerKept: numberOrWeight,
    trustPerBroken: numberOrWeight,
    counterMargin: numberOrWeight.check(
      z.describe('How far short a package may fall and still draw a counter-offer.'),
    ),
    walkAwayRelation: numberOrWeight.check(
      z.describe('Relation change when a counterpart runs out of patience.'),
    ),
    unmetDemandRelation: numberOrWeight.check(
      z.describe('Relation change per unmet demand at the end of a turn.'),
    ),
    dealRelation: numberOrWeight.check(z.describe('Relation change when a deal is signed.')),
    reopenChance: numberOrWeight.check(
      z.describe('Chance per turn, times volatility, that a deal in force is reopened.'),
    ),
    renegeApproval: numberOrWeight.check(
      z.describe('Approval regained when Seoul reneges on a deal.'),
    ),
    driftToward: numberOrWeight.check(
      z.describe('Share of the way each relation drifts back toward where it began, every turn.'),
    ),
    entrapmentDrop: numberOrWeight.check(
      z.describe(
        'A relation drop this large, from a deal with another capital, counts as entrapment.',
      ),
    ),
    abandonmentBelow: numberOrWeight.check(
      z.describe('Relations with the patron below this count as abandonment fear.'),
    ),
    patron: id.check(z.describe('The actor whose protection Seoul depends on (abandonment).')),
    rival: id.check(z.describe("The patron's rival, on whose trade Seoul depends (hedging).")),
  });

  const scenarioSchema = z
    .strictObject({
      $schema: z.optional(z.string()),
      format: z
        .literal(SCENARIO_FORMAT)
        .check(z.describe('The scenario format version this file is written for.')),
      id,
      title: shortText,
      summary: text,
      language: languageTag.check(
        z.describe(
          'The language the scenario is written in: every text that is given per language must have it.',
        ),
      ),
      authors: z.array(shortText).check(z.minLength(1)),
      version: z.string().check(z.regex(/^\d+\.\d+(\.\d+)?$/, PROBLEM_ENGLISH['schema.version'])),
      briefing: z.strictObject({
        situation: text,
        goals: z.array(shortText).check(z.minLength(1)),
        sources: z
          .array(z.strictObject({ id: source, title: shortText, note: z.optional(text) }))
          .check(z.minLength(1)),
      }),
      tracks: z.array(trackSchema).check(z.minLength(1)),
      actors: z.array(actorSchema).check(z.minLength(1)),
      calendar: z.array(turnSchema).check(z.minLength(1)),
      levers: z.array(leverSchema).check(z.minLength(1)),
      events: z._default(z.array(eventSchema), []),
      endings: z.array(endingSchema).check(z.minLength(1)),
      stability: stabilitySchema,
      rules: rulesSchema,
      weights: z._default(
        z.record(z.string().check(z.regex(/^[a-z][a-zA-Z0-9.-]*$/)), weightSchema),
        {},
      ),
    })
    .check(z.describe('A Tightrope scenario: everything that moves a number is here, as data.'));

  return {
    numberOrWeight,
    conceptSchema,
    weightSchema,
    trackSchema,
    conditionSchema,
    effectSchema,
    amountLeverSchema,
    choiceLeverSchema,
    leverSchema,
    actorSchema,
    turnSchema,
    eventSchema,
    endingSchema,
    stabilitySchema,
    rulesSchema,
    scenarioSchema,
    text,
  };
}

type Schemas = ReturnType<typeof defineSchemas>;

/** The scenario format's schemas, built at first use. */
export const scenarioSchemas = builtOnce(defineSchemas);

/** A text given in one or more languages, as the file has it. */
export type LocalText = z.infer<Schemas['text']>;

/** A scenario as its file gives it: texts may be given per language. */
export type ScenarioFile = z.infer<Schemas['scenarioSchema']>;
export type ScenarioInput = z.input<Schemas['scenarioSchema']>;

/** `T` with every text in one language: what the engine and the screens read. */
export type InOneLanguage<T> = [Exclude<T, undefined>] extends [LocalText]
  ? [LocalText] extends [Exclude<T, undefined>]
    ? string | Extract<T, undefined>
    : Mapped<T>
  : Mapped<T>;
// A homomorphic mapped type keeps arrays arrays and tuples tuples.
type Mapped<T> = T extends object ? { [K in keyof T]: InOneLanguage<T[K]> } : T;

/** A scenario with every text in one language. */
export type Scenario = InOneLanguage<ScenarioFile>;
export type Track = InOneLanguage<z.infer<Schemas['trackSchema']>>;
export type Actor = InOneLanguage<z.infer<Schemas['actorSchema']>>;
export type Turn = InOneLanguage<z.infer<Schemas['turnSchema']>>;
export type Lever = InOneLanguage<z.infer<Schemas['leverSchema']>>;
export type AmountLever = InOneLanguage<z.infer<Schemas['amountLeverSchema']>>;
export type ChoiceLever = InOneLanguage<z.infer<Schemas['choiceLeverSchema']>>;
export type ScenarioEvent = InOneLanguage<z.infer<Schemas['eventSchema']>>;
export type Ending = InOneLanguage<z.infer<Schemas['endingSchema']>>;
export type Condition = z.infer<Schemas['conditionSchema']>;
export type Effect = z.infer<Schemas['effectSchema']>;
export type Weight = InOneLanguage<z.infer<Schemas['weightSchema']>>;
export type NumberOrWeight = z.infer<Schemas['numberOrWeight']>;
export type Concept = z.infer<Schemas['conceptSchema']>;
