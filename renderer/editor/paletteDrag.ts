/** The dataTransfer type of a layer dragged from the palette (its value is the layer kind). */
export const LAYER_DRAG_TYPE = 'application/x-convas-layer';
