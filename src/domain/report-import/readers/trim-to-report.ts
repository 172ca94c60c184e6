import { isBoilerplateLine } from '../normalise/drop-boilerplate.ts';
import type { DocumentBlock } from './document-blocks.ts';
import { findTitle, locateSectionHeadings } from './locate-sections.ts';

export function lineOf(block: DocumentBlock | undefined): string | null {
  return block?.kind === 'line' ? block.text : null;
}

/** Drops the page around the report: before its title (or first heading), after its end. */
export function trimToReport(blocks: readonly DocumentBlock[]): { blocks: DocumentBlock[]; dropped: number } {
  const lines = blocks.map((block) => lineOf(block) ?? '');
  const headings = locateSectionHeadings(lines);
  const firstHeading = headings[0]?.lineIndex ?? 0;
  const title = findTitle(lines.slice(0, headings.length > 0 ? firstHeading : lines.length));
  let start = title?.lineIndex ?? firstHeading;
  if (!title) {
    // Keep an introduction just before section 一 (统计期限…, 本报告…).
    while (start > 0 && /本报告|年度报告|统计期限|政府信息公开条例/.test(lines[start - 1] ?? '')) start -= 1;
  }
  const lastHeading = headings[headings.length - 1]?.lineIndex ?? start;
  let end = blocks.length;
  for (let index = lastHeading + 1; index < blocks.length; index += 1) {
    if (isBoilerplateLine(lines[index] ?? '')) {
      end = index;
      break;
    }
  }
  const kept = blocks
    .slice(start, end)
    .filter((block) => block.kind === 'grid' || !isBoilerplateLine(block.text));
  const droppedCount =
    blocks.filter((block) => block.kind === 'line' && block.text.trim() !== '').length -
    kept.filter((block) => block.kind === 'line' && block.text.trim() !== '').length;
  return { blocks: kept, dropped: droppedCount };
}
