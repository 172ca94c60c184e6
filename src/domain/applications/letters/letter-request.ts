/**
 * What a letter needs of the request besides its lifecycle state: the case number, the applicant's
 * name (the addressee) and the information asked for, as the applicant described it (Art. 29).
 */
export type LetterRequest = {
  caseNumber: string;
  /** 姓名 or 名称. */
  applicantName: string;
  /** 申请公开的政府信息: title, document number or description. */
  requestedInformation: string;
};
