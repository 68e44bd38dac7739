/** Tracks the files a run's split sources have left out, so each is reported once. */
import type { SkippedFile, SplitSource } from '../core/data/types';

/**
 * @example
 * const skips = new SkipReporter([train, validation, test]);
 * const files = skips.fresh(); if (files.length) emit({ type: 'skippedFiles', files, total: skips.total });
 */
export class SkipReporter {
  private readonly reported: number[];
  private readonly files: SkippedFile[] = [];

  constructor(private readonly sources: SplitSource[]) {
    this.reported = sources.map(() => 0);
  }

  /** Files left out since the last call. */
  fresh(): SkippedFile[] {
    const found: SkippedFile[] = [];
    this.sources.forEach((source, i) => {
      const list = source.skipped();
      found.push(...list.slice(this.reported[i]));
      this.reported[i] = list.length;
    });
    this.files.push(...found);
    return found;
  }

  get total(): number {
    return this.files.length;
  }

  /** Every file reported so far. */
  all(): SkippedFile[] {
    return this.files.slice();
  }
}
