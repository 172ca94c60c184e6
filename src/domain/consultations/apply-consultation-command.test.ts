import { describe, expect, it } from 'vitest';
import { isoDateInShanghai } from '../calendar/iso-date.ts';
import {
  applyConsultationCommand,
  isAcceptingComments,
  type ConsultationState,
} from './apply-consultation-command.ts';
import type { ConsultationCommand } from './consultation-command.ts';
import { consultationStatuses, type ConsultationStatus } from './consultation-status.ts';

const period = { opensOn: '2025-03-01', closesOn: '2025-03-30' } as const;
const stateIn = (status: ConsultationStatus): ConsultationState => ({ status, ...period });

describe('consultation lifecycle', () => {
  it('creates a draft only when there is no consultation yet', () => {
    expect(
      applyConsultationCommand({ state: null, command: { type: 'create' }, today: '2025-02-20' }),
    ).toEqual({
      isAccepted: true,
      status: 'draft',
    });
    expect(
      applyConsultationCommand({ state: stateIn('draft'), command: { type: 'create' }, today: '2025-02-20' }),
    ).toMatchObject({ isAccepted: false, code: 'wrongStatus' });
    expect(
      applyConsultationCommand({ state: null, command: { type: 'open' }, today: '2025-02-20' }),
    ).toMatchObject({
      isAccepted: false,
      code: 'wrongStatus',
    });
  });

  // Expected table written out by hand: [command, from status, resulting status or null = refused].
  const cases: Array<[ConsultationCommand, ConsultationStatus, ConsultationStatus | null]> = [
    [{ type: 'edit' }, 'draft', 'draft'],
    [{ type: 'edit' }, 'open', null],
    [{ type: 'open' }, 'draft', 'open'],
    [{ type: 'open' }, 'open', null],
    [{ type: 'open' }, 'withdrawn', null],
    [{ type: 'close' }, 'open', 'closed'],
    [{ type: 'close' }, 'draft', null],
    [{ type: 'withdraw', reason: '上位法修改' }, 'draft', 'withdrawn'],
    [{ type: 'withdraw', reason: '上位法修改' }, 'open', 'withdrawn'],
    [{ type: 'withdraw', reason: '上位法修改' }, 'closed', null],
    [{ type: 'publishFeedback' }, 'closed', 'feedbackPublished'],
    [{ type: 'publishFeedback' }, 'open', null],
    [{ type: 'publishFeedback' }, 'feedbackPublished', null],
  ];
  it.each(cases)('%o from %s', (command, from, expected) => {
    // After the period, so that closing is allowed by date; opening a draft whose period has
    // passed is tested separately.
    const today = command.type === 'open' ? '2025-02-20' : '2025-03-31';
    const result = applyConsultationCommand({ state: stateIn(from), command, today });
    if (expected === null) expect(result).toMatchObject({ isAccepted: false, code: 'wrongStatus' });
    else expect(result).toEqual({ isAccepted: true, status: expected });
  });

  it('never leaves a withdrawn consultation or one with published feedback', () => {
    for (const from of ['withdrawn', 'feedbackPublished'] as const) {
      for (const command of [
        { type: 'edit' },
        { type: 'open' },
        { type: 'close' },
        { type: 'withdraw', reason: '理由' },
        { type: 'publishFeedback' },
      ] as const) {
        expect(
          applyConsultationCommand({ state: stateIn(from), command, today: '2025-04-01' }).isAccepted,
        ).toBe(false);
      }
    }
    expect(consultationStatuses).toHaveLength(5);
  });

  it('closes only after the closing day (the closing day is still a day for comments)', () => {
    const close = (today: `${number}-${number}-${number}`) =>
      applyConsultationCommand({ state: stateIn('open'), command: { type: 'close' }, today });
    expect(close('2025-03-30')).toMatchObject({ isAccepted: false, code: 'tooEarly' });
    expect(close('2025-03-31')).toEqual({ isAccepted: true, status: 'closed' });
  });

  it('refuses to open a draft whose closing date has passed', () => {
    expect(
      applyConsultationCommand({ state: stateIn('draft'), command: { type: 'open' }, today: '2025-03-31' }),
    ).toMatchObject({ isAccepted: false, code: 'invalidInput' });
    expect(
      applyConsultationCommand({ state: stateIn('draft'), command: { type: 'open' }, today: '2025-03-30' }),
    ).toEqual({ isAccepted: true, status: 'open' });
  });

  it('withdraws only with a reason', () => {
    expect(
      applyConsultationCommand({
        state: stateIn('open'),
        command: { type: 'withdraw', reason: '  ' },
        today: '2025-03-05',
      }),
    ).toEqual({ isAccepted: false, code: 'invalidInput', message: '请填写撤回理由' });
  });
});

describe('comments accepted', () => {
  it('only while open and within the period, both ends included', () => {
    const open = stateIn('open');
    expect(isAcceptingComments({ state: open, today: '2025-02-28' })).toBe(false);
    expect(isAcceptingComments({ state: open, today: '2025-03-01' })).toBe(true);
    expect(isAcceptingComments({ state: open, today: '2025-03-30' })).toBe(true);
    expect(isAcceptingComments({ state: open, today: '2025-03-31' })).toBe(false);
    expect(isAcceptingComments({ state: stateIn('draft'), today: '2025-03-10' })).toBe(false);
    expect(isAcceptingComments({ state: stateIn('closed'), today: '2025-03-10' })).toBe(false);
  });

  it('uses the date in Asia/Shanghai: 16:00 UTC on the closing day is already the next day', () => {
    const open = stateIn('open');
    // 2025-03-30T15:59Z is 23:59 in Shanghai on the closing day; 16:00Z is 00:00 on 31 March.
    expect(
      isAcceptingComments({ state: open, today: isoDateInShanghai(new Date('2025-03-30T15:59:00Z')) }),
    ).toBe(true);
    expect(
      isAcceptingComments({ state: open, today: isoDateInShanghai(new Date('2025-03-30T16:00:00Z')) }),
    ).toBe(false);
    // 2025-02-28T16:00Z is already 1 March in Shanghai: the first day of the period.
    expect(
      isAcceptingComments({ state: open, today: isoDateInShanghai(new Date('2025-02-28T16:00:00Z')) }),
    ).toBe(true);
  });
});
