import { useShallow } from 'zustand/react/shallow';
import { inputShapeOf } from '../../../engine/core/graph/inputShape';
import { useApp } from '../../store';

const NONE: number[] = [];

/** The Input node's [h, w, c] (folder and CSV images are resized to it); undefined without exactly one valid Input. */
export function useInputShape(): readonly number[] | undefined {
  const shape = useApp(useShallow(s => inputShapeOf({ nodes: s.nodes, edges: s.edges }) ?? NONE));
  return shape.length ? shape : undefined;
}
