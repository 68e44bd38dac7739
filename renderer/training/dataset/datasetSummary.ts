/** A dataset in a few words: shape, classes or targets, images per split (the preview's and the Train button's line). */
import type { DatasetInfo } from '../../../engine/core/data/types';
import { formatCount } from '../../shared/format';

export function datasetFacts(info: DatasetInfo): string[] {
  const kind =
    info.task === 'regression'
      ? `regression: ${info.targetNames?.join(', ') || 'one target'}`
      : `${info.classNames.length} classes`;
  const { sizes } = info;
  return [
    info.imageShape.join(' × '),
    kind,
    ...(sizes
      ? [`${formatCount(sizes.train)} train · ${formatCount(sizes.validation)} val · ${formatCount(sizes.test)} test`]
      : []),
  ];
}
