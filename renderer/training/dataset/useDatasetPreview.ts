import { useEffect } from 'react';
import { useApp } from '../../store';
import { useInputShape } from './useInputShape';
import { useActions } from '../../app/ActionsProvider';

/**
 * Keeps the open project's dataset preview current from the moment the project opens: its classes
 * and image shape complete the canvas's shape check (an Output with 'auto' units, an IDX Input), so
 * no false error shows until the Train panel is opened. Folder and CSV images are resized to the
 * Input node, so a new Input shape is a new preview.
 */
export function useDatasetPreview(): void {
  const { loadDatasetPreview } = useActions();
  const dataset = useApp(s => s.meta.dataset);
  const filePath = useApp(s => s.filePath);
  const inputShape = useInputShape();
  // biome-ignore lint/correctness/useExhaustiveDependencies: loads again when the dataset, the project file or the input shape changes
  useEffect(() => {
    void loadDatasetPreview();
  }, [dataset, filePath, inputShape, loadDatasetPreview]);
}
