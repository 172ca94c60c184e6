import type { ReportFormat } from '../../annual-report/field-catalogue-types.ts';
import { labelKey } from '../label-key.ts';

/** Labels printed only in the 2019 trial format's table 二. */
const trialOnlyKeys = [
  '本年新制作数量',
  '本年新公开数量',
  '对外公开总数量',
  '上一年项目数量',
  '第二十条第（九）项',
  '政府集中采购',
].map(labelKey);
/** Labels printed only in the 2021 format's table 二. */
const currentOnlyKeys = [
  '本年制发件数',
  '本年废止件数',
  '现行有效件数',
  '本年处理决定数量',
  '本年收费金额',
].map(labelKey);

/** The format a report's tables are in, from the labels of table 二. */
export function detectReportFormat(texts: readonly string[]): ReportFormat {
  let trial = 0;
  let current = 0;
  for (const text of texts) {
    const key = labelKey(text);
    if (key === '') continue;
    for (const trialKey of trialOnlyKeys) if (key.includes(trialKey)) trial += 1;
    for (const currentKey of currentOnlyKeys) if (key.includes(currentKey)) current += 1;
  }
  return trial > current ? '2019-trial' : '2021';
}
