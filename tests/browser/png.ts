// Just enough PNG reading to tell a drawn screen from a blank one (8-bit RGB/RGBA, as Chromium writes them).
import { inflateSync } from 'node:zlib';

export interface Picture {
  width: number;
  height: number;
  channels: number;
  pixels: Uint8Array;
}

export function decodePng(file: Buffer): Picture {
  let at = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const data: Buffer[] = [];
  while (at < file.length) {
    const length = file.readUInt32BE(at);
    const type = file.toString('ascii', at + 4, at + 8);
    const body = file.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const colourType = body[9];
      if (body[8] !== 8 || body[12] !== 0 || (colourType !== 2 && colourType !== 6)) {
        throw new Error('decodePng reads only 8-bit, non-interlaced RGB or RGBA images');
      }
      channels = colourType === 6 ? 4 : 3;
    } else if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  return {
    width,
    height,
    channels,
    pixels: unfilter(inflateSync(Buffer.concat(data)), width, height, channels),
  };
}

function unfilter(raw: Buffer, width: number, height: number, bpp: number): Uint8Array {
  const stride = width * bpp;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? out[row + x - bpp]! : 0;
      const b = y > 0 ? out[row - stride + x]! : 0;
      const c = x >= bpp && y > 0 ? out[row - stride + x - bpp]! : 0;
      const predict = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter] ?? 0;
      out[row + x] = (line[x]! + predict) & 0xff;
    }
  }
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** How busy a picture is: distinct (coarsened) colours, and the share of pixels unlike its commonest colour. */
export function busyness(picture: Picture): { colours: number; drawnShare: number } {
  const counts = new Map<number, number>();
  const { pixels, channels } = picture;
  const total = picture.width * picture.height;
  for (let i = 0; i < total; i++) {
    const p = i * channels;
    const key = ((pixels[p]! >> 3) << 10) | ((pixels[p + 1]! >> 3) << 5) | (pixels[p + 2]! >> 3);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const commonest = Math.max(...counts.values());
  return { colours: counts.size, drawnShare: 1 - commonest / total };
}
