import type { AnnualReport } from '../annual-report.ts';
import type { SectionKey } from '../section-catalogue.ts';
import { sectionDefinitions } from '../section-catalogue.ts';
import type { CheckFinding } from './check-finding.ts';

const shingleLength = 6;
const copiedShare = 0.6;
const shortestCheckedText = 40;

/** Overlapping 6-character pieces of a text, with digits and spaces ignored (figures change yearly). */
function shinglesOf(text: string): Set<string> {
  const compact = text.replace(/[\s\d０-９]/g, '');
  const shingles = new Set<string>();
  for (let start = 0; start + shingleLength <= compact.length; start += 1) {
    shingles.add(compact.slice(start, start + shingleLength));
  }
  return shingles;
}

/** The share of this text's pieces that also occur in the other text (0–1). */
export function copiedShareOf(options: { text: string; previousText: string }): number {
  const current = shinglesOf(options.text);
  if (current.size === 0) return 0;
  const previous = shinglesOf(options.previousText);
  let shared = 0;
  for (const shingle of current) if (previous.has(shingle)) shared += 1;
  return shared / current.size;
}

const checkedSections: readonly SectionKey[] = ['overview', 'problemsAndImprovements', 'otherMatters'];

/** Rule 9: sections 一, 五 and 六 are not largely copied from last year's report (雷同). */
export function checkCopiedSections(options: {
  report: AnnualReport;
  previousReport: AnnualReport;
}): CheckFinding[] {
  const findings: CheckFinding[] = [];
  for (const key of checkedSections) {
    const section = options.report.sections[key];
    const previous = options.previousReport.sections[key];
    if (!section || !previous || section.text.replace(/\s/g, '').length < shortestCheckedText) continue;
    const share = copiedShareOf({ text: section.text, previousText: previous.text });
    if (share < copiedShare) continue;
    const definition = sectionDefinitions.find((candidate) => candidate.key === key);
    const percent = Math.round(share * 100);
    findings.push({
      ruleId: 9,
      severity: 'soft',
      expression: `与上年报告相同的文字比例 < ${Math.round(copiedShare * 100)}%（${definition?.numeral ?? ''}、${definition?.title ?? key}）`,
      cellKeys: [],
      message: `第${definition?.numeral ?? ''}部分“${definition?.title ?? key}”约 ${percent}% 的文字与上一年度报告相同。`,
      explanation:
        '《政府信息公开工作年度报告格式》要求各部分如实反映本年度情况，内容雷同的报告应予纠正（只比较文字，不计数字）。',
    });
  }
  return findings;
}
