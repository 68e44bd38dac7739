/** Dataset images as the host sends them (uint8 bytes, h × w × c) turned into canvas pixels. */

/** Per image (the host sends each in a buffer of its own), its RGBA; forgotten with the image. */
const converted = new WeakMap<Uint8Array, { channels: number; rgba: Uint8ClampedArray }>();

/** RGBA of an image, converted once: sample grids are drawn again each time a panel opens. */
export function rgbaOf(bytes: Uint8Array, channels: number): Uint8ClampedArray {
  const known = converted.get(bytes);
  if (known?.channels === channels) return known.rgba;
  const rgba = toRgba(bytes, channels);
  converted.set(bytes, { channels, rgba });
  return rgba;
}

/** RGBA for an ImageData from grey (c = 1) or RGB (c = 3) bytes. */
export function toRgba(bytes: Uint8Array, channels: number): Uint8ClampedArray {
  const count = Math.floor(bytes.length / channels);
  const out = new Uint8ClampedArray(count * 4);
  for (let i = 0; i < count; i++) {
    const r = bytes[i * channels]!;
    out[i * 4] = r;
    out[i * 4 + 1] = channels >= 3 ? bytes[i * channels + 1]! : r;
    out[i * 4 + 2] = channels >= 3 ? bytes[i * channels + 2]! : r;
    out[i * 4 + 3] = 255;
  }
  return out;
}
/** Paints RGBA pixels onto a canvas sized to them (CSS scales it up, pixelated). */
export function paintCanvas(
  canvas: HTMLCanvasElement | null,
  pixels: Uint8ClampedArray,
  width: number,
  height: number,
): void {
  if (!canvas || width <= 0 || height <= 0) return;
  if (pixels.length !== width * height * 4)
    throw new Error(`an image of ${pixels.length / 4} pixels cannot be drawn as ${width}×${height}`);
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  const image = new ImageData(
    new Uint8ClampedArray(pixels.buffer as ArrayBuffer, pixels.byteOffset, width * height * 4),
    width,
    height,
  );
  canvas.getContext('2d')?.putImageData(image, 0, 0);
}
