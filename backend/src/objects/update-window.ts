/**
 * A sliding-window log of one run's updates, in memory: at most `limit` in any window. An object
 * that is evicted forgets it, which only happens after updates stopped coming for a while.
 */
export class UpdateWindow {
  private times: number[] = [];

  constructor(private readonly windowMs: number) {}

  /** Records an update at `now` and answers 0, or answers how many ms until one would be allowed. */
  admit(now: number, limit: number): number {
    while (this.times.length > 0 && this.times[0]! <= now - this.windowMs) this.times.shift();
    if (this.times.length >= limit) return Math.max(1, this.times[this.times.length - limit]! + this.windowMs - now);
    this.times.push(now);
    return 0;
  }
}
