import { shortcutText } from '../../components/shortcuts';
import { useApp } from '../../store';

/** Deletes the nodes and joins each one's input to its successors (Ctrl/Cmd+Delete on the canvas). */
export function DeleteAndReconnectButton({ nodeIds }: { nodeIds: string[] }) {
  return (
    <button
      type="button"
      className="btn btn--danger"
      onClick={() => useApp.getState().deleteAndReconnect(nodeIds)}
      title={`Delete, and connect its input to what it fed where the shapes allow (${shortcutText('Mod+Delete')})`}
    >
      Delete and reconnect
    </button>
  );
}
