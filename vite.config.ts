// Vite build for the browser game: Phaser in its own chunk, everything else small; the files the first
// screen waits for are preloaded from the page itself, so they download while the JavaScript is parsed.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { defineConfig, type HtmlTagDescriptor, type Plugin } from 'vite';

/** What src/main.ts waits for before the Title (its font check), and the Title's own word for Korean. */
const FIRST_GLYPHS = 'Seoul 서울 한국어';
const FONT_CSS = ['400', '700'].map(
  (weight) => new URL(`node_modules/@fontsource/noto-sans-kr/${weight}.css`, import.meta.url),
);
/** The data fetched at boot: the bundled scenarios and the map. */
const FIRST_DATA = /^(summer-2025|classroom-45|road-to-apec|northeast-asia)\.json$/;

/** The woff2 files whose unicode-range covers some of `text`: the ones the browser will ask for. */
function fontFilesFor(text: string): Set<string> {
  const codes = [...text].map((c) => c.codePointAt(0)!);
  const files = new Set<string>();
  for (const css of FONT_CSS) {
    for (const face of readFileSync(css, 'utf8').matchAll(/@font-face\s*{([^}]*)}/g)) {
      const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(face[1]!)?.[1];
      const range = /unicode-range:\s*([^;]+);/.exec(face[1]!)?.[1];
      if (!file || !range) continue;
      const spans = range.split(',').map((part) => {
        const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
        return [parseInt(from!, 16), parseInt(to ?? from!, 16)] as const;
      });
      if (codes.some((c) => spans.some(([from, to]) => c >= from && c <= to))) files.add(file);
    }
  }
  return files;
}

function preloadFirstScreen(): Plugin {
  const fonts = fontFilesFor(FIRST_GLYPHS);
  return {
    name: 'preload-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const tags: HtmlTagDescriptor[] = [];
        for (const file of Object.values(ctx.bundle ?? {})) {
          if (file.type !== 'asset') continue;
          const names = [...file.originalFileNames, ...file.names].map((n) => basename(n));
          const href = `./${file.fileName}`;
          if (names.some((n) => fonts.has(n)))
            tags.push({
              tag: 'link',
              attrs: { rel: 'preload', href, as: 'font', type: 'font/woff2', crossorigin: '' },
              injectTo: 'head',
            });
          else if (names.some((n) => FIRST_DATA.test(n)))
            tags.push({
              tag: 'link',
              attrs: { rel: 'preload', href, as: 'fetch', crossorigin: '' },
              injectTo: 'head',
            });
        }
        return tags;
      },
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [preloadFirstScreen()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      output: {
        manualChunks(id: string) {
          return id.includes('node_modules/phaser') ? 'phaser' : undefined;
        },
      },
    },
  },
});
