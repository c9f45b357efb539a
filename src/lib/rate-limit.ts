/**
 * A per-client request budget in memory: at most `limit` requests per client in each fixed window. Nothing is
 * written anywhere and a key is forgotten once its window has passed, so the receiver keeps no client address
 * beyond a minute. Several receivers behind a load balancer each count their own share.
 */
export interface RateLimitOptions {
  /** Requests allowed per client and window; 0 turns the limit off. */
  limit: number;
  windowMs: number;
  /** Clients tracked at once; past this, finished windows are dropped, and if none have finished, new clients wait. */
  maxClients?: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();
  private readonly options: RateLimitOptions;

  constructor(options: RateLimitOptions) {
    this.options = options;
  }

  /** Counts one request from `client` at `now`. */
  take(client: string, now: number): RateDecision {
    const { limit, windowMs, maxClients = 100_000 } = this.options;
    if (limit === 0) return { allowed: true };
    let window = this.windows.get(client);
    if (!window || now - window.start >= windowMs) {
      if (!window && this.windows.size >= maxClients) this.forgetFinished(now);
      if (!window && this.windows.size >= maxClients) return { allowed: false, retryAfterSeconds: Math.ceil(windowMs / 1000) };
      window = { start: now, count: 0 };
      this.windows.set(client, window);
    }
    window.count += 1;
    if (window.count <= limit) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.start + windowMs - now) / 1000)) };
  }

  /** Clients with a window still open. */
  get size(): number {
    return this.windows.size;
  }

  private forgetFinished(now: number): void {
    for (const [client, window] of this.windows) if (now - window.start >= this.options.windowMs) this.windows.delete(client);
  }
}
