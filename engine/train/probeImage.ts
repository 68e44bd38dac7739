/** The image whose feature maps are streamed: read from its split once, kept while its index stays. */
import type { SplitSource } from '../core/data/types';

export interface ProbeSample {
  pixels: Uint8Array;
  /** The class index (classification) or the first target (regression). */
  label: number;
}

/**
 * @example
 * const probeImages = new ProbeImages(data.test.count ? data.test : data.train);
 * const sample = await probeImages.at(probeIndex); // null when the file cannot be read
 */
export class ProbeImages {
  private last: { index: number; sample: ProbeSample | null } | undefined;

  constructor(private readonly source: SplitSource) {}

  /** The image at `index` (clamped to the split). */
  async at(index: number): Promise<ProbeSample | null> {
    const clamped = Math.max(0, Math.min(index, this.source.count - 1));
    if (this.last?.index === clamped) return this.last.sample;
    let sample: ProbeSample | null = null;
    if (this.source.count > 0) {
      // An unreadable probe file only costs the feature maps, never the run.
      sample = await this.source.item(clamped).then(
        ({ pixels, targets }) => ({ pixels, label: targets[0] ?? 0 }),
        () => null,
      );
    }
    this.last = { index: clamped, sample };
    return sample;
  }
}
