import { CalendarYearMissingError } from '../../domain/calendar/calendar-year-missing-error.ts';
import type { IsoDate } from '../../domain/calendar/iso-date.ts';
import type { WorkingCalendar } from '../../domain/calendar/working-calendar.ts';
import {
  disclosureMethodLabels,
  validityLabels,
  type CatalogueEntry,
  type DisclosureMethod,
  type Validity,
} from '../../domain/publications/catalogue-entry.ts';
import {
  assessPublicationTimeliness,
  type PublicationTimeliness,
} from '../../domain/publications/publication-deadline.ts';
import {
  publicationStatusLabels,
  type PublicationStatus,
} from '../../domain/publications/publication-status.ts';
import {
  scanPersonalInformation,
  type PersonalInformationFinding,
} from '../../domain/publications/personal-information-scan.ts';
import { statutoryItemLabel, type StatutoryItem } from '../../domain/publications/statutory-items.ts';
import { isPastValidUntil, type ValidityRecord } from '../../domain/publications/validity.ts';
import type { PublicationItemRow } from '../../db/repositories/publications.ts';

/** A catalogue item as the pages show it: the catalogue entry (Art. 12) with its labels and state. */
export type PublicationItemView = Omit<CatalogueEntry, 'keywords'> & {
  itemId: string;
  agencyId: string;
  status: PublicationStatus;
  statusLabel: string;
  statutoryItemLabel: string;
  disclosureMethodLabel: string;
  validityLabel: string;
  /** An effective document past its 有效期: it should be marked 失效. */
  isPastValidUntil: boolean;
  keywords: string[];
  contributorId: string;
  personalInformationJustification: string | null;
  publishedAt: Date | null;
  publishedOn: IsoDate | null;
  withdrawnAt: Date | null;
  withdrawalReason: string | null;
  version: number;
  updatedAt: Date;
  /** Art. 26: due date and whether published (or still unpublished) late; null when not computable. */
  timeliness: PublicationTimeliness | null;
  /** Why the timeliness could not be computed (a year missing from the working calendar). */
  timelinessProblem: string | null;
};

export function validityRecordOf(row: PublicationItemRow): ValidityRecord {
  return {
    validity: row.validity as Validity,
    effectiveOn: row.effectiveOn as IsoDate | null,
    validUntil: row.validUntil as IsoDate | null,
    validityEndedOn: row.validityEndedOn as IsoDate | null,
    repealingDocument: row.repealingDocument,
  };
}

/** The texts the personal-information scan reads, by field name. */
export function scannedTextsOf(
  row: Pick<PublicationItemRow, 'title' | 'summary' | 'body'>,
): Record<string, string> {
  return { title: row.title, summary: row.summary, body: row.body };
}

export function findingsOf(
  row: Pick<PublicationItemRow, 'title' | 'summary' | 'body'>,
): PersonalInformationFinding[] {
  return scanPersonalInformation(scannedTextsOf(row));
}

function timelinessOf(options: {
  row: PublicationItemRow;
  calendar: WorkingCalendar;
  today: IsoDate;
}): Pick<PublicationItemView, 'timeliness' | 'timelinessProblem'> {
  const { row, calendar, today } = options;
  // A withdrawn item was published once: its timeliness is that of its publication.
  try {
    return {
      timeliness: assessPublicationTimeliness({
        calendar,
        formedOrChangedOn: row.formedOrChangedOn as IsoDate,
        publishedOn: row.publishedOn as IsoDate | null,
        now: today,
      }),
      timelinessProblem: null,
    };
  } catch (error) {
    if (error instanceof CalendarYearMissingError)
      return { timeliness: null, timelinessProblem: error.message };
    throw error;
  }
}

export function publicationItemViewOf(options: {
  row: PublicationItemRow;
  calendar: WorkingCalendar;
  today: IsoDate;
}): PublicationItemView {
  const { row, today } = options;
  const status = row.status as PublicationStatus;
  const statutoryItem = row.statutoryItem as StatutoryItem;
  const disclosureMethod = row.disclosureMethod as DisclosureMethod;
  const validity = validityRecordOf(row);
  return {
    itemId: row.id,
    agencyId: row.agencyId,
    status,
    statusLabel: publicationStatusLabels[status],
    indexNumber: row.indexNumber,
    title: row.title,
    summary: row.summary,
    body: row.body,
    writtenOn: row.writtenOn as IsoDate | null,
    formedOrChangedOn: row.formedOrChangedOn as IsoDate,
    publishingOrganisation: row.publishingOrganisation,
    documentNumber: row.documentNumber,
    topicCategory: row.topicCategory,
    genre: row.genre,
    statutoryItem,
    statutoryItemLabel: statutoryItemLabel(statutoryItem),
    disclosureMethod,
    disclosureMethodLabel: disclosureMethodLabels[disclosureMethod],
    isNormativeDocument: row.isNormativeDocument,
    ...validity,
    validityLabel: validityLabels[validity.validity],
    isPastValidUntil: isPastValidUntil({ record: validity, today }),
    keywords: row.keywords,
    contributorId: row.contributorId,
    personalInformationJustification: row.personalInformationJustification,
    publishedAt: row.publishedAt,
    publishedOn: row.publishedOn as IsoDate | null,
    withdrawnAt: row.withdrawnAt,
    withdrawalReason: row.withdrawalReason,
    version: row.version,
    updatedAt: row.updatedAt,
    ...timelinessOf(options),
  };
}

/** Published late, or unpublished past the Art. 26 due date (withdrawn items excepted). */
export function isLate(view: PublicationItemView): boolean {
  if (view.status === 'withdrawn' || view.timeliness === null) return false;
  return view.timeliness.status === 'publishedLate' || view.timeliness.status === 'overdue';
}
