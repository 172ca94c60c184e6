import type { LetterAgency } from '../../domain/applications/letters/letter-agency.ts';
import type { AgencyRow } from '../../db/repositories/agencies.ts';
import type { LetterSettingsRow } from '../../db/repositories/letter-settings.ts';

/** An agency's settings for its formal documents (文书), as its administrator keeps them. */
export type LetterSettings = {
  /** 文号 pattern with `{年}` and `{序号}` (`formatDocumentNumber`). */
  documentNumberPattern: string;
  /** Whether the registration receipt (登记回执) carries a 文号; the other letters always do. */
  isReceiptNumbered: boolean;
  /** 行政复议机关 the remedy notice names; null for the general wording. */
  reconsiderationBody: string | null;
  /** 人民法院 the remedy notice names; null for the general wording. */
  court: string | null;
  /** How to pay the information processing fee, printed in the 收费通知书. */
  feePaymentInstructions: string;
};

function shortNameOf(agency: AgencyRow): string {
  return agency.shortName.trim() === '' ? agency.name : agency.shortName.trim();
}

function officeNameOf(agency: AgencyRow): string {
  return agency.officeName.trim() === '' ? agency.name : agency.officeName.trim();
}

/**
 * The settings of an agency that has saved none: 文号 `{简称}依申〔{年}〕{序号}号`, an unnumbered
 * receipt, the general wording of the remedy notice and payment at the disclosure office's window.
 */
export function defaultLetterSettings(agency: AgencyRow): LetterSettings {
  return {
    documentNumberPattern: `${shortNameOf(agency)}依申〔{年}〕{序号}号`,
    isReceiptNumbered: false,
    reconsiderationBody: null,
    court: null,
    feePaymentInstructions: `请持本通知书到${officeNameOf(agency)}窗口缴纳`,
  };
}

/** The settings in force: the saved row, else the defaults. */
export function letterSettingsOf(options: {
  agency: AgencyRow;
  row: LetterSettingsRow | undefined;
}): LetterSettings {
  const { row } = options;
  if (row === undefined) return defaultLetterSettings(options.agency);
  return {
    documentNumberPattern: row.documentNumberPattern,
    isReceiptNumbered: row.isReceiptNumbered,
    reconsiderationBody: row.reconsiderationBody,
    court: row.court,
    feePaymentInstructions: row.feePaymentInstructions,
  };
}

/** What a letter needs of the agency: its record's names and contacts with its letter settings. */
export function letterAgencyOf(options: { agency: AgencyRow; settings: LetterSettings }): LetterAgency {
  const { agency, settings } = options;
  return {
    name: agency.name,
    officeName: agency.officeName,
    officeAddress: agency.officeAddress,
    officePostcode: agency.officePostcode,
    officeTelephone: agency.officeTelephone,
    documentNumberPattern: settings.documentNumberPattern,
    reconsiderationBody: settings.reconsiderationBody,
    court: settings.court,
    feePaymentInstructions: settings.feePaymentInstructions,
  };
}
