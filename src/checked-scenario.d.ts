// Bundled scenarios imported with `?checked` (the checked-scenarios plugin in vite.config.ts).
declare module '*.json?checked' {
  /** Where the file is served; `checked` when the build has checked it and ships the checker's output. */
  const scenario: { url: string; checked: boolean };
  export default scenario;
}
