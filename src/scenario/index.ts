// The scenario layer's public face: the schema, parsing with located problems, and the JSON Schema.
export * from './schema';
export { builtOnce } from './built-once';
export {
  parseScenarioText,
  parseScenarioValue,
  parseScenarioFileText,
  parseScenarioFileValue,
  parseJsonText,
  tooLargeSay,
  MAX_SCENARIO_BYTES,
  MAX_NESTING,
  type ParseResult,
} from './parse';
export { checkLanguages, fallbackMark, inLanguage, languagesOf, textIn } from './localize';
export { formatProblem, locate, problemAt, type Problem } from './problems';
export {
  ENGLISH_PROBLEMS,
  PROBLEM_ENGLISH,
  problemEnglish,
  sayProblem,
  sayProblemIn,
  type Joiner,
  type ProblemKey,
  type ProblemPart,
  type ProblemSay,
  type ProblemVoice,
} from './problem-words';
export { scenarioJsonSchema, weightsJsonSchema } from './json-schema';
export {
  parseGameLogText,
  parseWeightsText,
  logSchemas,
  type GameLog,
  type WeightsFile,
} from './game-log';
