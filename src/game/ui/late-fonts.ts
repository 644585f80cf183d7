// The game's font comes as many files, each covering a range of characters (Latin, punctuation, blocks of
// Hangul). The browser fetches a file the first time a text needs one of its characters, and until it arrives
// the canvas draws that text in a stand-in font, for good: a canvas does not redraw itself. So when a file
// arrives, every text that uses its characters is drawn again (a Korean scenario needs dozens of these files).
import '@fontsource/noto-sans-kr/400.css?faces=rest';
import '@fontsource/noto-sans-kr/700.css?faces=rest';
import Phaser from 'phaser';
import { markRepainted } from '../render-on-change';
import { FONT_FAMILY } from '../theme';
import { codeRanges, usesAny } from './unicode-range';

/** A family name as `FontFace.family` gives it or a CSS font-family list names it, without quotes or case. */
function familyKey(name: string): string {
  return name
    .trim()
    .replace(/^["']|["']$/g, '')
    .toLowerCase();
}

/**
 * Whether a text's font-family list names the face's family: it draws with it the characters the families
 * before it lack (the symbol font's marks, after the typeface).
 */
function drawsWith(text: Phaser.GameObjects.Text, face: FontFace): boolean {
  const family = familyKey(face.family);
  return text.style.fontFamily.split(',').some((name) => familyKey(name) === family);
}

function textsIn(
  list: readonly Phaser.GameObjects.GameObject[],
  into: Phaser.GameObjects.Text[],
): void {
  for (const o of list) {
    if (o instanceof Phaser.GameObjects.Text) into.push(o);
    else if (o instanceof Phaser.GameObjects.Container) textsIn(o.list, into);
  }
}

/**
 * From now on, when the page finishes loading font files (and at once for those in `arrivedEarlier`), redraws
 * each text of the game's scenes that uses a character one of them covers, and marks it for the next frame
 * to draw: its look has not changed, only its pixels, which render-on-change would not notice by itself.
 */
export function redrawTextsAsFontsArrive(
  game: Phaser.Game,
  arrivedEarlier: readonly FontFace[] = [],
  fonts: FontFaceSet = document.fonts,
): void {
  let arrived: FontFace[] = [];
  const redraw = () => {
    const faces = arrived.map((face) => ({ face, ranges: codeRanges(face.unicodeRange) }));
    arrived = [];
    const texts: Phaser.GameObjects.Text[] = [];
    for (const scene of game.scene.scenes)
      if (scene.sys.displayList) textsIn(scene.sys.displayList.list, texts);
    for (const text of texts) {
      if (!faces.some(({ face, ranges }) => drawsWith(text, face) && usesAny(text.text, ranges)))
        continue;
      text.updateText();
      markRepainted(text);
    }
  };
  const take = (faces: readonly FontFace[]) => {
    if (faces.length === 0) return;
    // Several files often arrive together: their texts are redrawn once, before the next frame.
    if (arrived.length === 0) game.events.once(Phaser.Core.Events.PRE_STEP, redraw);
    arrived.push(...faces);
  };
  take(arrivedEarlier);
  fonts.addEventListener('loadingdone', (event) => take((event as FontFaceSetLoadEvent).fontfaces));
}

/**
 * Has the browser fetch, in the background, the font files that `characters` need (the typeface in both weights
 * the game uses, and the symbol font), so the screens that show them later find them at hand rather than drawing
 * a stand-in and redrawing.
 * Every file whose range covers one of them is fetched, also where two ranges overlap (curly quotes are in
 * the Latin file and in a later one), whichever of the two the browser then draws with.
 */
export function fetchFontFilesFor(characters: string, fonts: FontFaceSet = document.fonts): void {
  const each = [...new Set(characters)].join('');
  if (each === '') return;
  const families = new Set(FONT_FAMILY.split(',').map(familyKey));
  fonts.forEach((face) => {
    if (face.status !== 'unloaded' || !families.has(familyKey(face.family))) return;
    if (!usesAny(each, codeRanges(face.unicodeRange))) return;
    face.load().catch(() => {
      // A file that fails to load leaves its texts in the stand-in font: nothing more to do.
    });
  });
}
