/** Bounded concurrency for file work: enough requests in flight to hide latency, not so many that memory or descriptors run out. */

/**
 * Calls `work` on every item with at most `limit` calls pending; results keep the items' order.
 * @example
 * const sizes = await mapLimit(files, 32, async f => (await stat(f)).size);
 */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
