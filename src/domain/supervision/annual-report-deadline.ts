import type { AgencyLevel } from '../agencies/agency-level.ts';
import type { IsoDate } from '../calendar/iso-date.ts';

/**
 * Whose annual report it is, for its deadline (Art. 49): a department's own report, or the report
 * of a people's government (published by the government's disclosure office).
 */
export type ReportingBodyKind = 'department' | 'government';

export const reportingBodyKindLabels: Record<ReportingBodyKind, string> = {
  department: '部门',
  government: '人民政府',
};

/**
 * The publication deadlines as month-day (rules.md §6). Local rules are often earlier: a setting per
 * jurisdiction, with the statutory defaults.
 */
export type AnnualReportDeadlineSettings = { departmentMonthDay: string; governmentMonthDay: string };

/**
 * Art. 49: departments publish by 31 January, governments (through their disclosure office) by
 * 31 March, of the year after the report year.
 */
export const statutoryAnnualReportDeadlines: AnnualReportDeadlineSettings = {
  departmentMonthDay: '01-31',
  governmentMonthDay: '03-31',
};

/**
 * A 国务院部门 is a department. At the other levels the agency table does not say whether an agency
 * is a government or one of its departments, so the name decides (product decision): a people's
 * government, its general office (which publishes the government's report), and a 乡镇 or
 * 街道 at the township level are governments; every other agency is a department.
 */
export function reportingBodyKindOf(agency: { level: AgencyLevel; name: string }): ReportingBodyKind {
  if (agency.level === 'stateCouncilDepartment') return 'department';
  const name = agency.name.trim();
  if (/人民政府(办公室|办公厅)?$/.test(name)) return 'government';
  if (agency.level === 'township' && /(乡|镇|街道办事处|街道)$/.test(name)) return 'government';
  return 'department';
}

/** The last day to publish the report of `year` (Art. 49). */
export function annualReportDeadline(options: {
  year: number;
  kind: ReportingBodyKind;
  settings?: AnnualReportDeadlineSettings;
}): IsoDate {
  const settings = options.settings ?? statutoryAnnualReportDeadlines;
  const monthDay = options.kind === 'government' ? settings.governmentMonthDay : settings.departmentMonthDay;
  return `${options.year + 1}-${monthDay}` as IsoDate;
}
