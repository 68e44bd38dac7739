/** Fit view that keeps nodes readable: a graph too big for the view at a readable zoom is shown from its top. */
import { getViewportForBounds, type Rect, type Viewport } from '@xyflow/react';

/** The smallest zoom Fit view and Auto layout choose; with COMPACT_ZOOM's larger type, node text stays ≥ 10 px. */
export const FIT_MIN_ZOOM = 0.5;
export const FIT_MAX_ZOOM = 1.1;
const FIT_PADDING = 0.1;
/** Space (px) left before a graph's first row or column when it does not fit. */
const MARGIN = 24;
/** Below this zoom nodes collapse to their kind and output shape, in larger type (the Canvas sets the class). */
export const COMPACT_ZOOM = 0.85;

/**
 * The viewport that fits `bounds` in a `width`×`height` view, but never below FIT_MIN_ZOOM: an axis that
 * does not fit then starts at its first node (the Input at the top) instead of being centred on the middle.
 * @example readableViewport({ x: 0, y: 0, width: 208, height: 3000 }, 900, 300) // { zoom: 0.5, y: 24, … }
 */
export function readableViewport(bounds: Rect, width: number, height: number): Viewport {
  const fitted = getViewportForBounds(bounds, width, height, FIT_MIN_ZOOM, FIT_MAX_ZOOM, FIT_PADDING);
  const { zoom } = fitted;
  return {
    zoom,
    x: bounds.width * zoom > width - 2 * MARGIN ? MARGIN - bounds.x * zoom : fitted.x,
    y: bounds.height * zoom > height - 2 * MARGIN ? MARGIN - bounds.y * zoom : fitted.y,
  };
}
