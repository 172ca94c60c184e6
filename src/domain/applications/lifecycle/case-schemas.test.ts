import { describe, expect, it } from 'vitest';
import { parseCaseCommand, parseCaseEvent } from './case-schemas.ts';
import { caseStatuses } from './case-status.ts';
import { buildCaseInStatus, commandsToStatus } from './testing/case-factories.ts';

const throughJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('serialised events and commands', () => {
  it('read back every event of every factory case unchanged', () => {
    for (const status of caseStatuses) {
      for (const event of buildCaseInStatus(status).events) {
        expect(parseCaseEvent(throughJson(event))).toEqual({ isValid: true, value: event });
      }
    }
  });

  it('read back every command of the factories unchanged', () => {
    for (const status of caseStatuses) {
      for (const command of commandsToStatus[status]) {
        expect(parseCaseCommand(throughJson(command))).toEqual({ isValid: true, value: command });
      }
    }
  });

  it('refuse impossible dates, unknown values and extra fields, in Chinese', () => {
    expect(parseCaseEvent({ type: 'feePaid', date: '2025-02-30' })).toEqual({
      isValid: false,
      problems: ['date：应为 YYYY-MM-DD 格式的真实日期'],
    });
    const badChannel = parseCaseEvent({
      type: 'registered',
      date: '2025-03-03',
      channel: 'pigeon',
      applicantType: 'naturalPerson',
    });
    expect(badChannel).toEqual({ isValid: false, problems: ['channel：收到申请的渠道无效'] });
    expect(parseCaseEvent({ type: 'closed', date: '2025-03-03', extra: 1 }).isValid).toBe(false);
    expect(parseCaseEvent({ type: 'reopened', date: '2025-03-03' }).isValid).toBe(false);
    expect(
      parseCaseCommand({
        type: 'sendFeeNotice',
        date: '2025-03-03',
        method: { kind: 'perVolume', pageCount: 1.5 },
      }),
    ).toEqual({
      isValid: false,
      problems: ['method.pageCount：应为整数'],
    });
    expect(
      parseCaseCommand({ type: 'sendFeeNotice', date: '2025-03-03', method: { kind: 'both' } }),
    ).toMatchObject({
      isValid: false,
    });
  });
});
