import { z } from 'zod';
import { applicantTypes } from '../../domain/applications/applicant/applicant-type.ts';
import { identityDocumentKinds } from '../../domain/applications/applicant/identity-document.ts';
import { isIsoDate, type IsoDate } from '../../domain/calendar/iso-date.ts';

/** 政府信息的形式要求 (Art. 29 para 2 item 3): the form the applicant wants the information in. */
export const requestedForms = ['paper', 'electronic', 'inspection', 'other'] as const;
export type RequestedForm = (typeof requestedForms)[number];
export const requestedFormLabels: Record<RequestedForm, string> = {
  paper: '纸质文本',
  electronic: '电子数据',
  inspection: '当场查阅',
  other: '其他',
};

/** 获取信息的方式和途径 (Art. 29 para 2 item 3): how the applicant wants to receive it. */
export const deliveryPreferences = ['post', 'email', 'collectInPerson', 'fax', 'online'] as const;
export type DeliveryPreference = (typeof deliveryPreferences)[number];
export const deliveryPreferenceLabels: Record<DeliveryPreference, string> = {
  post: '邮寄',
  email: '电子邮件',
  collectInPerson: '当面领取',
  fax: '传真',
  online: '网上获取',
};

/** Staff intake channels (Art. 31); `onlineForm` is the portal's own. */
export const staffIntakeChannels = ['inPerson', 'registeredMail', 'ordinaryLetter', 'email', 'fax'] as const;

const optionalText = (maximum: number) =>
  z
    .string({ error: '应为文字' })
    .trim()
    .max(maximum, `不能超过${maximum}个字`)
    .nullish()
    .transform((value) => (value === undefined || value === null || value === '' ? null : value));

export const isoDateSchema = z
  .string({ error: '请填写日期（YYYY-MM-DD）' })
  .trim()
  .refine((text): text is IsoDate => isIsoDate(text), { error: '应为 YYYY-MM-DD 格式的真实日期' });

/** The applicant block; its rules (identity check digits, one contact at least) run in the use case. */
export const applicantInputSchema = z.object({
  applicantType: z.enum(applicantTypes, { error: '请选择申请人类型' }),
  name: z.string({ error: '请填写申请人姓名或名称' }).trim(),
  identityDocumentKind: z.enum(identityDocumentKinds, { error: '请选择身份证件类型' }),
  identityDocumentNumber: z.string({ error: '请填写身份证件号码' }).trim(),
  legalRepresentative: optionalText(100),
  contactPerson: optionalText(100),
  phone: optionalText(40),
  email: optionalText(200),
  postalAddress: optionalText(300),
  postalCode: optionalText(10),
});

/** 所需政府信息 (Art. 29 para 2 item 2): title, document number, description; items for a multi-item request. */
export const informationInputSchema = z.object({
  informationTitle: z
    .string({ error: '请填写所需政府信息的名称' })
    .trim()
    .min(1, '请填写所需政府信息的名称')
    .max(500, '名称不能超过500个字'),
  informationDocumentNumber: optionalText(200),
  informationDescription: z
    .string({ error: '请描述所需的政府信息' })
    .trim()
    .min(1, '请描述所需的政府信息（内容、形成时间、相关文件等）')
    .max(5000, '描述不能超过5000个字'),
  /** Further items of a multi-item request (one line each); the title is item 1. */
  items: z
    .array(z.string().trim().min(1, '事项不能为空').max(500, '事项不能超过500个字'))
    .max(50, '一件申请最多50个事项')
    .default([]),
  purpose: optionalText(2000),
  requestedForm: z.enum(requestedForms, { error: '请选择信息的提供形式' }),
  deliveryMethod: z.enum(deliveryPreferences, { error: '请选择获取信息的方式' }),
});

export const attachmentInputSchema = z.object({
  fileName: z
    .string({ error: '附件缺少文件名' })
    .trim()
    .min(1, '附件缺少文件名')
    .max(200, '文件名不能超过200个字'),
  mediaType: z.string({ error: '附件缺少文件类型' }).trim(),
  content: z.instanceof(Uint8Array, { error: '附件内容无效' }),
});

export const onlineRequestInputSchema = z.object({
  agencySlug: z.string({ error: '请选择受理机关' }).trim().min(1, '请选择受理机关'),
  applicant: applicantInputSchema,
  information: informationInputSchema,
  attachments: z.array(attachmentInputSchema).default([]),
  /** A random key the form carries (hidden field): a double submission of one form creates one case. */
  idempotencyKey: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{16,100}$/, '表单标识无效，请刷新页面后重新提交')
    .optional(),
});

export type OnlineRequestInput = z.input<typeof onlineRequestInputSchema>;

export const staffRegistrationInputSchema = z.object({
  agencySlug: z.string({ error: '请选择受理机关' }).trim().min(1, '请选择受理机关'),
  channel: z.enum(staffIntakeChannels, { error: '请选择收到申请的渠道' }),
  /** Oral application written down by staff (Art. 29 para 1): in person only. */
  isOral: z.boolean().default(false),
  /** Art. 31 receipt date of the channel's rule (signed for, confirmed with the applicant, …). */
  receivedOn: isoDateSchema,
  applicant: applicantInputSchema,
  information: informationInputSchema,
  /** The scan of the paper application and enclosures. */
  attachments: z.array(attachmentInputSchema).default([]),
  idempotencyKey: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{16,100}$/, '表单标识无效，请刷新页面后重新提交')
    .optional(),
});

export type StaffRegistrationInput = z.input<typeof staffRegistrationInputSchema>;
export type ValidApplicantInput = z.output<typeof applicantInputSchema>;
export type ValidInformationInput = z.output<typeof informationInputSchema>;
export type ValidAttachmentInput = z.output<typeof attachmentInputSchema>;
