import type { IsoDate } from '../calendar/iso-date.ts';
import type { Validity } from './catalogue-entry.ts';

/**
 * 有效性 of a catalogue item, chiefly of 规范性文件 (rules.md §5): effective from `effectiveOn`,
 * possibly until `validUntil` (有效期), then 失效 or 废止 on `validityEndedOn`; a repeal names the
 * repealing document. Repealed is final; an expired document can still be repealed.
 */
export type ValidityRecord = {
  validity: Validity;
  effectiveOn: IsoDate | null;
  validUntil: IsoDate | null;
  validityEndedOn: IsoDate | null;
  repealingDocument: string;
};

export type ValidityCheck =
  | { isValid: true; record: ValidityRecord }
  | { isValid: false; message: string; fieldErrors: Record<string, string> };

function invalid(field: string, message: string): ValidityCheck {
  return { isValid: false, message, fieldErrors: { [field]: message } };
}

/** Checks a validity record (new, or replacing `previous`); `today` is the Asia/Shanghai date. */
export function checkValidity(options: {
  record: ValidityRecord;
  previous: ValidityRecord | null;
  today: IsoDate;
}): ValidityCheck {
  const { record, previous, today } = options;
  const repealingDocument = record.repealingDocument.trim();
  if (record.validUntil !== null && record.effectiveOn !== null && record.validUntil < record.effectiveOn) {
    return invalid('validUntil', '有效期截止日期不能早于施行日期');
  }
  if (previous !== null && previous.validity !== record.validity) {
    if (previous.validity === 'repealed') return invalid('validity', '已废止的文件不能再变更有效性');
    if (previous.validity === 'expired' && record.validity === 'effective') {
      return invalid('validity', '已失效的文件不能恢复为有效；重新施行的文件请作为新条目发布');
    }
  }
  if (record.validity === 'effective') {
    if (record.validityEndedOn !== null) return invalid('validityEndedOn', '有效的文件不填写失效或废止日期');
    if (repealingDocument !== '') return invalid('repealingDocument', '有效的文件不填写废止依据');
    return { isValid: true, record: { ...record, repealingDocument } };
  }
  const endLabel = record.validity === 'repealed' ? '废止日期' : '失效日期';
  if (record.validityEndedOn === null) return invalid('validityEndedOn', `请填写${endLabel}`);
  if (record.validityEndedOn > today) return invalid('validityEndedOn', `${endLabel}不能晚于今天`);
  if (record.effectiveOn !== null && record.validityEndedOn < record.effectiveOn) {
    return invalid('validityEndedOn', `${endLabel}不能早于施行日期`);
  }
  if (record.validity === 'repealed' && repealingDocument === '') {
    return invalid('repealingDocument', '请填写废止该文件的文件名称或文号');
  }
  if (repealingDocument.length > 200) return invalid('repealingDocument', '废止依据不能超过200个字');
  return { isValid: true, record: { ...record, repealingDocument } };
}

/** An effective document whose period of validity has run out: it should be marked 失效. */
export function isPastValidUntil(options: { record: ValidityRecord; today: IsoDate }): boolean {
  const { record, today } = options;
  return record.validity === 'effective' && record.validUntil !== null && record.validUntil < today;
}
