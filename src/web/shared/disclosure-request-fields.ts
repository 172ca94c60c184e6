import { randomBytes } from 'node:crypto';
import {
  applicantTypeLabel,
  applicantTypes,
  isApplicantType,
} from '../../domain/applications/applicant/applicant-type.ts';
import { validateApplicantDetails } from '../../domain/applications/applicant/applicant-details.ts';
import {
  identityDocumentKinds,
  identityDocumentLabels,
  type IdentityDocumentKind,
} from '../../domain/applications/applicant/identity-document.ts';
import type { IsoDate } from '../../domain/calendar/iso-date.ts';
import {
  deliveryPreferenceLabels,
  deliveryPreferences,
  informationInputSchema,
  requestedFormLabels,
  requestedForms,
  type OnlineRequestInput,
} from '../../use-cases/disclosure-requests/request-input.ts';
import { formText, formValues, type FormBody } from './form-body.ts';
import { inputField, selectField, textareaField, type FormState } from './forms.ts';
import { html, type SafeHtml } from './html.ts';

/**
 * The applicant and information blocks of a disclosure request (Art. 29 para 2), shared by the
 * portal's online form and the staff intake form: field names, labels, rendering, reading the
 * posted form into the use case's input, and mapping its problems back onto the fields.
 */
export const requestFieldNames = [
  'applicantType',
  'name',
  'identityDocumentKind',
  'identityDocumentNumber',
  'legalRepresentative',
  'contactPerson',
  'phone',
  'email',
  'postalAddress',
  'postalCode',
  'informationTitle',
  'informationDocumentNumber',
  'informationDescription',
  'items',
  'purpose',
  'requestedForm',
  'deliveryMethod',
  'idempotencyKey',
] as const;

export const requestFieldLabels: Record<string, string> = {
  applicantType: '申请人类型',
  name: '申请人姓名或名称',
  identityDocumentKind: '身份证明类型',
  identityDocumentNumber: '证件号码或统一社会信用代码',
  legalRepresentative: '法定代表人或主要负责人',
  contactPerson: '联系人',
  phone: '联系电话',
  email: '电子邮箱',
  postalAddress: '通信地址',
  postalCode: '邮政编码',
  informationTitle: '所需政府信息的名称',
  informationDocumentNumber: '文件编号（文号）',
  informationDescription: '所需政府信息的内容描述',
  items: '其他事项',
  purpose: '用途',
  requestedForm: '信息的提供形式',
  deliveryMethod: '获取信息的方式',
  attachments: '附件',
  consent: '个人信息告知',
  channel: '收到申请的渠道',
  receivedOn: '收到申请之日',
  isOral: '口头申请',
  idempotencyKey: '表单标识',
  _: '提交',
};

/** A fresh key for the hidden field: the same form posted twice creates one case. */
export function newIdempotencyKey(): string {
  return randomBytes(18).toString('base64url');
}

const applicantChoices = applicantTypes.map((type) => ({ value: type, label: applicantTypeLabel(type) }));
const documentChoices = identityDocumentKinds.map((kind) => ({
  value: kind,
  label: identityDocumentLabels[kind],
}));

/** The applicant block: type, name, identity document, contact details. */
export function applicantFieldset(state: FormState): SafeHtml {
  return html`<fieldset class="form-section">
    <legend>申请人信息</legend>
    ${selectField({ name: 'applicantType', label: requestFieldLabels.applicantType ?? '', state, choices: applicantChoices, isRequired: true, emptyLabel: '请选择' })}
    ${inputField({ name: 'name', label: requestFieldLabels.name ?? '', state, isRequired: true, maxLength: 100, autocomplete: 'name', hint: '自然人填写姓名；法人或其他组织填写名称。' })}
    ${selectField({ name: 'identityDocumentKind', label: requestFieldLabels.identityDocumentKind ?? '', state, choices: documentChoices, isRequired: true, emptyLabel: '请选择', hint: '自然人选择居民身份证等个人证件；法人或其他组织选择统一社会信用代码。' })}
    ${inputField({ name: 'identityDocumentNumber', label: requestFieldLabels.identityDocumentNumber ?? '', state, isRequired: true, maxLength: 40, autocomplete: 'off' })}
    ${inputField({ name: 'legalRepresentative', label: requestFieldLabels.legalRepresentative ?? '', state, maxLength: 100, hint: '法人或其他组织填写（选填）。' })}
    ${inputField({ name: 'contactPerson', label: requestFieldLabels.contactPerson ?? '', state, maxLength: 100, hint: '法人或其他组织填写（选填）。' })}
    <p class="field__hint">联系电话、电子邮箱、通信地址至少填写一项，以便我们与您联系并送达答复。</p>
    ${inputField({ name: 'phone', label: requestFieldLabels.phone ?? '', state, type: 'tel', inputMode: 'tel', autocomplete: 'tel', maxLength: 40 })}
    ${inputField({ name: 'email', label: requestFieldLabels.email ?? '', state, type: 'email', autocomplete: 'email', maxLength: 200 })}
    ${inputField({ name: 'postalAddress', label: requestFieldLabels.postalAddress ?? '', state, autocomplete: 'street-address', maxLength: 300 })}
    ${inputField({ name: 'postalCode', label: requestFieldLabels.postalCode ?? '', state, inputMode: 'numeric', autocomplete: 'postal-code', maxLength: 10 })}
  </fieldset>`;
}

const formChoices = requestedForms.map((form) => ({ value: form, label: requestedFormLabels[form] }));
const deliveryChoices = deliveryPreferences.map((method) => ({
  value: method,
  label: deliveryPreferenceLabels[method],
}));

/** The information block: what is wanted, why (optional), in which form and how to receive it. */
export function informationFieldset(state: FormState): SafeHtml {
  return html`<fieldset class="form-section">
    <legend>所需政府信息</legend>
    ${inputField({ name: 'informationTitle', label: requestFieldLabels.informationTitle ?? '', state, isRequired: true, maxLength: 500 })}
    ${inputField({ name: 'informationDocumentNumber', label: requestFieldLabels.informationDocumentNumber ?? '', state, maxLength: 200, hint: '知道文号的请填写，例如“示商〔2024〕12号”（选填）。' })}
    ${textareaField({ name: 'informationDescription', label: requestFieldLabels.informationDescription ?? '', state, isRequired: true, rows: 5, maxLength: 5000, hint: '请尽量写明信息的内容、形成时间、制作机关等，便于我们准确检索。' })}
    ${textareaField({ name: 'items', label: requestFieldLabels.items ?? '', state, rows: 3, hint: '一次申请多项信息的，每行填写一项（选填）。' })}
    ${textareaField({ name: 'purpose', label: requestFieldLabels.purpose ?? '', state, rows: 2, maxLength: 2000, hint: '选填。' })}
    ${selectField({ name: 'requestedForm', label: requestFieldLabels.requestedForm ?? '', state, choices: formChoices, isRequired: true, emptyLabel: '请选择' })}
    ${selectField({ name: 'deliveryMethod', label: requestFieldLabels.deliveryMethod ?? '', state, choices: deliveryChoices, isRequired: true, emptyLabel: '请选择' })}
  </fieldset>`;
}

/** The posted text fields of the request form, to re-render it with everything typed. */
export function requestFormValues(
  body: FormBody,
  extraNames: readonly string[] = [],
): Record<string, string> {
  return formValues(body, [...requestFieldNames, ...extraNames]);
}

const nullable = (text: string | undefined): string | null => {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

/** The applicant and information blocks as the use cases take them (they validate everything). */
export function requestInputOf(
  values: Record<string, string>,
): Pick<OnlineRequestInput, 'applicant' | 'information'> & { idempotencyKey?: string } {
  const items = (values.items ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const key = values.idempotencyKey?.trim() ?? '';
  return {
    applicant: {
      applicantType: values.applicantType as OnlineRequestInput['applicant']['applicantType'],
      name: values.name ?? '',
      identityDocumentKind: values.identityDocumentKind as IdentityDocumentKind,
      identityDocumentNumber: values.identityDocumentNumber ?? '',
      legalRepresentative: nullable(values.legalRepresentative),
      contactPerson: nullable(values.contactPerson),
      phone: nullable(values.phone),
      email: nullable(values.email),
      postalAddress: nullable(values.postalAddress),
      postalCode: nullable(values.postalCode),
    },
    information: {
      informationTitle: values.informationTitle ?? '',
      informationDocumentNumber: nullable(values.informationDocumentNumber),
      informationDescription: values.informationDescription ?? '',
      items,
      purpose: nullable(values.purpose),
      requestedForm: values.requestedForm as OnlineRequestInput['information']['requestedForm'],
      deliveryMethod: values.deliveryMethod as OnlineRequestInput['information']['deliveryMethod'],
    },
    ...(key === '' ? {} : { idempotencyKey: key }),
  };
}

/** The form field a use-case problem belongs to (`applicant.name` → `name`, `information.items.2` → `items`). */
export function requestFieldOf(path: string): string {
  const parts = path.split('.');
  if ((parts[0] === 'applicant' || parts[0] === 'information') && parts[1]) return parts[1];
  if (parts[0] === 'attachments') return 'attachments';
  return parts[0] ?? '_';
}

export function requestFieldErrors(fieldErrors: Record<string, string>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [path, message] of Object.entries(fieldErrors)) result[requestFieldOf(path)] ??= message;
  return result;
}

/**
 * Every problem of the applicant and information blocks at once, before the use case runs (it
 * stops at the first block that fails its schema): the domain's Art. 29 checks and the schema.
 */
export function findRequestFormProblems(options: {
  values: Record<string, string>;
  today: IsoDate;
}): Record<string, string> {
  const { values } = options;
  const problems: Record<string, string> = {};
  const input = requestInputOf(values);
  const applicantType = values.applicantType ?? '';
  if (!isApplicantType(applicantType)) problems.applicantType = '请选择申请人类型';
  const kind = values.identityDocumentKind ?? '';
  if (!(identityDocumentKinds as readonly string[]).includes(kind)) {
    problems.identityDocumentKind = '请选择身份证明类型';
  }
  if (isApplicantType(applicantType)) {
    const validation = validateApplicantDetails({
      applicant: {
        applicantType,
        name: input.applicant.name,
        identityDocument: {
          kind: (problems.identityDocumentKind ? 'residentIdentityCard' : kind) as IdentityDocumentKind,
          number: input.applicant.identityDocumentNumber,
        },
        legalRepresentative: input.applicant.legalRepresentative ?? null,
        contactPerson: input.applicant.contactPerson ?? null,
        phone: input.applicant.phone ?? null,
        email: input.applicant.email ?? null,
        postalAddress: input.applicant.postalAddress ?? null,
        postalCode: input.applicant.postalCode ?? null,
      },
      today: options.today,
    });
    if (!validation.isValid) {
      for (const problem of validation.problems) {
        const field = problem.field === 'identityDocument' ? 'identityDocumentNumber' : problem.field;
        if (field === 'identityDocumentNumber' && problems.identityDocumentKind) continue;
        problems[field] ??= problem.message;
      }
    }
  }
  const information = informationInputSchema.safeParse(input.information);
  if (!information.success) {
    for (const issue of information.error.issues) {
      const field = String(issue.path[0] ?? '_');
      problems[field] ??= issue.message;
    }
  }
  return problems;
}

/** Reads one text field, trimmed. */
export function trimmedText(body: FormBody, name: string): string {
  return formText(body, name).trim();
}
