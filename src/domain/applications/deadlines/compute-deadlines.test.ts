import { describe, expect, it } from 'vitest';
import { buildBuiltInCalendar } from '../../calendar/built-in-calendar.ts';
import { CalendarYearMissingError } from '../../calendar/calendar-year-missing-error.ts';
import type { IsoDate } from '../../calendar/iso-date.ts';
import { computeDeadlines } from './compute-deadlines.ts';
import type { DeadlineSettings } from './deadline-settings.ts';
import type { DisclosureRequestEvent } from './disclosure-request-event.ts';

// Expected dates were counted by hand on the official arrangements (see the comments).
const calendar = buildBuiltInCalendar();
const compute = (events: DisclosureRequestEvent[], now: IsoDate, settings?: DeadlineSettings) =>
  computeDeadlines({ calendar, events, now, settings });
const received = (date: IsoDate): DisclosureRequestEvent => ({ type: 'received', date, channel: 'inPerson' });

describe('reply period across Spring Festival 2025', () => {
  // 21–24 Jan (4), Sun 26 Jan make-up (5), 27 Jan (6), 28 Jan–4 Feb holiday, 5–7 Feb (9),
  // Sat 8 Feb make-up (10), 10–14 Feb (15), 17–21 Feb (20).
  const report = compute([received('2025-01-20')], '2025-01-22');

  it('is due on 21 February', () => {
    expect(report.replyDueDate).toBe('2025-02-21');
    expect(report.clockState).toBe('running');
    expect(report.isReplyDueDateProvisional).toBe(false);
  });

  it('explains the holiday and the make-up days it used', () => {
    const text = report.explanation.join('\n');
    expect(text).toContain('春节2025年1月28日至2025年2月4日（8天）');
    expect(text).toContain('2025年1月26日（星期日）春节调休上班');
    expect(text).toContain('2025年2月8日（星期六）春节调休上班');
    expect(text).toContain('周末休息日4天不计入'); // 25 Jan, 9 Feb, 15–16 Feb
    expect(text).toContain('当面提交');
    expect(text).toContain('第三十三条');
    expect(report.replyPeriodSummary?.makeUpWorkingDays.map((day) => day.date)).toEqual([
      '2025-01-26',
      '2025-02-08',
    ]);
  });

  it('lists the agency obligations with their due dates', () => {
    // Clarification notice: 7 working days after 20 Jan = 21,22,23,24,26,27 Jan, 5 Feb.
    expect(
      report.obligations.map((obligation) => [obligation.kind, obligation.party, obligation.dueDate]),
    ).toEqual([
      ['clarificationNotice', 'agency', '2025-02-05'],
      ['reply', 'agency', '2025-02-21'],
    ]);
    expect(compute([received('2025-01-20')], '2025-02-24').obligations).toEqual([
      expect.objectContaining({ kind: 'reply', isOverdue: true }),
    ]);
  });
});

describe('reply period across Spring Festival 2026', () => {
  it('names the holiday and both make-up Saturdays', () => {
    // 3–6 Feb (4), 9–13 Feb (9), Sat 14 Feb (10), 15–23 Feb holiday, 24–27 Feb (14), Sat 28 Feb (15), 2–6 Mar (20).
    const report = compute([received('2026-02-02')], '2026-02-02');
    expect(report.replyDueDate).toBe('2026-03-06');
    const text = report.explanation.join('\n');
    expect(text).toContain('春节2026年2月15日至2026年2月23日（9天）');
    expect(text).toContain('2026年2月14日（星期六）春节调休上班');
    expect(text).toContain('2026年2月28日（星期六）春节调休上班');
  });
});

describe('consultation pause spanning National Day 2024 (Art. 32)', () => {
  const sent: DisclosureRequestEvent = {
    type: 'consultationSent',
    date: '2024-09-20',
    consultationId: 'c1',
    consultedParty: 'thirdParty',
  };
  const answered: DisclosureRequestEvent = {
    type: 'consultationAnswered',
    date: '2024-10-10',
    consultationId: 'c1',
  };

  it('without the pause the reply is due on 30 September', () => {
    // 3–6 Sep, 9–13 Sep (9), Sat 14 Sep (10), 15–17 Sep holiday, 18–20 (13), 23–27 (18), Sun 29 Sep (19), 30 Sep (20).
    expect(compute([received('2024-09-02')], '2024-09-03').replyDueDate).toBe('2024-09-30');
  });

  it('while unanswered, pauses the clock and gives the latest possible date', () => {
    // Answer due: 15 working days after 20 Sep = 16 Oct. Pause (20 Sep, 16 Oct]; 13 days counted before,
    // then 17, 18, 21–25 Oct → 25 Oct.
    const report = compute([received('2024-09-02'), sent], '2024-10-01');
    expect(report.clockState).toBe('paused');
    expect(report.replyDueDate).toBe('2024-10-25');
    expect(report.isReplyDueDateProvisional).toBe(true);
    expect(
      report.obligations.map((obligation) => [obligation.kind, obligation.party, obligation.dueDate]),
    ).toEqual([
      ['consultationAnswer', 'consultedParty', '2024-10-16'],
      ['reply', 'agency', '2024-10-25'],
    ]);
  });

  it('resumes the day after the answer: the working days after the letter up to the answer are removed', () => {
    // Removed: 23–27, 29, 30 Sep, 8–10 Oct (10 working days). Then 11 Oct (14), Sat 12 Oct (15), 14–18 Oct (20).
    const report = compute([received('2024-09-02'), sent, answered], '2024-10-11');
    expect(report.replyDueDate).toBe('2024-10-18');
    expect(report.clockState).toBe('running');
    const text = report.explanation.join('\n');
    expect(text).toContain('答复期限为2024年10月25日（暂定）');
    expect(text).toContain('答复期限为2024年10月18日');
    expect(text).toContain('暂停计算（征求第三方意见）：2024年9月23日至2024年10月10日间的10个工作日不计入');
    expect(text).toContain('国庆节2024年10月1日至2024年10月7日（7天）');
    expect(report.replyPeriodSummary?.makeUpWorkingDays).toEqual([
      { date: '2024-09-14', holidayName: '中秋节', isCounted: true },
      { date: '2024-09-29', holidayName: '国庆节', isCounted: false },
      { date: '2024-10-12', holidayName: '国庆节', isCounted: true },
    ]);
  });

  it('ends the pause when the 15 working days lapse without an answer', () => {
    const report = compute([received('2024-09-02'), sent], '2024-10-20');
    expect(report.replyDueDate).toBe('2024-10-25');
    expect(report.isReplyDueDateProvisional).toBe(false);
    expect(report.clockState).toBe('running');
  });
});

describe('clarification (Art. 30)', () => {
  const events: DisclosureRequestEvent[] = [
    { type: 'received', date: '2025-03-03', channel: 'email' },
    { type: 'clarificationRequested', date: '2025-03-05' },
  ];

  it('stops the clock and gives the applicant 15 working days by default', () => {
    // 6–7 Mar (2), 10–14 (7), 17–21 (12), 24–26 (15).
    const report = compute(events, '2025-03-10');
    expect(report.clockState).toBe('stopped');
    expect(report.replyDueDate).toBeNull();
    expect(report.obligations).toEqual([
      expect.objectContaining({
        kind: 'supplement',
        party: 'applicant',
        dueDate: '2025-03-26',
        isOverdue: false,
      }),
    ]);
  });

  it('uses the supplement period written in the notice', () => {
    const report = compute(
      [events[0]!, { type: 'clarificationRequested', date: '2025-03-05', supplementWorkingDays: 10 }],
      '2025-03-10',
    );
    expect(report.obligations[0]?.dueDate).toBe('2025-03-19');
  });

  it('uses the supplement period setting', () => {
    const report = compute(events, '2025-03-10', {
      isFeeNoticePausingReplyPeriod: true,
      supplementWorkingDays: 5,
    });
    expect(report.obligations[0]?.dueDate).toBe('2025-03-12');
  });

  it('restarts 20 working days on the corrected application, skipping 清明节', () => {
    // 21, 24–28, 31 Mar (7), 1–3 Apr (10), 4–6 Apr holiday, 7–11 Apr (15), 14–18 Apr (20).
    const report = compute([...events, { type: 'clarificationReceived', date: '2025-03-20' }], '2025-03-21');
    expect(report.replyDueDate).toBe('2025-04-18');
    expect(report.clockState).toBe('running');
    expect(report.explanation.join('\n')).toContain('清明节2025年4月4日至2025年4月6日（3天）');
  });

  it('warns when the notice is later than 7 working days after receipt', () => {
    // 7th working day after 3 Mar is 12 Mar.
    const report = compute(
      [events[0]!, { type: 'clarificationRequested', date: '2025-03-13' }],
      '2025-03-13',
    );
    expect(report.warnings.join('\n')).toContain('2025年3月12日前发出');
    expect(compute(events, '2025-03-10').warnings).toEqual([]);
  });
});

describe('fee notice pause and payment period', () => {
  // Received Tue 3 Jun 2025; plain period: 4–6, 9–13, 16–20, 23–27, 30 Jun, 1 Jul → 1 Jul.
  const base: DisclosureRequestEvent[] = [
    received('2025-06-03'),
    { type: 'feeNoticeSent', date: '2025-06-10' },
  ];

  it('pauses until payment and gives the applicant 20 working days', () => {
    // Payment due: 20 working days after 10 Jun = 8 Jul. Counted before the notice: 4, 5, 6, 9, 10 Jun.
    const report = compute(base, '2025-06-20');
    expect(report.clockState).toBe('paused');
    expect(report.replyDueDate).toBeNull();
    expect(report.remainingWorkingDays).toBe(15);
    expect(report.obligations).toEqual([
      expect.objectContaining({ kind: 'feePayment', party: 'applicant', dueDate: '2025-07-08' }),
    ]);
  });

  it('resumes after payment', () => {
    // Removed 11–13, 16 Jun; then 17 Jun … → 7 Jul.
    const report = compute([...base, { type: 'feePaid', date: '2025-06-16' }], '2025-06-17');
    expect(report.replyDueDate).toBe('2025-07-07');
    expect(report.clockState).toBe('running');
  });

  it('does not pause when the setting is off', () => {
    const report = compute(base, '2025-06-20', {
      isFeeNoticePausingReplyPeriod: false,
      supplementWorkingDays: 15,
    });
    expect(report.replyDueDate).toBe('2025-07-01');
    expect(report.clockState).toBe('running');
  });

  it('stops the clock once the payment period has lapsed', () => {
    const report = compute(base, '2025-07-09');
    expect(report.clockState).toBe('stopped');
    expect(report.clockStateReason).toContain('视为放弃');
    expect(report.obligations).toEqual([expect.objectContaining({ kind: 'feePayment', isOverdue: true })]);
  });

  it('counts the payment period from the day the applicant received the notice', () => {
    const report = compute(
      [
        received('2025-06-03'),
        { type: 'feeNoticeSent', date: '2025-06-10', applicantReceivedOn: '2025-06-12' },
      ],
      '2025-06-20',
    );
    // 20 working days after 12 Jun: 13, 16–20, 23–27, 30 Jun, 1–4 Jul, 7–10 Jul → 10 Jul.
    expect(report.obligations[0]?.dueDate).toBe('2025-07-10');
  });
});

describe('extension (Art. 33) and later deadline (Art. 35)', () => {
  const paid: DisclosureRequestEvent[] = [
    received('2025-06-03'),
    { type: 'feeNoticeSent', date: '2025-06-10' },
    { type: 'feePaid', date: '2025-06-16' },
  ];

  it('adds up to 20 working days once, and says where the date moved', () => {
    // From 7 Jul: 8–11 Jul (24), 14–18 (29), 21–25 (34), 28 Jul–1 Aug (39), 4 Aug (40).
    const report = compute(
      [...paid, { type: 'extended', date: '2025-07-01', workingDays: 20, reason: '需要调取档案' }],
      '2025-07-02',
    );
    expect(report.replyDueDate).toBe('2025-08-04');
    expect(report.explanation.join('\n')).toContain('答复期限由2025年7月7日延至2025年8月4日');
    expect(report.warnings).toEqual([]);
  });

  it('refuses a second extension and warns about a late one', () => {
    const report = compute(
      [
        received('2025-06-03'),
        { type: 'extended', date: '2025-07-02', workingDays: 20, reason: '甲' },
        { type: 'extended', date: '2025-07-03', workingDays: 20, reason: '乙' },
      ],
      '2025-07-03',
    );
    // 1 Jul + 20 working days: 2–4, 7–11, 14–18, 21–25, 28–29 Jul → 29 Jul.
    expect(report.replyDueDate).toBe('2025-07-29');
    expect(report.warnings.join('\n')).toContain('晚于原答复期限2025年7月1日');
    expect(report.warnings.join('\n')).toContain('只能延长一次');
  });

  it('caps an extension at 20 working days', () => {
    const report = compute(
      [received('2025-06-03'), { type: 'extended', date: '2025-06-20', workingDays: 30, reason: '甲' }],
      '2025-06-20',
    );
    expect(report.replyDueDate).toBe('2025-07-29');
    expect(report.warnings.join('\n')).toContain('最长20个工作日');
  });

  it('uses the later deadline fixed under Art. 35', () => {
    const report = compute(
      [
        received('2025-06-03'),
        {
          type: 'laterDeadlineSet',
          date: '2025-06-20',
          dueDate: '2025-08-29',
          reason: '申请数量明显超过合理范围',
        },
      ],
      '2025-06-20',
    );
    expect(report.replyDueDate).toBe('2025-08-29');
    expect(report.obligations).toContainEqual(
      expect.objectContaining({ kind: 'reply', legalBasis: '第三十五条', dueDate: '2025-08-29' }),
    );
  });
});

describe('clock state and conclusion', () => {
  it('has not started before receipt', () => {
    const report = compute([], '2025-06-03');
    expect(report.clockState).toBe('notStarted');
    expect(report.replyDueDate).toBeNull();
    expect(report.obligations).toEqual([]);
  });

  it('stops on the decision and says whether it was in time', () => {
    const inTime = compute(
      [received('2025-06-03'), { type: 'concluded', date: '2025-07-01', conclusion: 'decided' }],
      '2025-07-10',
    );
    expect(inTime.clockState).toBe('stopped');
    expect(inTime.obligations).toEqual([]);
    expect(inTime.conclusion?.isInTime).toBe(true);
    const late = compute(
      [received('2025-06-03'), { type: 'concluded', date: '2025-07-02', conclusion: 'decided' }],
      '2025-07-10',
    );
    expect(late.conclusion?.isInTime).toBe(false);
  });

  it('names the missing year when the period runs past the calendar', () => {
    // 16 Dec 2026 onwards gives 12 working days in 2026; the 13th is in 2027.
    expect(() => compute([received('2026-12-15')], '2026-12-15')).toThrow(CalendarYearMissingError);
    expect(() => compute([received('2026-12-15')], '2026-12-15')).toThrow('2027年');
  });

  it('applies events in date order whatever the input order', () => {
    const report = compute(
      [
        { type: 'feePaid', date: '2025-06-16' },
        { type: 'feeNoticeSent', date: '2025-06-10' },
        received('2025-06-03'),
      ],
      '2025-06-17',
    );
    expect(report.replyDueDate).toBe('2025-07-07');
  });
});
