/**
 * BMP, which libvips cannot read. fast-bmp decodes the pixel rows; this file checks the header
 * first (so a broken or huge file never reaches it) and adds what it leaves out: palettes,
 * top-down rows, and 32-bit files without alpha.
 */
import { decode } from 'fast-bmp';

export interface RawImage {
  pixels: Uint8Array;
  width: number;
  height: number;
  channels: 1 | 3 | 4;
}

export interface BmpHeader {
  width: number;
  height: number;
  topDown: boolean;
  bitsPerPixel: number;
  compression: number;
  pixelOffset: number;
  headerSize: number;
  /** RGB triples of the colour table (1- and 8-bit files). */
  palette: Uint8Array;
  hasAlpha: boolean;
}

/** Why a BMP was refused: 'notImage' for variants we do not read, 'corrupt' for broken files. */
export class BmpError extends Error {
  constructor(
    readonly reason: 'notImage' | 'corrupt',
    message: string,
  ) {
    super(message);
  }
}

const BI_RGB = 0;
const BI_BITFIELDS = 3;
const STANDARD_MASKS = [0x00ff0000, 0x0000ff00, 0x000000ff];

export const isBmp = (bytes: Uint8Array): boolean => bytes.length >= 2 && bytes[0] === 0x42 && bytes[1] === 0x4d;

const rowBytes = (width: number, bitsPerPixel: number) => Math.ceil((width * bitsPerPixel) / 32) * 4;

/**
 * Reads and checks a BMP header (size, bit depth, compression) without touching the pixel rows.
 * @example
 * const { width, height } = readBmpHeader(bytes); // before deciding to decode
 */
export function readBmpHeader(bytes: Uint8Array): BmpHeader {
  if (!isBmp(bytes)) throw new BmpError('notImage', 'not a BMP file');
  if (bytes.length < 54) throw new BmpError('corrupt', 'BMP header is cut short');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerSize = view.getUint32(14, true);
  if (headerSize < 40) throw new BmpError('notImage', 'unsupported BMP variant (OS/2 header)');
  const width = view.getInt32(18, true);
  const signedHeight = view.getInt32(22, true);
  const bitsPerPixel = view.getUint16(28, true);
  const compression = view.getUint32(30, true);
  if (width <= 0 || signedHeight === 0)
    throw new BmpError('corrupt', `BMP header gives an impossible size ${width}×${signedHeight}`);
  if (![1, 8, 24, 32].includes(bitsPerPixel))
    throw new BmpError('notImage', `unsupported BMP variant: ${bitsPerPixel} bits per pixel`);
  const masks = [0, 4, 8].map(at => (bytes.length >= 66 ? view.getUint32(54 + at, true) : 0));
  const standardBitfields = bitsPerPixel === 32 && masks.every((m, i) => m === STANDARD_MASKS[i]);
  if (compression !== BI_RGB && !(compression === BI_BITFIELDS && standardBitfields)) {
    throw new BmpError('notImage', `unsupported BMP variant: compression ${compression}`);
  }
  const pixelOffset = view.getUint32(10, true);
  const height = Math.abs(signedHeight);
  const hasAlpha = bitsPerPixel === 32 && headerSize >= 56 && view.getUint32(66, true) === 0xff000000;
  return {
    width,
    height,
    topDown: signedHeight < 0,
    bitsPerPixel,
    compression,
    pixelOffset,
    headerSize,
    palette: readPalette(bytes, view, headerSize, bitsPerPixel, pixelOffset),
    hasAlpha,
  };
}

function readPalette(
  bytes: Uint8Array,
  view: DataView,
  headerSize: number,
  bitsPerPixel: number,
  pixelOffset: number,
): Uint8Array {
  if (bitsPerPixel > 8) return new Uint8Array(0);
  const start = 14 + headerSize;
  const count = Math.min(
    view.getUint32(46, true) || 2 ** bitsPerPixel,
    2 ** bitsPerPixel,
    Math.floor((pixelOffset - start) / 4),
  );
  if (count <= 0) throw new BmpError('corrupt', 'BMP colour table is missing');
  const rgb = new Uint8Array(count * 3);
  for (let i = 0; i < count; i++)
    rgb.set([bytes[start + 4 * i + 2]!, bytes[start + 4 * i + 1]!, bytes[start + 4 * i]!], 3 * i);
  return rgb;
}

/**
 * Decodes a BMP checked by `readBmpHeader` (truncated rows are 'corrupt') to top-down, channels-last pixels (grey, RGB or RGBA).
 * @example
 * const raw = decodeBmp(bytes, readBmpHeader(bytes)); // then sharp(raw.pixels, { raw: { width, height, channels } })
 */
export function decodeBmp(bytes: Uint8Array, header: BmpHeader): RawImage {
  const { width, height } = header;
  if (header.pixelOffset + rowBytes(width, header.bitsPerPixel) * height > bytes.length)
    throw new BmpError('corrupt', 'BMP pixel data is truncated');
  if (header.bitsPerPixel === 32) return unpack32(bytes, header);
  // fast-bmp reads the height as unsigned, so a top-down file goes in flagged bottom-up and comes out flipped.
  const input = header.topDown ? withPositiveHeight(bytes, height) : bytes;
  const decoded = decode(input);
  const indices = decoded.data as Uint8Array; // the decoder always returns a Uint8Array
  const rows = header.topDown ? flipRows(indices, width * decoded.channels, height) : indices;
  if (header.bitsPerPixel === 24) return { pixels: rows, width, height, channels: 3 };
  return applyPalette(rows, header.palette, width, height);
}

function withPositiveHeight(bytes: Uint8Array, height: number): Uint8Array {
  const copy = bytes.slice();
  new DataView(copy.buffer, copy.byteOffset, copy.byteLength).setInt32(22, height, true);
  return copy;
}

function flipRows(pixels: Uint8Array, rowLength: number, height: number): Uint8Array {
  const flipped = new Uint8Array(pixels.length);
  for (let y = 0; y < height; y++)
    flipped.set(pixels.subarray(y * rowLength, (y + 1) * rowLength), (height - 1 - y) * rowLength);
  return flipped;
}

function applyPalette(indices: Uint8Array, palette: Uint8Array, width: number, height: number): RawImage {
  const colours = palette.length / 3;
  let grey = true;
  for (let i = 0; i < colours && grey; i++)
    grey = palette[3 * i] === palette[3 * i + 1] && palette[3 * i] === palette[3 * i + 2];
  const channels = grey ? 1 : 3;
  const pixels = new Uint8Array(width * height * channels);
  for (let p = 0; p < width * height; p++) {
    const at = 3 * indices[p]!;
    if (grey) pixels[p] = palette[at] ?? 0;
    else pixels.set([palette[at] ?? 0, palette[at + 1] ?? 0, palette[at + 2] ?? 0], 3 * p);
  }
  return { pixels, width, height, channels };
}

/** 32-bit rows are BGRX or BGRA; fast-bmp insists on colour masks that plain (BI_RGB) files do not have. */
function unpack32(bytes: Uint8Array, header: BmpHeader): RawImage {
  const { width, height, hasAlpha } = header;
  const channels = hasAlpha ? 4 : 3;
  let pixels: Uint8Array = new Uint8Array(width * height * channels);
  for (let row = 0; row < height; row++) {
    const y = header.topDown ? row : height - 1 - row;
    const from = header.pixelOffset + row * width * 4;
    for (let x = 0; x < width; x++) {
      const s = from + 4 * x;
      const d = (y * width + x) * channels;
      pixels[d] = bytes[s + 2]!;
      pixels[d + 1] = bytes[s + 1]!;
      pixels[d + 2] = bytes[s]!;
      if (hasAlpha) pixels[d + 3] = bytes[s + 3]!;
    }
  }
  // Writers that declare alpha but leave it all zero mean 'opaque'; flattening would paint it black.
  if (hasAlpha && allTransparent(pixels)) pixels = dropAlpha(pixels);
  return { pixels, width, height, channels: pixels.length === width * height * 4 ? 4 : 3 };
}

function allTransparent(rgba: Uint8Array): boolean {
  for (let i = 3; i < rgba.length; i += 4) if (rgba[i] !== 0) return false;
  return true;
}

function dropAlpha(rgba: Uint8Array): Uint8Array {
  const rgb = new Uint8Array((rgba.length / 4) * 3);
  for (let p = 0, q = 0; p < rgba.length; p += 4, q += 3) rgb.set(rgba.subarray(p, p + 3), q);
  return rgb;
}
