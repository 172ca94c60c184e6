import type { IsoDate } from '../../calendar/iso-date.ts';
import type { ApplicantType } from '../../applications/applicant/applicant-type.ts';
import type { OutcomeCode } from '../../applications/outcomes/outcome-catalogue.ts';

/** What table 三 needs of a disclosure request (rules.md §3): plain data, from any store. */
export type RequestRecord = {
  receivedOn: IsoDate;
  /** The table 三 column (the applicant type keys are the catalogue's column keys). */
  applicantType: ApplicantType;
  /** Null while the request is open. `concludedOn`: the decision, the withdrawal or the abandonment. */
  conclusion: { concludedOn: IsoDate; outcomeCode: OutcomeCode } | null;
};

/** Table 四's groups (its row keys in the field catalogue). */
export type AppealKind = 'reconsideration' | 'litigationDirect' | 'litigationAfterReconsideration';

/** Table 四's results (its column keys); an appeal without a result by 31 December is 尚未审结. */
export type AppealResult = 'upheld' | 'corrected' | 'otherResult';

/** A reconsideration or lawsuit about a disclosure decision (rules.md §4). */
export type AppealRecord = {
  kind: AppealKind;
  filedOn: IsoDate;
  /** Null while pending. `otherResult`: withdrawn, dismissed, … */
  closure: { closedOn: IsoDate; result: AppealResult } | null;
  /**
   * False for a lawsuit in which this agency is co-defendant only as the reconsideration body:
   * only the original acting agency counts it (国办公开办函〔2016〕201号).
   */
  isCountedByThisAgency: boolean;
};

/**
 * Which appeals a year's table 四 counts. `filedInYear` (default): those filed in the year, with
 * their result as of 31 December. `filedInYearOrPendingAtStart` also counts the ones filed
 * earlier and still pending on 1 January. Product decision to confirm with the supervising office.
 */
export type AppealCounting = 'filedInYear' | 'filedInYearOrPendingAtStart';
