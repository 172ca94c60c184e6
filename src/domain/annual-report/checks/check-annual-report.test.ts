import { describe, expect, it } from 'vitest';
import { createBlankReport, type AnnualReport } from '../annual-report.ts';
import { numberCell } from '../cell-value.ts';
import { buildExampleReport } from '../example-report-factory.ts';
import { checkAnnualReport, hardFindingsOf } from './check-annual-report.ts';

function findingsOf(report: AnnualReport, previousReport?: AnnualReport) {
  return checkAnnualReport(previousReport ? { report, previousReport } : { report });
}

function withCell(report: AnnualReport, key: string, value: number): AnnualReport {
  const copy = structuredClone(report);
  copy.cells[key] = numberCell(value);
  return copy;
}

describe('checkAnnualReport', () => {
  it('finds nothing in consistent example reports', () => {
    for (let seed = 1; seed <= 30; seed += 1) {
      expect(findingsOf(buildExampleReport(seed)), `seed ${seed}`).toEqual([]);
    }
  });

  it('does not pass an empty table: every blank cell is a hard finding (rule 5)', () => {
    const findings = findingsOf(createBlankReport({ format: '2021', year: 2024 }));
    const blanks = findings.filter((finding) => finding.ruleId === 5);
    expect(blanks).toHaveLength(200);
    expect(hardFindingsOf(findings).length).toBeGreaterThanOrEqual(200);
    expect(blanks[0]?.message).toContain('为空');
  });

  it('reports rule 1 with both sides, the difference and the cells', () => {
    const report = buildExampleReport(7);
    const before = report.cells['table3.newlyReceived.naturalPerson'];
    const value = before?.kind === 'number' ? before.value : 0;
    const broken = withCell(report, 'table3.newlyReceived.naturalPerson', value + 2);
    const ruleOne = findingsOf(broken).filter((finding) => finding.ruleId === 1);
    expect(ruleOne).toHaveLength(1);
    expect(ruleOne[0]).toMatchObject({ severity: 'hard', difference: 2 });
    expect(ruleOne[0]?.left?.cellKeys).toContain('table3.newlyReceived.naturalPerson');
    expect(ruleOne[0]?.right?.cellKeys).toEqual([
      'table3.resultTotal.naturalPerson',
      'table3.carriedForward.naturalPerson',
    ]);
    // The same change also breaks the row total (rule 2).
    expect(findingsOf(broken).some((finding) => finding.ruleId === 2)).toBe(true);
  });

  it('reports rule 3 when a result row does not add up to （七）总计', () => {
    const report = buildExampleReport(3);
    const broken = withCell(report, 'table3.resultTotal.researchInstitution', 99);
    const rules = new Set(findingsOf(broken).map((finding) => finding.ruleId));
    expect(rules.has(3)).toBe(true);
    expect(rules.has(1)).toBe(true);
  });

  it('reports rule 4 per group of table 四', () => {
    const broken = withCell(buildExampleReport(5), 'table4.litigationAfterReconsideration.total', 9);
    const ruleFour = findingsOf(broken).filter((finding) => finding.ruleId === 4);
    expect(ruleFour).toHaveLength(1);
    expect(ruleFour[0]?.message).toContain('复议后起诉');
  });

  it('reports negative or fractional counts and "/" outside table 二 (rule 5)', () => {
    const report = buildExampleReport(9);
    report.cells['table4.reconsideration.upheld'] = { kind: 'notApplicable', text: '/' };
    report.cells['table3.carriedForward.naturalPerson'] = { kind: 'number', value: 1.5, text: '1.5' };
    const ruleFive = findingsOf(report).filter((finding) => finding.ruleId === 5);
    expect(ruleFive.map((finding) => finding.cellKeys[0]).sort()).toEqual([
      'table3.carriedForward.naturalPerson',
      'table4.reconsideration.upheld',
    ]);
  });

  it('compares with last year: carried over (6), documents in force (7) and copied text (9)', () => {
    const report = buildExampleReport(11);
    const previous = buildExampleReport(12);
    const findings = findingsOf(report, previous);
    const carriedOver = report.cells['table3.carriedOver.total'];
    const carriedForward = previous.cells['table3.carriedForward.total'];
    const ruleSix = findings.filter((finding) => finding.ruleId === 6);
    if (
      carriedOver?.kind === 'number' &&
      carriedForward?.kind === 'number' &&
      carriedOver.value !== carriedForward.value
    ) {
      expect(ruleSix.some((finding) => finding.cellKeys.includes('table3.carriedOver.total'))).toBe(true);
    }
    expect(ruleSix.every((finding) => finding.severity === 'soft' && finding.explanation)).toBe(true);
    // The example texts are the same every year: rule 9 finds them copied.
    expect(findings.filter((finding) => finding.ruleId === 9).length).toBeGreaterThan(0);
  });

  it('checks documents in force against last year (rule 7)', () => {
    const previous = withCell(buildExampleReport(13), 'table2.normativeDocuments.inForce', 10);
    let report = withCell(buildExampleReport(14), 'table2.normativeDocuments.issued', 3);
    report = withCell(report, 'table2.normativeDocuments.repealed', 1);
    report = withCell(report, 'table2.normativeDocuments.inForce', 12);
    expect(findingsOf(report, previous).filter((finding) => finding.ruleId === 7)).toEqual([]);
    const off = withCell(report, 'table2.normativeDocuments.inForce', 15);
    const ruleSeven = findingsOf(off, previous).filter((finding) => finding.ruleId === 7);
    expect(ruleSeven).toHaveLength(1);
    expect(ruleSeven[0]?.difference).toBe(3);
  });

  it('compares figures quoted in the text with the tables (rule 8)', () => {
    const report = buildExampleReport(21);
    const overview = report.sections.overview;
    if (!overview) throw new Error('example without overview');
    report.sections.overview = { ...overview, text: `${overview.text}\n本年共收到政府信息公开申请9999件。` };
    const ruleEight = findingsOf(report).filter((finding) => finding.ruleId === 8);
    expect(ruleEight).toHaveLength(1);
    expect(ruleEight[0]).toMatchObject({
      left: { sum: 9999 },
      right: { cellKeys: ['table3.newlyReceived.total'] },
    });
  });

  it('reports missing, renamed and misplaced sections and an old format (rule 10)', () => {
    const report = buildExampleReport(2);
    delete report.sections.otherMatters;
    const problems = report.sections.problemsAndImprovements;
    if (!problems) throw new Error('example without section 五');
    report.sections.problemsAndImprovements = { ...problems, title: '存在的主要问题及改进措施', position: 0 };
    const messages = findingsOf(report)
      .filter((finding) => finding.ruleId === 10)
      .map((finding) => finding.message);
    expect(messages.some((message) => message.includes('缺少第六部分'))).toBe(true);
    expect(messages.some((message) => message.includes('存在的主要问题及改进措施'))).toBe(true);
    expect(messages.some((message) => message.includes('顺序'))).toBe(true);
    const trial = createBlankReport({ format: '2019-trial', year: 2022 });
    expect(
      findingsOf(trial).some(
        (finding) => finding.ruleId === 10 && finding.message.includes('2019年试行格式'),
      ),
    ).toBe(true);
  });
});
