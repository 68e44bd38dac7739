import { memo, useEffect, useRef } from 'react';
import { paintCanvas, rgbaOf } from '../pixels';

interface Props {
  /** uint8 pixels, h × w × c each. */
  images: readonly Uint8Array[];
  shape: readonly number[];
  label: string;
  /** On-screen width of one image, in CSS pixels. */
  size: number;
}

const GAP = 2;

/** A row of dataset images on one canvas: ten canvases for a class table instead of forty. */
export const SampleStrip = memo(function SampleStrip({ images, shape, label, size }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [h = 1, w = 1, c = 1] = shape;
  const width = images.length * (w + GAP) - GAP;
  useEffect(() => {
    const pixels = new Uint8ClampedArray(Math.max(width, 1) * h * 4);
    images.forEach((image, k) => {
      const rgba = rgbaOf(image, c);
      for (let y = 0; y < h; y++)
        pixels.set(rgba.subarray(y * w * 4, (y + 1) * w * 4), (y * width + k * (w + GAP)) * 4);
    });
    paintCanvas(canvas.current, pixels, width, h);
  }, [images, width, h, w, c]);
  if (!images.length) return null;
  const scale = size / w;
  return (
    <canvas
      ref={canvas}
      role="img"
      aria-label={label}
      title={label}
      className="sample-strip"
      style={{ width: width * scale, height: h * scale }}
    />
  );
});
