import type { AnnualReport } from '../annual-report.ts';
import { sectionDefinitions } from '../section-catalogue.ts';
import type { CheckFinding } from './check-finding.ts';

const firstYearOf2021Format = 2021;

function structureFinding(options: {
  expression: string;
  message: string;
  explanation: string;
}): CheckFinding {
  return { ruleId: 10, severity: 'soft', cellKeys: [], ...options };
}

/** Rule 10: the six sections are present, in order, with their titles; the tables use the 2021 labels. */
export function checkStructure(report: AnnualReport): CheckFinding[] {
  const findings: CheckFinding[] = [];
  const explanation =
    '年度报告应按《政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）的六个部分及标题编写。';
  let lastPosition = -1;
  for (const definition of sectionDefinitions) {
    const section = report.sections[definition.key];
    const heading = `${definition.numeral}、${definition.title}`;
    if (!section) {
      findings.push(
        structureFinding({
          expression: `有第${definition.numeral}部分`,
          message: `缺少第${definition.numeral}部分“${heading}”。`,
          explanation,
        }),
      );
      continue;
    }
    if (section.title !== definition.title) {
      findings.push(
        structureFinding({
          expression: `标题 = “${definition.title}”`,
          message: `第${definition.numeral}部分的标题为“${section.title}”，格式规定为“${definition.title}”。`,
          explanation,
        }),
      );
    }
    if (section.position < lastPosition) {
      findings.push(
        structureFinding({
          expression: '六个部分按顺序排列',
          message: `第${definition.numeral}部分“${heading}”的位置不符合规定顺序。`,
          explanation,
        }),
      );
    }
    lastPosition = Math.max(lastPosition, section.position);
  }
  if (report.format === '2019-trial' && (report.year === null || report.year >= firstYearOf2021Format)) {
    findings.push(
      structureFinding({
        expression: '表格使用2021年格式',
        message: `${report.year ?? '本'}年度报告仍使用2019年试行格式（国办公开办函〔2019〕60号）的表格，应使用2021年格式。`,
        explanation: '2021年及以后年度的报告应使用国办公开办函〔2021〕30号规定的表格。',
      }),
    );
  }
  return findings;
}
