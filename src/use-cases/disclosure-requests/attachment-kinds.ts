/**
 * What an attachment of a request is. The applicant's uploads and the scan of a paper application
 * come with the intake; staff add the others to the case later (Art. 45: the case keeps its papers).
 */
export const intakeAttachmentKinds = ['applicantUpload', 'paperScan'] as const;

/** Kinds staff choose when adding a file to a case after intake. */
export const addedAttachmentKinds = [
  'paperLetterScan',
  'applicantClarification',
  'consultationReply',
  'otherDocument',
] as const;

export type AddedAttachmentKind = (typeof addedAttachmentKinds)[number];
export type AttachmentKind = (typeof intakeAttachmentKinds)[number] | AddedAttachmentKind;

export const attachmentKindLabels: Record<AttachmentKind, string> = {
  applicantUpload: '申请人提交的附件',
  paperScan: '纸质申请扫描件',
  paperLetterScan: '纸质信函扫描件',
  applicantClarification: '申请人补正材料',
  consultationReply: '第三方或其他机关的意见',
  otherDocument: '其他材料',
};

/** The label of a stored kind (an unknown one shows as stored). */
export function attachmentKindLabel(kind: string): string {
  return (attachmentKindLabels as Record<string, string>)[kind] ?? kind;
}
