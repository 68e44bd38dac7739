/**
 * Errors the page reports (uncaught exceptions and console.error), collected per app so a journey
 * fails on them: a user would not see most of them, but each is a bug or a broken promise.
 */
import type { Page } from 'playwright-core';
import { until } from './waitFor';

export class PageErrors {
  private seen: string[] = [];

  /** Starts collecting from `page`: `pageerror` events and console messages of type 'error'. */
  watch(page: Page): void {
    page.on('pageerror', e => this.seen.push(`pageerror: ${e.message}`));
    page.on('console', m => {
      if (m.type() === 'error') this.seen.push(`console.error: ${m.text()}`);
    });
  }

  /** Everything collected and not yet taken, emptied. */
  take(): string[] {
    return this.seen.splice(0);
  }

  /**
   * For a step that provokes errors on purpose: waits until one matching `pattern` is seen, then drops
   * every entry matching `pattern` (a crash logs it several times: the throw, React's report).
   * @example await errors.expect(/Forced crash of the Train panel/);
   */
  async expect(pattern: RegExp): Promise<string[]> {
    await until(
      async () => this.seen.some(s => pattern.test(s)),
      found => found,
      `a page error matching ${pattern}`,
    );
    const matched = this.seen.filter(s => pattern.test(s));
    this.seen = this.seen.filter(s => !pattern.test(s));
    return matched;
  }
}
