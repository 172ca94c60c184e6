import type { CaseEvent } from './case-event.ts';
import { openConsultations, type CaseState, type ConsultationRecord } from './case-state.ts';

function updateConsultation(
  state: CaseState,
  consultationId: string,
  change: (consultation: ConsultationRecord) => ConsultationRecord,
): CaseState {
  const consultations = state.consultations.map((consultation) =>
    consultation.consultationId === consultationId ? change(consultation) : consultation,
  );
  const next = { ...state, consultations };
  return { ...next, status: openConsultations(next).length > 0 ? 'consulting' : 'inProgress' };
}

/**
 * The state after one event: the single place that says which status an event leads to. Called
 * by `applyTransition` (after validating the command) and by `replayCase` (trusting the log).
 */
export function applyCaseEvent(options: { state: CaseState | null; event: CaseEvent }): CaseState {
  const { event } = options;
  if (event.type === 'registered') {
    if (options.state !== null) throw new Error('a case is registered only once');
    return {
      status: 'registered',
      receivedOn: event.date,
      channel: event.channel,
      applicantType: event.applicantType,
      lastEventOn: event.date,
      clarification: null,
      consultations: [],
      processingFee: null,
      extension: null,
      laterDeadline: null,
      proposedDecision: null,
      decision: null,
      delivery: null,
      conclusion: null,
      closedOn: null,
      events: [event],
    };
  }
  if (options.state === null) throw new Error(`event ${event.type} before the case was registered`);
  const state: CaseState = {
    ...options.state,
    lastEventOn: event.date > options.state.lastEventOn ? event.date : options.state.lastEventOn,
    events: [...options.state.events, event],
  };
  switch (event.type) {
    case 'applicantTypeCorrected':
      return { ...state, applicantType: event.applicantType };
    case 'clarificationRequested':
      return {
        ...state,
        status: 'awaitingClarification',
        clarification: {
          requestedOn: event.date,
          supplementWorkingDays: event.supplementWorkingDays,
          whatToSupply: event.whatToSupply,
          receivedOn: null,
        },
      };
    case 'clarificationReceived':
      if (state.clarification === null) throw new Error('clarification received without a notice');
      // Art. 30: the reply period restarts; an earlier extension or Art. 35 deadline no longer applies.
      return {
        ...state,
        status: 'inProgress',
        clarification: { ...state.clarification, receivedOn: event.date },
        extension: null,
        laterDeadline: null,
      };
    case 'consultationSent':
      return {
        ...state,
        status: 'consulting',
        consultations: [
          ...state.consultations,
          {
            consultationId: event.consultationId,
            consultedParty: event.consultedParty,
            partyName: event.partyName,
            sentOn: event.date,
            answer: null,
            lapsedOn: null,
          },
        ],
      };
    case 'consultationAnswered':
      return updateConsultation(state, event.consultationId, (consultation) => ({
        ...consultation,
        answer: { answeredOn: event.date, hasObjection: event.hasObjection, summary: event.summary },
      }));
    case 'consultationLapsed':
      return updateConsultation(state, event.consultationId, (consultation) => ({
        ...consultation,
        lapsedOn: event.date,
      }));
    case 'feeNoticeSent':
      return {
        ...state,
        status: 'awaitingFeePayment',
        processingFee: {
          sentOn: event.date,
          applicantReceivedOn: event.applicantReceivedOn,
          method: event.method,
          amountYuan: event.amountYuan,
          paidOn: null,
        },
      };
    case 'feePaid':
      if (state.processingFee === null) throw new Error('fee paid without a fee notice');
      return {
        ...state,
        status: 'inProgress',
        processingFee: { ...state.processingFee, paidOn: event.date },
      };
    case 'extended':
      return {
        ...state,
        extension: { approvedOn: event.date, workingDays: event.workingDays, reason: event.reason },
      };
    case 'laterDeadlineSet':
      return { ...state, laterDeadline: { setOn: event.date, dueDate: event.dueDate, reason: event.reason } };
    case 'decisionProposed':
      return {
        ...state,
        status: 'awaitingApproval',
        proposedDecision: { proposedOn: event.date, decision: event.decision },
      };
    case 'decisionReturned':
      return { ...state, status: 'inProgress', proposedDecision: null };
    case 'decisionApproved': {
      if (state.proposedDecision === null) throw new Error('decision approved without a proposal');
      const { decision } = state.proposedDecision;
      return {
        ...state,
        status: 'decided',
        proposedDecision: null,
        decision: { decidedOn: event.date, decision },
        conclusion: { concludedOn: event.date, conclusion: 'decided', outcomeCode: decision.outcomeCode },
      };
    }
    case 'delivered':
      return { ...state, status: 'delivered', delivery: { deliveredOn: event.date, method: event.method } };
    case 'closed':
      return { ...state, status: 'closed', closedOn: event.date };
    case 'withdrawn':
      // rules.md §3: a withdrawal counts as （六）3 其他.
      return {
        ...state,
        status: 'withdrawn',
        proposedDecision: null,
        conclusion: { concludedOn: event.date, conclusion: 'withdrawn', outcomeCode: 'otherHandling' },
      };
    case 'deemedAbandoned':
      return {
        ...state,
        status: 'deemedAbandoned',
        conclusion: { concludedOn: event.date, conclusion: 'deemedAbandoned', outcomeCode: event.cause },
      };
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}
