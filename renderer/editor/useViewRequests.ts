import { useEffect } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useApp } from '../store';
import { DEFAULT_NODE_SIZE } from './nodeSize';
import { useFitGraph } from './useFitGraph';

/** Centres the view on a node when asked (problem list, summary rows) and fits the view on load. */
export function useViewRequests(): void {
  const flow = useReactFlow();
  const focus = useApp(s => s.focusRequest);
  const fitSeq = useApp(s => s.fitSeq);
  const fit = useFitGraph();
  useEffect(() => {
    if (!focus) return;
    const node = flow.getInternalNode(focus.nodeId);
    if (!node) return;
    const { width = DEFAULT_NODE_SIZE.width, height = DEFAULT_NODE_SIZE.height } = node.measured;
    const { x, y } = node.internals.positionAbsolute;
    void flow.setCenter(x + width / 2, y + height / 2, { zoom: Math.max(flow.getZoom(), 1), duration: 250 });
  }, [focus, flow]);
  useEffect(() => {
    if (!fitSeq) return;
    // After the new nodes have been measured.
    const frame = requestAnimationFrame(fit);
    return () => cancelAnimationFrame(frame);
  }, [fitSeq, fit]);
}
