import { describe, expect, it } from 'vitest';
import { numberCell } from '../cell-value.ts';
import type { CheckFinding } from '../checks/check-finding.ts';
import { computeRequestTables } from '../compute/compute-request-tables.ts';
import type { RequestRecord } from '../compute/request-records.ts';
import { fieldCatalogue2021 } from '../field-catalogue.ts';
import { annualReportDeadline, isPublishedLate, reportingBodyKindOf } from './annual-report-deadline.ts';
import { annualReportStatusOf } from './annual-report-status.ts';
import { assembleReportDraft } from './assemble-report-draft.ts';
import { editSectionTexts } from './edit-section-texts.ts';
import { enterCellValues, restoreComputedCell } from './enter-cell-values.ts';
import { findOverriddenCells } from './find-overridden-cells.ts';
import { isSameReportContent } from './is-same-report-content.ts';
import { parseEnteredCell } from './parse-entered-cell.ts';
import { planPublication } from './plan-publication.ts';
import { recomputeReportDraft } from './recompute-report-draft.ts';

const notHeld = (receivedOn: string, concludedOn: string): RequestRecord => ({
  receivedOn: receivedOn as RequestRecord['receivedOn'],
  applicantType: 'naturalPerson',
  conclusion: { concludedOn: concludedOn as RequestRecord['receivedOn'], outcomeCode: 'notHeldByThisAgency' },
});

const newlyReceived = 'table3.newlyReceived.naturalPerson';
const newlyReceivedTotal = 'table3.newlyReceived.total';
const licensing = 'table2.licensing.decisions';

function draftWith(requests: RequestRecord[]) {
  const tables = computeRequestTables({ requests, appeals: [], year: 2024 });
  return assembleReportDraft({ agencyName: '示例市商务局', year: 2024, tables, enteredBy: 'staff:1' });
}

function cellDefinition(key: string) {
  const cell = fieldCatalogue2021.cellByKey.get(key);
  if (!cell) throw new Error(key);
  return cell;
}

describe('assembleReportDraft', () => {
  it('has the six fixed sections, computed tables 三/四 and a blank table 二 entered by staff', () => {
    const { report, cellSources } = draftWith([notHeld('2024-03-11', '2024-03-29')]);
    expect(report.title).toBe('示例市商务局2024年政府信息公开工作年度报告');
    expect(Object.values(report.sections).map((section) => section?.title)).toEqual([
      '总体情况',
      '主动公开政府信息情况',
      '收到和处理政府信息公开申请情况',
      '政府信息公开行政复议、行政诉讼情况',
      '存在的主要问题及改进情况',
      '其他需要报告的事项',
    ]);
    expect(report.cells[newlyReceived]).toMatchObject({ kind: 'number', value: 1 });
    expect(report.cells[licensing]).toEqual({ kind: 'blank', text: '' });
    expect(cellSources[newlyReceived]).toEqual({ source: 'computed' });
    expect(cellSources[licensing]).toEqual({ source: 'entered', enteredBy: 'staff:1' });
    const computedCount = Object.values(cellSources).filter((entry) => entry.source === 'computed').length;
    expect(computedCount).toBe(190);
  });
});

describe('entering, overriding and recomputing', () => {
  it('keeps an entered table 二 value and an override through recomputation, and lists changed computed cells', () => {
    const first = draftWith([notHeld('2024-03-11', '2024-03-29')]);
    const entered = enterCellValues({
      draft: first,
      values: new Map([
        [licensing, numberCell(111)],
        [newlyReceivedTotal, numberCell(5)],
      ]),
      enteredBy: 'staff:2',
    });
    expect(entered.changes).toEqual([
      { cellKey: licensing, before: '', after: '111' },
      { cellKey: newlyReceivedTotal, before: '1', after: '5' },
    ]);
    const tables = computeRequestTables({
      requests: [notHeld('2024-03-11', '2024-03-29'), notHeld('2024-05-06', '2024-05-20')],
      appeals: [],
      year: 2024,
    });
    const { draft, changes } = recomputeReportDraft({ draft: entered.draft, tables });
    expect(draft.report.cells[licensing]).toMatchObject({ value: 111 });
    expect(draft.report.cells[newlyReceivedTotal]).toMatchObject({ value: 5 });
    expect(draft.report.cells[newlyReceived]).toMatchObject({ value: 2 });
    expect(changes.map((change) => change.cellKey)).toContain(newlyReceived);
    expect(changes.map((change) => change.cellKey)).not.toContain(newlyReceivedTotal);
    expect(changes.find((change) => change.cellKey === newlyReceived)).toEqual({
      cellKey: newlyReceived,
      before: '1',
      after: '2',
    });
    const overrides = findOverriddenCells(draft);
    expect(overrides).toHaveLength(1);
    expect(overrides[0]).toMatchObject({ cellKey: newlyReceivedTotal, computedValue: { value: 2 } });
    expect(overrides[0]?.message).toContain('人工填写为 5，按办理记录计算为 2');
    const restored = restoreComputedCell({ draft, cellKey: newlyReceivedTotal });
    expect(restored.isRestored).toBe(true);
    expect(restored.draft.report.cells[newlyReceivedTotal]).toMatchObject({ value: 2 });
    expect(findOverriddenCells(restored.draft)).toEqual([]);
    expect(restoreComputedCell({ draft, cellKey: licensing }).isRestored).toBe(false);
  });

  it('does not turn a computed cell into an override when the same value is saved again', () => {
    const draft = draftWith([notHeld('2024-03-11', '2024-03-29')]);
    const saved = enterCellValues({
      draft,
      values: new Map([[newlyReceived, numberCell(1)]]),
      enteredBy: 'staff:2',
    });
    expect(saved.changes).toEqual([]);
    expect(saved.draft.cellSources[newlyReceived]).toEqual({ source: 'computed' });
  });
});

describe('parseEnteredCell', () => {
  it('keeps blank, "/" and 0 distinct and refuses what is not a count', () => {
    const cell = cellDefinition(licensing);
    expect(parseEnteredCell({ cell, text: '' })).toEqual({
      isValid: true,
      value: { kind: 'blank', text: '' },
    });
    expect(parseEnteredCell({ cell, text: ' / ' })).toEqual({
      isValid: true,
      value: { kind: 'notApplicable', text: '/' },
    });
    expect(parseEnteredCell({ cell, text: '0' })).toEqual({
      isValid: true,
      value: { kind: 'number', value: 0, text: '0' },
    });
    expect(parseEnteredCell({ cell, text: '１２' })).toMatchObject({ value: { value: 12 } });
    for (const text of ['-1', '1.5', '无', 'abc']) {
      expect(parseEnteredCell({ cell, text }), text).toMatchObject({ isValid: false });
    }
  });

  it('allows "/" only in table 二 and decimals only for the amount in 万元', () => {
    expect(parseEnteredCell({ cell: cellDefinition(newlyReceived), text: '/' })).toEqual({
      isValid: false,
      message: '表三应填写数字，不能填写“/”',
    });
    const amount = cellDefinition('table2.fees.amount');
    expect(parseEnteredCell({ cell: amount, text: '12.35' })).toMatchObject({ value: { value: 12.35 } });
    expect(parseEnteredCell({ cell: amount, text: '-2' })).toMatchObject({ isValid: false });
  });
});

describe('editSectionTexts', () => {
  it('writes texts under the fixed titles and lists only the changed sections', () => {
    const draft = draftWith([]);
    const { draft: edited, changedSections } = editSectionTexts({
      draft,
      texts: { overview: '  一年来，我局……\r\n第二段  ', otherMatters: '' },
    });
    expect(changedSections).toEqual(['overview']);
    expect(edited.report.sections.overview).toEqual({
      key: 'overview',
      title: '总体情况',
      text: '一年来，我局……\n第二段',
      position: 0,
    });
    expect(isSameReportContent(draft.report, edited.report)).toBe(false);
    expect(isSameReportContent(draft.report, structuredClone(draft.report))).toBe(true);
  });
});

describe('deadline (Art. 49) and status', () => {
  it('gives departments 31 January and governments 31 March of the next year', () => {
    const department = reportingBodyKindOf({ level: 'city', name: '示例市商务局' });
    const government = reportingBodyKindOf({ level: 'city', name: '示例市人民政府办公室' });
    expect(department).toBe('department');
    expect(government).toBe('government');
    expect(reportingBodyKindOf({ level: 'stateCouncilDepartment', name: '某某部' })).toBe('department');
    expect(annualReportDeadline({ year: 2024, kind: department })).toBe('2025-01-31');
    expect(annualReportDeadline({ year: 2024, kind: government })).toBe('2025-03-31');
    expect(isPublishedLate({ deadline: '2025-01-31', firstPublishedOn: '2025-01-31' })).toBe(false);
    expect(isPublishedLate({ deadline: '2025-01-31', firstPublishedOn: '2025-02-01' })).toBe(true);
  });

  it('names the status from the draft and the latest revision', () => {
    expect(annualReportStatusOf({ hasDraft: false, latestRevision: null })).toBe('notStarted');
    expect(annualReportStatusOf({ hasDraft: true, latestRevision: null })).toBe('drafting');
    expect(annualReportStatusOf({ hasDraft: true, latestRevision: 1 })).toBe('published');
    expect(annualReportStatusOf({ hasDraft: true, latestRevision: 3 })).toBe('corrected');
  });
});

describe('planPublication', () => {
  const hard: CheckFinding = { ruleId: 5, severity: 'hard', expression: '', cellKeys: [], message: '' };
  const base = {
    year: 2024,
    today: '2025-01-20' as const,
    hardFindings: [],
    latestRevision: null,
    correctionNote: '',
    isSameAsLatest: false,
  };

  it('publishes revision 1 first, then corrections with a note', () => {
    expect(planPublication(base)).toEqual({ isAllowed: true, revision: 1, correctionNote: null });
    expect(planPublication({ ...base, latestRevision: 1, correctionNote: ' 更正表二数字 ' })).toEqual({
      isAllowed: true,
      revision: 2,
      correctionNote: '更正表二数字',
    });
  });

  it('refuses before the year is over, with hard failures, a correction without note or without change', () => {
    expect(planPublication({ ...base, today: '2024-12-31' })).toMatchObject({ isAllowed: false });
    expect(planPublication({ ...base, hardFindings: [hard, hard] })).toEqual({
      isAllowed: false,
      reason: '仍有 2 项硬性错误（勾稽关系或空白单元格），请修改后再发布',
    });
    expect(planPublication({ ...base, latestRevision: 1 })).toMatchObject({ isAllowed: false });
    expect(
      planPublication({ ...base, latestRevision: 1, correctionNote: '说明', isSameAsLatest: true }),
    ).toEqual({ isAllowed: false, reason: '草稿与已发布的版本相同，没有需要更正的内容' });
  });
});
