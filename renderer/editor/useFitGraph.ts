import { useCallback } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { readableViewport } from './readableViewport';

const DURATION_MS = 200;

/** Fits the whole graph in view at a readable zoom (the Fit view button, Auto layout, opening a project). */
export function useFitGraph(): () => void {
  const flow = useReactFlow();
  const store = useStoreApi();
  return useCallback(() => {
    const { width, height } = store.getState();
    const nodes = flow.getNodes();
    if (!nodes.length || !width || !height) return;
    void flow.setViewport(readableViewport(flow.getNodesBounds(nodes), width, height), { duration: DURATION_MS });
  }, [flow, store]);
}
