import { buildFieldCatalogue } from './build-field-catalogue.ts';
import type { FieldCatalogue, ReportFormat, TableBlock } from './field-catalogue-types.ts';
import { tableFourBlock, tableThreeBlock, tableThreeTrialBlock } from './table-three-four-blocks.ts';

export type * from './field-catalogue-types.ts';

const informationContent = '信息内容';

/** A block of table 二: one item of Article 20, rows under the 信息内容 header. */
function tableTwoBlock(block: Pick<TableBlock, 'caption' | 'rows' | 'columns'>): TableBlock {
  return { table: '二', rowHeaderLabel: informationContent, isTransposed: false, ...block };
}
const decisionCount = { key: 'decisions', label: '本年处理决定数量', valueKind: 'count' } as const;

/** Table 二 of the 2021 format: four blocks, one per item of Article 20 (10 cells). */
const tableTwoBlocks: readonly TableBlock[] = [
  tableTwoBlock({
    caption: '第二十条第（一）项',
    rows: [
      { key: 'regulations', label: '规章' },
      { key: 'normativeDocuments', label: '行政规范性文件', alternativeLabels: ['规范性文件'] },
    ],
    columns: [
      { key: 'issued', label: '本年制发件数', valueKind: 'count' },
      { key: 'repealed', label: '本年废止件数', valueKind: 'count' },
      { key: 'inForce', label: '现行有效件数', valueKind: 'count' },
    ],
  }),
  tableTwoBlock({
    caption: '第二十条第（五）项',
    rows: [{ key: 'licensing', label: '行政许可' }],
    columns: [decisionCount],
  }),
  tableTwoBlock({
    caption: '第二十条第（六）项',
    rows: [
      { key: 'penalties', label: '行政处罚' },
      { key: 'enforcement', label: '行政强制' },
    ],
    columns: [decisionCount],
  }),
  tableTwoBlock({
    caption: '第二十条第（八）项',
    rows: [{ key: 'fees', label: '行政事业性收费' }],
    columns: [{ key: 'amount', label: '本年收费金额（单位：万元）', valueKind: 'amountTenThousandYuan' }],
  }),
];

const previousYearItems = { key: 'previousYearItems', label: '上一年项目数量', valueKind: 'count' } as const;
const itemsChange = { key: 'itemsChange', label: '本年增/减', valueKind: 'signedCount' } as const;
const trialDecisions = { key: 'decisions', label: '处理决定数量', valueKind: 'count' } as const;

/** Table 二 of the 2019 trial format (国办公开办函〔2019〕60号), for import only. */
const trialTableTwoBlocks: readonly TableBlock[] = [
  tableTwoBlock({
    caption: '第二十条第（一）项',
    rows: [
      { key: 'regulations', label: '规章' },
      { key: 'normativeDocuments', label: '规范性文件', alternativeLabels: ['行政规范性文件'] },
    ],
    columns: [
      { key: 'newlyMade', label: '本年新制作数量', valueKind: 'count' },
      { key: 'newlyPublished', label: '本年新公开数量', valueKind: 'count' },
      { key: 'publishedTotal', label: '对外公开总数量', valueKind: 'count' },
    ],
  }),
  tableTwoBlock({
    caption: '第二十条第（五）项',
    rows: [
      { key: 'licensing', label: '行政许可' },
      { key: 'otherExternalServices', label: '其他对外管理服务事项' },
    ],
    columns: [previousYearItems, itemsChange, trialDecisions],
  }),
  tableTwoBlock({
    caption: '第二十条第（六）项',
    rows: [
      { key: 'penalties', label: '行政处罚' },
      { key: 'enforcement', label: '行政强制' },
    ],
    columns: [previousYearItems, itemsChange, trialDecisions],
  }),
  tableTwoBlock({
    caption: '第二十条第（八）项',
    rows: [{ key: 'fees', label: '行政事业性收费' }],
    columns: [previousYearItems, itemsChange],
  }),
  tableTwoBlock({
    caption: '第二十条第（九）项',
    rows: [{ key: 'centralisedProcurement', label: '政府集中采购' }],
    columns: [
      { key: 'projects', label: '采购项目数量', valueKind: 'count' },
      { key: 'amount', label: '采购总金额', valueKind: 'amountTenThousandYuan' },
    ],
  }),
];

/** The 2021 format: 10 + 175 + 15 = 200 cells, in cell listing order. */
export const fieldCatalogue2021: FieldCatalogue = buildFieldCatalogue({
  format: '2021',
  blocks: [...tableTwoBlocks, tableThreeBlock, tableFourBlock],
});

/** The 2019 trial format: its own table 二, table 三 with a single （六） row, the same table 四. */
export const fieldCatalogueTrial2019: FieldCatalogue = buildFieldCatalogue({
  format: '2019-trial',
  blocks: [...trialTableTwoBlocks, tableThreeTrialBlock, tableFourBlock],
});

export function fieldCatalogueFor(format: ReportFormat): FieldCatalogue {
  return format === '2021' ? fieldCatalogue2021 : fieldCatalogueTrial2019;
}
