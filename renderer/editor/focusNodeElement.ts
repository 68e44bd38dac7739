/** The frames to wait for a new node's element: React Flow renders a node a frame or two after the store has it. */
const MAX_FRAMES = 10;

/** Moves the keyboard focus to a node on the canvas once React Flow has rendered it. */
export function focusNodeElement(nodeId: string, frames = MAX_FRAMES): void {
  const el = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(nodeId)}"]`);
  if (el) el.focus({ preventScroll: true });
  else if (frames > 0) requestAnimationFrame(() => focusNodeElement(nodeId, frames - 1));
}
