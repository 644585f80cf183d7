// Builds the game's symbol font (assets/fonts/): the few marks the game writes that its typeface lacks
// (✓ ✗ ⚠ …), cut from Noto Sans Symbols 2 down to just those characters, a few kilobytes. Without it they
// would be drawn from whatever font the machine has, or as empty boxes. Run `npm run symbols` after writing a
// new mark; the tests say when one is missing.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import subsetFont from 'subset-font';
import { fontFiles, undrawn, usesAny } from '../game/ui/unicode-range';
import {
  gameCharacters,
  ROOT,
  SYMBOLS_CSS,
  SYMBOLS_DIR,
  SYMBOLS_FAMILY,
  TYPEFACE_CSS,
} from './font-characters';

const SOURCE_DIR = join(ROOT, 'node_modules/@fontsource/noto-sans-symbols-2');

const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase()}`;

async function main(): Promise<void> {
  const typeface = TYPEFACE_CSS.flatMap((css) => fontFiles(readFileSync(css, 'utf8')));
  const written = Object.values(await gameCharacters()).join('');
  let lacking = undrawn(written, typeface).sort();
  const faces: string[] = [];
  rmSync(SYMBOLS_DIR, { recursive: true, force: true });
  mkdirSync(SYMBOLS_DIR, { recursive: true });
  for (const source of fontFiles(readFileSync(join(SOURCE_DIR, '400.css'), 'utf8'))) {
    const here = lacking.filter((ch) => usesAny(ch, source.ranges));
    if (here.length === 0) continue;
    lacking = lacking.filter((ch) => !here.includes(ch));
    // noto-sans-symbols-2-math-400-normal.woff2 → symbols-math.woff2
    const name = `symbols-${basename(source.file).replace(/^noto-sans-symbols-2-|-400-normal\.woff2$/g, '')}.woff2`;
    const font = await subsetFont(readFileSync(join(SOURCE_DIR, source.file)), here.join(''), {
      targetFormat: 'woff2',
    });
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
  if (lacking.length > 0)
    throw new Error(
      `no bundled font draws ${lacking.map((ch) => `${ch} (${codePoint(ch)})`).join(', ')}: write another character`,
    );
  writeFileSync(
    SYMBOLS_CSS,
    `/* Written by npm run symbols (src/tools/build-symbols.ts): the marks the game writes that Noto Sans KR lacks,
   cut from Noto Sans Symbols 2 (SIL Open Font License 1.1). */
${faces.join('\n')}
`,
  );
}

main().catch((e: unknown) => {
  console.error(`npm run symbols: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
