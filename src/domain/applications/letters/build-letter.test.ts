import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../calendar/iso-date.ts';
import type { CaseState } from '../lifecycle/case-state.ts';
import { computeCaseDeadlines } from '../lifecycle/compute-case-deadlines.ts';
import {
  applyCommands,
  buildCaseInStatus,
  commandsToStatus,
  factoryCalendar,
  factoryReceivedOn,
  partialDecision,
} from '../lifecycle/testing/case-factories.ts';
import { outcomeCodes } from '../outcomes/outcome-catalogue.ts';
import { buildLetter, type BuildLetterOptions } from './build-letter.ts';
import { defaultLetterTemplate } from './default-letter-templates.ts';
import type { Letter } from './letter.ts';
import { LetterError } from './letter-error.ts';
import { letterTemplateKeys, type LetterKind } from './letter-kind.ts';
import { buildSampleLetter, sampleAgency } from './sample-letters.ts';

const request = {
  caseNumber: 'sfsw-2025-00003',
  applicantName: '李四',
  requestedInformation: '2024年度项目清单。',
};

function letterFor(options: {
  kind: LetterKind;
  caseState: CaseState;
  issuedOn: IsoDate;
  extra?: Partial<BuildLetterOptions>;
}): Letter {
  const deadlines = computeCaseDeadlines({
    state: options.caseState,
    calendar: factoryCalendar,
    now: options.issuedOn,
  });
  return buildLetter({
    kind: options.kind,
    caseState: options.caseState,
    request,
    agency: sampleAgency,
    issuedOn: options.issuedOn,
    deadlines,
    ...options.extra,
  });
}

const text = (letter: Letter): string =>
  [letter.title, ...letter.paragraphs, ...letter.attachments].join('\n');

describe('every letter of the default set', () => {
  it.each(letterTemplateKeys)('%s fills every placeholder', (key) => {
    const letter = buildSampleLetter(key);
    expect(text(letter)).not.toMatch(/[{}]/);
    expect(letter.title).toBe(defaultLetterTemplate(key).title);
    expect(letter.legalBasis).not.toBe('');
    expect(letter.signature).toMatchObject({ agencyName: '示范市商务局', sealLabel: '（印章）' });
  });

  it.each(letterTemplateKeys.filter((key) => key.startsWith('decision.')))(
    '%s states its legal basis and the remedy notice (60 days, 6 months)',
    (key) => {
      const letter = buildSampleLetter(key);
      expect(letter.kind).toBe('decision');
      expect(letter.remedyNotice).toBe(
        '如对本答复不服，可以自知道该行政行为之日起六十日内向示范市人民政府申请行政复议，或者自知道该行政行为之日起六个月内向示范市示范区人民法院提起行政诉讼。',
      );
      expect(letter.paragraphs).toContain(letter.remedyNotice);
      expect(text(letter)).toContain(`根据${letter.legalBasis}的规定`);
    },
  );

  it('has one decision template per outcome', () => {
    expect(letterTemplateKeys.filter((key) => key.startsWith('decision.'))).toHaveLength(outcomeCodes.length);
  });
});

describe('dates equal the deadline engine', () => {
  it('receipt: reply due 20 working days after receipt (Art. 33), 31 March 2025', () => {
    const caseState = buildCaseInStatus('registered');
    const letter = letterFor({ kind: 'receipt', caseState, issuedOn: factoryReceivedOn });
    expect(letter.dates).toEqual([
      {
        label: '答复期限',
        date: '2025-03-31',
        legalBasis: '《中华人民共和国政府信息公开条例》第三十三条第二款',
      },
    ]);
    expect(text(letter)).toContain('即于2025年3月31日前作出答复');
    expect(text(letter)).toContain('本机关收到申请之日为2025年3月3日');
    expect(letter.addressee).toBe('李四');
    expect(letter.remedyNotice).toBeNull();
    expect(text(letter)).toContain('申请内容：2024年度项目清单。');
  });

  it('clarification notice: what to supply and by when (Art. 30), 15 working days after 5 March = 26 March', () => {
    const caseState = buildCaseInStatus('awaitingClarification');
    const letter = letterFor({ kind: 'clarificationNotice', caseState, issuedOn: '2025-03-05' });
    const deadlines = computeCaseDeadlines({
      state: caseState,
      calendar: factoryCalendar,
      now: '2025-03-05',
    });
    const supplement = deadlines.obligations.find((obligation) => obligation.kind === 'supplement');
    expect(letter.dates.map((date) => date.date)).toEqual(['2025-03-26']);
    expect(supplement?.dueDate).toBe('2025-03-26');
    expect(letter.paragraphs).toContain('1．文件名称或文号');
    expect(text(letter)).toContain('请您于15个工作日内，即2025年3月26日前');
    expect(letter.legalBasis).toBe('《中华人民共和国政府信息公开条例》第三十条');
  });

  it('consultation letter: to the third party, 15 working days (Art. 32), without the applicant’s name', () => {
    const caseState = buildCaseInStatus('consulting');
    const letter = letterFor({ kind: 'consultationLetter', caseState, issuedOn: '2025-03-05' });
    expect(letter.addressee).toBe('某某有限公司');
    expect(letter.dates.map((date) => date.date)).toEqual(['2025-03-26']);
    expect(text(letter)).toContain('即2025年3月26日前');
    expect(text(letter)).toContain('第三十二条');
    expect(text(letter)).not.toContain('李四');
  });

  it('extension notice: the new due date after 20 more working days (Art. 33), over Qingming and the 27 April make-up day', () => {
    const caseState = applyCommands({
      commands: [
        ...commandsToStatus.registered,
        { type: 'approveExtension', date: '2025-03-20', workingDays: 20, reason: '需要检索的档案较多。' },
      ],
    });
    const letter = letterFor({ kind: 'extensionNotice', caseState, issuedOn: '2025-03-20' });
    // 31 March + 20 working days: 1–3 April, 7–11, 14–18, 21–25, Sunday 27 (make-up day), Monday 28 April.
    expect(letter.dates.map((date) => date.date)).toEqual(['2025-04-28']);
    expect(text(letter)).toContain('因需要检索的档案较多，本机关不能在规定期限内作出答复');
    expect(text(letter)).toContain('答复期限延长20个工作日，本机关将于2025年4月28日前作出答复');
  });

  it('fee notice: basis, standard, the amount itemised, how to pay and by when (国办函〔2020〕109号)', () => {
    const caseState = buildCaseInStatus('awaitingFeePayment');
    const letter = letterFor({ kind: 'feeNotice', caseState, issuedOn: '2025-03-05' });
    // 20 working days after 5 March (no holiday): 2 April 2025.
    expect(letter.dates.map((date) => date.date)).toEqual(['2025-04-02']);
    expect(letter.paragraphs).toEqual(
      expect.arrayContaining([
        '1．第1—30页：免费，计30页，0元',
        '2．第31—100页：每页10元，计70页，700元',
        '3．第101—200页：每页20元，计50页，1000元',
        '应缴金额合计：1700元。',
      ]),
    );
    expect(text(letter)).toContain('第四十二条');
    expect(text(letter)).toContain('缴费方式：请持本通知书');
    expect(text(letter)).toContain('即2025年4月2日前缴纳');
  });
});

describe('decision letters', () => {
  const decided = (decision = partialDecision): CaseState =>
    applyCommands({
      commands: [
        ...commandsToStatus.registered,
        { type: 'proposeDecision', date: '2025-03-10', decision },
        { type: 'approveDecision', date: '2025-03-11' },
      ],
    });

  it('partial disclosure: what is given, what is withheld and why (Art. 37), the given items as attachments', () => {
    const letter = letterFor({
      kind: 'decision',
      caseState: decided(),
      issuedOn: '2025-03-11',
      extra: { documentSequence: 7 },
    });
    expect(letter.outcomeCode).toBe('partiallyDisclosed');
    expect(letter.isDraft).toBe(false);
    expect(letter.documentNumber).toBe('示商务依复〔2025〕7号');
    expect(letter.legalBasis).toBe('《中华人民共和国政府信息公开条例》第三十七条');
    expect(letter.paragraphs).toContain('1．2024年度项目清单');
    expect(letter.paragraphs).toContain('1．评审专家意见：属于过程性信息（《条例》第十六条第二款）。');
    expect(letter.attachments).toEqual(['2024年度项目清单']);
  });

  it('not held by this agency: tells which agency holds it', () => {
    const caseState = buildCaseInStatus('decided');
    const letter = letterFor({ kind: 'decision', caseState, issuedOn: '2025-03-11' });
    expect(text(letter)).toContain('不属于本机关负责公开。该信息由市自然资源局制作并保存，请向该局申请。');
    expect(letter.legalBasis).toBe('《中华人民共和国政府信息公开条例》第三十六条第（五）项');
  });

  it('lists the result of each item of a multi-item request', () => {
    const decision = {
      ...partialDecision,
      itemResults: [
        {
          description: '2024年度项目清单',
          outcomeCode: 'partiallyDisclosed' as const,
          provided: '项目名称及金额',
          withheld: '评审专家姓名',
          reason: '涉及个人隐私。',
        },
        {
          description: '2023年度评审会议纪要。',
          outcomeCode: 'withheldProcessInformation' as const,
          reason: '属于过程性信息',
        },
      ],
    };
    const letter = letterFor({ kind: 'decision', caseState: decided(decision), issuedOn: '2025-03-11' });
    const start = letter.paragraphs.indexOf('您申请的各项内容的处理结果如下：');
    expect(start).toBeGreaterThan(0);
    expect(letter.paragraphs.slice(start + 1, start + 3)).toEqual([
      '1．2024年度项目清单：部分公开：公开可以公开的部分，对不予公开的部分说明理由（《中华人民共和国政府信息公开条例》第三十七条）。提供的信息：项目名称及金额；不予公开的部分：评审专家姓名；理由：涉及个人隐私。',
      '2．2023年度评审会议纪要：不予公开：属于讨论记录、过程稿、磋商信函、请示报告等过程性信息（《中华人民共和国政府信息公开条例》第十六条第二款）。理由：属于过程性信息。',
    ]);
    expect(letter.paragraphs[start + 3]).toBe(letter.remedyNotice);
  });

  it('a proposal awaiting the office head gives a draft', () => {
    const letter = letterFor({
      kind: 'decision',
      caseState: buildCaseInStatus('awaitingApproval'),
      issuedOn: '2025-03-10',
    });
    expect(letter.isDraft).toBe(true);
  });

  it('refuses a decision without legal basis', () => {
    const decision = { ...partialDecision, legalBasis: ' ' };
    expect(() =>
      letterFor({ kind: 'decision', caseState: decided(), issuedOn: '2025-03-11', extra: { decision } }),
    ).toThrow('请填写答复的法律依据');
  });
});

describe('refusals and templates', () => {
  it('refuses a letter the case does not support, in Chinese', () => {
    const caseState = buildCaseInStatus('registered');
    expect(() => letterFor({ kind: 'clarificationNotice', caseState, issuedOn: '2025-03-04' })).toThrow(
      LetterError,
    );
    expect(() => letterFor({ kind: 'feeNotice', caseState, issuedOn: '2025-03-04' })).toThrow(
      '本申请没有收费记录',
    );
    expect(() => letterFor({ kind: 'decision', caseState, issuedOn: '2025-03-04' })).toThrow('尚未拟定答复');
    expect(() => letterFor({ kind: 'receipt', caseState, issuedOn: '2025-03-01' })).toThrow(
      '落款日期不能早于收到申请之日',
    );
  });

  it('uses the agency’s edited template and refuses an invalid one', () => {
    const caseState = buildCaseInStatus('registered');
    const template = {
      key: 'receipt' as const,
      title: '收件回执',
      body: '{申请人}：请于{答复期限}前等候答复。',
      attachments: ['申请书复印件'],
    };
    const letter = letterFor({
      kind: 'receipt',
      caseState,
      issuedOn: factoryReceivedOn,
      extra: { template },
    });
    expect(letter.title).toBe('收件回执');
    expect(letter.paragraphs).toEqual(['李四：请于2025年3月31日前等候答复。']);
    expect(letter.attachments).toEqual(['申请书复印件']);
    const broken = { ...template, body: '{申请人姓名}：请等候答复。' };
    expect(() =>
      letterFor({ kind: 'receipt', caseState, issuedOn: factoryReceivedOn, extra: { template: broken } }),
    ).toThrow('未知的占位符 {申请人姓名}');
    const wrongKind = { ...template, key: 'feeNotice' as const };
    expect(() =>
      letterFor({ kind: 'receipt', caseState, issuedOn: factoryReceivedOn, extra: { template: wrongKind } }),
    ).toThrow('不适用于此文书');
  });

  it('picks the agency’s edited template of the letter’s own key from the map, else the default', () => {
    const caseState = buildCaseInStatus('registered');
    const edited = {
      key: 'receipt' as const,
      title: '申请收件回执',
      body: '{申请人}：本机关将于{答复期限}前答复。',
      attachments: [],
    };
    const feeText = { ...defaultLetterTemplate('feeNotice'), title: '缴费通知' };
    const templates = new Map([
      ['receipt' as const, edited],
      ['feeNotice' as const, feeText],
    ]);
    const letter = letterFor({
      kind: 'receipt',
      caseState,
      issuedOn: factoryReceivedOn,
      extra: { templates },
    });
    expect(letter.title).toBe('申请收件回执');
    expect(letter.paragraphs).toEqual(['李四：本机关将于2025年3月31日前答复。']);
    const unedited = letterFor({
      kind: 'receipt',
      caseState,
      issuedOn: factoryReceivedOn,
      extra: { templates: new Map([['feeNotice' as const, feeText]]) },
    });
    expect(unedited.title).toBe('政府信息公开申请登记回执');
  });

  it('keeps text as written: nothing is escaped in the model', () => {
    const caseState = buildCaseInStatus('registered');
    const deadlines = computeCaseDeadlines({
      state: caseState,
      calendar: factoryCalendar,
      now: factoryReceivedOn,
    });
    const letter = buildLetter({
      kind: 'receipt',
      caseState,
      request: { ...request, requestedInformation: '<b>A&B</b> “文件”' },
      agency: sampleAgency,
      issuedOn: factoryReceivedOn,
      deadlines,
    });
    expect(text(letter)).toContain('申请内容：<b>A&B</b> “文件”。');
  });
});
