import type { Executor } from '../../db/database.ts';
import { listCaseEvents, type StoredCaseEvent } from '../../db/repositories/case-events.ts';
import type { CaseEvent } from '../../domain/applications/lifecycle/case-event.ts';
import { parseCaseEvent } from '../../domain/applications/lifecycle/case-schemas.ts';
import type { CaseState } from '../../domain/applications/lifecycle/case-state.ts';
import { replayCase } from '../../domain/applications/lifecycle/replay-case.ts';

/** Reads stored event payloads back into domain events; a payload that does not parse is a corrupt log. */
export function parseStoredCaseEvents(payloads: readonly unknown[]): CaseEvent[] {
  return payloads.map((payload, index) => {
    const parsed = parseCaseEvent(payload);
    if (!parsed.isValid) throw new Error(`case event ${index + 1} unreadable: ${parsed.problems.join('; ')}`);
    return parsed.value;
  });
}

/** The case state replayed from the request's stored events (the log is the truth), with the records. */
export async function loadCaseState(
  executor: Executor,
  requestId: string,
): Promise<{ state: CaseState; storedEvents: StoredCaseEvent[] }> {
  const storedEvents = await listCaseEvents(executor, requestId);
  const state = replayCase({ events: parseStoredCaseEvents(storedEvents.map((event) => event.payload)) });
  if (state === null) throw new Error(`disclosure request ${requestId} has no case events`);
  return { state, storedEvents };
}
