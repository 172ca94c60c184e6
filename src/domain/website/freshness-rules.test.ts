import { describe, expect, it } from 'vitest';
import { assessColumn, assessHomePage, assessNewMediaAccount, freshUntil } from './freshness-rules.ts';

describe('freshness rules of rules.md §7', () => {
  it('home page: fresh 14 days after its newest date, stale on day 15', () => {
    expect(assessHomePage({ newestOn: '2024-06-01', now: '2024-06-15' })).toBeNull();
    const finding = assessHomePage({ newestOn: '2024-06-01', now: '2024-06-16' });
    expect(finding?.rule).toBe('staleHomePage');
    expect(finding?.message).toBe('首页超过2周未更新（最新信息日期 2024年6月1日）。');
  });

  it('home page without any date is reported for a person to check', () => {
    expect(assessHomePage({ newestOn: null, now: '2024-06-16' })?.rule).toBe('staleHomePage');
  });

  it('news column: 2 weeks, same boundary as the home page', () => {
    expect(
      assessColumn({ name: '工作动态', kind: 'news', newestOn: '2024-06-01', now: '2024-06-15' }),
    ).toBeNull();
    const finding = assessColumn({
      name: '工作动态',
      kind: 'news',
      newestOn: '2024-06-01',
      now: '2024-06-16',
    });
    expect(finding).toEqual({
      rule: 'staleColumn',
      message: '动态要闻类栏目“工作动态”超过2周未更新（最新信息日期 2024年6月1日）。',
      newestOn: '2024-06-01',
    });
  });

  it('notice and policy columns: 6 calendar months, end of month clamped', () => {
    expect(
      assessColumn({ name: '通知公告', kind: 'notice', newestOn: '2024-01-15', now: '2024-07-15' }),
    ).toBeNull();
    expect(
      assessColumn({ name: '通知公告', kind: 'notice', newestOn: '2024-01-15', now: '2024-07-16' })?.rule,
    ).toBe('staleColumn');
    // 31 August + 6 months is the last day of February (a leap year here).
    expect(freshUntil({ kind: 'policy', newestOn: '2023-08-31' })).toBe('2024-02-29');
    expect(
      assessColumn({ name: '政策文件', kind: 'policy', newestOn: '2023-08-31', now: '2024-02-29' }),
    ).toBeNull();
    expect(
      assessColumn({ name: '政策文件', kind: 'policy', newestOn: '2023-08-31', now: '2024-03-01' })?.message,
    ).toBe('政策文件类栏目“政策文件”超过6个月未更新（最新信息日期 2023年8月31日）。');
  });

  it('a column without any dated entry is empty; other columns have no period', () => {
    expect(assessColumn({ name: '专题', kind: 'other', newestOn: null, now: '2024-06-16' })?.rule).toBe(
      'emptyColumn',
    );
    expect(
      assessColumn({ name: '专题', kind: 'other', newestOn: '2010-01-01', now: '2024-06-16' }),
    ).toBeNull();
    expect(assessColumn({ name: '工作动态', kind: 'news', newestOn: null, now: '2024-06-16' })?.message).toBe(
      '栏目“工作动态”未找到任何带日期的信息条目（空白栏目）。',
    );
  });

  it('new-media account: 2 weeks', () => {
    const account = { platform: '微信公众号', name: '嘉兴商务' };
    expect(assessNewMediaAccount({ ...account, newestOn: '2024-12-17', now: '2024-12-31' })).toBeNull();
    expect(assessNewMediaAccount({ ...account, newestOn: '2024-12-16', now: '2024-12-31' })?.message).toBe(
      '微信公众号“嘉兴商务”超过2周未更新（最近更新 2024年12月16日）。',
    );
    expect(assessNewMediaAccount({ ...account, newestOn: null, now: '2024-12-31' })?.rule).toBe(
      'staleNewMedia',
    );
  });
});
