// Vite build for the browser game: what the first screen shares with later code in one file, each later screen's
// own code apart; the files the first screen waits for are preloaded from the page itself, so they download
// while the JavaScript is parsed.
import { readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { defineConfig, type HtmlTagDescriptor, type Plugin } from 'vite';

/**
 * What src/main.ts waits for before the Title (its font check), the Title's own word for Korean, and the
 * curly quote of its English texts (a character the Latin file and a later one both cover).
 */
const FIRST_GLYPHS = 'Seoul 서울 한국어 ’';
const FONT_CSS = ['400', '700'].map(
  (weight) => new URL(`node_modules/@fontsource/noto-sans-kr/${weight}.css`, import.meta.url),
);
/** The data fetched at boot: the bundled scenarios (the board's map comes after the first screen). */
const FIRST_DATA = /^(summer-2025|classroom-45|road-to-apec)\.json$/;

/** The woff2 files whose unicode-range covers some of `text`: the ones the browser will ask for. */
async function fontFilesFor(text: string): Promise<Set<string>> {
  // The game's own reading of a font stylesheet, loaded as the command-line tools load the game's code.
  const { fontFiles, usesAny } = (await tsImport(
    './src/game/ui/unicode-range.ts',
    import.meta.url,
  )) as typeof import('./src/game/ui/unicode-range');
  const files = new Set<string>();
  for (const css of FONT_CSS)
    for (const { file, ranges } of fontFiles(readFileSync(css, 'utf8')))
      if (usesAny(text, ranges)) files.add(basename(file));
  return files;
}

const FACES = 'faces';

/**
 * `import '@fontsource/noto-sans-kr/400.css?faces=first'`: only the font's faces the first screen needs (those
 * whose files are preloaded); `?faces=rest`: all the others. The page then parses a dozen @font-face rules
 * before the Title, not the font's 250, and the rest arrive with the code that loads after the first screen.
 */
function splitFontFaces(): Plugin {
  return {
    name: 'split-font-faces',
    enforce: 'pre',
    async transform(code, id) {
      const [file, query = ''] = id.split('?');
      const part = new URLSearchParams(query).get(FACES);
      if (!part || !file!.endsWith('.css')) return null;
      if (part !== 'first' && part !== 'rest')
        this.error(`${basename(file!)}?${FACES}= takes first or rest, not ${part}`);
      const first = await (firstFontFiles ??= fontFilesFor(FIRST_GLYPHS));
      const faces = [...code.matchAll(/@font-face\s*{[^}]*}/g)].map((m) => m[0]);
      const kept = faces.filter((face) => {
        const named = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(face)?.[1];
        return (named !== undefined && first.has(named)) === (part === 'first');
      });
      return { code: kept.join('\n'), map: null };
    },
  };
}

/** The first screen's font files, found once for both plugins. */
let firstFontFiles: Promise<Set<string>> | undefined;

/**
 * The fonts and data arrive long before the code that uses them has run, while the code is what the Title
 * waits for longest: asked for at low priority, they leave it the connections and the server first.
 */
const LATER_THAN_CODE = { fetchpriority: 'low' };

function preloadFirstScreen(): Plugin {
  return {
    name: 'preload-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(_html, ctx) {
        const fonts = await (firstFontFiles ??= fontFilesFor(FIRST_GLYPHS));
        const tags: HtmlTagDescriptor[] = [];
        for (const file of Object.values(ctx.bundle ?? {})) {
          if (file.type !== 'asset') continue;
          const names = [...file.originalFileNames, ...file.names].map((n) => basename(n));
          const href = `./${file.fileName}`;
          if (names.some((n) => fonts.has(n)))
            tags.push({
              tag: 'link',
              attrs: {
                ...LATER_THAN_CODE,
                rel: 'preload',
                href,
                as: 'font',
                type: 'font/woff2',
                crossorigin: '',
              },
              injectTo: 'head',
            });
          else if (names.some((n) => FIRST_DATA.test(n)))
            tags.push({
              tag: 'link',
              attrs: { ...LATER_THAN_CODE, rel: 'preload', href, as: 'fetch', crossorigin: '' },
              injectTo: 'head',
            });
        }
        return tags;
      },
    },
  };
}

const GAME_PAGE = fileURLToPath(new URL('index.html', import.meta.url));

/**
 * The game's page asks for its WebGL context and reads the data it preloads as soon as it is parsed, in scripts
 * of its own (see src/game/early-context.ts and early-data.ts): the browser does both while the code downloads
 * and compiles. The benchmark's blank page, built with this config, is left as it is.
 */
function writeEarlyScripts(): Plugin {
  return {
    name: 'early-scripts',
    transformIndexHtml: {
      order: 'pre',
      async handler(_html, ctx) {
        if (ctx.filename !== GAME_PAGE) return [];
        const [{ earlyContextScript }, { earlyDataScript }, { DESIGN_WIDTH, DESIGN_HEIGHT }] =
          (await Promise.all([
            tsImport('./src/game/early-context.ts', import.meta.url),
            tsImport('./src/game/early-data.ts', import.meta.url),
            tsImport('./src/game/theme.ts', import.meta.url),
          ])) as [
            typeof import('./src/game/early-context'),
            typeof import('./src/game/early-data'),
            typeof import('./src/game/theme'),
          ];
        const design = { width: DESIGN_WIDTH, height: DESIGN_HEIGHT };
        return [
          { tag: 'script', children: earlyDataScript(), injectTo: 'body' },
          { tag: 'script', children: earlyContextScript('game', design), injectTo: 'body' },
        ];
      },
    },
  };
}

/**
 * The modules the page loads before its first screen that code loaded later imports too: Phaser, the store
 * with the rules engine, the UI kit, the words. They ship as one file (see codeSplitting below).
 */
const firstScreenShared = new Set<string>();

/** Finds firstScreenShared from the module graph, once the build has parsed every module. */
function findFirstScreenShared(): Plugin {
  const imports = new Map<string, readonly string[]>();
  const dynamicImports: string[] = [];
  const entries: string[] = [];
  const reachable = (roots: readonly string[]) => {
    const seen = new Set<string>();
    const todo = [...roots];
    while (todo.length > 0) {
      const id = todo.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      todo.push(...(imports.get(id) ?? []));
    }
    return seen;
  };
  return {
    name: 'first-screen-shared',
    apply: 'build',
    buildStart() {
      imports.clear();
      dynamicImports.length = 0;
      entries.length = 0;
      firstScreenShared.clear();
    },
    moduleParsed(info) {
      imports.set(info.id, info.importedIds);
      dynamicImports.push(...info.dynamicallyImportedIds);
      if (info.isEntry) entries.push(info.id);
    },
    buildEnd() {
      const later = reachable(dynamicImports);
      for (const id of reachable(entries)) if (later.has(id)) firstScreenShared.add(id);
    },
  };
}

/** Phaser's build-time switches, as its own distribution sets them (and no 3D camera or Facebook plugin). */
const PHASER_SWITCHES: Record<string, boolean> = {
  CANVAS_RENDERER: true,
  WEBGL_RENDERER: true,
  FEATURE_SOUND: true,
  WEBGL_DEBUG: false,
  EXPERIMENTAL: false,
  PLUGIN_CAMERA3D: false,
  PLUGIN_FBINSTANT: false,
};
const PHASER_SOURCE = fileURLToPath(new URL('node_modules/phaser/src/', import.meta.url));
const GAME_SOURCE = fileURLToPath(new URL('src/', import.meta.url));

/**
 * Phaser's device check makes a WebGL context as its module loads, only to see that one can be made, and drops
 * it: some 10 ms of the page's start-up, and a context beside the game's. In the game's Phaser the check runs
 * when first read, which is only when Phaser chooses a renderer itself: given the page's early context, the
 * game names WebGL (see start-game).
 */
const DEVICE_FEATURES = `${PHASER_SOURCE}device/Features.js`;
const WEBGL_CHECK = 'Features.webGL = testWebGL();';
const LAZY_WEBGL_CHECK = `var webGL;
    Object.defineProperty(Features, 'webGL', {
        configurable: true,
        enumerable: true,
        get: function () { return webGL === undefined ? (webGL = testWebGL()) : webGL; }
    });`;

/**
 * Phaser's WebGL renderer asks the context, as it starts and again after a lost context, for each of 27
 * compressed-texture extensions, which only its loader's compressed texture files use; the game loads none. Each
 * answer waits on the GPU: in the game's Phaser it has no compressed formats and asks nothing (alternated
 * loads: first Title frame about 7 ms sooner).
 */
const WEBGL_RENDERER = `${PHASER_SOURCE}renderer/webgl/WebGLRenderer.js`;
const COMPRESSION_PROBE = 'this.compression = this.getCompressedTextures();';
const NO_COMPRESSION = 'this.compression = { IMG: true };';

/**
 * Phaser's texture manager makes its three default textures (blank, missing, white) by decoding a PNG for each,
 * and the game waits for the decoding before its first frame: about 20 ms here, once the data the Title needs
 * comes as early as it does (see src/game/early-data.ts). The game gives no images of its own, so its Phaser
 * makes the same pixels at once, and says it is ready as soon as the code that made it has run.
 */
const TEXTURE_MANAGER = `${PHASER_SOURCE}textures/TextureManager.js`;
const DEFAULT_IMAGES = `        if (config.defaultImage !== null)
        {
            this.addBase64('__DEFAULT', config.defaultImage);
        }

        if (config.missingImage !== null)
        {
            this.addBase64('__MISSING', config.missingImage);
        }

        if (config.whiteImage !== null)
        {
            this.addBase64('__WHITE', config.whiteImage);
        }`;
const DEFAULT_PIXELS = `        //  Transparent; black with a green edge and diagonal (Phaser's "missing" picture); white.
        var missing = new Uint8Array(32 * 32 * 4);
        for (var p = 0; p < 32 * 32; p++)
        {
            var x = p % 32, y = (p - x) / 32;
            missing[p * 4 + 1] = (x === 0 || y === 0 || x === 31 || y === 31 || x === y) ? 255 : 0;
            missing[p * 4 + 3] = 255;
        }
        this.addUint8Array('__DEFAULT', new Uint8Array(32 * 32 * 4), 32, 32);
        this.addUint8Array('__MISSING', missing, 32, 32);
        this.addUint8Array('__WHITE', new Uint8Array(4 * 4 * 4).fill(255), 4, 4);
        var manager = this;
        Promise.resolve().then(function ()
        {
            manager.off(Events.LOAD);
            manager.off(Events.ERROR);
            manager.emit(Events.READY);
        });`;

/** The changes the game's build makes to Phaser's files as it reads them: the file, what it must read, instead. */
const PHASER_PATCHES = [
  { file: TEXTURE_MANAGER, find: DEFAULT_IMAGES, replace: DEFAULT_PIXELS, see: 'DEFAULT_PIXELS' },
  { file: DEVICE_FEATURES, find: WEBGL_CHECK, replace: LAZY_WEBGL_CHECK, see: 'LAZY_WEBGL_CHECK' },
  { file: WEBGL_RENDERER, find: COMPRESSION_PROBE, replace: NO_COMPRESSION, see: 'NO_COMPRESSION' },
];

/**
 * The game's `import Phaser from 'phaser'` builds from Phaser's own modules through src/game/phaser-lean.cjs,
 * which leaves out what the game never uses: less code to download and to run before the first screen. Only
 * the game's own files get it; the benchmark's blank page keeps Phaser as it is published. The dev server
 * serves the published Phaser, which holds everything the lean one does.
 */
function leanPhaser(): Plugin {
  const switches = new RegExp(`typeof (${Object.keys(PHASER_SWITCHES).join('|')})\\b`, 'g');
  return {
    name: 'lean-phaser',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (source === 'phaser' && importer?.startsWith(GAME_SOURCE))
        return `${GAME_SOURCE}game/phaser-lean.cjs`;
      if (source.startsWith('phaser/src/'))
        return this.resolve(PHASER_SOURCE + source.slice('phaser/src/'.length), importer);
      return null;
    },
    transform(code, id) {
      if (!id.startsWith(PHASER_SOURCE)) return null;
      const patches = PHASER_PATCHES.filter(({ file }) => file === id);
      // Phaser's files end their lines in CR LF; the patches are written with LF.
      if (patches.length > 0) code = code.replace(/\r\n/g, '\n');
      for (const { find, replace, see } of patches) {
        if (!code.includes(find))
          this.error(`Phaser's ${basename(id)} no longer reads "${find}": see ${see}`);
        code = code.replaceAll(find, replace);
      }
      return {
        code: code.replace(switches, (_, name: string) => String(PHASER_SWITCHES[name])),
        map: null,
      };
    },
  };
}

const CHECKED = '?checked';

/**
 * `import file from './x.json?checked'`: a bundled scenario checked when the game is built, so the browser need
 * not check it again before the title appears. The build fails on any error in it, with the checker's words;
 * the file ships as the checker's output. Under the dev server (and in tests) it is served as written and
 * checked in the browser like any other (`checked: false`).
 */
export function checkedScenarios(): Plugin {
  let building = false;
  let root = '';
  return {
    name: 'checked-scenarios',
    configResolved(config) {
      building = config.command === 'build';
      root = config.root;
    },
    async resolveId(source, importer) {
      if (!source.endsWith(CHECKED)) return null;
      const file = await this.resolve(source.slice(0, -CHECKED.length), importer);
      return file ? file.id + CHECKED : null;
    },
    async load(id) {
      if (!id.endsWith(CHECKED)) return null;
      const path = id.slice(0, -CHECKED.length);
      // The dev server serves the project's files as they are, from its root.
      if (!building)
        return `export default { url: ${JSON.stringify(`/${relative(root, path)}`)}, checked: false };`;
      this.addWatchFile(path);
      // The game's own checker, loaded as the command-line tools load it (the config cannot import the game).
      const { parseScenarioFileText } = (await tsImport(
        './src/scenario/index.ts',
        import.meta.url,
      )) as typeof import('./src/scenario');
      const parsed = parseScenarioFileText(readFileSync(path, 'utf8'));
      if (!parsed.ok)
        this.error(
          `${basename(path)} is not a valid scenario: ${parsed.problems
            .map((p) => `${p.pointer || '/'}: ${p.message}`)
            .join('; ')}`,
        );
      const ref = this.emitFile({
        type: 'asset',
        name: basename(path),
        source: JSON.stringify(parsed.value),
      });
      return `export default { url: import.meta.ROLLUP_FILE_URL_${ref}, checked: true };`;
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [
    leanPhaser(),
    findFirstScreenShared(),
    writeEarlyScripts(),
    splitFontFaces(),
    preloadFirstScreen(),
    checkedScenarios(),
  ],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    // Font files stay files, not written into the stylesheet: the browser fetches each only when a text first
    // needs one of its characters (the symbol font's marks are a few kilobytes, but few screens show them).
    assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined),
    rolldownOptions: {
      output: {
        // What the first screen shares with the code loaded after it, in one file (what it alone runs stays in
        // the entry): on two cores, the five files Phaser and the shared code used to make streamed and
        // compiled side by side, and the last finished later than one file does (30 alternated loads: first
        // Title frame 375 → 356 ms). The rest, each screen's and panel's own code, loads once the Title is up.
        codeSplitting: {
          groups: [
            {
              name: 'first-screen',
              test: (id: string) => firstScreenShared.has(id),
            },
          ],
        },
      },
    },
  },
});
