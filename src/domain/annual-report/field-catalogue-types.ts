/**
 * Types of the annual report field catalogue: every data cell of a report format is defined once
 * (architecture rule 2); the model, the checks, the renderers and the importer read these.
 */

/** The three tables of the report, by their section numeral. */
export type TableId = '二' | '三' | '四';

/** 国办公开办函〔2021〕30号 (report years 2021 on) or the 2019 trial format 〔2019〕60号. */
export type ReportFormat = '2021' | '2019-trial';

/**
 * What a cell holds: a non-negative count, a signed count (the 2019 trial's 本年增/减) or an
 * amount in 万元 (decimals allowed).
 */
export type ValueKind = 'count' | 'signedCount' | 'amountTenThousandYuan';

/** The part of table 三 a row belongs to; the consistency rules are written in these terms. */
export type TableThreeRowRole = 'newlyReceived' | 'carriedOver' | 'result' | 'resultTotal' | 'carriedForward';

export type RowDefinition = {
  /** Stable English key, unique within its table. */
  key: string;
  /** The exact label as printed in the format (simplified script). */
  label: string;
  /** The label of the group the row belongs to, e.g. `（三）不予公开`; part of the listing row. */
  groupLabel?: string;
  /** A spanning heading printed beside the row but not part of the listing row (`三、本年度办理结果`). */
  headingLabel?: string;
  /** Table 三 only: which part of the table the row is. */
  role?: TableThreeRowRole;
  /** Other wordings accepted on import (real reports and older formats). */
  alternativeLabels?: readonly string[];
};

export type ColumnDefinition = {
  key: string;
  label: string;
  /** The spanning column header above this column, e.g. `法人或其他组织`. */
  groupLabel?: string;
  valueKind: ValueKind;
  alternativeLabels?: readonly string[];
};

/**
 * A rectangular part of a table: table 二 has four (one per item of Article 20), tables 三 and 四
 * one each. Cells are the cross product of rows and columns.
 */
export type TableBlock = {
  table: TableId;
  /** Table 二's caption, e.g. `第二十条第（一）项`. */
  caption?: string;
  /** The label of the row-label column, e.g. table 二's `信息内容`. */
  rowHeaderLabel?: string;
  /** A label spanning all the columns, e.g. table 三's `申请人情况`. */
  columnHeaderLabel?: string;
  /** Table 三's top-left note cell. */
  noteLabel?: string;
  /** True when the block is printed transposed: its rows are column groups (table 四). */
  isTransposed: boolean;
  rows: readonly RowDefinition[];
  columns: readonly ColumnDefinition[];
};

export type CellDefinition = {
  /** `table3.newlyReceived.naturalPerson`: table, row key and column key. */
  key: string;
  table: TableId;
  block: TableBlock;
  row: RowDefinition;
  column: ColumnDefinition;
  valueKind: ValueKind;
  /** The `row` field of the cell listing: `group/label` or `label`. */
  listingRow: string;
  /** The `column` field of the cell listing. */
  listingColumn: string;
};

export type FieldCatalogue = {
  format: ReportFormat;
  blocks: readonly TableBlock[];
  /** Every data cell, in the order of the cell listing. */
  cells: readonly CellDefinition[];
  cellByKey: ReadonlyMap<string, CellDefinition>;
};
