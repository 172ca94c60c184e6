import { describe, expect, it } from 'vitest';
import { checkPeriod, daysLeft, defaultClosesOn, periodDays, periodPhase } from './consultation-period.ts';

describe('consultation period', () => {
  it('defaults to 30 days counting the opening day', () => {
    expect(defaultClosesOn('2025-03-01')).toBe('2025-03-30');
    // Across February of a leap year: 29 Feb is a day of the period.
    expect(defaultClosesOn('2024-02-15')).toBe('2024-03-15');
    expect(periodDays({ opensOn: '2025-03-01', closesOn: '2025-03-30' })).toBe(30);
  });

  it('accepts 30 days without a warning', () => {
    expect(checkPeriod({ opensOn: '2025-03-01', closesOn: '2025-03-30', shortPeriodReason: '' })).toEqual({
      problems: {},
      warnings: [],
    });
  });

  it('warns below 30 days and then asks for the reason', () => {
    const short = { opensOn: '2025-03-01', closesOn: '2025-03-29' } as const;
    expect(checkPeriod({ ...short, shortPeriodReason: '' })).toEqual({
      problems: { shortPeriodReason: '征求意见期限少于30日，请说明理由' },
      warnings: ['征求意见期限为29日，少于一般不少于30日的要求'],
    });
    expect(checkPeriod({ ...short, shortPeriodReason: '上级要求限期出台' })).toEqual({
      problems: {},
      warnings: ['征求意见期限为29日，少于一般不少于30日的要求'],
    });
  });

  it('never closes before it opens; one day is a period', () => {
    expect(
      checkPeriod({ opensOn: '2025-03-02', closesOn: '2025-03-01', shortPeriodReason: '紧急' }).problems,
    ).toEqual({
      closesOn: '截止日期不能早于开始日期',
    });
    expect(
      checkPeriod({ opensOn: '2025-03-01', closesOn: '2025-03-01', shortPeriodReason: '紧急' }).problems,
    ).toEqual({});
  });

  it('counts the days left including today', () => {
    expect(daysLeft({ closesOn: '2025-03-30', today: '2025-03-30' })).toBe(1);
    expect(daysLeft({ closesOn: '2025-03-30', today: '2025-03-01' })).toBe(30);
    expect(daysLeft({ closesOn: '2025-03-30', today: '2025-03-31' })).toBe(0);
  });

  it('tells the phase of today', () => {
    const period = { opensOn: '2025-03-01', closesOn: '2025-03-30' } as const;
    expect(periodPhase({ ...period, today: '2025-02-28' })).toBe('notYetOpen');
    expect(periodPhase({ ...period, today: '2025-03-01' })).toBe('running');
    expect(periodPhase({ ...period, today: '2025-03-30' })).toBe('running');
    expect(periodPhase({ ...period, today: '2025-03-31' })).toBe('ended');
  });
});
