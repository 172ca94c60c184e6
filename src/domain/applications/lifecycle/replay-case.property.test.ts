import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBuiltInCalendar } from '../../calendar/built-in-calendar.ts';
import { addCalendarDays, type IsoDate } from '../../calendar/iso-date.ts';
import { outcomeCodes } from '../outcomes/outcome-catalogue.ts';
import { applyTransition } from './apply-transition.ts';
import { availableCommands } from './available-commands.ts';
import type { CaseCommand, CaseCommandType } from './case-command.ts';
import type { CaseEvent } from './case-event.ts';
import { parseCaseEvent } from './case-schemas.ts';
import { openConsultations, type CaseState } from './case-state.ts';
import { isConcludedStatus } from './case-status.ts';
import { computeCaseDeadlines } from './compute-case-deadlines.ts';
import type { LifecycleRole } from './lifecycle-role.ts';
import { replayCase } from './replay-case.ts';
import { notHeldDecision, partialDecision } from './testing/case-factories.ts';
import { caseCommandTypes, transitionTable } from './transition-table.ts';

const calendar = buildBuiltInCalendar();
const now: IsoDate = '2026-06-30';
const commandTypes = caseCommandTypes.filter((type) => type !== 'register');
const roleSets: LifecycleRole[][] = [
  ['caseHandler', 'officeHead'],
  ['caseHandler'],
  ['officeHead'],
  ['portal'],
  ['reviewer1'],
];

/** A plausible command of the picked type for the case (it may still be refused). */
function commandFor(options: {
  state: CaseState;
  type: CaseCommandType;
  date: IsoDate;
  pick: number;
}): CaseCommand {
  const { state, type, date, pick } = options;
  const openId =
    openConsultations(state)[pick % Math.max(1, openConsultations(state).length)]?.consultationId ?? 'none';
  switch (type) {
    case 'register':
      return { type, receivedOn: date, channel: 'email', applicantType: 'naturalPerson' };
    case 'correctApplicantType':
      return {
        type,
        date,
        applicantType: pick % 2 === 0 ? 'commercialEnterprise' : 'naturalPerson',
        reason: '更正',
      };
    case 'requestClarification':
      return pick % 3 === 0
        ? { type, date, whatToSupply: '文号', supplementWorkingDays: 1 + (pick % 20) }
        : { type, date, whatToSupply: '文号' };
    case 'receiveClarification':
    case 'deemAbandonedForClarification':
    case 'recordFeePayment':
    case 'deemAbandonedForFee':
    case 'approveDecision':
    case 'close':
      return { type, date };
    case 'sendConsultation':
      return {
        type,
        date,
        consultationId: `c${state.consultations.length + 1}`,
        consultedParty: pick % 2 === 0 ? 'thirdParty' : 'otherAgency',
        partyName: '某单位',
      };
    case 'recordConsultationAnswer':
      return { type, date, consultationId: openId, hasObjection: pick % 2 === 0, summary: '意见' };
    case 'recordConsultationLapse':
      return { type, date, consultationId: openId };
    case 'sendFeeNotice':
      return pick % 2 === 0
        ? { type, date, method: { kind: 'perVolume', pageCount: pick % 300 } }
        : { type, date, method: { kind: 'perRequest', requestNumberInMonth: 1 + (pick % 60) } };
    case 'approveExtension':
      return { type, date, workingDays: pick % 23, reason: '延期理由' };
    case 'setLaterDeadline':
      return { type, date, dueDate: addCalendarDays(date, 20 + (pick % 60)), reason: '数量明显超过合理范围' };
    case 'proposeDecision': {
      const outcomeCode = outcomeCodes[pick % outcomeCodes.length] ?? 'disclosed';
      const base = pick % 2 === 0 ? partialDecision : notHeldDecision;
      return {
        type,
        date,
        decision: {
          ...base,
          outcomeCode,
          legalBasis: pick % 7 === 0 ? '' : base.legalBasis,
          publishedLocation: '门户网站',
        },
      };
    }
    case 'returnDecision':
      return { type, date, reason: '请修改' };
    case 'recordDelivery':
      return { type, date, method: pick % 2 === 0 ? 'post' : 'electronic' };
    case 'withdraw':
      return { type, date, reason: '撤回' };
    default: {
      const unreachable: never = type;
      return unreachable;
    }
  }
}

const step = fc.record({
  pick: fc.nat(1000),
  gap: fc.oneof(fc.nat(6), fc.nat(6), fc.integer({ min: 15, max: 35 })),
  roles: fc.oneof(fc.constant(0), fc.nat(roleSets.length - 1)),
});

describe('replaying the event log', () => {
  it('rebuilds exactly the state that applying the commands one by one produced', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.array(step, { maxLength: 30 }),
        (startOffset, steps) => {
          const receivedOn = addCalendarDays('2025-01-02', startOffset);
          const register: CaseCommand = {
            type: 'register',
            receivedOn,
            channel: 'email',
            applicantType: 'naturalPerson',
          };
          const first = applyTransition({ state: null, command: register, roles: ['portal'], now, calendar });
          if (!first.isAccepted) throw new Error(first.message);
          let state = first.state;
          const log: CaseEvent[] = [...first.events];
          let date = receivedOn;
          for (const { pick, gap, roles } of steps) {
            date = addCalendarDays(date, gap);
            if (date > now) break;
            const roleSet = roleSets[roles] ?? [];
            // Mostly commands the UI would offer (so most are accepted), sometimes any command.
            const offered = availableCommands({ state, roles: roleSet }).filter(
              (type) => type !== 'withdraw' || pick % 5 === 0,
            );
            const type =
              (pick % 6 === 0 || offered.length === 0
                ? commandTypes[pick % commandTypes.length]
                : offered[pick % offered.length]) ?? 'close';
            const before = structuredClone(state);
            const result = applyTransition({
              state,
              command: commandFor({ state, type, date, pick }),
              roles: roleSet,
              now,
              calendar,
            });
            // Nothing half-done: the input state is never changed.
            expect(state).toEqual(before);
            if (!result.isAccepted) continue;
            const rule = transitionTable[type];
            if (rule.to === 'unchanged') expect(result.state.status).toBe(state.status);
            else expect(rule.to).toContain(result.state.status);
            expect(result.state.conclusion !== null).toBe(isConcludedStatus(result.state.status));
            log.push(...result.events);
            state = result.state;
            expect(state.events).toEqual(log);
          }
          expect(replayCase({ events: structuredClone(log) })).toEqual(state);
          // Every event survives storage as JSON.
          const stored = log.map((event) => parseCaseEvent(JSON.parse(JSON.stringify(event))));
          expect(stored).toEqual(log.map((value) => ({ isValid: true, value })));
          // The deadline engine accepts every event the lifecycle produced.
          const warnings = computeCaseDeadlines({ state, calendar, now }).warnings.join('\n');
          expect(warnings).not.toMatch(/已忽略|只能延长一次|延期决定晚于|应晚于法定期限|延长期限最长/);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('returns null for an empty log and refuses a log that does not start with the registration', () => {
    expect(replayCase({ events: [] })).toBeNull();
    expect(() => replayCase({ events: [{ type: 'feePaid', date: '2025-03-03' }] })).toThrow();
  });
});
