import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { isTraditionalScript } from '../normalise/convert-traditional.ts';
import { normalisePiece } from '../normalise/normalise-text.ts';
import { removePinyinReadings } from '../normalise/remove-pinyin.ts';
import type { ReportImportResult } from '../report-import-result.ts';
import type { DocumentBlock } from './document-blocks.ts';
import { expandTableGrid, type SpannedCell } from './expand-table-grid.ts';
import { readReportDocument } from './read-report-document.ts';

type RawBlock = { kind: 'line'; text: string } | { kind: 'table'; rows: SpannedCell[][] };

const skipped = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'select',
  'button',
  'iframe',
  'svg',
]);
const blockElements = new Set([
  'p',
  'div',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'section',
  'article',
  'header',
  'footer',
  'tr',
  'table',
  'blockquote',
  'pre',
  'hr',
  'dd',
  'dt',
  'dl',
  'center',
  'form',
  'nav',
  'main',
  'aside',
  'title',
]);

function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

function textOf(node: AnyNode): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  if (!isElement(node) || skipped.has(node.name)) return '';
  const inner = node.children.map(textOf).join('');
  return blockElements.has(node.name) ? ` ${inner} ` : inner;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function spanAttribute(element: Element, name: string): number {
  return Number.parseInt(element.attribs[name] ?? '1', 10);
}

function rowsOf(table: Element): SpannedCell[][] {
  const rows: SpannedCell[][] = [];
  const visit = (node: AnyNode): void => {
    if (!isElement(node)) return;
    if (node.name === 'table' && node !== table) return;
    if (node.name === 'tr') {
      const cells = node.children
        .filter((child): child is Element => isElement(child) && (child.name === 'td' || child.name === 'th'))
        .map((cell) => ({
          text: collapse(textOf(cell)),
          columnSpan: spanAttribute(cell, 'colspan'),
          rowSpan: spanAttribute(cell, 'rowspan'),
        }));
      rows.push(cells);
      return;
    }
    node.children.forEach(visit);
  };
  table.children.forEach(visit);
  return rows;
}

function containsTable(element: Element): boolean {
  return element.children.some(
    (child) => isElement(child) && (child.name === 'table' || containsTable(child)),
  );
}

/** The lines and tables of a page in document order; a layout table holding tables is walked through. */
function collectBlocks(root: AnyNode): RawBlock[] {
  const blocks: RawBlock[] = [];
  let line = '';
  const flush = (): void => {
    const text = collapse(line);
    if (text !== '') blocks.push({ kind: 'line', text });
    line = '';
  };
  const visit = (node: AnyNode): void => {
    if (node.type === 'text') {
      line += (node as unknown as { data: string }).data;
      return;
    }
    if (!isElement(node) || skipped.has(node.name)) return;
    if (node.name === 'table' && !containsTable(node)) {
      flush();
      blocks.push({ kind: 'table', rows: rowsOf(node) });
      return;
    }
    const isBlock = blockElements.has(node.name) || node.name === 'td' || node.name === 'th';
    if (isBlock) flush();
    node.children.forEach(visit);
    if (isBlock) flush();
  };
  visit(root);
  flush();
  return blocks;
}

/** Reads a report published as an HTML page (tables with row and column spans). */
export function readHtmlReport(html: string): ReportImportResult {
  const $ = cheerio.load(html);
  const body = $('body').get(0) ?? $.root().get(0);
  const raw = body ? collectBlocks(body) : [];
  const allText = raw
    .map((block) =>
      block.kind === 'line'
        ? block.text
        : block.rows
            .flat()
            .map((cell) => cell.text)
            .join(' '),
    )
    .join('\n');
  const withoutPinyin = removePinyinReadings(allText);
  const isTraditional = isTraditionalScript(withoutPinyin);
  const normalise = (text: string): string => normalisePiece({ text, isTraditional });
  const blocks: DocumentBlock[] = raw.map((block) =>
    block.kind === 'line'
      ? { kind: 'line', text: normalise(block.text) }
      : {
          kind: 'grid',
          grid: expandTableGrid(
            block.rows.map((row) => row.map((cell) => ({ ...cell, text: normalise(cell.text) }))),
          ),
        },
  );
  return readReportDocument({
    blocks,
    notes: { wasTraditional: isTraditional, hadPinyin: withoutPinyin !== allText },
  });
}
