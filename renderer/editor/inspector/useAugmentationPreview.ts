import { useEffect, useMemo, useState } from 'react';
import type { AugmentationPreview } from '../../../electron/contract/hostApi';
import { useHost } from '../../app/ActionsProvider';
import { useApp } from '../../store';
import { selectProject, selectBaseDir } from '../../store/projectSelectors';
import { toUserError, type UserError } from '../../shared/userError';
import { upstreamSignature } from './upstream';

/** Params typed in a burst are one request: the preview is asked for once typing pauses this long. */
const PREVIEW_DEBOUNCE_MS = 200;
const PREVIEW_COUNT = 16;

interface AugmentationPreviewState {
  /** The latest answer, kept on screen while a newer one loads (no flashing grids). */
  preview: AugmentationPreview | null;
  loading: boolean;
  error: UserError | null;
}

/**
 * The dataset's first images before and after the augmentation chain ending at `nodeId`, asked
 * again (debounced) when that chain, the dataset or the seed changes; `enabled` false asks nothing.
 */
export function useAugmentationPreview(nodeId: string, seed: number, enabled: boolean): AugmentationPreviewState {
  const host = useHost();
  const nodes = useApp(s => s.nodes);
  const edges = useApp(s => s.edges);
  const dataset = useApp(s => s.meta.dataset);
  const filePath = useApp(s => s.filePath);
  const graphKey = useMemo(() => upstreamSignature(nodes, edges, nodeId), [nodes, edges, nodeId]);
  const key = JSON.stringify([graphKey, dataset, filePath, seed]);
  const [state, setState] = useState<AugmentationPreviewState>({ preview: null, loading: false, error: null });

  // biome-ignore lint/correctness/useExhaustiveDependencies: key is the params' identity: a new preview when they change
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    setState(s => ({ ...s, loading: true }));
    const timer = setTimeout(() => {
      const s = useApp.getState();
      const baseDir = selectBaseDir(s);
      host
        .previewAugmentation({
          project: selectProject(s),
          nodeId,
          seed,
          count: PREVIEW_COUNT,
          ...(baseDir && { baseDir }),
        })
        .then(
          preview => {
            if (current) setState({ preview, loading: false, error: null });
          },
          error => {
            if (current) setState(prev => ({ preview: prev.preview, loading: false, error: toUserError(error) }));
          },
        );
    }, PREVIEW_DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [host, key, enabled, nodeId, seed]);

  return state;
}
