/**
 * Decoded images kept in memory under one byte budget shared by a dataset's splits.
 *
 * Policy: admit images until the budget is spent, then admit no more and evict nothing. Training
 * visits every image once per epoch in a new random order, so under LRU each image is evicted
 * before its next visit whenever the data is larger than the cache (a hit rate near zero); keeping
 * a fixed subset instead serves that subset from memory every epoch (hit rate = cache / data).
 */

/** Bytes of memory handed out to caches; they never give any back (the run ends first). */
export class ByteBudget {
  private used = 0;
  constructor(readonly limit: number) {}

  get remaining(): number {
    return this.limit - this.used;
  }

  /** Takes `bytes` if they fit. */
  take(bytes: number): boolean {
    if (bytes > this.remaining) return false;
    this.used += bytes;
    return true;
  }
}

/** Images are stored in slabs of about this size, allocated as they fill (a small dataset allocates little). */
const SLAB_BYTES = 64 * 2 ** 20;

/**
 * One split's cache: image index → its pixels, copied into slabs allocated from the budget.
 * @example
 * const cache = new ImageCache(train.count, 32 * 32 * 3, new ByteBudget(cacheBudgetBytes()));
 * if (!cache.get(i)) cache.admit(i, decoded);
 */
export class ImageCache {
  private readonly slotOf: Int32Array;
  private readonly slabs: Uint8Array[] = [];
  private readonly slabImages: number;
  private capacity = 0;
  private full = false;
  /** Images held. */
  stored = 0;

  constructor(
    count: number,
    private readonly imageBytes: number,
    private readonly budget: ByteBudget,
  ) {
    this.slotOf = new Int32Array(count).fill(-1);
    this.slabImages = Math.max(1, Math.floor(SLAB_BYTES / Math.max(1, imageBytes)));
  }

  /** Bytes allocated, all from the budget. */
  get bytes(): number {
    return this.capacity * this.imageBytes;
  }

  has(index: number): boolean {
    return this.slotOf[index]! >= 0;
  }

  /** A view of the cached pixels (valid for the cache's life), or undefined. */
  get(index: number): Uint8Array | undefined {
    const slot = this.slotOf[index]!;
    if (!(slot >= 0)) return undefined;
    const start = (slot % this.slabImages) * this.imageBytes;
    return this.slabs[Math.floor(slot / this.slabImages)]!.subarray(start, start + this.imageBytes);
  }

  /** Copies the image in if there is room; false once the budget is spent. */
  admit(index: number, pixels: Uint8Array): boolean {
    if (this.has(index)) return true;
    if (this.stored === this.capacity && !this.grow()) return false;
    const slot = this.stored++;
    this.slotOf[index] = slot;
    this.slabs[Math.floor(slot / this.slabImages)]!.set(
      pixels.subarray(0, this.imageBytes),
      (slot % this.slabImages) * this.imageBytes,
    );
    return true;
  }

  private grow(): boolean {
    if (this.full) return false;
    // Only the last slab may be short (budget or images running out), so slot → slab stays a division.
    const wanted = Math.min(this.slabImages, this.slotOf.length - this.capacity);
    const images = Math.min(wanted, Math.floor(this.budget.remaining / this.imageBytes));
    if (images < 1 || !this.budget.take(images * this.imageBytes)) {
      this.full = true;
      return false;
    }
    this.slabs.push(new Uint8Array(images * this.imageBytes));
    this.capacity += images;
    if (images < this.slabImages) this.full = true;
    return true;
  }
}
