import { inflateSync } from 'node:zlib';

/** Width and height of a PNG, from its IHDR chunk; throws if it is not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const signature = [137, 80, 78, 71, 13, 10, 26, 10];
  if (!signature.every((b, i) => png[i] === b)) throw new Error('not a PNG');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * The pixels of an 8-bit, non-interlaced PNG (truecolour, truecolour with
 * alpha, or palette: what Takumi writes) as RGBA, for tests that look at what
 * was drawn; throws on any other kind.
 */
export function pngPixels(png: Uint8Array): { width: number; height: number; rgba: Uint8Array } {
  const { width, height } = pngSize(png);
  const bytes = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  const idat: Buffer[] = [];
  let palette: Buffer | undefined;
  let alpha: Buffer | undefined;
  let depth = 0;
  let colour = 0;
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      depth = data[8]!;
      colour = data[9]!;
      if (data[12] !== 0) throw new Error('interlaced PNG');
    } else if (type === 'PLTE') palette = data;
    else if (type === 'tRNS') alpha = data;
    else if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  const channels = { 2: 3, 3: 1, 6: 4 }[colour];
  if (depth !== 8 || !channels) throw new Error(`PNG of bit depth ${depth}, colour type ${colour}`);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const rows = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= channels ? rows[y * stride + x - channels]! : 0;
      const b = y > 0 ? rows[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? rows[(y - 1) * stride + x - channels]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predicted = [0, a, b, (a + b) >> 1, paeth][filter];
      if (predicted === undefined) throw new Error(`PNG filter ${filter}`);
      rows[y * stride + x] = (value + predicted) & 0xff;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    if (colour === 3) {
      const index = rows[i]!;
      rgba.set([palette![index * 3]!, palette![index * 3 + 1]!, palette![index * 3 + 2]!, alpha?.[index] ?? 255], i * 4);
    } else {
      rgba.set([rows[i * channels]!, rows[i * channels + 1]!, rows[i * channels + 2]!, channels === 4 ? rows[i * channels + 3]! : 255], i * 4);
    }
  }
  return { width, height, rgba };
}
