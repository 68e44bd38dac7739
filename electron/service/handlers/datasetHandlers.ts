import { previewDataset } from '../datasetPreview';
import type { HostHandlers, ServiceContext } from '../serviceContext';

export function registerDatasetHandlers(ctx: ServiceContext): Pick<HostHandlers, 'previewDataset'> {
  return {
    previewDataset: ({ dataset, baseDir, samplesPerClass, imageShape }) =>
      previewDataset(dataset, baseDir ?? ctx.defaultBaseDir, samplesPerClass, imageShape),
  };
}
