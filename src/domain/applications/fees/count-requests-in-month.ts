import type { IsoDate } from '../../calendar/iso-date.ts';

/** One of the same applicant's requests, as the per-request fee counts them. */
export type ApplicantRequestReceipt = { caseNumber: string; receivedOn: IsoDate };

/**
 * The ordinal of a request among the same applicant's requests of its calendar month (按件计收
 * counts per applicant per natural month), ordered by receipt date, then case number. The
 * caller passes all requests of the same identity; the request itself must be among them.
 */
export function requestNumberInMonth(options: {
  requests: readonly ApplicantRequestReceipt[];
  caseNumber: string;
}): number {
  const own = options.requests.find((request) => request.caseNumber === options.caseNumber);
  if (own === undefined) throw new Error(`request ${options.caseNumber} not among the applicant's requests`);
  const month = own.receivedOn.slice(0, 7);
  const sameMonth = options.requests
    .filter((request) => request.receivedOn.slice(0, 7) === month)
    .sort((left, right) =>
      left.receivedOn === right.receivedOn
        ? left.caseNumber.localeCompare(right.caseNumber)
        : left.receivedOn < right.receivedOn
          ? -1
          : 1,
    );
  return sameMonth.findIndex((request) => request.caseNumber === options.caseNumber) + 1;
}
