/** Loading the dataset preview (classes, counts, sample images) for the project's dataset. */
import { datasetKey } from '../../store/analysisCache';
import { datasetRequest, requestKey } from './datasetRequest';
import { type ActionDeps, updateTraining } from '../../store/storeAccess';
import { toUserError } from '../../shared/userError';

const SAMPLES_PER_CLASS = 4;

export interface PreviewActions {
  /** Loads the preview unless the same dataset is already shown or loading; `force` reloads. */
  loadDatasetPreview(force?: boolean): Promise<void>;
}

export function createPreviewActions({ get, set, host }: ActionDeps): PreviewActions {
  return {
    async loadDatasetPreview(force = false) {
      const state = get();
      const request = datasetRequest(state);
      const key = requestKey(request);
      const current = state.training.preview;
      if (!force && current.status !== 'idle' && current.status !== 'error' && current.key === key) return;
      updateTraining(set, { preview: { status: 'loading', key } });
      const stillWanted = () => {
        const p = get().training.preview;
        return p.status === 'loading' && p.key === key;
      };
      try {
        const preview = await host.previewDataset({ ...request, samplesPerClass: SAMPLES_PER_CLASS });
        if (!stillWanted()) return;
        updateTraining(set, { preview: { status: 'ready', key, preview } });
        // Shape inference needs an IDX set's image shape and class count, which only the host can read.
        get().setDatasetInfo({ key: datasetKey(request.dataset), info: preview.info });
      } catch (error) {
        if (stillWanted()) updateTraining(set, { preview: { status: 'error', key, error: toUserError(error) } });
      }
    },
  };
}
