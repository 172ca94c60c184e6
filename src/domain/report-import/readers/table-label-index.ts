import type {
  ColumnDefinition,
  FieldCatalogue,
  RowDefinition,
  TableBlock,
  TableId,
} from '../../annual-report/field-catalogue-types.ts';
import { labelKey } from '../label-key.ts';

/** What a label in a table stands for. */
export type LabelRole =
  | 'caption'
  | 'rowHeader'
  | 'columnHeader'
  | 'note'
  | 'heading'
  | 'rowGroup'
  | 'row'
  | 'columnGroup'
  | 'column';

export type LabelEntry = {
  role: LabelRole;
  block: TableBlock;
  label: string;
  row?: RowDefinition;
  column?: ColumnDefinition;
};

/** Every label of one table of a catalogue, by label key, for matching noisy cells. */
export type TableLabelIndex = {
  table: TableId;
  blocks: readonly TableBlock[];
  entriesByKey: ReadonlyMap<string, readonly LabelEntry[]>;
  longestKey: number;
};

function addEntry(entries: Map<string, LabelEntry[]>, text: string, entry: LabelEntry): void {
  const key = labelKey(text);
  if (key === '') return;
  const list = entries.get(key) ?? [];
  if (
    !list.some(
      (existing) =>
        existing.role === entry.role && existing.block === entry.block && existing.label === entry.label,
    )
  ) {
    list.push(entry);
  }
  entries.set(key, list);
}

/** Keys of row labels without their numbering (`1.属于国家秘密` → `属于国家秘密`), when unambiguous. */
function addUnnumberedAliases(entries: Map<string, LabelEntry[]>): void {
  const aliases = new Map<string, LabelEntry[]>();
  for (const [key, list] of entries) {
    const stripped = key.replace(/^[0-9一二三四五六七八九十]+/, '');
    if (stripped === key || stripped.length < 3) continue;
    for (const entry of list)
      if (entry.role === 'row') aliases.set(stripped, [...(aliases.get(stripped) ?? []), entry]);
  }
  for (const [alias, list] of aliases) if (!entries.has(alias) && list.length === 1) entries.set(alias, list);
}

export function buildTableLabelIndex(options: {
  catalogue: FieldCatalogue;
  table: TableId;
}): TableLabelIndex {
  const blocks = options.catalogue.blocks.filter((block) => block.table === options.table);
  const entries = new Map<string, LabelEntry[]>();
  for (const block of blocks) {
    if (block.caption) addEntry(entries, block.caption, { role: 'caption', block, label: block.caption });
    if (block.rowHeaderLabel)
      addEntry(entries, block.rowHeaderLabel, { role: 'rowHeader', block, label: block.rowHeaderLabel });
    if (block.columnHeaderLabel)
      addEntry(entries, block.columnHeaderLabel, {
        role: 'columnHeader',
        block,
        label: block.columnHeaderLabel,
      });
    if (block.noteLabel) addEntry(entries, block.noteLabel, { role: 'note', block, label: block.noteLabel });
    for (const row of block.rows) {
      for (const text of [row.label, ...(row.alternativeLabels ?? [])])
        addEntry(entries, text, { role: 'row', block, label: row.label, row });
      if (row.groupLabel)
        addEntry(entries, row.groupLabel, { role: 'rowGroup', block, label: row.groupLabel });
      if (row.headingLabel)
        addEntry(entries, row.headingLabel, { role: 'heading', block, label: row.headingLabel });
    }
    for (const column of block.columns) {
      for (const text of [column.label, ...(column.alternativeLabels ?? [])]) {
        addEntry(entries, text, { role: 'column', block, label: column.label, column });
      }
      if (column.groupLabel)
        addEntry(entries, column.groupLabel, { role: 'columnGroup', block, label: column.groupLabel });
    }
  }
  addUnnumberedAliases(entries);
  let longestKey = 0;
  for (const key of entries.keys()) longestKey = Math.max(longestKey, key.length);
  return { table: options.table, blocks, entriesByKey: entries, longestKey };
}

/** Longer texts are prose, not labels run together (and splitting costs length × longest label). */
const longestSegmentedText = 400;

const indexCache = new WeakMap<FieldCatalogue, Map<TableId, TableLabelIndex>>();

/** The label index of a catalogue's table, built once (catalogues are constants). */
export function tableLabelIndexFor(options: { catalogue: FieldCatalogue; table: TableId }): TableLabelIndex {
  const byTable = indexCache.get(options.catalogue) ?? new Map<TableId, TableLabelIndex>();
  indexCache.set(options.catalogue, byTable);
  const cached = byTable.get(options.table);
  if (cached) return cached;
  const built = buildTableLabelIndex(options);
  byTable.set(options.table, built);
  return built;
}

/**
 * The labels a cell's text stands for: one label, or several run together (`三、本年度办理结果
 * （一）予以公开` in one cell); null when the text is not made of known labels.
 */
export function matchLabels(index: TableLabelIndex, text: string): LabelEntry[][] | null {
  const key = labelKey(text);
  if (key === '') return null;
  const whole = index.entriesByKey.get(key);
  if (whole) return [[...whole]];
  if (key.length > longestSegmentedText) return null;
  // Split into known labels, longest first (a label key is at most longestKey long).
  const best: Array<LabelEntry[][] | null> = new Array(key.length + 1).fill(null);
  best[key.length] = [];
  for (let start = key.length - 1; start >= 0; start -= 1) {
    for (let end = Math.min(key.length, start + index.longestKey); end > start; end -= 1) {
      const entries = index.entriesByKey.get(key.slice(start, end));
      const rest = best[end];
      if (entries && rest) {
        best[start] = [[...entries], ...rest];
        break;
      }
    }
  }
  return best[0] ?? null;
}

export function isNoteText(text: string): boolean {
  return text.includes('勾稽关系') || /^(单位|注)[:：]/.test(text.trim());
}
