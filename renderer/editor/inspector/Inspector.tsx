import { useApp } from '../../store';
import { shortcutText } from '../../components/shortcuts';
import { DeleteAndReconnectButton } from './DeleteAndReconnectButton';
import { NodeInspector } from './NodeInspector';

/** The right sidebar's first tab: the selected node's fields, or what to do when none is selected. */
export function Inspector() {
  const selected = useApp(s => s.selectedNodeIds);
  const only = selected.length === 1 ? selected[0] : undefined;
  const exists = useApp(s => (only ? s.nodes.some(n => n.id === only) : false));
  if (only && exists) return <NodeInspector key={only} nodeId={only} />;
  if (selected.length > 1) return <MultiSelection count={selected.length} />;
  return <NothingSelected />;
}

function MultiSelection({ count }: { count: number }) {
  const s = useApp.getState();
  return (
    <div className="inspector">
      <p className="inspector__empty">
        <strong>{count} nodes selected.</strong>
      </p>
      <div className="inspector__actions">
        <button type="button" className="btn" onClick={() => s.duplicateSelection()} title={shortcutText('Mod+D')}>
          Duplicate
        </button>
        <button
          type="button"
          className="btn btn--danger"
          onClick={() => s.deleteElements(s.selectedNodeIds, [])}
          title="Delete"
        >
          Delete
        </button>
        <DeleteAndReconnectButton nodeIds={s.selectedNodeIds} />
      </div>
    </div>
  );
}

const SHORTCUTS: [string, string][] = [
  ['Mod+Z', 'Undo'],
  ['Mod+Shift+Z', 'Redo'],
  ['Mod+C', 'Copy'],
  ['Mod+V', 'Paste'],
  ['Mod+D', 'Duplicate'],
  ['Delete', 'Delete selection'],
  ['Mod+Delete', 'Delete and reconnect'],
  ['Shift+Drag', 'Box select'],
  ['Mod+A', 'Select all'],
  ['Mod+S', 'Save'],
  ['Mod+O', 'Open'],
  ['Mod+Enter', 'Start training'],
];

function NothingSelected() {
  return (
    <div className="inspector">
      <p className="inspector__empty">Select a node to edit its settings.</p>
      <h4 className="inspector__subhead">Keyboard</h4>
      <dl className="shortcut-list">
        {SHORTCUTS.map(([keys, what]) => (
          <div key={keys}>
            <dt>{what}</dt>
            <dd>
              <kbd>{shortcutText(keys)}</kbd>
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
