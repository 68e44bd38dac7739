import type { DatasetReport } from '../../../../engine/core/data/report/types';
import { PixelImage } from '../../PixelImage';

interface Props {
  samples: DatasetReport['samples'];
  imageShape: readonly number[];
}

/** A few images of each class, as the network will see them (already resized). */
export function ReportSamples({ samples, imageShape }: Props) {
  if (!samples.length) return null;
  return (
    <section className="dr-section" aria-labelledby="dr-samples-title">
      <h3 id="dr-samples-title" className="dr-heading">
        Samples, as the network sees them
      </h3>
      <ul className="dr-samples" aria-labelledby="dr-samples-title">
        {samples.map(group => (
          <li key={group.className} className="dr-samples__class">
            <span className="dr-samples__name" title={group.className}>
              {group.className}
            </span>
            <span className="dr-samples__grid">
              {group.pixels.map((pixels, i) => (
                <PixelImage
                  key={i}
                  pixels={pixels}
                  shape={imageShape}
                  size={44}
                  label={`${group.className} sample ${i + 1}`}
                />
              ))}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
