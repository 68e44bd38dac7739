import type { DatasetReport } from '../../../../engine/core/data/report/types';
import type { ResizeMode } from '../../../../engine/core/project/schema';
import { formatCount } from '../../../shared/format';

const RESIZE_WORDS: Record<ResizeMode, string> = {
  stretch: 'stretched',
  centerCrop: 'center-cropped',
  letterbox: 'letterboxed',
};

interface Props {
  sizes: DatasetReport['sizes'];
  imageShape: readonly number[];
  resize: ResizeMode | null;
}

/** The sizes the files come in, most common first, and what the network gets from them. */
export function ReportSizes({ sizes, imageShape, resize }: Props) {
  return (
    <section className="dr-section" aria-labelledby="dr-sizes-title">
      <h3 id="dr-sizes-title" className="dr-heading">
        Image sizes seen
      </h3>
      <ul className="dr-chips" aria-labelledby="dr-sizes-title">
        {sizes.map(s => (
          <li key={`${s.width}x${s.height}`}>
            <span className="mono">
              {s.width}×{s.height}
            </span>{' '}
            {formatCount(s.count)}
          </li>
        ))}
      </ul>
      <p className="dr-note">
        The network sees {imageShape.join(' × ')}
        {resize ? ` (${RESIZE_WORDS[resize]} to the Input node’s size)` : ''}.
      </p>
    </section>
  );
}
