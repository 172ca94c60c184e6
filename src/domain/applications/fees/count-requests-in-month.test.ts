import { describe, expect, it } from 'vitest';
import { requestNumberInMonth } from './count-requests-in-month.ts';

const requests = [
  { caseNumber: 'a-2025-00007', receivedOn: '2025-03-31' },
  { caseNumber: 'a-2025-00002', receivedOn: '2025-03-03' },
  { caseNumber: 'a-2025-00001', receivedOn: '2025-02-28' },
  { caseNumber: 'a-2025-00004', receivedOn: '2025-03-10' },
  { caseNumber: 'a-2025-00003', receivedOn: '2025-03-10' },
  { caseNumber: 'a-2025-00009', receivedOn: '2025-04-01' },
] as const;

describe('requestNumberInMonth', () => {
  it('counts within the calendar month, by receipt date then case number', () => {
    expect(requestNumberInMonth({ requests, caseNumber: 'a-2025-00002' })).toBe(1);
    expect(requestNumberInMonth({ requests, caseNumber: 'a-2025-00003' })).toBe(2);
    expect(requestNumberInMonth({ requests, caseNumber: 'a-2025-00004' })).toBe(3);
    expect(requestNumberInMonth({ requests, caseNumber: 'a-2025-00007' })).toBe(4);
    expect(requestNumberInMonth({ requests, caseNumber: 'a-2025-00001' })).toBe(1);
    expect(requestNumberInMonth({ requests, caseNumber: 'a-2025-00009' })).toBe(1);
  });

  it('needs the request among the list', () => {
    expect(() => requestNumberInMonth({ requests, caseNumber: 'a-2025-00099' })).toThrow();
  });
});
