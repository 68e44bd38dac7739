import { useEffect } from 'react';
import { errorText } from '../shared/userError';
import { useHost } from '../app/ActionsProvider';
import { useApp } from '../store';
import { datasetKey } from '../store/analysisCache';
import { selectBaseDir } from '../store/projectSelectors';

/**
 * Asks the host once for its facts (backend badge), and for the class names and image shape of an
 * IDX dataset whenever the project's dataset changes (analysis needs them for 'auto' output units).
 */
export function useHostFacts(): void {
  const host = useHost();
  const setHostInfo = useApp(s => s.setHostInfo);
  const dataset = useApp(s => s.meta.dataset);
  const baseDir = useApp(selectBaseDir);
  useEffect(() => {
    host.getInfo({}).then(setHostInfo, e =>
      useApp.getState().showNotice({
        tone: 'error',
        title: 'Cannot reach the Convas service',
        detail: errorText(e),
      }),
    );
  }, [host, setHostInfo]);
  useEffect(() => {
    if (dataset.kind === 'builtin') return;
    let current = true;
    host.previewDataset({ dataset, ...(baseDir && { baseDir }), samplesPerClass: 0 }).then(
      preview => {
        if (current) useApp.getState().setDatasetInfo({ key: datasetKey(dataset), info: preview.info });
      },
      () => {
        if (current) useApp.getState().setDatasetInfo(null);
      },
    );
    return () => {
      current = false;
    };
  }, [host, dataset, baseDir]);
}
