import type { YearArrangement } from '../year-arrangement.ts';

/** The 2025 holiday arrangement: 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号). */
export const arrangement2025: YearArrangement = {
  year: 2025,
  sources: [
    {
      title: '国务院办公厅关于2025年部分节假日安排的通知',
      documentNumber: '国办发明电〔2024〕12号',
      issuedOn: '2024-11-12',
    },
  ],
  holidays: [
    { name: '元旦', firstDay: '2025-01-01', lastDay: '2025-01-01', makeUpWorkingDays: [] },
    {
      name: '春节',
      firstDay: '2025-01-28',
      lastDay: '2025-02-04',
      makeUpWorkingDays: ['2025-01-26', '2025-02-08'],
    },
    { name: '清明节', firstDay: '2025-04-04', lastDay: '2025-04-06', makeUpWorkingDays: [] },
    { name: '劳动节', firstDay: '2025-05-01', lastDay: '2025-05-05', makeUpWorkingDays: ['2025-04-27'] },
    { name: '端午节', firstDay: '2025-05-31', lastDay: '2025-06-02', makeUpWorkingDays: [] },
    {
      name: '国庆节、中秋节',
      firstDay: '2025-10-01',
      lastDay: '2025-10-08',
      makeUpWorkingDays: ['2025-09-28', '2025-10-11'],
    },
  ],
};
