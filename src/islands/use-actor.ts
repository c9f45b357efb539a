/**
 * The one actor hook: holds an XState actor and re-renders on each snapshot. `replace` swaps in another
 * actor (restored from the URL). Not @xstate/react: that breaks Astro's prerender under Preact.
 */
import { useEffect, useState } from "preact/hooks";
import type { AnyActorRef, SnapshotFrom } from "xstate";

export function useActor<TActor extends AnyActorRef>(create: () => TActor) {
  const [actor, replace] = useState(create);
  const [snapshot, setSnapshot] = useState<SnapshotFrom<TActor>>(() => actor.getSnapshot());
  useEffect(() => {
    setSnapshot(actor.getSnapshot());
    const subscription = actor.subscribe((next: SnapshotFrom<TActor>) => setSnapshot(next));
    return () => subscription.unsubscribe();
  }, [actor]);
  return [snapshot, actor, replace] as const;
}
