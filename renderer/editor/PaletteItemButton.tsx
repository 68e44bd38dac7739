import type { CSSProperties, DragEvent } from 'react';
import type { LayerCategory } from '../../engine/layers/types';
import { addFromPalette } from './addFromPalette';
import { CATEGORY_INFO } from './categories';
import { LAYER_DRAG_TYPE } from './paletteDrag';
import type { PaletteItem } from './paletteSearch';

export function PaletteItemButton({ item, category }: { item: PaletteItem; category: LayerCategory }) {
  const onDragStart = (e: DragEvent) => {
    e.dataTransfer.setData(LAYER_DRAG_TYPE, item.kind);
    e.dataTransfer.setData('text/plain', item.label);
    e.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <button
      type="button" className="palette__item" draggable onDragStart={onDragStart}
      onClick={() => addFromPalette(item.kind)}
      aria-label={item.label} title={`${item.description}\nDrag onto the canvas, or press Enter to add below the selection.`}
      style={{ '--cat': CATEGORY_INFO[category].color } as CSSProperties}
    >
      <span className="palette__swatch" aria-hidden="true" />
      {item.label}
    </button>
  );
}
