/**
 * A compiled flow (JSON) + the registry = an XState v5 machine. Runs in Node (tests) and in the island.
 * No timers, no invoked actors: every machine stays traversable by `xstate/graph`.
 */
import { setup } from "xstate";
import { actions, guards } from "./implementations.ts";
import type { MachineConfigJson, TroubleshooterContext, TroubleshooterEvent, TroubleshooterInput } from "./types.ts";

const troubleshooterSetup = setup({
  types: {
    context: {} as TroubleshooterContext,
    events: {} as TroubleshooterEvent,
    input: {} as TroubleshooterInput,
  },
  guards,
  actions,
});

export function createTroubleshooterMachine(config: MachineConfigJson) {
  return troubleshooterSetup.createMachine({
    // The compiled config only names registry guards and actions; its shape is checked by the compiler.
    ...(config as unknown as Record<string, never>),
    context: ({ input }) => ({ answers: { ...input.answers }, history: [], now: input.now ?? null, rules: input.rules }),
  });
}

export type TroubleshooterMachine = ReturnType<typeof createTroubleshooterMachine>;
