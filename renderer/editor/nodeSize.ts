/** Size of a node face before React Flow has measured it (matches .layer-node in the stylesheet). */
export const DEFAULT_NODE_SIZE = { width: 208, height: 76 };
/** Vertical step between a node and one added below it. */
export const ROW_STEP = 140;
