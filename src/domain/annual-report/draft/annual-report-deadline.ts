import type { AgencyLevel } from '../../agencies/agency-level.ts';
import type { IsoDate } from '../../calendar/iso-date.ts';

/** Who publishes the report under Art. 49: a department of a government, or a government. */
export type ReportingBodyKind = 'department' | 'government';

const governmentNameEndings = ['人民政府', '人民政府办公室', '人民政府办公厅'];

/**
 * Whether the agency reports as a government or as a department. The agencies domain records the
 * administrative level, not the kind of body, so this reads the level where it decides (a State
 * Council department is a department) and otherwise the name (a 人民政府 and its general office
 * publish the government's report). A per-jurisdiction setting is to come (rules.md §6).
 */
export function reportingBodyKindOf(options: { level: AgencyLevel; name: string }): ReportingBodyKind {
  if (options.level === 'stateCouncilDepartment') return 'department';
  const isGovernment = governmentNameEndings.some((ending) => options.name.trim().endsWith(ending));
  return isGovernment ? 'government' : 'department';
}

/**
 * Art. 49: departments publish last year's report by 31 January, governments (through their
 * supervising office) by 31 March. Local rules are often earlier: a setting later (rules.md §6).
 */
export function annualReportDeadline(options: { year: number; kind: ReportingBodyKind }): IsoDate {
  const nextYear = options.year + 1;
  return (options.kind === 'department' ? `${nextYear}-01-31` : `${nextYear}-03-31`) as IsoDate;
}

/** Published after the deadline (the first publication counts; a correction does not make it late). */
export function isPublishedLate(options: { deadline: IsoDate; firstPublishedOn: IsoDate }): boolean {
  return options.firstPublishedOn > options.deadline;
}

/** Not published and the deadline has passed. */
export function isOverdue(options: { deadline: IsoDate; today: IsoDate }): boolean {
  return options.today > options.deadline;
}
