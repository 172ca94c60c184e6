import { describe, expect, it } from 'vitest';
import { moderateComment } from './comment-moderation.ts';
import { maskContact, validateComment } from './consultation-comment.ts';
import {
  checkAdoption,
  feedbackSentence,
  findFeedbackProblems,
  summariseFeedback,
  type FeedbackComment,
} from './consultation-feedback.ts';
import { consultationYearSentence, countConsultationsInYear } from './count-consultations-in-year.ts';

const valid = { body: '建议第三条增加听证程序。', paragraphReference: '第三条', contact: '' };

describe('comment validation', () => {
  it('accepts a comment without contact or paragraph', () => {
    expect(validateComment({ ...valid, paragraphReference: '' })).toEqual({});
  });
  it('requires a body of 5 to 3000 characters', () => {
    expect(validateComment({ ...valid, body: '   ' })).toEqual({ body: '请填写意见内容' });
    expect(validateComment({ ...valid, body: '同意同意' })).toEqual({ body: '意见内容至少5个字' });
    expect(validateComment({ ...valid, body: '意'.repeat(3000) })).toEqual({});
    expect(validateComment({ ...valid, body: '意'.repeat(3001) })).toEqual({
      body: '意见内容不能超过3000个字，请精简或分条提交',
    });
  });
  it('limits the paragraph reference and checks the contact', () => {
    expect(validateComment({ ...valid, paragraphReference: '条'.repeat(51) })).toEqual({
      paragraphReference: '所涉条款不能超过50个字',
    });
    expect(validateComment({ ...valid, contact: '13812345678' })).toEqual({});
    expect(validateComment({ ...valid, contact: 'li@example.com' })).toEqual({});
    expect(validateComment({ ...valid, contact: '找我' })).toEqual({
      contact: '联系方式请填写电话号码或电子邮箱，也可以不填',
    });
  });
  it('masks the contact for lists and logs', () => {
    expect(maskContact('13812345678')).toBe('138****5678');
    expect(maskContact('li@example.com')).toBe('l*@example.com');
    expect(maskContact('')).toBe('');
  });
});

describe('moderation', () => {
  it('publishes or rejects a pending comment; rejecting needs a reason', () => {
    expect(moderateComment({ status: 'pending', decision: { decision: 'publish' } })).toEqual({
      isAccepted: true,
      status: 'published',
      reason: null,
    });
    expect(moderateComment({ status: 'pending', decision: { decision: 'reject', reason: '' } })).toEqual({
      isAccepted: false,
      message: '请填写不予公开的理由',
    });
    expect(
      moderateComment({ status: 'published', decision: { decision: 'reject', reason: '含他人个人信息' } }),
    ).toEqual({
      isAccepted: true,
      status: 'rejected',
      reason: '含他人个人信息',
    });
    expect(moderateComment({ status: 'rejected', decision: { decision: 'publish' } }).isAccepted).toBe(false);
    expect(moderateComment({ status: 'published', decision: { decision: 'publish' } }).isAccepted).toBe(
      false,
    );
  });
});

describe('feedback', () => {
  const comments: FeedbackComment[] = [
    { moderationStatus: 'published', adoption: 'adopted', adoptionReason: '' },
    { moderationStatus: 'published', adoption: 'adopted', adoptionReason: '' },
    { moderationStatus: 'published', adoption: 'partlyAdopted', adoptionReason: '部分超出本文件范围' },
    { moderationStatus: 'published', adoption: 'notAdopted', adoptionReason: '与上位法不一致' },
    { moderationStatus: 'rejected', adoption: null, adoptionReason: '' },
  ];
  it('counts every comment received, rejected ones included', () => {
    const totals = summariseFeedback(comments);
    expect(totals).toEqual({
      received: 5,
      published: 4,
      rejected: 1,
      adopted: 2,
      partlyAdopted: 1,
      notAdopted: 1,
    });
    expect(feedbackSentence(totals)).toBe(
      '共收到意见5条（其中不予公开1条），采纳2条，部分采纳1条，未采纳1条。',
    );
  });
  it('is ready when every comment is moderated and decided, with reasons and a summary', () => {
    expect(findFeedbackProblems({ comments, summary: '感谢各界' })).toEqual([]);
    expect(
      findFeedbackProblems({
        comments: [
          { moderationStatus: 'pending', adoption: null, adoptionReason: '' },
          { moderationStatus: 'published', adoption: null, adoptionReason: '' },
          { moderationStatus: 'published', adoption: 'notAdopted', adoptionReason: ' ' },
        ],
        summary: '',
      }),
    ).toEqual([
      '还有1条意见待审核，请先审核',
      '还有1条已公开的意见未填写采纳情况',
      '还有1条未采纳或部分采纳的意见未说明理由',
      '请填写反馈说明',
    ]);
  });
});

describe('adoption', () => {
  it('asks why a comment is partly or not adopted', () => {
    expect(checkAdoption({ adoption: 'adopted', reason: '' })).toBeNull();
    expect(checkAdoption({ adoption: 'notAdopted', reason: ' ' })).toBe('未采纳的意见请说明理由');
    expect(checkAdoption({ adoption: 'partlyAdopted', reason: '另行规定' })).toBeNull();
  });
});

describe("the year's count", () => {
  it('counts consultations opened whose period began in the year', () => {
    const opened = new Date('2025-01-02T02:00:00Z');
    expect(
      countConsultationsInYear({
        year: 2025,
        consultations: [
          { opensOn: '2025-01-05', openedAt: opened },
          { opensOn: '2025-12-31', openedAt: opened },
          { opensOn: '2024-12-20', openedAt: opened },
          { opensOn: '2025-06-01', openedAt: null },
        ],
      }),
    ).toBe(2);
    expect(consultationYearSentence({ consultationCount: 2, commentCount: 27 })).toBe(
      '全年公开征求意见2次，收到意见27条。',
    );
  });
});
