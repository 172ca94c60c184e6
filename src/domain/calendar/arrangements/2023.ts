import type { YearArrangement } from '../year-arrangement.ts';

/** The 2023 holiday arrangement: 国务院办公厅关于2023年部分节假日安排的通知 (国办发明电〔2022〕16号). */
export const arrangement2023: YearArrangement = {
  year: 2023,
  sources: [
    {
      title: '国务院办公厅关于2023年部分节假日安排的通知',
      documentNumber: '国办发明电〔2022〕16号',
      issuedOn: '2022-12-08',
    },
  ],
  holidays: [
    { name: '元旦', firstDay: '2022-12-31', lastDay: '2023-01-02', makeUpWorkingDays: [] },
    {
      name: '春节',
      firstDay: '2023-01-21',
      lastDay: '2023-01-27',
      makeUpWorkingDays: ['2023-01-28', '2023-01-29'],
    },
    { name: '清明节', firstDay: '2023-04-05', lastDay: '2023-04-05', makeUpWorkingDays: [] },
    {
      name: '劳动节',
      firstDay: '2023-04-29',
      lastDay: '2023-05-03',
      makeUpWorkingDays: ['2023-04-23', '2023-05-06'],
    },
    { name: '端午节', firstDay: '2023-06-22', lastDay: '2023-06-24', makeUpWorkingDays: ['2023-06-25'] },
    {
      name: '中秋节、国庆节',
      firstDay: '2023-09-29',
      lastDay: '2023-10-06',
      makeUpWorkingDays: ['2023-10-07', '2023-10-08'],
    },
  ],
};
