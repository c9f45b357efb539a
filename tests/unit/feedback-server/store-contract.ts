/**
 * The tests every store passes (SQLite and PostgreSQL): what goes in comes out, in order and by range; old
 * events go; a batch is all or nothing; a reopened store keeps everything.
 */
import { describe, expect, it } from "vitest";
import type { FeedbackStore, StoredEvent } from "../../../src/feedback-server/store.ts";

export interface StoreFixture {
  /** A store on an empty database. */
  open(): Promise<FeedbackStore>;
  /** A second store on the database the last `open` used (a restarted receiver). */
  reopen(): Promise<FeedbackStore>;
}

const vote = (receivedAt: number, answer: "yes" | "no" = "yes"): StoredEvent => ({ receivedAt, payload: { kind: "vote", page: "article:reset-password", locale: "en", answer } });

export function storeContract(name: string, fixture: StoreFixture): void {
  describe(`${name}: the store contract`, () => {
    it("gives back what it stored, oldest first, with the payload intact", async () => {
      const store = await fixture.open();
      const steps: StoredEvent = { receivedAt: 2000, payload: { kind: "steps", troubleshooter: "login-after-reset", locale: "ja", events: [{ type: "answer", step: "a", answer: "no", next: "b" }] } };
      await store.add([vote(1000)]);
      await store.add([steps]);
      expect(await store.list()).toEqual([vote(1000), steps]);
      await store.close();
    });

    it("reads a date range: from inclusive, to exclusive", async () => {
      const store = await fixture.open();
      await store.add([vote(1000), vote(2000), vote(3000)]);
      expect((await store.list({ from: 2000, to: 3000 })).map((event) => event.receivedAt)).toEqual([2000]);
      await store.close();
    });

    it("deletes only events received before the cutoff", async () => {
      const store = await fixture.open();
      await store.add([vote(1000), vote(2000)]);
      expect(await store.deleteBefore(2000)).toBe(1);
      expect((await store.list()).map((event) => event.receivedAt)).toEqual([2000]);
      await store.close();
    });

    it("keeps every event across a restart", async () => {
      const store = await fixture.open();
      await store.add(Array.from({ length: 20 }, (_, index) => vote(index)));
      await store.close();
      const restarted = await fixture.reopen();
      expect(await restarted.list()).toHaveLength(20);
      await restarted.close();
    });

    it("loses nothing when many writes are in flight at once", async () => {
      const store = await fixture.open();
      const second = await fixture.reopen();
      await Promise.all(Array.from({ length: 200 }, (_, index) => (index % 2 ? store : second).add([vote(index)])));
      expect(await store.list()).toHaveLength(200);
      await Promise.all([store.close(), second.close()]);
    });
  });
}
