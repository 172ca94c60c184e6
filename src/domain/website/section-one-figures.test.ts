import { describe, expect, it } from 'vitest';
import { computeSectionOneFigures } from './section-one-figures.ts';

describe('computeSectionOneFigures', () => {
  it('reproduces the wording of a published report from whole-year figures', () => {
    // 嘉兴市商务局 2024 report, section 一.
    const figures = computeSectionOneFigures({
      year: 2024,
      accounts: [
        {
          platform: '微信公众号',
          name: '嘉兴商务',
          entries: [{ month: null, postCount: 664, followerCount: 11966 }],
        },
      ],
      service: [{ month: null, consultationCount: 4, serviceItemCount: 15, serviceCaseCount: 135 }],
      websiteLabel: '局网站',
    });
    expect(figures.paragraph).toBe(
      '通过政务新媒体“嘉兴商务”微信公众号共发布信息664期，订阅人数达11966人。网上公开征求意见共4次。通过局网站办事服务栏目处理政务服务事项15项，办件量总计135件。',
    );
  });

  it('sums monthly posts, takes the latest month with followers, the largest service item count', () => {
    const figures = computeSectionOneFigures({
      year: 2024,
      accounts: [
        {
          platform: '微博',
          name: '示范商务',
          entries: [
            { month: 3, postCount: 10, followerCount: 900 },
            { month: 1, postCount: 20, followerCount: 800 },
            { month: 12, postCount: 5, followerCount: null },
          ],
        },
      ],
      service: [
        { month: 1, consultationCount: 1, serviceItemCount: 12, serviceCaseCount: 30 },
        { month: 2, consultationCount: 2, serviceItemCount: 15, serviceCaseCount: 40 },
        { month: 3, consultationCount: 0, serviceItemCount: 14, serviceCaseCount: 5 },
      ],
    });
    // 20 + 10 + 5 = 35 posts; followers of March (December has none): 900.
    expect(figures.accounts[0]).toMatchObject({
      postCount: 35,
      followerCount: 900,
      monthsEntered: [1, 3, 12],
    });
    // 1 + 2 + 0 = 3 consultations; max(12, 15, 14) = 15 items; 30 + 40 + 5 = 75 cases.
    expect(figures).toMatchObject({
      consultationCount: 3,
      serviceItemCount: 15,
      serviceCaseCount: 75,
      serviceMonthsEntered: [1, 2, 3],
    });
    expect(figures.paragraph).toBe(
      '通过政务新媒体“示范商务”微博共发布信息35期，粉丝数达900人。网上公开征求意见共3次。通过门户网站办事服务栏目处理政务服务事项15项，办件量总计75件。',
    );
  });

  it('a whole-year entry wins over months; nothing entered gives no sentence', () => {
    const figures = computeSectionOneFigures({
      year: 2024,
      accounts: [
        {
          platform: '抖音',
          name: '示范',
          entries: [
            { month: 5, postCount: 3, followerCount: 10 },
            { month: null, postCount: 40, followerCount: 50 },
          ],
        },
        { platform: '微信公众号', name: '空号', entries: [] },
      ],
      service: [],
    });
    expect(figures.accounts.map((account) => account.postCount)).toEqual([40, null]);
    expect(figures.consultationCount).toBeNull();
    expect(figures.paragraph).toBe('通过政务新媒体“示范”抖音共发布信息40期，粉丝数达50人。');
  });
});
