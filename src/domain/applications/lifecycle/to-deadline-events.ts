import type { DisclosureRequestEvent } from '../deadlines/disclosure-request-event.ts';
import type { CaseEvent } from './case-event.ts';

/**
 * The deadline engine's view of a case event, or null when the event does not move the clock.
 * The clock stops on delivery (rules.md §2: "answered in time" compares the delivery date).
 */
export function toDeadlineEvent(event: CaseEvent): DisclosureRequestEvent | null {
  switch (event.type) {
    case 'registered':
      return { type: 'received', date: event.date, channel: event.channel };
    case 'clarificationRequested':
      return {
        type: 'clarificationRequested',
        date: event.date,
        supplementWorkingDays: event.supplementWorkingDays,
      };
    case 'clarificationReceived':
      return { type: 'clarificationReceived', date: event.date };
    case 'consultationSent':
      return {
        type: 'consultationSent',
        date: event.date,
        consultationId: event.consultationId,
        consultedParty: event.consultedParty,
      };
    case 'consultationAnswered':
      return { type: 'consultationAnswered', date: event.date, consultationId: event.consultationId };
    case 'feeNoticeSent':
      return event.applicantReceivedOn === null
        ? { type: 'feeNoticeSent', date: event.date }
        : { type: 'feeNoticeSent', date: event.date, applicantReceivedOn: event.applicantReceivedOn };
    case 'feePaid':
      return { type: 'feePaid', date: event.date };
    case 'extended':
      return { type: 'extended', date: event.date, workingDays: event.workingDays, reason: event.reason };
    case 'laterDeadlineSet':
      return { type: 'laterDeadlineSet', date: event.date, dueDate: event.dueDate, reason: event.reason };
    case 'delivered':
      return { type: 'concluded', date: event.date, conclusion: 'decided' };
    case 'withdrawn':
      return { type: 'concluded', date: event.date, conclusion: 'withdrawn' };
    case 'deemedAbandoned':
      return { type: 'concluded', date: event.date, conclusion: 'deemedAbandoned' };
    case 'applicantTypeCorrected':
    case 'consultationLapsed':
    case 'decisionProposed':
    case 'decisionReturned':
    case 'decisionApproved':
    case 'closed':
      return null;
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

export function toDeadlineEvents(events: readonly CaseEvent[]): DisclosureRequestEvent[] {
  return events.map(toDeadlineEvent).filter((event): event is DisclosureRequestEvent => event !== null);
}
