// The store layer's public face.
export {
  createGameStore,
  type GameStore,
  type Screen,
  type StoreData,
  type StoreActions,
  type ActResult,
  type Notice,
} from './game-store';
export {
  loadBundledScenarios,
  catalogueFrom,
  DEFAULT_SCENARIO_ID,
  type CatalogueEntry,
} from './bundled';
export { tightropeApi, type TightropeApi } from './window-api';
export { tooLarge, tooLargeMessage, isTooLarge, type LoadAttempt } from './loader';
export { memoryStorage, type SaveStorage } from './saves';
export * as views from './views';
export { runBatch, type BatchRun, type PolicyResult } from './batch';
export type { Overlay, TuningPreview } from './tuning';
