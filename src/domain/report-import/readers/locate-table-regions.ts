import type { SectionKey } from '../../annual-report/section-catalogue.ts';
import { gridTokens, type DocumentBlock } from './document-blocks.ts';
import type { SectionHeading } from './locate-sections.ts';
import { matchLabels, type TableLabelIndex } from './table-label-index.ts';

/** Whether a line (or a `|` row) holds one of a table's labels. */
export function hasTableLabel(index: TableLabelIndex, text: string): boolean {
  return text.split(/[|\t]/).some((cell) => {
    const trimmed = cell.trim();
    return trimmed !== '' && matchLabels(index, trimmed.replace(/\s+/g, '')) !== null;
  });
}

export type Region = { start: number; end: number };

/** Each section runs from the line after its heading to the next heading. */
export function sectionRegions(headings: readonly SectionHeading[], length: number): Map<SectionKey, Region> {
  const sorted = [...headings].sort((left, right) => left.lineIndex - right.lineIndex);
  const regions = new Map<SectionKey, Region>();
  sorted.forEach((heading, position) => {
    regions.set(heading.definition.key, {
      start: heading.lineIndex + 1,
      end: sorted[position + 1]?.lineIndex ?? length,
    });
  });
  return regions;
}

/** Where a table is when its section heading is missing: from its first label to the next heading. */
export function regionByLabels(options: {
  blocks: readonly DocumentBlock[];
  index: TableLabelIndex;
  headings: readonly SectionHeading[];
}): Region | null {
  const start = options.blocks.findIndex((block) =>
    block.kind === 'grid'
      ? gridTokens(block.grid).some((text) => hasTableLabel(options.index, text))
      : hasTableLabel(options.index, block.text),
  );
  if (start < 0) return null;
  const nextHeading = options.headings
    .map((heading) => heading.lineIndex)
    .filter((lineIndex) => lineIndex > start);
  return { start, end: nextHeading.length > 0 ? Math.min(...nextHeading) : options.blocks.length };
}
