import { useEffect } from 'react';
import { useConnection, useStore, type ConnectionState } from '@xyflow/react';
import { useApp } from '../store';
import { refusalOfWire } from './wireRefusal';

/** How long the reason stays beside the pointer after a refused wire is let go, unless the next click or key ends it sooner. */
const SHOWN_MS = 8000;
const OFFSET = { x: 14, y: 16 };

/** The reason for a refusal while the wire hovers a handle that will not take it (container coordinates). */
function liveRefusal(c: ConnectionState) {
  if (!c.inProgress || c.isValid !== false || !c.toHandle || !c.pointer) return null;
  const s = useApp.getState();
  const text = refusalOfWire({ nodes: s.nodes, edges: s.edges }, c.fromHandle, c.toHandle);
  return text ? { text, x: c.pointer.x, y: c.pointer.y } : null;
}

/** Says beside the pointer why a wire is refused, while it is dragged and for a moment after it is let go. */
export function ConnectionRefusalHint() {
  const live = useConnection(liveRefusal);
  const container = useStore(s => s.domNode);
  const dropped = useApp(s => s.wireRefusal);
  const clear = useApp(s => s.showWireRefusal);
  useEffect(() => {
    if (!dropped) return;
    const hide = () => clear(null);
    const timer = setTimeout(hide, SHOWN_MS);
    document.addEventListener('pointerdown', hide, { once: true });
    document.addEventListener('keydown', hide, { once: true });
    return () => {
      clearTimeout(timer);
      document.removeEventListener('pointerdown', hide);
      document.removeEventListener('keydown', hide);
    };
  }, [dropped, clear]);
  const box = container?.getBoundingClientRect();
  const shown = live && box ? { ...live, x: live.x + box.left, y: live.y + box.top } : dropped;
  return (
    <div
      className="connection-refusal"
      role="status"
      aria-live="polite"
      style={shown ? { left: shown.x + OFFSET.x, top: shown.y + OFFSET.y } : undefined}
    >
      {shown?.text ?? ''}
    </div>
  );
}
