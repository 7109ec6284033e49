import { STATE_VERSION, type State } from "./types.js";

export function initialState(): State {
  return { v: STATE_VERSION, phase: "new", answers: {}, history: [] };
}

/** A stored state of another version (or no state) starts the flow afresh instead of crashing. */
export function reviveState(raw: unknown): State {
  if (raw && typeof raw === "object" && (raw as State).v === STATE_VERSION && typeof (raw as State).phase === "string") {
    return structuredClone(raw as State);
  }
  return initialState();
}
