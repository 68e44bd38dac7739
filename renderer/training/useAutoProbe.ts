import { useEffect, useRef } from 'react';
import { useApp } from '../store';
import { graphSignature } from './projectAccess';
import { runOf } from './session';

/** Graph edits settle for this long before the graph is probed again. */
const EDIT_SETTLE_MS = 700;

/**
 * Keeps the probe current while the panel is open: at once on opening, after graph or dataset
 * edits, when a run saves a checkpoint (new filters) and when it ends (trained weights). While a
 * run streams its own maps, only checkpoints trigger a probe.
 */
export function useAutoProbe(): void {
  const refreshProbe = useApp(s => s.refreshProbe);
  const nodes = useApp(s => s.nodes);
  const edges = useApp(s => s.edges);
  const dataset = useApp(s => s.meta.dataset);
  const phase = useApp(s => s.training.session.phase);
  const checkpoint = useApp(s => runOf(s.training.session)?.checkpointEpoch ?? null);
  const signature = graphSignature({ nodes, edges });
  const opened = useRef(false);
  const streaming = phase === 'starting' || phase === 'training' || phase === 'paused';
  const ended = phase === 'done' || phase === 'error';

  useEffect(() => {
    if (streaming && checkpoint === null) return;
    const delay = opened.current ? EDIT_SETTLE_MS : 0;
    opened.current = true;
    const timer = setTimeout(() => void refreshProbe(), delay);
    return () => clearTimeout(timer);
  }, [signature, dataset, streaming, ended, checkpoint, refreshProbe]);
}
