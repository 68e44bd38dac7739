import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { dockHeightAfterKey, type DockLimits } from './dockHeight';

interface Props {
  height: number;
  limits: DockLimits;
  onResize(height: number): void;
  /** Id of the dock the splitter sizes. */
  controls: string;
}

/** The line between the canvas and the dock: drag it, or focus it and use the arrow, Page, Home and End keys. */
export function DockSplitter({ height, limits, onResize, controls }: Props) {
  const drag = useRef<{ y: number; height: number } | null>(null);
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    drag.current = { y: e.clientY, height };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent) => {
    if (drag.current) onResize(drag.current.height + drag.current.y - e.clientY);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const next = dockHeightAfterKey(e.key, height, limits);
    if (next === null) return;
    e.preventDefault();
    onResize(next);
  };
  return (
    <div
      className="dock__resizer"
      role="separator"
      aria-orientation="horizontal"
      aria-label="Resize the dock"
      tabIndex={0}
      aria-controls={controls}
      aria-valuenow={height}
      aria-valuemin={limits.min}
      aria-valuemax={limits.max}
      aria-valuetext={`Dock ${height} px high`}
      title="Drag, or focus and use the arrow keys, to resize the dock"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onKeyDown={onKeyDown}
      onPointerUp={() => {
        drag.current = null;
      }}
      onLostPointerCapture={() => {
        drag.current = null;
      }}
    />
  );
}
