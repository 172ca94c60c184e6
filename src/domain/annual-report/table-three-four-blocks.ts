import type { ColumnDefinition, RowDefinition, TableBlock } from './field-catalogue-types.ts';

/**
 * Tables 三 and 四 as defined by 国办公开办函〔2021〕30号; the 2019 trial format differs only in
 * table 三's （六）其他处理, which was a single row.
 */

export const tableThreeNoteLabel = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
const resultHeading = '三、本年度办理结果';

const legalPerson = '法人或其他组织';

export const tableThreeColumns: readonly ColumnDefinition[] = [
  { key: 'naturalPerson', label: '自然人', valueKind: 'count' },
  { key: 'commercialEnterprise', label: '商业企业', groupLabel: legalPerson, valueKind: 'count' },
  { key: 'researchInstitution', label: '科研机构', groupLabel: legalPerson, valueKind: 'count' },
  { key: 'publicInterestOrganisation', label: '社会公益组织', groupLabel: legalPerson, valueKind: 'count' },
  { key: 'legalServiceInstitution', label: '法律服务机构', groupLabel: legalPerson, valueKind: 'count' },
  { key: 'otherOrganisation', label: '其他', groupLabel: legalPerson, valueKind: 'count' },
  { key: 'total', label: '总计', valueKind: 'count' },
];

function resultRow(key: string, label: string, groupLabel?: string): RowDefinition {
  return groupLabel === undefined
    ? { key, label, headingLabel: resultHeading, role: 'result' }
    : { key, label, groupLabel, headingLabel: resultHeading, role: 'result' };
}

const withheld = '（三）不予公开';
const unableToProvide = '（四）无法提供';
const notProcessed = '（五）不予处理';
const otherHandling = '（六）其他处理';

const rowsBeforeOtherHandling: readonly RowDefinition[] = [
  { key: 'newlyReceived', label: '一、本年新收政府信息公开申请数量', role: 'newlyReceived' },
  { key: 'carriedOver', label: '二、上年结转政府信息公开申请数量', role: 'carriedOver' },
  resultRow('disclosed', '（一）予以公开'),
  resultRow('partiallyDisclosed', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'),
  resultRow('withheldStateSecret', '1.属于国家秘密', withheld),
  resultRow('withheldProhibitedByLaw', '2.其他法律行政法规禁止公开', withheld),
  resultRow('withheldThreeSecuritiesOneStability', '3.危及“三安全一稳定”', withheld),
  resultRow('withheldThirdPartyRights', '4.保护第三方合法权益', withheld),
  resultRow('withheldInternalAffairs', '5.属于三类内部事务信息', withheld),
  resultRow('withheldProcessInformation', '6.属于四类过程性信息', withheld),
  resultRow('withheldEnforcementFiles', '7.属于行政执法案卷', withheld),
  resultRow('withheldAdministrativeQuery', '8.属于行政查询事项', withheld),
  resultRow('unableNotHeld', '1.本机关不掌握相关政府信息', unableToProvide),
  resultRow('unableNeedsCreation', '2.没有现成信息需要另行制作', unableToProvide),
  resultRow('unableStillUnclear', '3.补正后申请内容仍不明确', unableToProvide),
  resultRow('notProcessedComplaint', '1.信访举报投诉类申请', notProcessed),
  resultRow('notProcessedRepeated', '2.重复申请', notProcessed),
  resultRow('notProcessedPublication', '3.要求提供公开出版物', notProcessed),
  resultRow('notProcessedMassRepeated', '4.无正当理由大量反复申请', notProcessed),
  resultRow('notProcessedConfirmation', '5.要求行政机关确认或重新出具已获取信息', notProcessed),
];

const rowsAfterOtherHandling: readonly RowDefinition[] = [
  { key: 'resultTotal', label: '（七）总计', headingLabel: resultHeading, role: 'resultTotal' },
  { key: 'carriedForward', label: '四、结转下年度继续办理', role: 'carriedForward' },
];

const tableThreeBlockBase = {
  table: '三',
  noteLabel: tableThreeNoteLabel,
  columnHeaderLabel: '申请人情况',
  isTransposed: false,
  columns: tableThreeColumns,
} as const;

export const tableThreeBlock: TableBlock = {
  ...tableThreeBlockBase,
  rows: [
    ...rowsBeforeOtherHandling,
    resultRow(
      'otherNoCorrection',
      '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      otherHandling,
    ),
    resultRow(
      'otherFeeNotPaid',
      '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      otherHandling,
    ),
    resultRow('otherOther', '3.其他', otherHandling),
    ...rowsAfterOtherHandling,
  ],
};

/** The 2019 trial format: （六）其他处理 is one row. */
export const tableThreeTrialBlock: TableBlock = {
  ...tableThreeBlockBase,
  rows: [...rowsBeforeOtherHandling, resultRow('otherHandling', otherHandling), ...rowsAfterOtherHandling],
};

const litigation = '行政诉讼';

export const tableFourBlock: TableBlock = {
  table: '四',
  isTransposed: true,
  rows: [
    { key: 'reconsideration', label: '行政复议' },
    { key: 'litigationDirect', label: '未经复议直接起诉', groupLabel: litigation },
    { key: 'litigationAfterReconsideration', label: '复议后起诉', groupLabel: litigation },
  ],
  columns: [
    { key: 'upheld', label: '结果维持', valueKind: 'count' },
    { key: 'corrected', label: '结果纠正', valueKind: 'count' },
    { key: 'otherResult', label: '其他结果', valueKind: 'count' },
    { key: 'pending', label: '尚未审结', valueKind: 'count' },
    { key: 'total', label: '总计', valueKind: 'count' },
  ],
};
