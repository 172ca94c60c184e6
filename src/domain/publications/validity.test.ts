import { describe, expect, it } from 'vitest';
import { checkValidity, isPastValidUntil, type ValidityRecord } from './validity.ts';

const effective: ValidityRecord = {
  validity: 'effective',
  effectiveOn: '2024-01-01',
  validUntil: '2025-12-31',
  validityEndedOn: null,
  repealingDocument: '',
};
const today = '2025-03-03';

describe('validity of normative documents', () => {
  it('repeals with a date and the repealing document', () => {
    const repealed = { ...effective, validity: 'repealed' as const, validityEndedOn: '2025-03-01' as const };
    expect(checkValidity({ record: repealed, previous: effective, today })).toMatchObject({
      isValid: false,
      fieldErrors: { repealingDocument: '请填写废止该文件的文件名称或文号' },
    });
    expect(
      checkValidity({
        record: { ...repealed, repealingDocument: ' 示商发〔2025〕3号 ' },
        previous: effective,
        today,
      }),
    ).toEqual({ isValid: true, record: { ...repealed, repealingDocument: '示商发〔2025〕3号' } });
  });

  it('refuses an end date in the future or before the effective date, and a missing one', () => {
    const expired = { ...effective, validity: 'expired' as const };
    expect(
      checkValidity({ record: { ...expired, validityEndedOn: null }, previous: effective, today }),
    ).toMatchObject({
      fieldErrors: { validityEndedOn: '请填写失效日期' },
    });
    expect(
      checkValidity({ record: { ...expired, validityEndedOn: '2025-03-04' }, previous: effective, today }),
    ).toMatchObject({
      fieldErrors: { validityEndedOn: '失效日期不能晚于今天' },
    });
    expect(
      checkValidity({ record: { ...expired, validityEndedOn: '2023-12-31' }, previous: effective, today }),
    ).toMatchObject({
      fieldErrors: { validityEndedOn: '失效日期不能早于施行日期' },
    });
  });

  it('never brings a repealed or expired document back', () => {
    const repealed: ValidityRecord = {
      ...effective,
      validity: 'repealed',
      validityEndedOn: '2025-03-01',
      repealingDocument: '示商发〔2025〕3号',
    };
    expect(checkValidity({ record: effective, previous: repealed, today }).isValid).toBe(false);
    const expired: ValidityRecord = { ...effective, validity: 'expired', validityEndedOn: '2025-03-01' };
    expect(checkValidity({ record: effective, previous: expired, today }).isValid).toBe(false);
    expect(checkValidity({ record: { ...repealed }, previous: expired, today }).isValid).toBe(true);
  });

  it('refuses a period of validity ending before it starts', () => {
    expect(
      checkValidity({ record: { ...effective, validUntil: '2023-06-30' }, previous: null, today }),
    ).toMatchObject({
      fieldErrors: { validUntil: '有效期截止日期不能早于施行日期' },
    });
  });

  it('flags an effective document past its period of validity', () => {
    expect(isPastValidUntil({ record: effective, today: '2025-12-31' })).toBe(false);
    expect(isPastValidUntil({ record: effective, today: '2026-01-01' })).toBe(true);
  });
});
