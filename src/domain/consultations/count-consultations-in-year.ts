import { yearOf, type IsoDate } from '../calendar/iso-date.ts';

/** What the year's count needs of a consultation. */
export type CountedConsultation = { opensOn: IsoDate; openedAt: Date | null };

/**
 * The consultations of a year for section 一 of the annual report (Art. 50; report-format.md
 * §一（一）主动公开): those published for comment (opened) whose period began in the year. A draft
 * never opened is not counted; one withdrawn after it opened was still put to the public.
 */
export function countConsultationsInYear(options: {
  consultations: readonly CountedConsultation[];
  year: number;
}): number {
  return options.consultations.filter(
    (consultation) => consultation.openedAt !== null && yearOf(consultation.opensOn) === options.year,
  ).length;
}

/** The sentence for section 一, e.g. 全年公开征求意见3次，收到意见27条。 */
export function consultationYearSentence(options: {
  consultationCount: number;
  commentCount: number;
}): string {
  return `全年公开征求意见${options.consultationCount}次，收到意见${options.commentCount}条。`;
}
