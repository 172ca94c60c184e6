import { describe, expect, it } from 'vitest';
import { draftDecision, findDecisionProblems, type DisclosureDecision } from './disclosure-decision.ts';

const partial: DisclosureDecision = {
  outcomeCode: 'partiallyDisclosed',
  legalBasis: '《条例》第三十七条',
  reasons: '',
  itemsProvided: ['2024年度项目清单'],
  itemsWithheld: [{ description: '评审专家意见', reason: '属于过程性信息（第十六条第二款）' }],
  publishedLocation: null,
  itemResults: [],
};

describe('findDecisionProblems', () => {
  it('accepts a complete partial disclosure', () => {
    expect(findDecisionProblems({ decision: partial })).toEqual([]);
  });

  it('requires a legal basis', () => {
    expect(findDecisionProblems({ decision: { ...partial, legalBasis: '  ' } })).toEqual([
      '请填写答复的法律依据',
    ]);
  });

  it('requires what was given and what was withheld and why for a partial disclosure', () => {
    expect(findDecisionProblems({ decision: { ...partial, itemsProvided: [] } })).toEqual([
      '请列明提供的政府信息',
    ]);
    expect(findDecisionProblems({ decision: { ...partial, itemsWithheld: [] } })).toEqual([
      '部分公开的，请列明不予公开的部分',
    ]);
    expect(
      findDecisionProblems({
        decision: { ...partial, itemsWithheld: [{ description: '评审专家意见', reason: '' }] },
      }),
    ).toEqual(['不予公开的每一部分都应写明内容和理由（第三十七条）']);
  });

  it('requires reasons to withhold and a location for published information', () => {
    expect(
      findDecisionProblems({ decision: draftDecision({ outcomeCode: 'withheldThirdPartyRights' }) }),
    ).toEqual(['请填写理由']);
    expect(findDecisionProblems({ decision: draftDecision({ outcomeCode: 'alreadyPublished' }) })).toEqual([
      '已主动公开的，请告知获取该政府信息的方式和途径（第三十六条第（一）项）',
    ]);
  });

  it('leaves the legal basis empty where no article applies, so staff must state one', () => {
    const decision = { ...draftDecision({ outcomeCode: 'confirmationRequested' }), reasons: '已获取' };
    expect(decision.legalBasis).toBe('');
    expect(findDecisionProblems({ decision })).toEqual(['请填写答复的法律依据']);
  });

  it('refuses the outcomes the lifecycle sets', () => {
    expect(findDecisionProblems({ decision: draftDecision({ outcomeCode: 'feeNotPaid' }) })[0]).toContain(
      '由办理流程自动确定',
    );
  });

  it('checks the primary outcome of a multi-item request against its items', () => {
    const items = [
      { description: '文件甲', outcomeCode: 'disclosed', provided: '文件甲全文' },
      {
        description: '文件乙',
        outcomeCode: 'partiallyDisclosed',
        provided: '文件乙正文',
        withheld: '附件名单',
        reason: '涉及个人隐私',
      },
    ] as const;
    expect(findDecisionProblems({ decision: { ...partial, itemResults: items } })).toEqual([]);
    const disclosedPrimary: DisclosureDecision = {
      ...partial,
      outcomeCode: 'disclosed',
      legalBasis: '《条例》第三十六条第（二）项',
      itemResults: items,
    };
    expect(findDecisionProblems({ decision: disclosedPrimary })).toEqual([
      '有事项部分公开的，年度报告只计“部分公开”，主要办理结果应为部分公开',
    ]);
    const notAmongItems: DisclosureDecision = {
      ...partial,
      itemResults: [
        { description: '文件甲', outcomeCode: 'disclosed', provided: '文件甲全文' },
        { description: '文件乙', outcomeCode: 'notExisting', reason: '经检索不存在' },
      ],
    };
    expect(findDecisionProblems({ decision: notAmongItems })).toEqual(['主要办理结果应为各事项办理结果之一']);
  });

  it('requires each item to state what its own outcome needs, and then not the primary outcome’s details again', () => {
    const bare: DisclosureDecision = {
      ...draftDecision({ outcomeCode: 'partiallyDisclosed' }),
      itemResults: [
        { description: '文件甲', outcomeCode: 'partiallyDisclosed' },
        { description: '文件乙', outcomeCode: 'alreadyPublished', provided: ' ' },
        { description: '文件丙', outcomeCode: 'withheldThirdPartyRights' },
        { description: '文件丁', outcomeCode: 'feeNotPaid' },
      ],
    };
    expect(findDecisionProblems({ decision: bare })).toEqual([
      '第1项“文件甲”：请写明提供的信息',
      '第1项“文件甲”：请写明不予公开的部分（第三十七条）',
      '第1项“文件甲”：请写明理由',
      '第2项“文件乙”：请写明获取该信息的方式和途径（第三十六条第（一）项）',
      '第3项“文件丙”：请写明理由',
      '第4项“文件丁”：事项办理结果只能选择答复类结果',
    ]);
    const complete: DisclosureDecision = {
      ...draftDecision({ outcomeCode: 'partiallyDisclosed' }),
      itemResults: [
        {
          description: '文件甲',
          outcomeCode: 'partiallyDisclosed',
          provided: '正文',
          withheld: '名单',
          reason: '隐私',
        },
        { description: '文件乙', outcomeCode: 'alreadyPublished', provided: '本机关门户网站' },
      ],
    };
    expect(findDecisionProblems({ decision: complete })).toEqual([]);
  });
});
