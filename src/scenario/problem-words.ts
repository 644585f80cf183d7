// The scenario checker's sentences as data (a key and its parts) and their English words, the only place those
// words live: the command line prints them, and the game says the same keys again in the teacher's language.

/** Every sentence and phrase the checker writes, in English; an interface gives the same keys in its language. */
export const PROBLEM_ENGLISH = {
  said: '{text}',
  // Before the text is read: size, nesting, JSON syntax, the format.
  'file.tooLarge': 'the {what} is {size} MB; the limit is {limit} MB',
  'file.empty': 'the file is empty',
  'file.tooDeep': 'the file is nested more than {levels} levels deep',
  // A teacher's file the game could not get hold of: picked, dropped or at a web address.
  'fetch.unreadable': 'the file could not be read ({reason})',
  'fetch.unreachable':
    'the scenario at {address} could not be fetched: the address may be wrong, the server may be offline, or it may not let other sites read its files',
  'fetch.refused': 'the scenario at {address} could not be fetched: the server answered {status}',
  'fetch.unreadableAt': 'the scenario at {address} could not be read ({reason})',
  'what.file': 'file',
  'what.scenario': 'scenario',
  'what.gameLog': 'game log',
  'what.weightsFile': 'weights file',
  'json.syntax': 'JSON syntax error: {detail}',
  'json.singleQuotes': 'JSON takes double quotes ("…"), not single quotes',
  'json.trailingComma':
    'a comma before the closing {bracket} is not allowed in JSON: remove the last comma',
  'json.InvalidSymbol': 'unexpected character',
  'json.InvalidNumberFormat': 'a number is written wrongly',
  'json.PropertyNameExpected': 'expected a field name in double quotes',
  'json.ValueExpected': 'expected a value',
  'json.ColonExpected': 'expected ":" after the field name',
  'json.CommaExpected': 'expected "," between items (or a closing bracket)',
  'json.CloseBraceExpected': 'expected "}" to close the object',
  'json.CloseBracketExpected': 'expected "]" to close the list',
  'json.EndOfFileExpected': 'unexpected text after the end',
  'json.comment': 'comments are not allowed in JSON',
  'json.UnexpectedEndOfString': 'a text is missing its closing double quote',
  'json.UnexpectedEndOfNumber': 'a number is cut short',
  'json.InvalidUnicode': 'a \\u escape is written wrongly',
  'json.InvalidEscapeCharacter': 'a backslash escape is written wrongly',
  'json.InvalidCharacter': 'a character is not allowed here (e.g. a raw line break inside a text)',
  'json.other': '{code}',
  'scenario.notObject': 'a scenario must be a JSON object {...}',
  'format.newer':
    'this file is written for scenario format {format} (a newer game); this game reads format {current}',
  'format.older':
    'this file is written for scenario format {format} (an older game); this game reads format {current}',
  // Types: what a place expects and what it found.
  'field.unknown': 'unknown field "{field}" ({hint})',
  'hint.didYouMean': 'did you mean "{name}"?',
  'hint.allowedFields': 'the fields allowed here: {fields}',
  'hint.schemaTop': 'check its spelling; see scenario.schema.json for the fields a scenario has',
  'hint.schemaHere': 'check its spelling; see scenario.schema.json for the fields allowed here',
  'hint.numberQuotes': ' (write numbers without quotes: {number})',
  'hint.booleanQuotes': ' (write {value} without quotes)',
  'hint.listBrackets': ' (a list is written in square brackets: [{value}])',
  'hint.tryId': ' (try "{id}")',
  'hint.didYouMeanAfter': ' (did you mean "{name}"?)',
  'hint.didYouMeanAlso': '; did you mean "{name}"?',
  'field.missing': 'missing required field "{field}" ({detail})',
  'value.missing': 'missing required value ({detail})',
  'value.found': '{rule}, found {found}{hint}',
  'type.expected': 'expected {expected}',
  'type.found': 'expected {expected}, found {found}{hint}',
  'union.mixed': 'cannot have both {first} and {last}: keep only the fields of one kind',
  'oneOf.one': 'must be {value}',
  'oneOf.two': 'must be {first} or {second}',
  'oneOf.many': 'must be one of {values}',
  'array.atLeastOne': 'must list at least one item, found an empty list []',
  'array.atLeast': 'needs at least {min} items, found {found}',
  'array.tooMany': 'has too many items (at most {max})',
  'array.tooManyFound': 'has too many items (at most {max}, found {found})',
  'text.empty': 'must not be empty',
  'text.tooLong': 'is too long (at most {max} characters)',
  'text.tooLongFound': 'is too long (at most {max} characters, found {found})',
  'number.moreThan': 'must be more than {min}, found {found}',
  'number.atLeast': 'must be at least {min}, found {found}',
  'number.lessThan': 'must be less than {max}, found {found}',
  'number.atMost': 'must be at most {max}, found {found}',
  'date.expected': 'expected a real date written YYYY-MM-DD, such as "2025-08-25", found {found}',
  'key.notAllowedExpected': '"{key}" is not allowed as a name: expected {expected}',
  'key.notAllowed': '"{key}" is not allowed as a name here',
  'expect.text': 'text',
  'expect.number': 'a number',
  'expect.boolean': 'true or false',
  'expect.list': 'a list [...]',
  'expect.object': 'an object {...}',
  'expect.int': 'a whole number',
  'expect.date': 'a date written YYYY-MM-DD',
  'expect.weightName': 'the name of a weight',
  'expect.id': 'an id',
  'expect.perLanguage': 'one text per language {"en": "…"}',
  'pattern.weight':
    'the name of a weight (a lower-case letter first, then letters, digits, dots or dashes)',
  'pattern.id': 'an id (lower-case letters, digits and dashes, starting with a letter)',
  'pattern.languageTag': 'a language tag such as "en" or "ko"',
  'schema.id': 'an id is lower-case letters, digits and dashes, starting with a letter',
  'schema.version': 'a version such as "1.0"',
  'schema.weightName': 'a weight name',
  'schema.someLanguage': 'give the text in at least one language',
  'found.nothing': 'nothing',
  'found.list': 'a list',
  'found.object': 'an object',
  'zod.message': '{message}',
  // Meaning: references, ranges, ids, endings.
  'weight.undeclared':
    'weight "{name}" is not declared in "weights": declare it there, or write a number here',
  'weight.undeclaredNear': 'weight "{name}" is not declared in "weights" (did you mean "{near}"?)',
  'weight.notFinite': 'weight "{name}" must be a finite number',
  'weight.minAboveMax': 'weight "{name}" has min {min} above max {max}',
  'weight.outside': 'weight "{name}" is {value}, outside its range {min}..{max}',
  'weight.unknown': 'the scenario has no weight "{name}"',
  'ref.track': '{what} names track "{id}", which is not among the tracks{hint}',
  'ref.trackOrStability':
    '{what} names track "{id}", which is neither a track nor "stability" (the Alliance Stability Index){hint}',
  'ref.actor': '{what} names actor "{id}", which is not among the actors{hint}',
  'ref.lever': '{what} names lever "{id}", which is not among the levers{hint}',
  'what.field': '{field}',
  'what.actor': 'actor "{id}"',
  'what.valuesEntry': 'a "values" entry of actor "{id}"',
  'what.watchesEntry': 'a "watches" entry of actor "{id}"',
  'what.link': 'a link of actor "{id}"',
  'what.demand': 'a demand of actor "{id}"',
  'what.turn': 'turn {turn}',
  'what.lever': 'lever "{id}"',
  'what.event': 'event "{id}"',
  'what.ending': 'ending "{id}"',
  'what.stability': 'the stability index',
  'what.penalty': 'this penalty',
  'name.protoValue': '"__proto__" is not a lever id: the names in "values" are the ids of levers',
  'name.protoWeight': '"__proto__" cannot be used as the name of a weight',
  'id.twice': 'id "{id}" is used twice in {list} (first at /{list}/{first})',
  'track.minNotBelowMax': 'track "{id}" has min {min}, which must be below its max {max}',
  'track.startOutside': 'track "{id}" starts at {start}, outside its range {min}..{max}',
  'rules.playerIsActor':
    'the player "{player}" is also among the actors: rules.player names the side the students play (such as "seoul"), never a counterpart',
  'chance.range': 'a chance must lie between 0 and 1, found {found}',
  'demand.noOption': 'lever "{lever}" has no option "{option}" (its options: {options})',
  'demand.amountRange':
    'lever "{lever}" takes an amount from {low} to {high} {unit}, found {found}',
  'demand.notFor':
    'actor "{actor}" demands lever "{lever}", which cannot be put to it (see the lever\'s counterparts)',
  'demand.never': 'this demand runs from turn {from} until turn {until}, so it is never made',
  'turn.notInCalendar': 'turn {turn} is not in the calendar (it has {turns} turns)',
  'calendar.order':
    'turn {turn} ({date}) comes before turn {previous} ({previousDate}); list turns in date order',
  'lever.cannotMove': 'lever "{id}" has the same value for none and full, so it cannot move',
  'option.twice': 'option "{option}" is used twice in lever "{lever}"',
  'lever.unvalued': 'no counterpart values lever "{id}", so offering it changes no answer',
  'event.turnBeyond': '{what} is set for turn {turn}, but the calendar has {turns} turns',
  'probability.range':
    'a probability must lie between 0 and 1 (0.25 is a one-in-four chance each turn), found {found}',
  'event.probabilityZero': '{what} has probability 0, so it can never fire',
  'event.noTrigger': '{what} has neither a turn nor a probability, so it can never fire',
  'event.flagNeverSet': 'no event sets flag "{flag}", so {what} can never fire',
  'endings.noFinal':
    'no ending has "early": false, so the game cannot end when the calendar runs out',
  'endings.noCatchAll':
    'no final ending applies in every case: add a last ending with "early": false and "when": [] so every game can end',
  'parts.waitOne':
    'checks that involve {sections} (references, duplicate ids, ranges) wait until its problems above are fixed; then check the file again',
  'parts.waitMany':
    'checks that involve {sections} (references, duplicate ids, ranges) wait until their problems above are fixed; then check the file again',
  // Languages of the texts.
  'text.noOwnLanguage':
    'this text has no "{language}" version, the scenario\'s language ("language": "{language}"); give it, or change "language"',
  'text.missingLanguage':
    '{missing} of the {total} texts given per language have no "{language}" version (this is the first); players in that language see the "{base}" text there, marked {mark}',
} as const;

export type ProblemKey = keyof typeof PROBLEM_ENGLISH;

/** How a list part is joined: "a, b", "a or b", "a, b and c". */
export type Joiner = 'comma' | 'or' | 'and';

/** One part of a problem's sentence: words or a value as written, a count, a phrase of its own, or a list. */
export type ProblemPart = string | number | ProblemSay | { items: ProblemPart[]; by: Joiner };

export interface ProblemSay {
  key: ProblemKey;
  parts: Readonly<Record<string, ProblemPart>>;
}

export function sayProblem(key: ProblemKey, parts: Record<string, ProblemPart> = {}): ProblemSay {
  return { key, parts };
}

export function listOf(items: ProblemPart[], by: Joiner): ProblemPart {
  return { items, by };
}

/** Who says a problem: its words, and how it writes counts and joins lists. */
export interface ProblemVoice {
  words: Readonly<Record<ProblemKey, string>>;
  number(n: number): string;
  list(items: string[], by: Joiner): string;
}

function englishList(items: string[], by: Joiner): string {
  if (by === 'comma') return items.join(', ');
  if (by === 'or') return items.join(' or ');
  return items.length > 1
    ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`
    : items.join('');
}

export const ENGLISH_PROBLEMS: ProblemVoice = {
  words: PROBLEM_ENGLISH,
  number: String,
  list: englishList,
};

/** The sentence in the voice's words, each {part} filled in (by a function, so a "$" in a value stays as it is). */
export function sayProblemIn(voice: ProblemVoice, s: ProblemSay): string {
  return voice.words[s.key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const part = s.parts[name];
    return part === undefined ? whole : partIn(voice, part);
  });
}

function partIn(voice: ProblemVoice, part: ProblemPart): string {
  if (typeof part === 'string') return part;
  if (typeof part === 'number') return voice.number(part);
  if ('key' in part) return sayProblemIn(voice, part);
  return voice.list(
    part.items.map((p) => partIn(voice, p)),
    part.by,
  );
}

/** The English sentence: what a Problem carries as `message` and the command line prints. */
export function problemEnglish(s: ProblemSay): string {
  return sayProblemIn(ENGLISH_PROBLEMS, s);
}
