import type { IsoDate } from '../../calendar/iso-date.ts';
import type { WorkingCalendar } from '../../calendar/working-calendar.ts';
import { computeDeadlines } from '../deadlines/compute-deadlines.ts';
import type { DeadlineReport } from '../deadlines/deadline-report.ts';
import type { DeadlineSettings } from '../deadlines/deadline-settings.ts';
import type { CaseState } from './case-state.ts';
import { toDeadlineEvents } from './to-deadline-events.ts';

/** The deadline engine's report for a case, as of `now` (injected). */
export function computeCaseDeadlines(options: {
  state: CaseState;
  calendar: WorkingCalendar;
  now: IsoDate;
  settings?: DeadlineSettings;
}): DeadlineReport {
  return computeDeadlines({
    calendar: options.calendar,
    events: toDeadlineEvents(options.state.events),
    now: options.now,
    settings: options.settings,
  });
}
