import { applyCaseEvent } from './apply-case-event.ts';
import type { CaseEvent } from './case-event.ts';
import type { CaseState } from './case-state.ts';

/**
 * Rebuilds a case from its event log (the log is the source of truth), in the stored order.
 * Null for an empty log. Throws on a log no sequence of accepted transitions can produce.
 */
export function replayCase(options: { events: readonly CaseEvent[] }): CaseState | null {
  let state: CaseState | null = null;
  for (const event of options.events) state = applyCaseEvent({ state, event });
  return state;
}
