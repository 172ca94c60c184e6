import type { YearArrangement } from '../year-arrangement.ts';

/** The 2024 holiday arrangement: 国务院办公厅关于2024年部分节假日安排的通知 (国办发明电〔2023〕7号). */
export const arrangement2024: YearArrangement = {
  year: 2024,
  sources: [
    {
      title: '国务院办公厅关于2024年部分节假日安排的通知',
      documentNumber: '国办发明电〔2023〕7号',
      issuedOn: '2023-10-25',
    },
  ],
  holidays: [
    { name: '元旦', firstDay: '2024-01-01', lastDay: '2024-01-01', makeUpWorkingDays: [] },
    {
      name: '春节',
      firstDay: '2024-02-10',
      lastDay: '2024-02-17',
      makeUpWorkingDays: ['2024-02-04', '2024-02-18'],
    },
    { name: '清明节', firstDay: '2024-04-04', lastDay: '2024-04-06', makeUpWorkingDays: ['2024-04-07'] },
    {
      name: '劳动节',
      firstDay: '2024-05-01',
      lastDay: '2024-05-05',
      makeUpWorkingDays: ['2024-04-28', '2024-05-11'],
    },
    { name: '端午节', firstDay: '2024-06-10', lastDay: '2024-06-10', makeUpWorkingDays: [] },
    { name: '中秋节', firstDay: '2024-09-15', lastDay: '2024-09-17', makeUpWorkingDays: ['2024-09-14'] },
    {
      name: '国庆节',
      firstDay: '2024-10-01',
      lastDay: '2024-10-07',
      makeUpWorkingDays: ['2024-09-29', '2024-10-12'],
    },
  ],
};
