import type { YearArrangement } from '../year-arrangement.ts';

/** The 2026 holiday arrangement: 国务院办公厅关于2026年部分节假日安排的通知 (notice of 2025-11-04, document number not verified). */
export const arrangement2026: YearArrangement = {
  year: 2026,
  sources: [
    { title: '国务院办公厅关于2026年部分节假日安排的通知', documentNumber: null, issuedOn: '2025-11-04' },
  ],
  holidays: [
    { name: '元旦', firstDay: '2026-01-01', lastDay: '2026-01-03', makeUpWorkingDays: ['2026-01-04'] },
    {
      name: '春节',
      firstDay: '2026-02-15',
      lastDay: '2026-02-23',
      makeUpWorkingDays: ['2026-02-14', '2026-02-28'],
    },
    { name: '清明节', firstDay: '2026-04-04', lastDay: '2026-04-06', makeUpWorkingDays: [] },
    { name: '劳动节', firstDay: '2026-05-01', lastDay: '2026-05-05', makeUpWorkingDays: ['2026-05-09'] },
    { name: '端午节', firstDay: '2026-06-19', lastDay: '2026-06-21', makeUpWorkingDays: [] },
    { name: '中秋节', firstDay: '2026-09-25', lastDay: '2026-09-27', makeUpWorkingDays: [] },
    {
      name: '国庆节',
      firstDay: '2026-10-01',
      lastDay: '2026-10-07',
      makeUpWorkingDays: ['2026-09-20', '2026-10-10'],
    },
  ],
};
