/** uint8 pixels to the model's float input (v / 255), shared by in-memory and streamed sources. */

/** v / 255 for every byte, so the per-pixel work is one table read. */
const UNIT_SCALE = Float32Array.from({ length: 256 }, (_, v) => v / 255);

/**
 * Writes `pixels` / 255 into `x` from `offset`.
 * @example
 * writeUnitPixels(image, x, row * pixelsPerImage);
 */
export function writeUnitPixels(pixels: Uint8Array, x: Float32Array, offset: number): void {
  for (let p = 0; p < pixels.length; p++) x[offset + p] = UNIT_SCALE[pixels[p]!]!;
}
