import { describe, expect, it } from "vitest";
import { RateLimiter } from "../../../src/lib/rate-limit.ts";

describe("RateLimiter", () => {
  it("allows `limit` requests per client and window, then says when to come back", () => {
    const limiter = new RateLimiter({ limit: 2, windowMs: 60_000 });
    expect([limiter.take("a", 0), limiter.take("a", 1000)]).toEqual([{ allowed: true }, { allowed: true }]);
    expect(limiter.take("a", 15_000)).toEqual({ allowed: false, retryAfterSeconds: 45 });
    expect(limiter.take("b", 15_000)).toEqual({ allowed: true });
  });

  it("starts a new window once the last one has passed", () => {
    const limiter = new RateLimiter({ limit: 1, windowMs: 60_000 });
    limiter.take("a", 0);
    expect(limiter.take("a", 60_000)).toEqual({ allowed: true });
  });

  it("forgets finished windows when full, so memory stays bounded", () => {
    const limiter = new RateLimiter({ limit: 5, windowMs: 1000, maxClients: 2 });
    limiter.take("a", 0);
    limiter.take("b", 0);
    expect(limiter.take("c", 500)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(limiter.take("c", 1000)).toEqual({ allowed: true });
    expect(limiter.size).toBe(1);
  });

  it("limit 0 turns it off", () => {
    const limiter = new RateLimiter({ limit: 0, windowMs: 1000 });
    expect(Array.from({ length: 5 }, () => limiter.take("a", 0).allowed)).toEqual([true, true, true, true, true]);
  });
});
