import { memo, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ColorLut } from './colorMap';
import { ColorLegend } from './ColorLegend';
import { paintLayer, tileAt, tileLayout, type Range } from './featureGrid';
import { formatValue } from '../../shared/format';
import { paintCanvas } from '../pixels';

/** Room for the caption, legend and readout under a narrow grid. */
const MIN_CARD_CONTENT = 230;
const CARD_PADDING = 22;

interface Props {
  title: string;
  subtitle: string;
  shape: readonly number[];
  data: ArrayLike<number>;
  lut: ColorLut;
  scale: 'layer' | 'channel';
  /** Fixed range, e.g. symmetric for weights. */
  range?: Range;
  /** On-screen size of one tile's longer side, in CSS pixels. */
  tilePx: number;
  /** What a tile is called in the hover readout. */
  unit?: string;
}

/** The grid's layout and whole-number zoom: activations stay crisp squares. */
function gridOf(shape: readonly number[], tilePx: number) {
  const [h, w, c] = shape.length === 3 ? shape : [1, shape[0] ?? 1, 1];
  const layout = tileLayout(c!, h!, w!);
  return { layout, zoom: Math.max(1, Math.floor(tilePx / Math.max(layout.tileW, layout.tileH))) };
}

const cardWidth = (shape: readonly number[], tilePx: number) => {
  const { layout, zoom } = gridOf(shape, tilePx);
  return Math.max(layout.width * zoom, MIN_CARD_CONTENT) + CARD_PADDING;
};

/** The card's outline while its canvas waits to mount (so the strip does not jump). */
export function LayerMapsPlaceholder({ title, shape, tilePx }: Pick<Props, 'title' | 'shape' | 'tilePx'>) {
  const { layout, zoom } = gridOf(shape, tilePx);
  return (
    <figure className="fm-layer" style={{ width: cardWidth(shape, tilePx) }} aria-busy="true">
      <figcaption>
        <strong>{title}</strong>
      </figcaption>
      <div
        className="fm-layer__canvas fm-layer__canvas--empty"
        style={{ width: layout.width * zoom, height: layout.height * zoom }}
      />
    </figure>
  );
}

/** A layer's channels as one canvas of colour-mapped tiles; hover names a tile and its range. */
export const LayerMaps = memo(function LayerMaps({
  title,
  subtitle,
  shape,
  data,
  lut,
  scale,
  range,
  tilePx,
  unit = 'Channel',
}: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const id = useId();
  const [hovered, setHovered] = useState<number | null>(null);
  const painted = useMemo(
    () => paintLayer(shape, data, { lut, scale, ...(range && { range }) }),
    [shape, data, lut, scale, range],
  );
  const { layout } = painted;
  const { zoom } = gridOf(shape, tilePx);
  useEffect(() => paintCanvas(canvas.current, painted.pixels, layout.width, layout.height), [painted, layout]);

  // The keyboard walks the tiles as the mouse does: arrows move, Home/End jump, the readout says each.
  const onKey = (e: React.KeyboardEvent<HTMLCanvasElement>) => {
    const step = {
      ArrowRight: 1,
      ArrowLeft: -1,
      ArrowDown: layout.cols,
      ArrowUp: -layout.cols,
      Home: -Infinity,
      End: Infinity,
    }[e.key];
    if (step === undefined) return;
    e.preventDefault();
    setHovered(h => Math.max(0, Math.min(layout.channels - 1, (h ?? 0) + step)));
  };
  const onMove = (e: React.MouseEvent<HTMLCanvasElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const x = ((e.clientX - rect.left) / rect.width) * layout.width;
    const y = ((e.clientY - rect.top) / rect.height) * layout.height;
    setHovered(tileAt(layout, Math.floor(x), Math.floor(y)));
  };
  const hoveredRange = hovered === null ? null : painted.channelRanges[hovered];
  const box =
    hovered === null
      ? null
      : {
          left: (hovered % layout.cols) * (layout.tileW + layout.gap) * zoom,
          top: Math.floor(hovered / layout.cols) * (layout.tileH + layout.gap) * zoom,
          width: layout.tileW * zoom,
          height: layout.tileH * zoom,
        };

  return (
    <figure className="fm-layer" style={{ width: cardWidth(shape, tilePx) }}>
      <figcaption>
        <strong>{title}</strong> <span className="tp-note">{subtitle}</span>
      </figcaption>
      <div className="fm-layer__canvas">
        <canvas
          ref={canvas}
          role="img"
          aria-label={`${title}: ${layout.channels} tiles of ${layout.tileH} × ${layout.tileW}`}
          aria-describedby={`${id}-range ${id}-readout`}
          tabIndex={0}
          style={{ width: layout.width * zoom, height: layout.height * zoom }}
          onMouseMove={onMove}
          onMouseLeave={() => setHovered(null)}
          onKeyDown={onKey}
          onFocus={() => setHovered(h => h ?? 0)}
          onBlur={() => setHovered(null)}
        />
        <span id={`${id}-range`} className="tp-sr-only">
          values from {formatValue(painted.range.min)} to {formatValue(painted.range.max)}; arrow keys step through the{' '}
          {unit.toLowerCase()}s
        </span>
        {box && <div className="fm-layer__hover" style={box} aria-hidden="true" />}
      </div>
      <div className="fm-layer__foot">
        <ColorLegend lut={lut} range={scale === 'layer' ? painted.range : null} label={`${title} colour scale`} />
        <span className="fm-readout" id={`${id}-readout`} aria-live="polite">
          {hoveredRange
            ? `${unit} ${hovered} · min ${formatValue(hoveredRange.min)} · max ${formatValue(hoveredRange.max)}`
            : 'Hover a tile, or focus it and use the arrow keys'}
        </span>
      </div>
    </figure>
  );
});
