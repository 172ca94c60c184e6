import { z } from 'zod';
import type { IsoDate } from '../../domain/calendar/iso-date.ts';
import { formatChineseDate } from '../../domain/calendar/iso-date.ts';
import type { AppealCaseRow } from '../../db/repositories/appeal-cases.ts';
import { ValidationError } from '../errors.ts';
import { isoDateSchema } from '../disclosure-requests/request-input.ts';

/** Table 四's groups (rules.md §4). */
export const appealKinds = ['reconsideration', 'litigationDirect', 'litigationAfterReconsideration'] as const;
export type AppealCaseKind = (typeof appealKinds)[number];
export const appealKindLabels: Record<AppealCaseKind, string> = {
  reconsideration: '行政复议',
  litigationDirect: '行政诉讼（未经复议直接起诉）',
  litigationAfterReconsideration: '行政诉讼（复议后起诉）',
};

/** Table 四's results; `pending` is 尚未审结 (no closing date). */
export const appealResults = ['upheld', 'corrected', 'otherResult', 'pending'] as const;
export type AppealCaseResult = (typeof appealResults)[number];
export const appealResultLabels: Record<AppealCaseResult, string> = {
  upheld: '结果维持',
  corrected: '结果纠正',
  otherResult: '其他结果',
  pending: '尚未审结',
};

export const appealOutcomeSchema = z.object({
  result: z.enum(appealResults, { error: '请选择审理结果' }).default('pending'),
  closedOn: isoDateSchema.nullish(),
});

export const recordAppealCaseInputSchema = appealOutcomeSchema.extend({
  requestId: z.uuid({ error: '请选择所涉申请' }),
  kind: z.enum(appealKinds, { error: '请选择案件类型' }),
  reference: z.string().trim().max(100, '案号不能超过100个字').default(''),
  filedOn: isoDateSchema,
  /** False when the agency is only co-defendant as the reconsideration body (国办公开办函〔2016〕201号). */
  isCountedByThisAgency: z.boolean().default(true),
});

export type RecordAppealCaseInput = z.input<typeof recordAppealCaseInputSchema>;

export const updateAppealCaseInputSchema = appealOutcomeSchema.extend({
  appealCaseId: z.uuid({ error: '案件无效' }),
  expectedVersion: z.number({ error: '缺少表单版本号，请刷新页面后重试' }).int().min(1),
});

export type UpdateAppealCaseInput = z.input<typeof updateAppealCaseInputSchema>;

/** A pending case has no closing date; a decided one has one, not before filing nor after today. */
export function checkAppealDates(options: {
  result: AppealCaseResult;
  closedOn: IsoDate | null;
  filedOn: IsoDate;
  today: IsoDate;
}): { result: AppealCaseResult; closedOn: IsoDate | null } {
  const { result, closedOn, filedOn, today } = options;
  if (filedOn > today)
    throw new ValidationError('立案（申请）日期不能晚于今天', { filedOn: '日期不能晚于今天' });
  if (result === 'pending') {
    if (closedOn)
      throw new ValidationError('尚未审结的案件不能填写审结日期', {
        closedOn: '尚未审结的案件不能填写审结日期',
      });
    return { result, closedOn: null };
  }
  if (!closedOn) throw new ValidationError('请填写审结日期', { closedOn: '请填写审结日期' });
  if (closedOn < filedOn) {
    throw new ValidationError(`审结日期不能早于立案日期${formatChineseDate(filedOn)}`, {
      closedOn: '审结日期不能早于立案日期',
    });
  }
  if (closedOn > today)
    throw new ValidationError('审结日期不能晚于今天', { closedOn: '审结日期不能晚于今天' });
  return { result, closedOn };
}

export type AppealCaseView = {
  appealCaseId: string;
  agencyId: string;
  requestId: string;
  kind: AppealCaseKind;
  kindLabel: string;
  reference: string;
  filedOn: IsoDate;
  result: AppealCaseResult;
  resultLabel: string;
  closedOn: IsoDate | null;
  isCountedByThisAgency: boolean;
  version: number;
};

export function appealCaseViewOf(row: AppealCaseRow): AppealCaseView {
  const kind = row.kind as AppealCaseKind;
  const result = (row.result ?? 'pending') as AppealCaseResult;
  return {
    appealCaseId: row.id,
    agencyId: row.agencyId,
    requestId: row.requestId,
    kind,
    kindLabel: appealKindLabels[kind],
    reference: row.reference,
    filedOn: row.filedOn as IsoDate,
    result,
    resultLabel: appealResultLabels[result],
    closedOn: row.closedOn as IsoDate | null,
    isCountedByThisAgency: row.isCountedByThisAgency,
    version: row.version,
  };
}
