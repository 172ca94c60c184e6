import type { YearArrangement } from '../year-arrangement.ts';

/** The 2021 holiday arrangement: 国务院办公厅关于2021年部分节假日安排的通知 (国办发明电〔2020〕27号). */
export const arrangement2021: YearArrangement = {
  year: 2021,
  sources: [
    {
      title: '国务院办公厅关于2021年部分节假日安排的通知',
      documentNumber: '国办发明电〔2020〕27号',
      issuedOn: '2020-11-25',
    },
  ],
  holidays: [
    { name: '元旦', firstDay: '2021-01-01', lastDay: '2021-01-03', makeUpWorkingDays: [] },
    {
      name: '春节',
      firstDay: '2021-02-11',
      lastDay: '2021-02-17',
      makeUpWorkingDays: ['2021-02-07', '2021-02-20'],
    },
    { name: '清明节', firstDay: '2021-04-03', lastDay: '2021-04-05', makeUpWorkingDays: [] },
    {
      name: '劳动节',
      firstDay: '2021-05-01',
      lastDay: '2021-05-05',
      makeUpWorkingDays: ['2021-04-25', '2021-05-08'],
    },
    { name: '端午节', firstDay: '2021-06-12', lastDay: '2021-06-14', makeUpWorkingDays: [] },
    { name: '中秋节', firstDay: '2021-09-19', lastDay: '2021-09-21', makeUpWorkingDays: ['2021-09-18'] },
    {
      name: '国庆节',
      firstDay: '2021-10-01',
      lastDay: '2021-10-07',
      makeUpWorkingDays: ['2021-09-26', '2021-10-09'],
    },
  ],
};
