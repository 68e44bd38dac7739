import type { CSSProperties, DragEvent, KeyboardEvent, MouseEvent } from 'react';
import type { LayerCategory } from '../../engine/core/layers/types';
import { addFromPalette } from './addFromPalette';
import { CATEGORY_INFO } from './categories';
import { focusNodeElement } from './focusNodeElement';
import { LAYER_DRAG_TYPE } from './paletteDrag';
import type { PaletteItem } from './paletteSearch';

export function PaletteItemButton({ item, category }: { item: PaletteItem; category: LayerCategory }) {
  const onDragStart = (e: DragEvent) => {
    e.dataTransfer.setData(LAYER_DRAG_TYPE, item.kind);
    e.dataTransfer.setData('text/plain', item.label);
    e.dataTransfer.effectAllowed = 'copy';
  };
  const onClick = (e: MouseEvent<HTMLButtonElement>) => {
    const id = addFromPalette(item.kind);
    // After a mouse click the focus leaves the item at once (for the new node, once it is drawn), so a
    // following Enter does not add the layer again; Enter or Space on the item (detail 0) keeps the focus
    // here, to add the next layer below the new one.
    if (e.detail === 0) return;
    e.currentTarget.blur();
    focusNodeElement(id);
  };
  // A held Enter repeats its keydown: one press adds one layer.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && e.repeat) e.preventDefault();
  };
  return (
    <button
      type="button"
      className="palette__item"
      draggable
      onDragStart={onDragStart}
      onClick={onClick}
      onKeyDown={onKeyDown}
      aria-label={item.label}
      title={`${item.description}\nClick or press Enter to add below the selected node; drag to place it anywhere.`}
      style={{ '--cat': CATEGORY_INFO[category].color } as CSSProperties}
    >
      <span className="palette__swatch" aria-hidden="true" />
      {item.label}
    </button>
  );
}
