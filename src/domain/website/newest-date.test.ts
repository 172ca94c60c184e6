import { describe, expect, it } from 'vitest';
import { extractNewestDate } from './newest-date.ts';

describe('extractNewestDate', () => {
  const now = '2024-06-15';

  it('reads every written form and keeps the newest', () => {
    const text =
      '关于开展检查的通知 2024-05-01 ｜ 政策解读 2024/05/20 ｜ 会议纪要 2024年6月3日 ｜ 公告 2024.06.10';
    expect(extractNewestDate({ text, now })).toBe('2024-06-10');
    expect(extractNewestDate({ text: '发布时间：2024年5月1日', now })).toBe('2024-05-01');
    expect(extractNewestDate({ text: '2024/05/01 一条', now })).toBe('2024-05-01');
  });

  it('ignores dates after now, and keeps a date on now itself', () => {
    expect(extractNewestDate({ text: '会议预告 2024-07-01；通知 2024-03-02', now })).toBe('2024-03-02');
    expect(extractNewestDate({ text: '今日 2024-06-15，明日 2024-06-16', now })).toBe('2024-06-15');
  });

  it('reads a bracketed month and day in the year of now, or the year before when that is in the future', () => {
    expect(extractNewestDate({ text: '[05-01] 通知 [06-02] 公告', now })).toBe('2024-06-02');
    expect(extractNewestDate({ text: '【12-28】年终总结', now: '2025-01-05' })).toBe('2024-12-28');
    expect(extractNewestDate({ text: '(06-15) 今天的', now })).toBe('2024-06-15');
  });

  it('refuses impossible dates, mixed separators and digits inside longer numbers', () => {
    expect(extractNewestDate({ text: '2023-02-30 与 2023-13-01', now })).toBeNull();
    expect(extractNewestDate({ text: '2024-05/01', now })).toBeNull();
    expect(extractNewestDate({ text: '文号 120240501 和 2024-05-012', now })).toBeNull();
    expect(extractNewestDate({ text: '电话 0573-12345678', now })).toBeNull();
  });

  it('returns null for a page without dates', () => {
    expect(extractNewestDate({ text: '暂无信息', now })).toBeNull();
  });
});
