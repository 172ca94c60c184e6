import { chineseNumeralCharacters, parseChineseNumeral } from './chinese-numeral.ts';

/**
 * Figures quoted in a report's text that the tables also state (rule 8). Each pattern finds a
 * number (in digits or Chinese numerals) and names the cells whose sum it should equal; a figure with no cells (主动公开政府信息
 * X条: no table cell totals it) is extracted for display but not compared.
 */

export type TextFigure = {
  /** What the figure is, in Chinese. */
  subject: string;
  /** The sentence part it was read from. */
  quote: string;
  value: number;
  /** The cells whose sum the figure should equal; empty when the tables hold no such total. */
  cellKeys: readonly string[];
};

/** A count as digits or as Chinese numerals (十二件, 一百零五件): captured for `readCount`. */
const count = `(\\d+|[${chineseNumeralCharacters}]+)`;

type FigurePattern = { subject: string; pattern: RegExp; cellKeys: readonly string[] };

const litigationTotals = ['table4.litigationDirect.total', 'table4.litigationAfterReconsideration.total'];

const figurePatterns: readonly FigurePattern[] = [
  {
    subject: '本年新收政府信息公开申请',
    pattern: new RegExp(
      String.raw`(?:共|全年|累计|本年度?|新)?(?:收到|受理|新收|接收)[^。；;\d]{0,20}?申请[^。；;\d]{0,12}?${count}\s*(?:件|个(?!工作日|自然日|月)|份)`,
      'g',
    ),
    cellKeys: ['table3.newlyReceived.total'],
  },
  {
    subject: '上年结转政府信息公开申请',
    pattern: new RegExp(String.raw`上年(?:度)?结转[^。；;\d]{0,16}?${count}\s*件`, 'g'),
    cellKeys: ['table3.carriedOver.total'],
  },
  {
    subject: '结转下年度继续办理的申请',
    pattern: new RegExp(String.raw`结转(?:至|到)?下(?:一)?年度?[^。；;\d]{0,10}?${count}\s*件`, 'g'),
    cellKeys: ['table3.carriedForward.total'],
  },
  {
    subject: '政府信息公开行政复议',
    pattern: new RegExp(
      String.raw`(?:发生|收到|产生|涉及|提起)[^。；;\d]{0,12}?行政复议(?:案件|申请)?\s*${count}\s*(?:件|起|宗)`,
      'g',
    ),
    cellKeys: ['table4.reconsideration.total'],
  },
  {
    subject: '政府信息公开行政诉讼',
    pattern: new RegExp(
      String.raw`(?:发生|收到|产生|涉及|提起)[^。；;\d]{0,12}?行政诉讼(?:案件)?\s*${count}\s*(?:件|起|宗)`,
      'g',
    ),
    cellKeys: litigationTotals,
  },
  {
    subject: '主动公开政府信息',
    pattern: new RegExp(String.raw`主动公开(?:政府)?信息[^。；;\d]{0,6}?${count}\s*(?:条|件|篇)`, 'g'),
    cellKeys: [],
  },
];

/** Sentences saying there were none: "没有产生/未发生…行政复议、行政诉讼". */
const noReviewPattern = /(?:没有|未|无)(?:产生|发生|收到)?[^。；;\d]{0,16}?行政复议[、和及与]?(?:行政诉讼)?/g;

function readCount(written: string | undefined): number | null {
  if (written === undefined) return null;
  return /^\d+$/.test(written) ? Number(written) : parseChineseNumeral(written);
}

export function extractTextFigures(text: string): TextFigure[] {
  const figures: TextFigure[] = [];
  for (const { subject, pattern, cellKeys } of figurePatterns) {
    for (const match of text.matchAll(pattern)) {
      const value = readCount(match[1]);
      if (value === null) continue;
      figures.push({ subject, quote: match[0], value, cellKeys });
    }
  }
  for (const match of text.matchAll(noReviewPattern)) {
    const mentionsLitigation = match[0].includes('行政诉讼');
    figures.push({
      subject: mentionsLitigation ? '政府信息公开行政复议和行政诉讼' : '政府信息公开行政复议',
      quote: match[0],
      value: 0,
      cellKeys: mentionsLitigation
        ? ['table4.reconsideration.total', ...litigationTotals]
        : ['table4.reconsideration.total'],
    });
  }
  return figures;
}
