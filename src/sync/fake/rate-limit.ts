/** Fixed one-minute windows per API key, like Ashby's documented 1,000 requests per minute per key. */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Count a request; `allowed` is false once the key has used its limit in the current window. */
  hit(key: string, limit: number): { allowed: boolean; limit: number; remaining: number; resetAtMs: number } {
    const t = this.now();
    let w = this.windows.get(key);
    if (!w || t - w.start >= 60_000) {
      w = { start: t, count: 0 };
      this.windows.set(key, w);
    }
    w.count++;
    const resetAtMs = w.start + 60_000;
    return { allowed: w.count <= limit, limit, remaining: Math.max(0, limit - w.count), resetAtMs };
  }
}
