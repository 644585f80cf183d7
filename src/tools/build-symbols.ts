// Builds the game's symbol font (assets/fonts/): the few marks the game writes that its typeface lacks
// (✓ ✗ ⚠ ↩ …), cut from Noto Sans Symbols 2 and Noto Sans Math down to just those characters, a few
// kilobytes. Without it they would be drawn from whatever font the machine has, or as empty boxes. Run
// `npm run symbols` after writing a new mark; the tests say when one is missing.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import subsetFont from 'subset-font';
import { fontFiles } from '../game/ui/unicode-range';
import { lackingIn, mappedCodePoints, typefaceWeights } from './font-coverage';
import { gameCharacters, ROOT, SYMBOLS_CSS, SYMBOLS_DIR, SYMBOLS_FAMILY } from './font-characters';

/** Where the marks are cut from, in order of preference: each file's own glyphs decide, not its CSS range. */
const SOURCES = ['noto-sans-symbols-2', 'noto-sans-math'].map((name) =>
  join(ROOT, 'node_modules/@fontsource', name),
);

const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase()}`;

async function main(): Promise<void> {
  const written = Object.values(await gameCharacters()).join('');
  let lacking = lackingIn(await typefaceWeights(written), written);
  const faces: string[] = [];
  rmSync(SYMBOLS_DIR, { recursive: true, force: true });
  mkdirSync(SYMBOLS_DIR, { recursive: true });
  for (const dir of SOURCES) {
    for (const { file } of fontFiles(readFileSync(join(dir, '400.css'), 'utf8'))) {
      if (lacking.length === 0) break;
      const source = readFileSync(join(dir, file));
      const has = new Set(await mappedCodePoints(source));
      const here = lacking.filter((ch) => has.has(ch.codePointAt(0)!));
      if (here.length === 0) continue;
      lacking = lacking.filter((ch) => !here.includes(ch));
      // files/noto-sans-math-latin-400-normal.woff2 → noto-sans-math-latin.woff2
      const name = basename(file).replace(/-400-normal\.woff2$/, '.woff2');
      const font = await subsetFont(source, here.join(''), { targetFormat: 'woff2' });
      writeFileSync(join(SYMBOLS_DIR, name), font);
      faces.push(`/* ${here.join(' ')} */
@font-face {
  font-family: '${SYMBOLS_FAMILY}';
  font-style: normal;
  font-weight: 400;
  font-display: swap;
  src: url(./${name}) format('woff2');
  unicode-range: ${here.map(codePoint).join(', ')};
}`);
      console.log(`${name}: ${here.join(' ')} (${font.length} bytes)`);
    }
  }
  if (lacking.length > 0)
    throw new Error(
      `no bundled font draws ${lacking.map((ch) => `${ch} (${codePoint(ch)})`).join(', ')}: write another character`,
    );
  writeFileSync(
    SYMBOLS_CSS,
    `/* Written by npm run symbols (src/tools/build-symbols.ts): the marks the game writes that Noto Sans KR lacks,
   cut from Noto Sans Symbols 2 and Noto Sans Math (SIL Open Font License 1.1). */
${faces.join('\n')}
`,
  );
}

main().catch((e: unknown) => {
  console.error(`npm run symbols: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
