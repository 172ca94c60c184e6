import {
  annualReportDeadline,
  reportingBodyKindOf,
} from '../../domain/annual-report/draft/annual-report-deadline.ts';
import { isAgencyLevel } from '../../domain/agencies/agency-level.ts';
import type { IsoDate } from '../../domain/calendar/iso-date.ts';
import type { AgencyRow } from '../../db/repositories/agencies.ts';

/** The Art. 49 deadline of the agency's report for `year` (a department unless it reports as a government). */
export function annualReportDeadlineOf(options: { agency: AgencyRow; year: number }): IsoDate {
  const { agency } = options;
  const kind = isAgencyLevel(agency.level)
    ? reportingBodyKindOf({ level: agency.level, name: agency.name })
    : 'department';
  return annualReportDeadline({ year: options.year, kind });
}
