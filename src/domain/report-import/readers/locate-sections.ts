import { sectionDefinitions, type SectionDefinition } from '../../annual-report/section-catalogue.ts';
import { labelKey } from '../label-key.ts';
import { isBoilerplateLine } from '../normalise/drop-boilerplate.ts';

export type SectionHeading = { definition: SectionDefinition; title: string; lineIndex: number };

const headingPattern = /^\s*[（(]?([一二三四五六])\s*[、.，,)）:：]?\s*(.{2,40}?)\s*[：:。]?\s*$/;

const titleKeys = sectionDefinitions.map((definition) => ({
  definition,
  keys: new Map([definition.title, ...definition.alternativeTitles].map((title) => [labelKey(title), title])),
}));

/** Whether a line is the heading of one of the six sections (by its numeral and a known title). */
export function matchSectionHeading(line: string): { definition: SectionDefinition; title: string } | null {
  if (line.includes('|') || line.length > 50) return null;
  const match = headingPattern.exec(line);
  if (!match) return null;
  const [, numeral, rawTitle] = match;
  const key = labelKey(rawTitle ?? '');
  for (const { definition, keys } of titleKeys) {
    const title = keys.get(key);
    if (title !== undefined && definition.numeral === numeral) return { definition, title };
  }
  return null;
}

/**
 * The section headings of a report, each the first match after the previous one; a heading out
 * of order is still found (check 10 reports the order).
 */
export function locateSectionHeadings(lines: readonly string[]): SectionHeading[] {
  const headings: SectionHeading[] = [];
  const found = new Set<string>();
  lines.forEach((line, lineIndex) => {
    const match = matchSectionHeading(line);
    if (!match || found.has(match.definition.key)) return;
    found.add(match.definition.key);
    headings.push({ definition: match.definition, title: match.title, lineIndex });
  });
  return headings;
}

const titlePattern =
  /^(.*?)(\d{4})\s*年(?:度)?(?:政府)?信息公开(?:工作)?(?:年度)?报告(?:[（(][^）)]*[）)])?$/;

/** The report's title line (the one nearest before section 一), with the agency name and year it states. */
export function findTitle(
  lines: readonly string[],
): { lineIndex: number; title: string; agencyName: string | null; year: number } | null {
  // The title nearest before section 一: a page may mention other reports above it.
  for (let lineIndex = lines.length - 1; lineIndex >= 0; lineIndex -= 1) {
    const line = (lines[lineIndex] ?? '').trim();
    if (line.length > 80 || line.includes('|') || isBoilerplateLine(line)) continue;
    const match = titlePattern.exec(line.replace(/\s+/g, ''));
    if (!match) continue;
    const agencyName = (match[1] ?? '').replace(/^[《“"]/, '').trim();
    return {
      lineIndex,
      title: line.replace(/\s+/g, ''),
      agencyName: agencyName === '' ? null : agencyName,
      year: Number(match[2]),
    };
  }
  return null;
}

/** A year stated in the text when the title has none (`统计期限为2024年1月1日至…`, `2024年，我局…`). */
export function findYearInText(text: string): number | null {
  const period = /(\d{4})\s*年\s*1\s*月\s*1\s*日\s*(?:起)?至/.exec(text);
  if (period) return Number(period[1]);
  const first = /(20\d{2})\s*年/.exec(text);
  return first ? Number(first[1]) : null;
}
