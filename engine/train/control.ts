/** Commands that arrive while the loop runs: pause/resume/stop flags the loop polls between batches. */
export class TrainControl {
  paused = false;
  stopped = false;
  pendingLearningRate: number | undefined;
  pendingProbe: number | undefined;
  private wake: (() => void) | undefined;

  pause(): void {
    this.paused = true;
  }
  resume(): void {
    this.paused = false;
    this.wake?.();
  }
  stop(): void {
    this.stopped = true;
    this.wake?.();
  }

  /**
   * Lets queued commands arrive (the loop is otherwise synchronous), then waits while paused.
   * Returns true when the run should stop.
   */
  async checkpoint(onPause: () => void, onResume: () => void): Promise<boolean> {
    await new Promise<void>(resolve => setImmediate(resolve));
    if (this.paused && !this.stopped) {
      onPause();
      while (this.paused && !this.stopped)
        await new Promise<void>(resolve => {
          this.wake = resolve;
        });
      this.wake = undefined;
      if (!this.stopped) onResume();
    }
    return this.stopped;
  }
}
