// When a server that died is restarted: up to `maxRestarts` crashes within `windowMs`, then it stays
// stopped (a crash loop), so the user gets a clear message instead of endless restarts. Pure, so it
// is tested without VS Code.

export class CrashPolicy {
  private readonly crashes: number[] = [];

  constructor(
    private readonly maxRestarts = 3,
    private readonly windowMs = 3 * 60 * 1000,
  ) {}

  /** Records a crash at `now`; says whether to restart, and how many crashes the window holds. */
  onCrash(now: number): { restart: boolean; recent: number } {
    this.crashes.push(now);
    while (this.crashes.length && now - this.crashes[0]! > this.windowMs) this.crashes.shift();
    return { restart: this.crashes.length <= this.maxRestarts, recent: this.crashes.length };
  }
}
