import { useEffect, useRef } from 'react';
import { useApp } from '../../store';
import { useProjectTraining } from '../../store/projectTraining';
import { hashOf, weightsRun } from '../run/runList';
import { runOf } from '../../store/session';
import { useActions } from '../../app/ActionsProvider';

/** Graph edits settle for this long before the graph is probed again. */
const EDIT_SETTLE_MS = 700;

/**
 * Keeps the probe of the open project current while the panel is open: at once on opening and on
 * switching projects, after graph or dataset edits, when a run saves a checkpoint (new filters),
 * when it ends (trained weights) and when a run of this graph turns up on disk. While a run streams
 * its own maps, only checkpoints trigger a probe.
 */
export function useAutoProbe(): void {
  const { refreshProbe } = useActions();
  const projectId = useApp(s => s.meta.id);
  const nodes = useApp(s => s.nodes);
  const edges = useApp(s => s.edges);
  const dataset = useApp(s => s.meta.dataset);
  const phase = useProjectTraining(t => t.session.phase);
  const checkpoint = useProjectTraining(t => runOf(t.session)?.checkpointEpoch ?? null);
  const weights = useProjectTraining(t => weightsRun(t, { nodes, edges })?.runId ?? null);
  const hash = hashOf({ nodes, edges });
  const opened = useRef<string | null>(null);
  const streaming = phase === 'starting' || phase === 'training' || phase === 'paused';
  const ended = phase === 'done' || phase === 'error';

  // biome-ignore lint/correctness/useExhaustiveDependencies: probes again when the graph, dataset, run phase or weights change
  useEffect(() => {
    if (streaming && checkpoint === null) return;
    // At once when the panel opens or another project is opened; edits settle first.
    const delay = opened.current === projectId ? EDIT_SETTLE_MS : 0;
    opened.current = projectId;
    const timer = setTimeout(() => void refreshProbe(), delay);
    return () => clearTimeout(timer);
  }, [projectId, hash, dataset, streaming, ended, checkpoint, weights, refreshProbe]);
}
