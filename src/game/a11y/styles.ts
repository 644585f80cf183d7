// The accessible layer's and the display settings' look: hidden until focused, readable, high contrast on request.

/** The standard "visually hidden" rules: out of sight, still in the accessibility tree and the Tab order. */
const HIDDEN = `
  position: absolute !important;
  width: 1px !important;
  height: 1px !important;
  padding: 0 !important;
  margin: -1px !important;
  overflow: hidden !important;
  clip: rect(0 0 0 0) !important;
  clip-path: inset(50%) !important;
  white-space: nowrap !important;
  border: 0 !important;
`;

export const A11Y_CSS = `
.tightrope-visually-hidden,
.tightrope-layer:not(:focus-within) { ${HIDDEN} }

.tightrope-layer,
.tightrope-settings,
.tightrope-confirm {
  --tr-bg: #0a1320;
  --tr-panel: #122033;
  --tr-edge: #2f4a66;
  --tr-text: #e8eef5;
  --tr-muted: #b7c7d8;
  --tr-accent: #e69f00;
  --tr-focus: #f0e442;
  font-family: 'Noto Sans KR', 'Tightrope Symbols', 'Noto Sans CJK KR', sans-serif;
  font-size: calc(16px * var(--tightrope-text-scale, 1));
  line-height: 1.45;
  color: var(--tr-text);
  background: var(--tr-bg);
}
html[data-contrast='high'] .tightrope-layer,
html[data-contrast='high'] .tightrope-settings,
html[data-contrast='high'] .tightrope-confirm {
  --tr-bg: #000000;
  --tr-panel: #000000;
  --tr-edge: #ffffff;
  --tr-text: #ffffff;
  --tr-muted: #ffffff;
  --tr-accent: #ffd23f;
  --tr-focus: #ffd23f;
}

/* Shown as a panel while the keyboard is in it, so sighted keyboard players see where the focus is. */
.tightrope-layer:focus-within {
  position: fixed;
  top: 8px;
  right: 8px;
  z-index: 30;
  box-sizing: border-box;
  width: min(480px, calc(100vw - 16px));
  max-height: calc(100vh - 16px);
  overflow: auto;
  padding: 4px 18px 16px;
  border: 2px solid var(--tr-accent);
  border-radius: 10px;
  box-shadow: 0 8px 32px #000a;
}
.tightrope-layer h1 { font-size: 1.5em; margin: 0.5em 0 0.3em; }
.tightrope-layer h2 { font-size: 1.2em; margin: 1em 0 0.3em; color: var(--tr-accent); }
.tightrope-layer h3 { font-size: 1.05em; margin: 0.8em 0 0.2em; }
.tightrope-layer p { margin: 0.3em 0; }
.tightrope-layer ul, .tightrope-layer ol { margin: 0.3em 0; padding-left: 1.3em; }
.tightrope-layer table { border-collapse: collapse; width: 100%; }
.tightrope-layer caption { text-align: left; color: var(--tr-muted); }
.tightrope-layer td { white-space: nowrap; }
.tightrope-layer th, .tightrope-layer td { text-align: left; padding: 2px 6px 2px 0; border-bottom: 1px solid var(--tr-edge); }
.tightrope-layer fieldset { border: 1px solid var(--tr-edge); border-radius: 6px; margin: 0.5em 0; }
.tightrope-layer .tightrope-hint, .tightrope-settings .tightrope-hint { color: var(--tr-muted); font-size: 0.9em; }
.tightrope-layer input[type='range'], .tightrope-settings input[type='range'] { width: 100%; accent-color: var(--tr-accent); }

.tightrope-layer button,
.tightrope-settings button,
.tightrope-confirm button,
.tightrope-settings-toggle,
.tightrope-layer select,
.tightrope-settings select {
  font: inherit;
  color: var(--tr-text);
  background: var(--tr-panel);
  border: 2px solid var(--tr-edge);
  border-radius: 6px;
  padding: 0.3em 0.8em;
  margin: 0.2em 0.3em 0.2em 0;
  cursor: pointer;
}
.tightrope-layer button[aria-disabled='true'] { color: var(--tr-muted); border-style: dashed; }
.tightrope-layer :focus-visible,
.tightrope-settings :focus-visible,
.tightrope-confirm :focus-visible,
.tightrope-settings-toggle:focus-visible {
  outline: 3px solid var(--tr-focus);
  outline-offset: 2px;
}

/* The "Aa" button: small, in the bottom-left corner, where the screens keep a margin. */
.tightrope-settings-toggle {
  position: fixed;
  left: 0;
  bottom: 0;
  z-index: 25;
  margin: 0;
  width: 26px;
  height: 26px;
  padding: 0;
  font-family: 'Noto Sans KR', sans-serif;
  font-size: 12px;
  font-weight: 700;
  line-height: 1;
  color: #e8eef5;
  background: #122033;
  border: 1px solid #4f6f90;
  border-radius: 6px;
  opacity: 0.85;
}
.tightrope-settings-toggle:hover, .tightrope-settings-toggle[aria-expanded='true'] { opacity: 1; border-color: #e69f00; }
html[data-contrast='high'] .tightrope-settings-toggle { color: #ffffff; background: #000000; border: 2px solid #ffffff; opacity: 1; }

.tightrope-settings {
  position: fixed;
  left: 8px;
  bottom: 34px;
  z-index: 26;
  box-sizing: border-box;
  width: min(360px, calc(100vw - 16px));
  max-height: calc(100vh - 56px);
  overflow: auto;
  padding: 4px 18px 14px;
  border: 2px solid var(--tr-accent);
  border-radius: 10px;
  box-shadow: 0 8px 32px #000a;
}
.tightrope-settings[hidden] { display: none; }
.tightrope-settings h2 { font-size: 1.15em; margin: 0.6em 0 0.4em; }
.tightrope-settings .tightrope-field { margin: 0.8em 0; }
.tightrope-settings label { display: block; font-weight: 700; }
.tightrope-settings .tightrope-check label { display: inline; }
.tightrope-settings input[type='checkbox'] { width: 1.1em; height: 1.1em; accent-color: var(--tr-accent); vertical-align: -0.15em; margin-right: 0.4em; }

.tightrope-confirm { max-width: min(520px, calc(100vw - 32px)); border: 2px solid var(--tr-accent); border-radius: 10px; padding: 8px 20px 16px; }
.tightrope-confirm::backdrop { background: #000b; }
.tightrope-confirm h2 { font-size: 1.2em; }

html[data-motion='reduced'] .tightrope-layer *,
html[data-motion='reduced'] .tightrope-settings * { transition: none !important; animation: none !important; scroll-behavior: auto !important; }
`;
