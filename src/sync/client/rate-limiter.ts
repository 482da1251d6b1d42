/**
 * A sliding-window limiter: at most `maxPerWindow` grants in any `windowMs` span, across every
 * concurrent caller. Grants are handed out one at a time through a promise chain, so two callers
 * can never both see the last free slot.
 */
export class SlidingWindowRateLimiter {
  private readonly grants: number[] = [];
  private tail: Promise<void> = Promise.resolve();

  constructor(
    private readonly maxPerWindow: number,
    private readonly windowMs: number,
    private readonly now: () => number,
    private readonly sleep: (ms: number) => Promise<void>,
  ) {
    if (!(maxPerWindow >= 1)) throw new RangeError('maxPerWindow must be at least 1');
  }

  /** Resolves when the caller may send one request. */
  acquire(): Promise<void> {
    const turn = this.tail.then(() => this.take());
    this.tail = turn.catch(() => undefined);
    return turn;
  }

  private async take(): Promise<void> {
    for (;;) {
      const t = this.now();
      while (this.grants.length > 0 && this.grants[0] <= t - this.windowMs) this.grants.shift();
      if (this.grants.length < this.maxPerWindow) {
        this.grants.push(t);
        return;
      }
      await this.sleep(this.grants[0] + this.windowMs - t);
    }
  }
}
