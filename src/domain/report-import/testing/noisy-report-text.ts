import * as OpenCC from 'opencc-js/cn2t';
import type { AnnualReport } from '../../annual-report/annual-report.ts';
import { sectionDefinitions } from '../../annual-report/section-catalogue.ts';
import { layoutReportTables, type LayoutCell, type TableLayout } from '../../annual-report/table-layout.ts';

/**
 * Writes a report as the noisy text copies found on the web look (for tests, fuzzing and the
 * benchmark): tables flattened into `|` rows, one cell per line or blank-line separated cells;
 * traditional script, pinyin readings, doubled punctuation, spam lines around the report.
 */
export type NoisyTextOptions = {
  /** `spacedRows`: a row per line, cells separated by spaces (text taken from a PDF). */
  tableLayout: 'pipeRows' | 'spacedRows' | 'cellPerLine' | 'blankLineSeparated';
  isTraditional?: boolean;
  hasPinyin?: boolean;
  hasDoubledPunctuation?: boolean;
  /** Lines put before and after the report (site navigation, advertisements). */
  spamBefore?: readonly string[];
  spamAfter?: readonly string[];
  /** Leave out table 三's note cell, as some copies do. */
  dropsNoteCell?: boolean;
  /** Cut two-word header labels with a space (`商业 企业`), as a flattened table does. */
  splitsHeaderLabels?: boolean;
};

// Some polyphonic or frequent characters and a reading for each (tone marks or tone numbers).
const readings: ReadonlyArray<[string, string]> = [
  ['报', 'bào'],
  ['开', 'kāi'],
  ['请', 'qǐng'],
  ['数', 'shù'],
  ['处', 'chǔ'],
  ['结', 'jié'],
  ['转', 'zhuǎn'],
  ['计', 'jì'],
  ['务', 'wù'],
  ['复', 'fu4'],
  ['况', 'kuàng'],
  ['行', 'xíng'],
  ['关', 'guān'],
  ['规', 'guī'],
];

const applicableReadings = new Map(readings);

let toTraditional: ((text: string) => string) | undefined;

function traditional(text: string): string {
  const convert = toTraditional ?? OpenCC.Converter({ from: 'cn', to: 't' });
  toTraditional = convert;
  return convert(text);
}

function insertPinyin(text: string): string {
  let counter = 0;
  return text.replace(/[报开请数处结转计务复况行关规]/g, (character) => {
    counter += 1;
    const reading = applicableReadings.get(character);
    if (reading === undefined) return character;
    const bracketed = counter % 3 === 0 ? `（${reading}）` : `(${reading})`;
    return `${character}${bracketed}`;
  });
}

function doublePunctuation(text: string): string {
  let counter = 0;
  return text.replace(/[，、。]/g, (mark) => {
    counter += 1;
    if (counter % 2 === 1) return mark;
    return mark === '，' ? ',,' : `,${mark}`;
  });
}

function splitLabel(text: string): string {
  return /^[\u4e00-\u9fff]{4}$/.test(text) ? `${text.slice(0, 2)} ${text.slice(2)}` : text;
}

function tableLines(layout: TableLayout, options: NoisyTextOptions): string[] {
  const rows = layout.rows
    .map((row) =>
      row.filter((cell: LayoutCell) => !(options.dropsNoteCell && cell.text.includes('勾稽关系'))),
    )
    .map((row) =>
      row.map((cell) =>
        options.splitsHeaderLabels && cell.isHeader ? { ...cell, text: splitLabel(cell.text) } : cell,
      ),
    );
  if (options.tableLayout === 'pipeRows') {
    // Like a scraper: each written cell once, then an empty cell for every position a span covered.
    return rows.map((row) => {
      const spanned = row.reduce((sum, cell) => sum + cell.columnSpan - 1, 0);
      return `${[...row.map((cell) => cell.text), ...Array<string>(spanned).fill('')].join(' | ')} |`;
    });
  }
  if (options.tableLayout === 'spacedRows') {
    return rows.map((row) =>
      row
        .map((cell) => cell.text)
        .filter((text) => text !== '')
        .join('  '),
    );
  }
  const cells = rows.flat().map((cell) => cell.text);
  if (options.tableLayout === 'cellPerLine') return cells;
  return cells.flatMap((cell, position) => (position === 0 ? [cell] : ['', cell]));
}

export function renderNoisyReportText(options: { report: AnnualReport } & NoisyTextOptions): string {
  const { report } = options;
  const layouts = new Map(layoutReportTables(report).map((layout) => [layout.table as string, layout]));
  const lines: string[] = [...(options.spamBefore ?? [])];
  lines.push(report.title ?? `${report.agencyName ?? ''}${report.year ?? ''}年政府信息公开工作年度报告`);
  for (const definition of sectionDefinitions) {
    const section = report.sections[definition.key];
    if (!section) continue;
    lines.push(`${definition.numeral}、${section.title}`);
    if (section.text !== '') lines.push(...section.text.split('\n'));
    const layout = layouts.get(definition.numeral);
    if (layout) lines.push(...tableLines(layout, options));
  }
  lines.push(...(options.spamAfter ?? []));
  let text = lines.join('\n');
  if (options.hasDoubledPunctuation) text = doublePunctuation(text);
  if (options.hasPinyin) text = insertPinyin(text);
  if (options.isTraditional) text = traditional(text);
  return text;
}
