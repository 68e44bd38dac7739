import { memo, useEffect, useRef } from 'react';
import { paintCanvas, rgbaOf } from './pixels';

interface Props {
  /** uint8 pixels, h × w × c. */
  pixels: Uint8Array;
  shape: readonly number[];
  label: string;
  size?: number;
  className?: string;
}

/** A dataset image drawn once onto a small canvas; memoised because sample grids hold dozens. */
export const PixelImage = memo(function PixelImage({ pixels, shape, label, size = 36, className }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [h = 1, w = 1, c = 1] = shape;
  useEffect(() => {
    paintCanvas(canvas.current, rgbaOf(pixels, c), w, h);
  }, [pixels, h, w, c]);
  // Without a label the image is decoration (its button or caption names it): hidden from screen readers.
  const a11y = label ? { role: 'img', 'aria-label': label, title: label } : { 'aria-hidden': true };
  return (
    <canvas
      ref={canvas}
      {...a11y}
      className={['pixel-image', className].filter(Boolean).join(' ')}
      style={{ width: size, height: (size * h) / w }}
    />
  );
});
